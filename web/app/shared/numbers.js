// Locale-aware number formatting and parsing; lists, amounts and durations
// typed into a form are read by the core ({"read": …}, see calculator/calc-inputs.js).
import { LANGS, normLang } from '../../i18n/index.js';

const formatters = new Map();
function formatter(lang, digits) {
  const key = `${lang}:${digits}`;
  if (!formatters.has(key)) {
    formatters.set(key, new Intl.NumberFormat(LANGS[normLang(lang)].locale, {
      maximumFractionDigits: digits, useGrouping: 'always',
    }));
  }
  return formatters.get(key);
}

// format('it', 1234.5) → '1.234,5'; format('en', 1234.5) → '1,234.5'
export function format(lang, value, digits = 2) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '—';
  return formatter(lang, digits).format(value);
}

export function separators(lang) {
  const parts = formatter(lang, 2).formatToParts(12345.5);
  return {
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
  };
}

// parse('it', '1.234,5') → 1234.5; parse('en', '1,234.5') → 1234.5; NaN if not a number.
// Grouping separators must sit between groups of three digits; a lone separator
// that is not the locale's decimal mark ('4.5' in Italian) is read as a decimal
// when it cannot be a thousands separator, since that is what the person meant.
export function parse(lang, text) {
  const s = String(text).trim().replace(/[\s\u00a0\u202f']/g, '').replace(/^\u2212/, '-');
  if (s === '') return NaN;
  const { group, decimal } = separators(lang);
  const g = escape(group), d = escape(decimal);
  const plain = new RegExp(`^[+-]?\\d+(${d}\\d+)?$`);
  const grouped = new RegExp(`^[+-]?\\d{1,3}(${g}\\d{3})+(${d}\\d+)?$`);
  const bareDecimal = new RegExp(`^[+-]?${d}\\d+$`);
  if (plain.test(s) || grouped.test(s) || bareDecimal.test(s)) {
    return Number(s.split(group).join('').replace(decimal, '.'));
  }
  // The other convention's decimal mark, used alone and not as 1-3 + 3 digits.
  if (/^[+-]?\d*[.,]\d+$/.test(s) && !/^[+-]?\d{1,3}[.,]\d{3}$/.test(s)) return Number(s.replace(',', '.'));
  return NaN;
}

function escape(ch) {
  return ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
