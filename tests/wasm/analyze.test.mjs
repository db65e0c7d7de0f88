// Survey files through the wasm module (as the web worker feeds it) and
// through the CLI give the same report; a pre-aggregated file gives the same
// report as the raw one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, runCli, prng } from './helpers.mjs';
import { surveyRows, header } from '../../scripts/gen-survey.mjs';

const { default: factory } = await import(`${root}dist/polso.js`);
const module = await factory({ wasmBinary: readFileSync(`${root}dist/polso.wasm`) });
const fixtures = `${root}tests/data/csv`;

// Chunks go in as the web worker sends them (reserve + HEAPU8.set +
// feedReserved), or through Embind's plain feed(Uint8Array).
function analyseInWasm(bytes, options, chunkSizes, { reserved = true } = {}) {
  const a = new module.Analysis(JSON.stringify(options));
  const feed = (chunk) => {
    if (!reserved) return a.feed(chunk);
    const address = a.reserve(chunk.length);
    module.HEAPU8.set(chunk, address);
    return a.feedReserved(chunk.length);
  };
  try {
    let offset = 0, i = 0;
    while (offset < bytes.length) {
      const size = chunkSizes[i++ % chunkSizes.length];
      const failure = feed(bytes.subarray(offset, offset + size));
      if (failure) return failure;
      offset += size;
    }
    return a.finish();
  } finally {
    a.delete();
  }
}

test('every fixture: wasm with random chunks equals the CLI, for nps, csat and ces', () => {
  const rand = prng(7);
  for (const file of readdirSync(fixtures).filter((f) => f.endsWith('.csv'))) {
    const bytes = readFileSync(join(fixtures, file));
    for (const metric of ['nps', 'csat', 'ces']) {
      const cli = runCli(['analyze', join(fixtures, file), '--metric', metric, '--lang', 'en']);
      const chunks = Array.from({ length: 8 }, () => 1 + Math.floor(rand() * 50));
      const wasm = analyseInWasm(bytes, { metric, lang: 'en' }, chunks);
      assert.equal(wasm, cli.stdout, `${file} ${metric}`);
      assert.equal(analyseInWasm(bytes, { metric, lang: 'en' }, chunks, { reserved: false }), wasm, `${file} ${metric} feed()`);
      const r = JSON.parse(wasm);
      if (r.ok) {
        assert.equal(r.rows.read, r.rows.used + r.rows.skipped, `${file} ${metric}: rows add up`);
        assert.equal(r.periods.reduce((s, p) => s + p.n, 0) || r.n, r.n);
      }
    }
  }
});

test('the Italian Excel export gives NPS 20 with no flags, and the report has the documented shape', () => {
  const r = JSON.parse(runCli(['analyze', join(fixtures, 'excel_it_sep.csv'), '--dataset', 'survey', '--metric', 'nps']).stdout);
  assert.equal(r.ok, true);
  assert.equal(r.dataset, 'survey');
  assert.equal(r.value, 20);
  assert.equal(r.unit, 'points');
  assert.equal(r.n, 10);
  assert.deepEqual(r.periods.map((p) => p.period), ['2024-01', '2024-02', '2024-03', '2024-04']);
  assert.deepEqual(r.segments.map((s) => [s.segment, s.value, s.n]), [['Negozio', 25, 4], ['Online', 25, 4], ['Telefono', 0, 2]]);
  assert.deepEqual(r.rows, { read: 10, used: 10, skipped: 0 });
  assert.deepEqual(r.dialect, { format: 'csv', delimiter: ';', decimal: ',', encoding: 'utf-8', header_rows: 1, date_order: 'dmy' });
  assert.deepEqual(r.columns, { score: 'Probabilità di consigliarci (0-10)', date: 'Data', segment: 'Canale', comment: 'Commento' });
  assert.equal(r.comments.language, 'it');
});

