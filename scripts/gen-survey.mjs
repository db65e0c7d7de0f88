// Writes a survey-like CSV of about the requested size: timestamp, channel,
// score, and a quoted comment with commas and some line breaks — the shape of
// a real export, for benchmarks and large-file tests.
// Usage: node scripts/gen-survey.mjs OUT.csv SIZE_MB [SEED]
import { createWriteStream } from 'node:fs';
import { seededRandom } from './seeded-random.mjs';

// The answers as records {submitted_at, channel, score, comment}: the CSV's rows,
// for writers of other formats too (bench/xlsx.mjs writes them as a workbook).
export function* surveyRecords(seed = 42) {
  const rand = seededRandom(seed);
  const channels = ['email', 'web', 'app', 'phone', 'store', 'whatsapp', 'instagram'];
  const comments = ['', '', 'Great service, thanks', 'Slow delivery, but friendly staff', '"Best" shop in town',
    'Too expensive,\nwill not come back', 'ok', 'Support solved it, eventually, after 3 calls'];
  const start = Date.UTC(2023, 0, 1);
  for (let i = 0; ; i++) {
    const t = new Date(start + Math.floor(rand() * 730 * 86400000)).toISOString().slice(0, 19).replace('T', ' ');
    const score = Math.min(10, Math.floor(rand() * 11.6));
    const c = comments[Math.floor(rand() * comments.length)];
    yield { submitted_at: t, channel: channels[Math.floor(rand() * channels.length)], score, comment: c };
  }
}

// The answers as CSV lines (after `header`).
export function* surveyRows(seed = 42) {
  for (const r of surveyRecords(seed)) yield `${r.submitted_at},${r.channel},${r.score},"${r.comment.replaceAll('"', '""')}"\n`;
}

export const header = 'submitted_at,channel,how_likely_to_recommend,comment\n';

if (import.meta.url === `file://${process.argv[1]}`) {
  const [out, sizeMb = '10', seed = '42'] = process.argv.slice(2);
  const target = Number(sizeMb) * 1024 * 1024;
  const stream = createWriteStream(out);
  let written = 0, buffer = header;
  const rows = surveyRows(Number(seed));
  const flush = () => new Promise((ok) => (stream.write(buffer) ? ok() : stream.once('drain', ok)));
  while (written < target) {
    while (buffer.length < 1 << 20) buffer += rows.next().value;
    written += buffer.length;
    await flush();
    buffer = '';
  }
  stream.end();
}
