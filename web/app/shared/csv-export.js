// Tables as CSV for download. Cells a spreadsheet would run as a formula
// (starting with = + - @, tab or CR) get a leading apostrophe, unless they are
// plain numbers; every cell that needs it is quoted (RFC 4180).
const NUMBER = /^[+-]?(\d+([.,]\d+)?|[.,]\d+)([eE][+-]?\d+)?$/;

export function csvCell(value, delimiter = ',') {
  if (value == null) return '';
  let s = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  if (/^[=+\-@\t\r]/.test(s) && !NUMBER.test(s)) s = `'${s}`;
  if (s.includes(delimiter) || /["\r\n]/.test(s) || /^\s|\s$/.test(s)) s = `"${s.replaceAll('"', '""')}"`;
  return s;
}

// rows: arrays of cells; numbers are written with `decimal` as decimal mark.
export function toCsv(rows, { delimiter = ',', decimal = '.' } = {}) {
  return rows.map((row) => row.map((v) => {
    if (typeof v === 'number' && Number.isFinite(v)) {
      const text = String(Math.round(v * 1e6) / 1e6);
      return csvCell(decimal === '.' ? text : text.replace('.', decimal), delimiter);
    }
    return csvCell(v, delimiter);
  }).join(delimiter)).join('\r\n') + '\r\n';
}
