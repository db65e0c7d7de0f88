// The period key Polso gives a date as written ("YYYY-MM-DD…", no zone), worked
// out without Polso or SQL, for the tests' own expected counts: months
// YYYY-MM, quarters YYYY-Qn, ISO weeks YYYY-Www (the year of the week's Thursday).
export function periodKey(text, period) {
  const [y, m, d] = text.slice(0, 10).split('-').map(Number);
  if (period === 'month') return `${y}-${String(m).padStart(2, '0')}`;
  if (period === 'quarter') return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
  const day = new Date(Date.UTC(y, m - 1, d));
  const thursday = new Date(day.getTime() + (3 - ((day.getUTCDay() + 6) % 7)) * 86400000);
  const week = Math.floor((thursday - Date.UTC(thursday.getUTCFullYear(), 0, 1)) / (7 * 86400000)) + 1;
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
