// The wasm module and the native CLI speak the same JSON contract.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { loadDistPolso, runCli, prng, root } from './helpers.mjs';

const polso = await loadDistPolso();
const NPS = '{"metric":"nps","inputs":{"promoters":70,"passives":20,"detractors":10}}';

test('NPS 70/20/10 is 60 through wasm, identical to the CLI response', () => {
  const wasmText = polso.evaluateJson(NPS);
  const r = JSON.parse(wasmText);
  assert.equal(r.ok, true);
  assert.equal(r.value, 60);
  assert.equal(r.unit, 'points');
  assert.deepEqual([r.details.promoters, r.details.passives, r.details.detractors], [70, 20, 10]);
  const cli = runCli(['eval'], NPS);
  assert.equal(cli.status, 0);
  assert.equal(cli.stdout, wasmText);
});

test('the single-file module gives the same answers', async () => {
  const { wrap } = await import(`${root}dist/polso-api.js`);
  const { default: factory } = await import(`${root}dist/polso-single.js`);
  const single = wrap(await factory());
  assert.equal(single.evaluateJson(NPS), polso.evaluateJson(NPS));
  assert.equal(single.version(), polso.version());
});

test('the calculators-only module answers like the full one, without file analysis', async () => {
  const { loadCalculators, loadCalculatorModule } = await import(`${root}dist/polso-api.js`);
  const calc = await loadCalculators();
  assert.equal(calc.evaluateJson(NPS), polso.evaluateJson(NPS));
  const compare = '{"compare":[{"metric":"ctr","inputs":{"clicks":30,"impressions":1000}},{"metric":"ctr","inputs":{"clicks":45,"impressions":1000}}]}';
  assert.equal(calc.evaluateJson(compare), polso.evaluateJson(compare));
  assert.deepEqual(calc.catalogue(), polso.catalogue());
  assert.equal((await loadCalculatorModule()).Analysis, undefined);
});

test('evaluate() answers what JSON cannot hold with ok: false, never a throw (issue 14)', async () => {
  const { loadCalculators } = await import(`${root}dist/polso-api.js`);
  const calc = await loadCalculators();
  const circular = { metric: 'nps', inputs: {} };
  circular.inputs.self = circular;
  for (const [what, request] of [['undefined', undefined], ['a BigInt', { metric: 'nps', inputs: { promoters: 10n } }],
    ['a circular object', circular], ['a function', () => 1]]) {
    const r = calc.evaluate(request);
    assert.equal(r.ok, false, what);
    assert.equal(r.error.code, 'malformed_request', what);
  }
});

test('catalogue and version match the CLI', () => {
  const cat = polso.catalogue();
  const cli = runCli(['catalogue']);
  assert.equal(cli.status, 0);
  assert.deepEqual(JSON.parse(cli.stdout), cat);
  assert.ok(cat.metrics.length >= 29);
  assert.equal(runCli(['--version']).stdout, `polso ${polso.version()}`);
});

// A value that passes every range check of an input spec.
function validValue(input) {
  if (input.kind === 'choice') return input.default ?? input.choices[0];
  if (input.kind === 'text') return 'EUR';
  if (input.kind === 'scores') return [Math.max(input.min, 1), Math.min(input.max, 5)];
  if (input.kind === 'numbers') return [30, 60, 90];
  if (input.kind === 'counts') return input.name === 'distribution' ? null : [10, 12, 15];
  return 10;  // equal parts and wholes never break a "part ≤ whole" rule
}

test('every metric computes from its first variant in both languages, and agrees with the CLI', () => {
  for (const m of polso.catalogue().metrics) {
    const variant = m.variants.find((v) => v.required.every((n) => validValue(m.inputs.find((i) => i.name === n)) !== null));
    const inputs = {};
    for (const name of variant.required) inputs[name] = validValue(m.inputs.find((i) => i.name === name));
    for (const lang of ['en', 'it']) {
      const request = JSON.stringify({ metric: m.id, inputs, options: { lang } });
      const r = polso.evaluate(request);
      assert.equal(r.ok, true, `${m.id} (${variant.id}, ${lang}): ${JSON.stringify(r.error)}`);
      assert.ok(Number.isFinite(r.value), `${m.id}: value ${r.value}`);
      assert.equal(runCli(['eval'], request).stdout, JSON.stringify(r));
    }
  }
});

