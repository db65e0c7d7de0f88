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

export function normLang(lang) {
  return isLang(lang) ? lang : 'en';
}

// t('it', 'valuesRead', { n: 3 }) → '3 valori letti'
export function t(lang, key, vars = {}) {
  const own = (table) => (Object.hasOwn(table, key) ? table[key] : undefined);
  const s = own(LANGS[normLang(lang)]) ?? own(LANGS.en) ?? key;
  return typeof s === 'string' ? s.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m)) : s;
}
