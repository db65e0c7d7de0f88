// Language choice and string lookup. Two languages: 'en' and 'it'.
import en from './en.js';
import it from './it.js';

export const LANGS = { en, it };

export function pickLanguage(candidates = globalThis.navigator?.languages ?? []) {
  for (const c of candidates) {
    const base = String(c).toLowerCase().split('-')[0];
    if (base in LANGS) return base;
  }
  return 'en';
}

export function normLang(lang) {
  return lang in LANGS ? lang : 'en';
}

// t('it', 'valuesRead', { n: 3 }) → '3 valori letti'
export function t(lang, key, vars = {}) {
  const s = LANGS[normLang(lang)][key] ?? LANGS.en[key] ?? key;
  return typeof s === 'string' ? s.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m)) : s;
}
