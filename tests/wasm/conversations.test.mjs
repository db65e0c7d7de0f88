// Conversation exports through the wasm module (fed in chunks, as the web
// worker does) and through the CLI give the same report, byte for byte.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root, runCli, prng } from './helpers.mjs';

const { default: factory } = await import(`${root}dist/polso.js`);
const module = await factory({ wasmBinary: readFileSync(`${root}dist/polso.wasm`) });
const fixtures = `${root}tests/data/conversations`;

function analyseInWasm(bytes, options, chunkSizes) {
  const a = new module.Analysis(JSON.stringify(options));
  try {
    let offset = 0, i = 0;
    while (offset < bytes.length) {
      const size = chunkSizes[i++ % chunkSizes.length];
      const failure = a.feed(bytes.subarray(offset, offset + size));
      if (failure) return failure;
      offset += size;
    }
    return a.finish();
  } finally {
    a.delete();
  }
}

test('every conversations fixture: wasm in random chunks equals the CLI, in English and Italian', () => {
  const rand = prng(11);
  for (const file of readdirSync(fixtures).filter((f) => f.endsWith('.csv'))) {
    const bytes = readFileSync(join(fixtures, file));
    // counts_*.csv are conversations-counts files (a warehouse's counts).
    const dataset = file.startsWith('counts_') ? 'conversations-counts' : 'conversations';
    for (const lang of ['en', 'it']) {
      const cli = runCli(['analyze', join(fixtures, file), '--dataset', dataset, '--lang', lang]);
      assert.equal(cli.status, 0, `${file}: ${cli.stderr}`);
      const chunks = Array.from({ length: 8 }, () => 1 + Math.floor(rand() * 40));
      const wasm = analyseInWasm(bytes, { dataset, lang }, chunks);
      assert.equal(wasm, cli.stdout, `${file} ${lang}`);
      const r = JSON.parse(wasm);
      assert.equal(r.ok, true, file);
      assert.equal(r.rows.read, r.rows.used + r.rows.skipped, `${file}: rows add up`);
      assert.equal(r.volume.series.reduce((s, p) => s + p.conversations, 0), r.summary.conversations, `${file}: volume adds up`);
    }
  }
});

test('one byte at a time in wasm equals the CLI', () => {
  const file = join(fixtures, 'basic.csv');
  const cli = runCli(['analyze', file, '--dataset', 'conversations', '--lang', 'en']);
  assert.equal(analyseInWasm(readFileSync(file), { dataset: 'conversations', lang: 'en' }, [1]), cli.stdout);
});

test('the report has the documented shape', () => {
  const r = JSON.parse(runCli(['analyze', join(fixtures, 'basic.csv'), '--dataset', 'conversations', '--lang', 'en']).stdout);
  assert.equal(r.dataset, 'conversations');
  assert.deepEqual(r.summary.first_response, { n: 10, mean: 1740.5, median: 210, p90: 4320, with_target: 9, within_target: 7, within_target_pct: 700 / 9 });
  assert.deepEqual(r.volume.series, [
    { period: '2024-01', conversations: 3 }, { period: '2024-02', conversations: 4 }, { period: '2024-03', conversations: 4 }]);
  assert.equal(r.volume.slope, 0.5);
  assert.equal(r.summary.self_service_rate.band.id, 'low');
  assert.deepEqual(r.channels.map((c) => [c.channel, c.kind, c.conversations]), [['Email', 'email', 4], ['Phone', 'other', 1], ['WhatsApp', 'chat', 6]]);
  assert.deepEqual(r.agents.map((a) => a.agent), ['Anna', 'Bot', 'Luca', 'Marco']);
  assert.equal(r.quantiles.method, 'exact');
  assert.deepEqual(Object.keys(r.skipped_reasons).sort(), ['missing_created', 'response_before_created']);
});

test('options: targets, period, and errors as values', () => {
  const f = join(fixtures, 'basic.csv');
  const strict = JSON.parse(runCli(['analyze', f, '--dataset', 'conversations', '--chat-target', '60', '--email-target', '1800']).stdout);
  // Chat ≤ 60 s: 0 and 5 (c7, c10) of 6; e-mail ≤ 1800 s: 1800 (c11) of 3.
  assert.equal(strict.summary.first_response.within_target, 3);
  const weeks = JSON.parse(runCli(['analyze', f, '--dataset', 'conversations', '--period', 'week']).stdout);
  assert.equal(weeks.volume.period, 'week');
  assert.equal(weeks.volume.series[0].period, '2024-W01');
  const bad = runCli(['analyze', f, '--dataset', 'conversations', '--created-column', 'Nope', '--lang', 'it']);
  assert.equal(bad.status, 1);
  const e = JSON.parse(bad.stdout);
  assert.equal(e.error.code, 'column_not_found');
  assert.match(e.error.message, /Non c’è una colonna/);
});
