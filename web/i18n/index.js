// Language choice and string lookup. Two languages: 'en' and 'it'.
import en from './en.js';
import it from './it.js';

// No prototype: 'constructor' or '__proto__' (from a link or an attribute)
// is no language, not a property of Object.
export const LANGS = Object.freeze(Object.assign(Object.create(null), { en, it }));
const isLang = (l) => typeof l === 'string' && Object.hasOwn(LANGS, l);

export function pickLanguage(candidates = globalThis.navigator?.languages ?? []) {
  for (const c of candidates) {
    const base = String(c).toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
}

// A module that needs more words than the calculators (the file analysis:
// analysis-words.js) adds them when it loads, so the embed, which never loads
// it, does not carry them; t() stays the one lookup. A key already present is
// a mistake (two files defining it), not something to overwrite quietly.
export function addWords(words) {
  for (const [lang, table] of Object.entries(words)) {
    if (!isLang(lang)) throw new Error(`addWords: no language ${lang}`);
    for (const key of Object.keys(table)) {
      if (Object.hasOwn(LANGS[lang], key) && LANGS[lang][key] !== table[key]) throw new Error(`addWords: ${lang}.${key} defined twice`);
    }
    Object.assign(LANGS[lang], table);
  }
}

export function normLang(lang) {
  return isLang(lang) ? lang : 'en';
}

// t('it', 'valuesRead', { n: 3 }) → '3 valori letti'; a dotted key reads
// nested words: t('it', 'ds.o.years', { n: 2 }) → '2 anni'. A key that names
// a group (t(lang, 'periods')) gives the group, to index with a value.
export function t(lang, key, vars = {}) {
  const own = (table) => String(key).split('.').reduce((at, k) => (at != null && typeof at === 'object' && Object.hasOwn(at, k) ? at[k] : undefined), table);
  const s = own(LANGS[normLang(lang)]) ?? own(LANGS.en) ?? key;
  return typeof s === 'string' ? s.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m)) : s;
}
