// Durations as people say them, the one formatter of the page: "42 s",
// "4 min 12 s", "1 h 05 min", "2 d 03 h" (no-break spaces, so a duration never
// wraps inside). secondsText: a time taken or left, to the hundredth under 1 s.
import { format } from './numbers.js';
import { t } from '../../i18n/index.js';

export function duration(lang, seconds) {
  return spoken(lang, seconds).replaceAll(' ', '\u00a0');
}

function spoken(lang, seconds) {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return '—';
  const u = t(lang, 'durationShort');
  const neg = seconds < 0 ? '−' : '';
  let s = Math.abs(seconds);
  if (s < 60) return `${neg}${format(lang, s, s < 10 ? 1 : 0)} ${u.s}`;
  s = Math.round(s);
  const two = (n) => String(n).padStart(2, '0');
  if (s < 3600) {
    const m = Math.floor(s / 60), r = s % 60;
    return r ? `${neg}${m} ${u.min} ${two(r)} ${u.s}` : `${neg}${m} ${u.min}`;
  }
  if (s < 86400) {
    const hrs = Math.floor(s / 3600), m = Math.round((s % 3600) / 60);
    if (m === 60) return `${neg}${hrs + 1} ${u.h}`;
    return m ? `${neg}${hrs} ${u.h} ${two(m)} ${u.min}` : `${neg}${hrs} ${u.h}`;
  }
  const d = Math.floor(s / 86400), hrs = Math.round((s % 86400) / 3600);
  if (hrs === 24) return `${neg}${d + 1} ${u.d}`;
  return hrs ? `${neg}${format(lang, d, 0)} ${u.d} ${two(hrs)} ${u.h}` : `${neg}${format(lang, d, 0)} ${u.d}`;
}

export function secondsText(lang, seconds) {
  if (seconds < 1) return `${format(lang, seconds, 2)} s`;
  return duration(lang, seconds);
}
