// The hostile-input table: each case is an input a person (or a broken export,
// or an attacker) can hand Polso, and the outcome we promise for it. Run by
// hostile.test.mjs through the CLI and the wasm module alike.
//
// CSV cases write their file into a temporary folder (big inputs are made on
// the fly, never committed); request cases give the JSON text.
//   expect.ok false → error.code must be `code`, with a message that is a sentence
//   expect.ok true  → every code in `warnings` must be among the report's warnings
//   heldWhole       → the input must sit in memory whole (a JSON request), so the
//                     256 MiB wasm memory bound does not apply; a 1 GiB one does
// Sizes: the unterminated quote runs on ~200 MB by default and on 1 GB with
// POLSO_HOSTILE_FULL=1.
import { createWriteStream, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { surveyRows, header as surveyHeader } from '../../scripts/gen-survey.mjs';

export const FULL = process.env.POLSO_HOSTILE_FULL === '1';
const MB = 1024 * 1024;
const survey = { dataset: 'survey', metric: 'nps', lang: 'en' };

// Streams `chunks()` (strings or Buffers) into a file without holding it whole.
async function writeStream(path, chunks) {
  const out = createWriteStream(path);
  for (const c of chunks()) if (!out.write(c)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

function* repeat(text, bytes) {
  const block = text.repeat(Math.max(1, Math.floor(MB / text.length)));
  for (let written = 0; written < bytes; written += block.length) yield block;
}

function* surveyBody(bytes) {
  const rows = surveyRows(7);
  let buf = surveyHeader, written = 0;
  while (written < bytes) {
    while (buf.length < MB) buf += rows.next().value;
    written += buf.length;
    yield buf;
    buf = '';
  }
}

// A deterministic byte stream (no crypto randomness: the same file every run).
function pseudoRandomBytes(n, seed = 1) {
  const b = Buffer.alloc(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    b[i] = s >>> 24;
  }
  return b;
}

const unterminatedBytes = (FULL ? 1024 : 200) * MB;

export const csvCases = [
  {
    name: 'empty file',
    options: survey,
    write: (p) => writeFileSync(p, ''),
    expect: { ok: false, code: 'empty_file' },
  },
  {
    name: 'header only',
    options: survey,
    write: (p) => writeFileSync(p, 'date,score,channel\n'),
    expect: { ok: false, code: 'no_data_rows' },
  },
  {
    name: 'binary data (a PNG header and random bytes) named .csv',
    options: survey,
    write: (p) => writeFileSync(p, Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), pseudoRandomBytes(200_000)])),
    expect: { ok: false, code: 'not_text' },
  },
  {
    name: 'an Excel workbook (.xlsx, a zip) named .csv',
    options: survey,
    write: (p) => writeFileSync(p, Buffer.concat([Buffer.from('504b0304140006000800', 'hex'), pseudoRandomBytes(50_000, 7)])),
    expect: { ok: false, code: 'not_text' },
  },
  {
    name: 'UTF-16 text without a byte order mark',
    options: survey,
    write: (p) => writeFileSync(p, Buffer.from('score,channel\n9,web\n10,shop\n7,web\n3,app\n9,web\n'.repeat(20), 'utf16le')),
    expect: { ok: false, code: 'not_text' },
    fix: { field: 'encoding', value: 'utf-16' },  // the page: choosing the encoding it names gives the report
  },
  {
    name: 'a 50 MB single line',
    options: survey,
    write: (p) => writeStream(p, () => repeat('abcdefgh', 50 * MB)),
    expect: { ok: false, code: 'row_too_large' },
  },
  {
    name: '1,000,000 columns',
    options: survey,
    write: (p) => writeStream(p, function* () {
      yield 'score';
      for (let i = 1; i < 1_000_000; i += 10_000) yield Array.from({ length: 10_000 }, (_, j) => `,c${i + j}`).join('');
      yield '\n9' + ',1'.repeat(999_999) + '\n';
    }),
    expect: { ok: false, code: 'too_many_columns' },
  },
  {
    name: '100,000 distinct segment values',
    options: { ...survey, segment_column: 'segment' },
    write: (p) => writeStream(p, function* () {
      yield 'score,segment\n';
      for (let i = 0; i < 100_000; i += 1000) yield Array.from({ length: 1000 }, (_, j) => `${(i + j) % 11},shop ${i + j}\n`).join('');
    }),
    expect: { ok: true, warnings: ['too_many_segments'] },
    check: (r, assert) => {
      assert.ok(r.segments.length <= 1001, `${r.segments.length} segments`);
      assert.ok(r.segments.some((s) => s.segment === '(other)'), 'an (other) bucket');
      assert.equal(r.n, 100_000);
    },
  },
  {
    name: 'NUL bytes',
    options: survey,
    // "1\0" is no score (a cell is a number only if all of it is one), so
    // enough clean rows keep the score column clear.
    write: (p) => writeFileSync(p, 'score,channel\n9,web\n1\0,shop\n10,ap\0p\n7,web\n8,shop\n6,web\n'),
    expect: { ok: true, warnings: ['nul_bytes'] },
  },
  {
    name: 'invalid UTF-8 in the middle of a UTF-8 file',
    options: survey,
    write: (p) => writeStream(p, function* () {
      yield 'date,score,channel\n';
      for (let i = 0; i < 1000; i++) yield `2024-01-${String(1 + (i % 28)).padStart(2, '0')},${i % 11},Caffè\n`;
      yield Buffer.from('2024-02-01,9,bad \xff\xfe\xc3 byte\n', 'latin1');
      for (let i = 0; i < 1000; i++) yield `2024-02-${String(1 + (i % 28)).padStart(2, '0')},${i % 11},Caffè\n`;
    }),
    expect: { ok: true, warnings: ['invalid_characters'] },
    check: (r, assert) => assert.equal(r.rows.read, 2001),
  },
  {
    name: `an unterminated quote at the end of a ${unterminatedBytes / MB} MB file`,
    options: survey,
    big: true,
    write: (p) => writeStream(p, function* () {
      yield* surveyBody(unterminatedBytes);
      yield '2024-12-31 23:59:59,web,9,"this comment never ends\n';
    }),
    expect: { ok: false, code: 'unterminated_quote' },
  },
];

