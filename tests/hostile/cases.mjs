// The hostile-input table: each case is an input a person (or a broken export,
// or an attacker) can hand Polso, and the outcome we promise for it. Run by
// hostile.test.mjs through the CLI and the wasm module alike.
//
// CSV cases write their file into a temporary folder (big inputs are made on
// the fly, never committed); request cases give the JSON text.
//   expect.ok false → error.code must be `code`, with a message that is a sentence
//   expect.ok true  → every code in `warnings` must be among the report's warnings
//   maxMs           → the CLI must answer within this (issue 14: 5 s for each of
//                     its reproductions; the other cases only have the hang guard)
//   detected        → with dataset "auto", the kind the page must preselect
//   heldWhole       → the input must sit in memory whole (a JSON request), so the
//                     256 MiB wasm memory bound does not apply; a 1 GiB one does
// Sizes: the unterminated quote runs on ~200 MB by default and on 1 GB with
// POLSO_HOSTILE_FULL=1.
import { createWriteStream, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { gzipSync } from 'node:zlib';
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
const FIVE_S = 5000;
const utf8Bytes = (s) => Buffer.byteLength(String(s));
// Budgets of core/budgets.hpp (docs/datasets.md); "…" is 3 more bytes.
const BUDGET = { periods: 1000, cohortMonths: 120, previewCell: 200 + 3, segmentName: 100 + 3, header: 200 + 3 };
const day = (i) => new Date(Date.UTC(1900, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);

// 10^6 answers on 10^6 distinct days (1900 … 4637): ~17 MB.
function* millionDays() {
  yield 'date,score\n';
  for (let i = 0; i < 1_000_000; i += 10_000)
    yield Array.from({ length: 10_000 }, (_, j) => `${day(i + j)},${(i + j) % 11}\n`).join('');
}

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
    // A zip's first bytes make it a workbook, read as one (issue 18): with
    // random bytes after them it is a damaged one.
    name: 'a zip header and random bytes (a broken .xlsx) named .csv',
    options: survey,
    write: (p) => writeFileSync(p, Buffer.concat([Buffer.from('504b0304140006000800', 'hex'), pseudoRandomBytes(50_000, 7)])),
    expect: { ok: false, code: 'damaged_workbook' },
  },
  {
    name: 'UTF-16 text without a byte order mark',
    options: survey,
    write: (p) => writeFileSync(p, Buffer.from('score,channel\n9,web\n10,shop\n7,web\n3,app\n9,web\n'.repeat(20), 'utf16le')),
    expect: { ok: false, code: 'not_text' },
    fix: { field: 'encoding', value: 'utf-16' },  // the page: choosing the encoding it names gives the report
  },
  {
    name: 'UTF-32 text with a byte order mark (issue 14, 9)',
    options: survey,
    write: (p) => writeFileSync(p, Buffer.concat([Buffer.from('fffe0000', 'hex'),
      Buffer.from([...'score,channel\n9,web\n10,shop\n7,web\n'].flatMap((ch) => [ch.charCodeAt(0), 0, 0, 0]))])),
    expect: { ok: false, code: 'not_text' },
    check: (r, assert) => assert.match(r.error.message, /UTF-32/),
  },
  {
    name: 'a file of nothing but NUL bytes (issue 14, 9)',
    options: survey,
    write: (p) => writeFileSync(p, Buffer.alloc(5000)),
    expect: { ok: false, code: 'not_text' },
    check: (r, assert) => assert.doesNotMatch(r.error.message, /UTF-16/),
  },
  {
    name: 'a small gzip file named .csv (issue 14, 9)',
    options: survey,
    write: (p) => writeFileSync(p, gzipSync('score\n9\n10\n')),
    expect: { ok: false, code: 'not_text' },
    check: (r, assert) => assert.match(r.error.message, /gzip/),
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
  {
    name: 'a quote opening the header that is closed on a data row (issue 14, 9)',
    options: survey,
    write: (p) => writeFileSync(p, '"score,comment\n9,"great"\n10,ok\n7,meh\n'),
    expect: { ok: false, code: 'header_runs_into_rows' },
  },
  {
    name: '10^6 distinct days with period "day" (issue 14, 3)',
    options: { ...survey, period: 'day' },
    maxMs: FIVE_S,
    write: (p) => writeStream(p, millionDays),
    expect: { ok: true, warnings: ['too_many_periods'] },
    check: (r, assert) => {
      assert.equal(r.periods.length, BUDGET.periods);
      assert.equal(r.periods.at(-1).period, day(999_999), 'the latest periods are the ones kept');
      assert.equal(r.n, 1_000_000, 'the overall figure counts every answer');
    },
  },
  {
    name: '10^6 distinct days with the default monthly period (issue 14, 3)',
    options: survey,
    maxMs: FIVE_S,
    write: (p) => writeStream(p, millionDays),
    expect: { ok: true, warnings: ['too_many_periods'] },
    check: (r, assert) => assert.equal(r.periods.length, BUDGET.periods),
  },
  {
    name: 'orders over 1,000 years, period "year" (issue 14, 4)',
    options: { dataset: 'orders', period: 'year', lang: 'en' },
    maxMs: FIVE_S,
    // Customer c first orders in month c after 1024-01 and again every 97
    // months to 2023: a cohort table of 12,000 × 12,000 months unbounded.
    write: (p) => writeStream(p, function* () {
      yield 'order_id,customer_id,date,amount\n';
      const month = (m) => `${String(1024 + Math.floor(m / 12)).padStart(4, '0')}-${String(m % 12 + 1).padStart(2, '0')}-01`;
      let n = 0;
      for (let c = 0; c < 12_000 && n < 40_000; c += 7)
        yield Array.from({ length: Math.ceil((12_000 - c) / 97) }, (_, k) => `o${n++},c${c},${month(c + 97 * k)},10\n`).join('');
    }),
    expect: { ok: true, warnings: ['cohorts_cut'] },
    check: (r, assert) => {
      assert.ok(r.cohorts.months.length <= BUDGET.cohortMonths, `${r.cohorts.months.length} cohort months`);
      assert.ok(r.cohorts.rows.every((x) => x.active.length <= BUDGET.cohortMonths));
      assert.equal(r.periods.length, 1000);
    },
  },
  {
    name: '45 MB with three 15 MB comments (issue 14, 5)',  // 15 MB of text each, within the 16 MiB row limit
    options: survey,
    maxMs: FIVE_S,
    write: (p) => writeStream(p, function* () {
      yield 'date,score,comment\n';
      for (let i = 0; i < 3; i++) {
        yield `2024-01-0${i + 1},${9 + (i % 2)},"`;
        yield* repeat('long comment ', 15_000_000);
        yield '"\n';
        for (let j = 0; j < 20; j++) yield `2024-01-0${i + 1},${j % 11},short\n`;
      }
    }),
    expect: { ok: true },
    check: (r, assert) => {
      for (const row of r.preview) for (const cell of row) assert.ok(utf8Bytes(cell) <= BUDGET.previewCell, `a preview cell of ${utf8Bytes(cell)} bytes`);
      assert.equal(r.n, 63);
    },
  },
  {
    name: '40 MB of long segment names (issue 14, 5)',
    options: { ...survey, segment_column: 'segment' },
    maxMs: FIVE_S,
    write: (p) => writeStream(p, function* () {
      yield 'score,segment\n';
      const tail = 'x'.repeat(20_000);
      for (let i = 0; i < 2000; i++) yield `${i % 11},shop ${i % 50} ${tail}${i}\n`;
    }),
    expect: { ok: true, warnings: ['long_names'] },
    check: (r, assert) => {
      assert.equal(r.segments.length, 50, 'values alike in their first 100 bytes are one segment');
      for (const s of r.segments) assert.ok(utf8Bytes(s.segment) <= BUDGET.segmentName, `a segment name of ${utf8Bytes(s.segment)} bytes`);
    },
  },
  {
    name: '16,383 columns with 900-byte headers (issue 14, 5)',
    options: survey,
    maxMs: FIVE_S,
    write: (p) => writeStream(p, function* () {
      const long = 'h'.repeat(900);
      yield 'score';
      for (let i = 1; i < 16_383; i += 1000) yield Array.from({ length: Math.min(1000, 16_383 - i) }, (_, j) => `,${long}${i + j}`).join('');
      yield '\n';
      for (let r = 0; r < 30; r++) yield `${r % 11}${','.repeat(16_382)}\n`;
    }),
    expect: { ok: true },
    check: (r, assert) => {
      assert.equal(r.headers.length, 16_383);
      for (const h of r.headers) assert.ok(utf8Bytes(h) <= BUDGET.header, `a header of ${utf8Bytes(h)} bytes`);
    },
  },
  {
    name: 'dataset "auto" with a first record of 3 MB (issue 14, 5)',
    options: { dataset: 'auto', lang: 'en' },
    detected: 'survey',
    maxMs: FIVE_S,
    write: (p) => writeStream(p, function* () {
      yield 'date,nps,comment\n2024-01-01,9,"';
      yield* repeat('a long first answer ', 3 * MB);
      yield '"\n';
      for (let i = 0; i < 40; i++) yield `2024-01-02,${i % 11},ok\n`;
    }),
    expect: { ok: true },
    check: (r, assert) => {
      assert.equal(r.dataset, 'survey');  // detected from the header (the CLI), or by the page's first look
      assert.equal(r.n, 41);
    },
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
  {
    name: 'a distribution whose groups add up beyond 2^53 (issue 14, 9)',
    request: nps({ distribution: [9007199254740000, 9007199254740000, 0, 0, 0, 0, 0, 0, 0, 0, 1] }),
    expect: { code: 'total_too_large' },
  },
  { name: 'JSON nested 100,000 deep (arrays)', request: () => '['.repeat(100_000) + ']'.repeat(100_000), expect: { code: 'too_deeply_nested' } },
  { name: 'JSON nested 100,000 deep (objects, unclosed)', request: () => '{"a":'.repeat(100_000), expect: { code: 'too_deeply_nested' } },
  {
    name: 'a JSON string of 100 MB',
    request: () => `{"metric":"nps","inputs":{"comment":"${'a'.repeat(100 * MB)}"}}`,
    heldWhole: true,
    expect: { code: 'request_too_large' },
  },
  {
    name: 'a plan for 10^14 detractors to reach NPS 99 (issue 14, 1)',
    request: '{"plan":"promoters_needed","inputs":{"promoters":0,"passives":0,"detractors":100000000000000,"target":99}}',
    maxMs: FIVE_S,
    expect: { ok: true },
  },
  {
    name: '100 MB of NUL bytes as a request (issue 14, 2: eval < /dev/zero)',
    request: () => '\0'.repeat(100 * MB),
    heldWhole: true,
    expect: { code: 'request_too_large' },
  },
  {
    // 0–10 over and over: 2 promoters and 7 detractors in every 11, NPS −500/11.
    name: 'a valid request of 60 MB: 30 million scores (issue 14, 2)',
    request: () => `{"metric":"nps","inputs":{"scores":[${'0,1,2,3,4,5,6,7,8,9,10,'.repeat(Math.floor(30_000_000 / 11))}0]}}`,
    maxMs: FIVE_S,
    expect: { ok: true },
    check: (r, assert) => {
      const k = Math.floor(30_000_000 / 11);  // whole cycles, then one more 0
      assert.equal(r.details.n, 11 * k + 1);
      assert.equal(r.details.promoters, 2 * k);
      assert.equal(r.details.detractors, 7 * k + 1);
      assert.ok(Math.abs(r.value - ((2 * k - (7 * k + 1)) * 100) / (11 * k + 1)) < 1e-9, `NPS ${r.value}`);
    },
  },
  {
    name: 'an unknown metric name of 60 MB (issue 14, 2)',
    request: () => `{"metric":"${'x'.repeat(60 * MB)}","inputs":{}}`,
    heldWhole: true,
    expect: { code: 'unknown_metric' },
    check: (r, assert) => assert.ok(utf8Bytes(r.error.message) < 300, `a message of ${utf8Bytes(r.error.message)} bytes`),
  },
];
