// The hosted page's own words, added to the dictionaries when main.js loads
// (the embed never loads it, so never carries them).
import { addWords } from './index.js';
import en from './page-en.js';
import it from './page-it.js';

addWords({ en, it });