const nps = (inputs) => JSON.stringify({ metric: 'nps', inputs });

export const requestCases = [
  { name: 'a negative count', request: nps({ promoters: -5, passives: 20, detractors: 10 }), expect: { code: 'negative' } },
  { name: 'NaN (not JSON)', request: '{"metric":"nps","inputs":{"promoters":NaN,"passives":20,"detractors":10}}', expect: { code: 'malformed_json' } },
  { name: 'Infinity (not JSON)', request: '{"metric":"nps","inputs":{"promoters":Infinity,"passives":20,"detractors":10}}', expect: { code: 'malformed_json' } },
  { name: '1e309 (beyond a double)', request: '{"metric":"nps","inputs":{"promoters":1e309,"passives":20,"detractors":10}}', expect: { code: 'number_too_large' } },
  { name: 'a count beyond 2^53', request: '{"metric":"nps","inputs":{"promoters":9007199254740993,"passives":20,"detractors":10}}', expect: { code: 'too_large' } },
  { name: 'a count of 1e300', request: nps({ promoters: 1e300, passives: 20, detractors: 10 }), expect: { code: 'too_large' } },
  { name: 'counts adding up beyond 2^53', request: '{"metric":"nps","inputs":{"promoters":9007199254740992,"passives":20,"detractors":10}}', expect: { code: 'total_too_large' } },
  { name: 'JSON nested 100,000 deep (arrays)', request: () => '['.repeat(100_000) + ']'.repeat(100_000), expect: { code: 'too_deeply_nested' } },
  { name: 'JSON nested 100,000 deep (objects, unclosed)', request: () => '{"a":'.repeat(100_000), expect: { code: 'too_deeply_nested' } },
  {
    name: 'a JSON string of 100 MB',
    request: () => `{"metric":"nps","inputs":{"comment":"${'a'.repeat(100 * MB)}"}}`,
    heldWhole: true,
    expect: { code: 'request_too_large' },
  },
];
