// The file analysis's words, added to the dictionaries when analysis.js loads
// (the embed never loads it, so never carries them).
import { addWords } from './index.js';
import en from './analysis-en.js';
import it from './analysis-it.js';

addWords({ en, it });
