// Issue 11 item 2: `polso analyze FILE --threads N` reads byte ranges of the
// file in parallel and merges them in file order; the report must be the
// same bytes whatever N. Every CSV fixture, generated survey files (LF,
// CRLF, BOM, Italian `sep=;`), and files built so that a quoted line break
// sits exactly on a range boundary — one with a quoted comment too long for
// the start guess to see past, so the range is read again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, cliPath } from './helpers.mjs';
import { surveyRecords, header } from '../../scripts/gen-survey.mjs';

const dir = mkdtempSync(join(tmpdir(), 'polso-ranges-'));

function run(file, threads, args) {
  const r = spawnSync(cliPath, ['analyze', file, '--threads', String(threads), ...args],
    { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, POLSO_RANGES_TRACE: '1' } });
  return { status: r.status, stdout: r.stdout, trace: r.stderr };
}

// Runs --threads 1..4; all reports equal; returns the traces by N.
function threadsAgree(file, args = ['--dataset', 'auto']) {
  const one = run(file, 1, args);
  const traces = {};
  for (const n of [2, 3, 4]) {
    const r = run(file, n, args);
    assert.equal(r.status, one.status, `${file} --threads ${n}: exit status`);
    assert.equal(r.stdout, one.stdout, `${file} --threads ${n}: report`);
    traces[n] = r.trace;
  }
  return { report: one.stdout, traces };
}

function csvFixtures(d) {
  return readdirSync(d, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? csvFixtures(join(d, e.name)) : /\.(csv|tsv|txt)$/i.test(e.name) ? [join(d, e.name)] : []);
}

// Survey lines in a dialect: `row(record)` writes one record.
const plain = { header, row: (r) => `${r.submitted_at},${r.channel},${r.score},"${r.comment.replaceAll('"', '""')}"\n` };
const crlf = { header: header.replace('\n', '\r\n'), row: (r) => plain.row(r).replaceAll('\n', '\r\n') };
const italian = {
  header: 'sep=;\nData;Canale;Voto NPS;Commento\n',
  row: (r) => {
    const [y, m, d] = r.submitted_at.slice(0, 10).split('-');
    return `${d}/${m}/${y} ${r.submitted_at.slice(11)};${r.channel};${r.score};"${r.comment.replaceAll('"', '""')}"\n`;
  },
};

function records(seed) {
  const it = surveyRecords(seed);
  return () => it.next().value;
}

function surveyFile(name, dialect, bytes, { bom = '' } = {}) {
  const next = records(11);
  let s = bom + dialect.header;
  while (s.length < bytes) s += dialect.row(next());
  const file = join(dir, name);
  writeFileSync(file, s, 'latin1');
  return file;
}

// The CLI's cuts of [begin, end) into `parts` (core/datasets/byte_ranges.cpp).
function rangeCuts(begin, end, parts) {
  const size = end - begin, cuts = [];
  for (let i = 1; i < parts; i++) cuts.push(begin + Math.floor(size / parts) * i + Math.floor(((size % parts) * i) / parts));
  return cuts;
}

const headOf = (trace) => Number(/head (\d+)/.exec(trace)?.[1]);

// A file of `total` bytes whose first `prefixBytes` are ordinary answers
// (so the head ends where it does in the plain file), then at each of the
// cuts for 2, 3 and 4 threads an answer whose quoted comment has a line
// break right before the cut. At the 2-thread cut the comment then runs on
// for 70 KB without a quote: the start guess cannot see its end.
function boundaryFile(name, dialect, total) {
  const eol = dialect === crlf ? '\r\n' : '\n';
  const prefixBytes = 1280 * 1024;  // past the head: the first 1 MiB chunk and a few lines
  const next = records(5);
  let prefix = dialect.header;
  while (prefix.length < prefixBytes) prefix += dialect.row(next());
  const probe = join(dir, `${name}.probe`);
  let padded = prefix;
  while (padded.length < total) padded += dialect.row(next());
  writeFileSync(probe, padded.slice(0, padded.lastIndexOf(eol, total) + eol.length), 'latin1');
  const head = headOf(run(probe, 2, ['--dataset', 'survey']).trace);
  assert.ok(head > 0 && head < prefixBytes - 70000, `head ${head}`);
  const long = rangeCuts(head, total, 2);
  const cuts = [...new Set([...long, ...rangeCuts(head, total, 3), ...rangeCuts(head, total, 4)])].sort((a, b) => a - b);
  let s = prefix;
  for (const c of cuts) {
    for (let row = dialect.row(next()); s.length + row.length < c - 200; row = dialect.row(next())) s += row;
    s += dialect === italian ? '05/05/2024 10:00:00;web;9;"' : '2024-05-05 10:00:00,web,9,"';
    s += 'a'.repeat(c - eol.length - s.length) + eol;
    assert.equal(s.length, c);
    s += long.includes(c) ? `lorem ipsum, dolor sit amet${eol}`.repeat(2600) + `end"${eol}` : `zz"${eol}`;
  }
  for (let row = dialect.row(next()); s.length + row.length < total - 100; row = dialect.row(next())) s += row;
  const last = dialect === italian ? '06/06/2024 10:00:00;app;7;"' : '2024-06-06 10:00:00,app,7,"';
  s += last + 'b'.repeat(total - s.length - last.length - 1 - eol.length) + '"' + eol;
  assert.equal(s.length, total);
  const file = join(dir, name);
  writeFileSync(file, s, 'latin1');
  return file;
}

