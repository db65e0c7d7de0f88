// Large CSV texts for the tests that read files in parts (parts.test.mjs,
// single-file.test.mjs).
import { readFileSync } from 'node:fs';
import { root } from './helpers.mjs';
import { surveyRecords, header } from '../../scripts/gen-survey.mjs';

// The fixture's rows repeated until the file has `bytes`.
export function grown(path, bytes) {
  const file = readFileSync(`${root}tests/data/${path}`, 'latin1');
  const first = file.indexOf('\n') + 1;
  let body = file.slice(first);
  if (!body.endsWith('\n')) body += '\n';
  let s = file.slice(0, first);
  while (s.length < bytes) s += body;
  return s;
}

// Comments with line breaks, commas, quotes and lines that look like records.
export function quotedBreaks(bytes) {
  const it = surveyRecords(3);
  let s = header;
  for (let i = 0; s.length < bytes; i++) {
    const r = it.next().value;
    const comment = i % 2 ? `${r.comment}\n2024-05-05 10:00:00,web,9,""fine""\nsaid, then left` : r.comment;
    s += `${r.submitted_at},${r.channel},${r.score},"${comment.replaceAll('"', '""')}"\n`;
  }
  return s;
}