// 100 bad requests from a seeded generator: garbage bytes, broken JSON,
// wrong types, negative, fractional and huge counts, missing fields.
function badRequests(n) {
  const rand = prng(20261125);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const metrics = ['nps', 'csat', 'ces', 'churn_rate', 'ctr', 'clv', 'first_response_time'];
  const badValues = [-1, -0.5, 1.5, 'ten', true, null, {}, [1, 'x'], 1e309, 9007199254740993, '', [], [[1]]];
  const makers = [
    () => Array.from({ length: 1 + Math.floor(rand() * 40) }, () => String.fromCharCode(Math.floor(rand() * 127))).join(''),
    () => NPS.slice(0, Math.floor(rand() * (NPS.length - 1))),
    () => JSON.stringify({ metric: pick(metrics), inputs: { promoters: pick(badValues), passives: 1, detractors: 1 } }),
    () => JSON.stringify({ metric: 'nps', inputs: { promoters: -Math.ceil(rand() * 100), passives: 20, detractors: 10 } }),
    () => JSON.stringify({ metric: 'nps', inputs: { scores: [5, 11 + Math.floor(rand() * 5)] } }),
    () => JSON.stringify({ metric: pick(['ctr']), inputs: { clicks: 100 + Math.floor(rand() * 50), impressions: 99 } }),
    () => JSON.stringify({ metric: pick(metrics), inputs: pick([[], 'x', 5, null]) }),
    () => JSON.stringify({ metric: pick([5, null, 'no_such_metric', '']), inputs: {} }),
    () => JSON.stringify({ metric: pick(metrics) }),
    () => JSON.stringify({ metric: 'churn_rate', inputs: { customers_start: 0, customers_lost: 0 } }),
    () => JSON.stringify(pick([[], 'nps', 42, null])),
    () => '{"metric":"nps","inputs":' + '['.repeat(1000 + Math.floor(rand() * 5000)),
  ];
  return Array.from({ length: n }, (_, i) => makers[i % makers.length]());
}

test('100 random bad requests each get ok:false with a message, from wasm and CLI alike', () => {
  const requests = badRequests(100);
  assert.equal(requests.length, 100);
  for (const req of requests) {
    const r = polso.evaluate(req);
    assert.equal(r.ok, false, `expected a failure for ${req.slice(0, 80)}`);
    assert.equal(typeof r.error.code, 'string');
    assert.ok(r.error.message.length > 20, `message for ${req.slice(0, 80)}`);
    const cli = runCli(['eval'], req);
    assert.equal(cli.status, 1, `CLI exit for ${req.slice(0, 80)}: ${cli.stderr}`);
    assert.equal(cli.stdout, JSON.stringify(r));
  }
  // The module is still alive and well after all of that.
  assert.equal(polso.evaluate(NPS).value, 60);
});

test('the CLI computes a metric from flags, in words and as JSON', () => {
  const human = runCli(['nps', '--promoters', '70', '--passives', '20', '--detractors', '10']);
  assert.equal(human.status, 0);
  assert.match(human.stdout, /^Net Promoter Score \(NPS\): 60 points — Excellent/);
  const json = runCli(['nps', '--promoters', '70', '--passives', '20', '--detractors', '10', '--json']);
  assert.equal(json.stdout, polso.evaluateJson(NPS));
  const bad = runCli(['ctr', '--clicks', '20', '--impressions', '10']);
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /cannot be larger than/);
  assert.equal(runCli(['nps', '--promoters']).status, 2);
  assert.equal(runCli(['nps', '--bogus', '1']).status, 2);
  assert.equal(runCli(['no-such-command']).status, 2);
  assert.equal(runCli(['eval', '--request', '/no/such/file']).status, 2);
  assert.equal(runCli(['nps', '--help']).status, 0);
});

test('docs/api.md examples are what the module answers', async () => {
  // Each ```json request block followed by a ```json response block in the
  // docs must match the live response exactly (as parsed JSON).
  const md = await readFile(`${root}docs/api.md`, 'utf8');
  const blocks = [...md.matchAll(/<!-- request -->\s*```json\n([\s\S]*?)```\s*<!-- response -->\s*```json\n([\s\S]*?)```/g)];
  assert.ok(blocks.length >= 3, 'docs/api.md should hold request/response examples');
  for (const [, req, res] of blocks) assert.deepEqual(polso.evaluate(req), JSON.parse(res), req);
});