test('every CSV fixture: the same report on 1 to 4 threads', () => {
  const files = csvFixtures(`${root}tests/data`);
  assert.ok(files.length > 50);
  for (const f of files) threadsAgree(f);
});

for (const [name, dialect, options] of [
  ['plain', plain, {}], ['crlf', crlf, {}], ['bom', plain, { bom: '\xEF\xBB\xBF' }], ['italian', italian, {}]]) {
  test(`generated survey (${name}): read in ranges, the same report on 1 to 4 threads`, () => {
    const file = surveyFile(`${name}.csv`, dialect, 3 << 20, options);
    const { report, traces } = threadsAgree(file);
    const r = JSON.parse(report);
    assert.equal(r.ok, true, report.slice(0, 300));
    assert.ok(r.n > 30000);
    for (const n of [2, 3, 4]) {
      assert.match(traces[n], /, ranges /, traces[n]);
      assert.doesNotMatch(traces[n], /in sequence/, traces[n]);
    }
  });
}

for (const [name, dialect] of [['lf', plain], ['crlf', crlf], ['italian', italian]]) {
  test(`quoted line breaks exactly at the range boundaries (${name}): the same report, a wrong guess read again`, () => {
    const file = boundaryFile(`boundary-${name}.csv`, dialect, 3 << 20);
    assert.equal(statSync(file).size, 3 << 20);
    const { report, traces } = threadsAgree(file, ['--dataset', 'survey']);
    assert.equal(JSON.parse(report).ok, true);
    assert.match(traces[2], /reread/, traces[2]);
    for (const n of [2, 3, 4]) assert.doesNotMatch(traces[n], /in sequence/, traces[n]);
  });
}

test('the first accent (Windows-1252) late in the file: the same report, whether it is in the first chunk or a later range', () => {
  for (const at of [500 * 1024, 2 << 20]) {
    let s = plain.header, accent = false;
    const next = records(3);
    while (s.length < 3 << 20) {
      s += plain.row(next());
      if (s.length > at && !accent) s += '2024-02-02 10:00:00,caf\xE9,9,"tr\xE8s bien"\n', accent = true;
    }
    const file = join(dir, `accent-${at}.csv`);
    writeFileSync(file, s, 'latin1');
    const { report, traces } = threadsAgree(file, ['--dataset', 'survey']);
    assert.match(report, /café/);
    assert.match(traces[2], /, ranges /, traces[2]);
  }
});

test('a tiny file on more threads than rows, and standard input, read as before', () => {
  const file = join(dir, 'tiny.csv');
  writeFileSync(file, 'score\n9\n10\n3\n');
  const { report, traces } = threadsAgree(file, ['--dataset', 'survey', '--metric', 'nps']);
  assert.equal(JSON.parse(report).n, 3);
  assert.match(traces[4], /all in the head/);
  const piped = spawnSync(cliPath, ['analyze', '-', '--dataset', 'survey', '--metric', 'nps', '--threads', '4'],
    { input: 'score\n9\n10\n3\n', encoding: 'utf8' });
  assert.equal(piped.stdout, report);
});