test('intervals on every value, each period against the previous one, each segment against the rest', () => {
  const r = JSON.parse(runCli(['analyze', join(fixtures, 'google_forms.csv'), '--metric', 'nps', '--confidence', '0.9']).stdout);
  assert.equal(r.interval.method, 'adjusted_wald');
  assert.equal(r.interval.level, 0.9);
  assert.ok(r.interval.low < r.value && r.value < r.interval.high);
  for (const g of [...r.periods, ...r.segments]) assert.ok(g.interval.low <= g.value && g.value <= g.interval.high, JSON.stringify(g));
  assert.equal(r.periods[0].vs_previous, undefined);
  assert.match(r.periods[1].vs_previous.verdict, /^NPS rose from 20 to 33.3 \(\+13.3, 90% CI/);
  assert.equal(typeof r.periods[1].vs_previous.p_value, 'number');
  // Social (10, 8, 9) against the other seven answers (9,7,4,10,6,2,10): 0 vs 66.7.
  const social = r.segments.find((s) => s.segment === 'Social');
  assert.match(social.vs_rest.verdict, /^NPS here is 66.7, against 0 for everyone else/);
  assert.equal(runCli(['analyze', join(fixtures, 'google_forms.csv'), '--metric', 'nps', '--confidence', '2']).status, 1);
});

test('period keys for day, week, quarter and year', () => {
  const f = join(fixtures, 'google_forms.csv');
  const keys = (period) => JSON.parse(runCli(['analyze', f, '--metric', 'nps', '--period', period]).stdout).periods.map((p) => p.period);
  assert.equal(keys('day')[0], '2024-03-01');
  assert.match(keys('week')[0], /^2024-W09$/);
  assert.deepEqual(keys('quarter'), ['2024-Q1', '2024-Q2']);
  assert.deepEqual(keys('year'), ['2024']);
});

test('bad options and files give failures with exit 1 or usage errors with exit 2', () => {
  const f = join(fixtures, 'google_forms.csv');
  const bad = runCli(['analyze', f, '--metric', 'nps', '--score-column', 'Nope']);
  assert.equal(bad.status, 1);
  assert.equal(JSON.parse(bad.stdout).error.code, 'column_not_found');
  assert.equal(runCli(['analyze', f, '--metric', 'nps', '--period', 'fortnight']).status, 1);
  assert.equal(runCli(['analyze', f, '--bogus', 'x']).status, 2);
  assert.equal(runCli(['analyze', '/no/such.csv', '--metric', 'nps']).status, 2);
  assert.equal(runCli(['analyze']).status, 2);
});

test('a raw file and its pre-aggregated score,count file give the same report', () => {
  // The aggregate is what docs/at-scale.md's SQL produces: GROUP BY month,
  // channel, score.
  const dir = mkdtempSync(join(tmpdir(), 'polso-'));
  const rows = surveyRows(99);
  let raw = header;
  const groups = new Map();
  for (let i = 0; i < 20000; i++) {
    const line = rows.next().value;
    raw += line;
    const [date, channel, score] = line.split(',');
    const key = `${score},${date.slice(0, 7)},${channel}`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  let counts = 'score,count,period,segment\n';
  for (const [key, n] of groups) {
    const [score, period, segment] = key.split(',');
    counts += `${score},${n},${period},${segment}\n`;
  }
  writeFileSync(join(dir, 'raw.csv'), raw);
  writeFileSync(join(dir, 'counts.csv'), counts);
  const a = JSON.parse(runCli(['analyze', join(dir, 'raw.csv'), '--metric', 'nps']).stdout);
  const b = JSON.parse(runCli(['analyze', join(dir, 'counts.csv'), '--dataset', 'survey-counts', '--metric', 'nps']).stdout);
  assert.equal(a.ok && b.ok, true);
  assert.equal(a.n, 20000);
  for (const k of ['value', 'n', 'details', 'periods', 'segments']) assert.deepEqual(b[k], a[k], k);
});

test('with no metric the metric follows the score column, the same in wasm as in the CLI (issue 15)', () => {
  const bytes = readFileSync(join(fixtures, 'windows1252.csv'));
  const cli = runCli(['analyze', join(fixtures, 'windows1252.csv'), '--lang', 'en']).stdout;
  assert.equal(analyseInWasm(bytes, { metric: 'auto', lang: 'en' }, [7, 40, 13]), cli);
  const r = JSON.parse(cli);
  assert.equal(r.metric, 'csat'); // a 1–5 satisfaction column: CSAT, not NPS −100
  assert.equal(r.metric_from, 'column');
  assert.match(r.metric_reason, /satisf/);
  assert.equal(r.scale.highest, 5);
  const given = JSON.parse(runCli(['analyze', join(fixtures, 'windows1252.csv'), '--metric', 'csat', '--lang', 'en']).stdout);
  assert.equal(given.metric_from, 'option');
  assert.equal(given.value, r.value);
});

test('the survey export fixtures give the same report in wasm as in the CLI', () => {
  const exportsDir = `${root}tests/data/exports`;
  for (const vendor of readdirSync(exportsDir)) {
    if (vendor === 'reference' || !vendor.match(/^(surveymonkey|qualtrics|typeform|google_forms|microsoft_forms|jotform|limesurvey|delighted|generic_surveys)$/)) continue;
    for (const file of readdirSync(join(exportsDir, vendor)).filter((f) => f.endsWith('.csv'))) {
      const path = join(exportsDir, vendor, file);
      const spec = JSON.parse(readFileSync(path.replace(/\.csv$/, '.expected.json'), 'utf8'));
      const flags = Object.entries(spec.options).flatMap(([k, v]) => [`--${k}`, String(v)]);
      const cli = runCli(['analyze', path, ...flags]).stdout;
      assert.equal(analyseInWasm(readFileSync(path), spec.options, [4096]), cli, `${vendor}/${file}`);
    }
  }
});
