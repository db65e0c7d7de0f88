// Writes generated raw records as the CSV both Polso and the engines load:
// a header of the source's column names, RFC 4180 quoting, null as an empty cell.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cell = (v) => {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

export function toCsv(names, records) {
  let out = names.map(cell).join(',') + '\n';
  for (const r of records) out += names.map((n) => cell(r[n])).join(',') + '\n';
  return out;
}

// A fresh temp dir for one test's files.
export function scratchDir(prefix = 'polso-warehouse-') {
  return mkdtempSync(join(tmpdir(), prefix));
}

// Writes the CSV of `records` with the source's columns; returns its path.
export function writeRawCsv(dir, source, records) {
  const path = join(dir, `${source.table}.csv`);
  writeFileSync(path, toCsv(source.columns.map((c) => c.name), records));
  return path;
}

// Reads an engine's CSV result (RFC 4180, a header row) as objects of strings.
export function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  const [head = [], ...body] = rows;
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h.toLowerCase(), r[i] ?? ''])));
}