test('more than 1,000 segments: the merge would differ, so the file is read again in sequence', () => {
  let s = 'score,segment\n';
  for (let i = 0; s.length < 3 << 20; i++) s += `${i % 11},segment number ${i % 1500}\n`;
  const file = join(dir, 'segments.csv');
  writeFileSync(file, s);
  const { report, traces } = threadsAgree(file, ['--dataset', 'survey', '--metric', 'nps', '--segment-column', 'segment']);
  assert.match(report, /too_many_segments/);
  assert.match(traces[2], /merge not exact\npolso ranges: in sequence/, traces[2]);
});

test('a named pipe (<(…)) is read in sequence, with the same report', () => {
  const file = surveyFile('piped.csv', plain, 1 << 20);
  const direct = run(file, 1, ['--dataset', 'survey']).stdout;
  const r = spawnSync('bash', ['-c', `"${cliPath}" analyze <(cat "${file}") --dataset survey --threads 4`],
    { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, POLSO_RANGES_TRACE: '1' } });
  assert.equal(r.stdout, direct);
  assert.doesNotMatch(r.stderr, /, ranges /);
});

test('--threads takes 1 to 64', () => {
  for (const bad of ['0', '65', 'two', '']) {
    const r = spawnSync(cliPath, ['analyze', `${root}tests/data/cli/nps_two_months.csv`, `--threads=${bad}`], { encoding: 'utf8' });
    assert.equal(r.status, 2, bad);
    assert.match(r.stderr, /--threads takes a number of threads from 1 to 64/);
  }
});

function generated(script, name, args) {
  const file = join(dir, name);
  const r = spawnSync(process.execPath, [`${root}scripts/${script}`, file, ...args], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return file;
}

test('generated conversations: read in ranges (duration sketches merged), the same report on 1 to 4 threads', () => {
  const file = generated('gen-conversations.mjs', 'conversations.csv', ['--tickets', '40000']);
  const { report, traces } = threadsAgree(file);
  const r = JSON.parse(report);
  assert.equal(r.ok, true);
  assert.equal(r.dataset, 'conversations');
  for (const n of [2, 3, 4]) {
    assert.match(traces[n], /, ranges /, traces[n]);
    assert.doesNotMatch(traces[n], /in sequence/, traces[n]);
  }
});

test('generated orders: read in ranges (money in micro-units, order ids merged), the same report on 1 to 4 threads', () => {
  const file = generated('gen-orders.mjs', 'orders.csv', ['--customers', '110000']);
  const { report, traces } = threadsAgree(file);
  const r = JSON.parse(report);
  assert.equal(r.ok, true);
  assert.equal(r.dataset, 'orders');
  for (const n of [2, 3, 4]) {
    assert.match(traces[n], /, ranges /, traces[n]);
    assert.doesNotMatch(traces[n], /in sequence|not exact/, traces[n]);
  }
});

// Shopify-style: an order's line items on rows of their own, order-level
// cells blank, so most cuts fall inside an order; refunds and two channels.
function lineItemOrders(name, orders) {
  let csv = 'Name,Email,Financial Status,Total,Lineitem quantity,Lineitem price,Created at,Source\n';
  let seed = 7;
  const next = (n) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  for (let i = 0; i < orders; i++) {
    const lines = 1 + next(4);
    const status = next(17) === 0 ? 'refunded' : 'paid';
    const day = `2025-${String(1 + next(12)).padStart(2, '0')}-${String(1 + next(28)).padStart(2, '0')} 10:00:00 +0100`;
    csv += `#${10000 + i},c${next(5000)}@example.org,${status},${(next(20000) / 100 + 1).toFixed(2)},1,9.99,${day},${next(3) ? 'web' : 'pos'}\n`;
    for (let k = 1; k < lines; k++) csv += `#${10000 + i},,,,${1 + next(3)},${(next(5000) / 100).toFixed(2)},,\n`;
  }
  const file = join(dir, name);
  writeFileSync(file, csv);
  return file;
}

test('orders with line-item rows: cuts inside an order merge exactly, the same report on 1 to 4 threads', () => {
  const file = lineItemOrders('line-items.csv', 60000);
  const { report, traces } = threadsAgree(file, ['--dataset', 'orders']);
  const r = JSON.parse(report);
  assert.equal(r.ok, true);
  assert.ok(r.summary.refunds > 0 && r.summary.orders === 60000, JSON.stringify(r.summary));
  for (const n of [2, 3, 4]) {
    assert.match(traces[n], /, ranges /, traces[n]);
    assert.doesNotMatch(traces[n], /in sequence|not exact/, traces[n]);
  }
});
