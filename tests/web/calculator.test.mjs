// The calculator's pure pieces (web/app/calculator/calc-*.js), a table of small
// cases each: the state against the catalogue, typed numbers across languages,
// the fields' text as inputs, the details under a result, and the result as
// copied text and as the PNG card's content. Metrics here are written by hand
// in the catalogue's shape; expected texts are worked out by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { settleState, relocalizedInputs, relocalizeMemory, requestOptions, initialState } from '../../web/app/calculator/calc-state.js';
import { collectInputs, fillInText, isDuration, unitKey } from '../../web/app/calculator/calc-inputs.js';
import { headline, detailRows, sideText } from '../../web/app/calculator/calc-result.js';
import { resultText, pngCard } from '../../web/app/calculator/calc-export.js';

const words = (en, it = en) => ({ en, it });
const input = (name, kind, extra = {}) => ({ name, kind, label: words(name[0].toUpperCase() + name.slice(1)), help: words(''), ...extra });
const NPS = {
  id: 'nps', name: words('Net Promoter Score (NPS)'), estimand: 'nps', unit: 'points',
  inputs: [input('promoters', 'count', { integer: true }), input('passives', 'count', { integer: true }),
    input('detractors', 'count', { integer: true }), input('scores', 'scores')],
  variants: [{ id: 'counts', required: ['promoters', 'passives', 'detractors'], optional: [] },
    { id: 'scores', required: ['scores'], optional: [] }],
};
const CLV = {
  id: 'clv', name: words('Customer lifetime value (CLV)'), estimand: 'none', unit: 'currency',
  inputs: [input('order_value', 'money'), input('margin', 'percent'), input('note', 'text'),
    input('method', 'choice', { choices: ['mean', 'percent_easy'], default: 'mean' }), input('wait_seconds', 'numbers')],
  variants: [{ id: 'simple', required: ['order_value', 'margin'], optional: ['note', 'method', 'wait_seconds'] }],
};
const METRICS = [NPS, CLV];

test('calc-state: a wanted state settled against the catalogue', () => {
  const prev = { ...initialState(), metric: 'nps', variant: 'scores', lang: 'it', confidence: 90, mode: 'compare', inputsB: { promoters: '5' } };
  const cases = [
    // wanted                                         → metric, variant, confidence, mode, inputsB
    [{ metric: 'nps', variant: 'counts', lang: 'en' }, ['nps', 'counts', 90, 'compare', { promoters: '5' }]],
    [{ metric: undefined, lang: 'en' },                ['nps', 'counts', 90, 'compare', { promoters: '5' }]], // left out: as it was
    [{ metric: null, lang: 'en' },                     ['nps', 'counts', 90, 'compare', { promoters: '5' }]], // null: the first metric
    [{ metric: 'clv', lang: 'en', mode: 'compare' },   ['clv', 'simple', 90, 'single', {}]],    // no intervals, no compare; B's inputs not carried over
    [{ metric: 'nope', lang: 'en', variant: 'x' },     ['nps', 'counts', 90, 'compare', { promoters: '5' }]],
    [{ metric: 'nps', lang: 'en', confidence: '99' },  ['nps', 'counts', 99, 'compare', { promoters: '5' }]],
    [{ metric: 'nps', lang: 'en', confidence: 42 },    ['nps', 'counts', 95, 'compare', { promoters: '5' }]],
    [{ metric: 'nps', lang: 'en', mode: 'single' },    ['nps', 'counts', 90, 'single', { promoters: '5' }]],
  ];
  for (const [wanted, [metric, variant, confidence, mode, inputsB]] of cases) {
    const s = settleState(METRICS, prev, wanted);
    assert.deepEqual([s.metric, s.variant, s.confidence, s.mode, s.inputsB], [metric, variant, confidence, mode, inputsB], JSON.stringify(wanted));
    assert.equal(s.lang, 'en');
  }
  assert.equal(settleState(METRICS, prev, { metric: 'nps', lang: 'xx' }).lang, 'en');
  const inputs = { promoters: '7' };
  const s = settleState(METRICS, prev, { metric: 'nps', lang: 'it', inputs });
  assert.deepEqual(s.inputs, inputs);
  assert.notEqual(s.inputs, inputs, 'a copy, not the caller\'s object');
});

test('calc-state: typed numbers re-written for another language', () => {
  const cases = [
    // metric, inputs, from, to, want
    [CLV, { order_value: '1,234.5', margin: '30' }, 'en', 'it', { order_value: '1.234,5', margin: '30' }],
    [CLV, { order_value: '1.234,5' }, 'it', 'en', { order_value: '1,234.5' }],
    [CLV, { note: '1,5', method: 'mean', wait_seconds: '1,5\n2' }, 'en', 'it', { note: '1,5', method: 'mean', wait_seconds: '1,5\n2' }], // text, choice, list: as typed
    [CLV, { order_value: 'abc', margin: '' }, 'en', 'it', { order_value: 'abc', margin: '' }],            // not a number: as typed
    [NPS, { promoters: '1,000', 'scores:unit': 'x' }, 'en', 'it', { promoters: '1.000', 'scores:unit': 'x' }],
  ];
  for (const [metric, inputs, from, to, want] of cases) {
    const before = { ...inputs };
    assert.deepEqual(relocalizedInputs(metric, inputs, from, to), want, JSON.stringify(inputs));
    assert.deepEqual(inputs, before, 'the input object is left alone');
  }
  const memory = { margin: '2.5', target: '', z: 'x' };
  relocalizeMemory(memory, 'en', 'it');
  assert.deepEqual(memory, { margin: '2,5', target: '', z: 'x' });
  relocalizeMemory(undefined, 'en', 'it'); // no plan yet
});

test('calc-state: request options', () => {
  const cases = [
    ['en', NPS, 95, { lang: 'en' }],
    ['it', NPS, 90, { lang: 'it', confidence: 0.9 }],
    ['en', CLV, 90, { lang: 'en' }], // no interval: no level sent
  ];
  for (const [lang, metric, level, want] of cases) assert.deepEqual(requestOptions(lang, metric, level), want);
});

test('calc-inputs: the fields\' text as inputs', () => {
  // read() stands in for the core's {"read"}: numbers split on spaces, "x"
  // unread, a leading "score" skipped as a header with a note
  const read = (def, raw) => {
    const items = raw.trim().split(/\s+/), header = items[0] === 'score';
    if (header) items.shift();
    return { values: items.filter((s) => s !== 'x').map(Number), unread: items.flatMap((s, i) => (s === 'x' ? [{ position: i + 1, text: s }] : [])),
      notes: header ? [{ message: 'Header skipped.' }] : [] };
  };
  const counts = NPS.variants[0], scores = NPS.variants[1], clv = CLV.variants[0];
  const cases = [
    // lang, metric, variant, store → inputs, missing, local, counts
    ['en', NPS, counts, { promoters: '70', passives: '1,020', detractors: '10' },
      { promoters: 70, passives: 1020, detractors: 10 }, [], [], {}],
    ['it', NPS, counts, { promoters: '7,5', passives: '' },
      { promoters: 7.5 }, ['Passives', 'Detractors'], [], {}],
    ['en', NPS, counts, { promoters: 'seven', passives: '1', detractors: '2' },
      { passives: 1, detractors: 2 }, [], [['promoters', '“Promoters” must be a number, for example 1,234.']], {}],
    ['en', NPS, scores, { scores: '9 10 8' }, { scores: [9, 10, 8] }, [], [], { scores: '3 values read' }],
    ['en', NPS, scores, { scores: '9' }, { scores: [9] }, [], [], { scores: '1 value read' }],
    ['en', NPS, scores, { scores: 'score 9' }, { scores: [9] }, [], [], { scores: '1 value read. Header skipped.' }],
    ['en', NPS, scores, { scores: '  ' }, {}, ['Scores'], [], { scores: '' }],
    ['en', NPS, scores, { scores: '9 x 8 x x x 1' }, {}, [], [['scores', 'Item 2 (“x”) is not a whole number. Item 4 (“x”) is not a whole number. Item 5 (“x”) is not a whole number. and 1 more']],
      { scores: '3 values read' }],
    ['en', CLV, clv, { order_value: '45', margin: '30', note: '  hi ', wait_seconds: '' },
      { order_value: 45, margin: 30, note: 'hi', method: 'mean' }, [], [], { wait_seconds: '' }],
    ['en', CLV, clv, { order_value: '45 50', margin: '30', method: 'percent_easy' },
      { margin: 30, method: 'percent_easy' }, [], [['order_value', '“Order_value” must be an amount, such as 45, €45, 45 € or $1,234.50.']], { wait_seconds: '' }],
  ];
  for (const [lang, metric, variant, store, inputs, missing, local, countsWant] of cases) {
    const got = collectInputs({ lang, metric, variant, store, read });
    assert.deepEqual(got, { inputs, missing, local, counts: countsWant }, JSON.stringify(store));
  }
  assert.equal(fillInText('en', ['A']), 'Fill in A to see the result.');
  assert.equal(fillInText('en', ['A', 'B', 'C']), 'Fill in A, B and C to see the result.');
  assert.equal(isDuration(input('wait_seconds', 'numbers')), true);
  assert.equal(isDuration(input('wait', 'numbers')), false);
  assert.equal(unitKey({ name: 'wait_seconds' }), 'wait_seconds:unit');
});

test('calc-result: the headline and the details under a result', () => {
  const time = { value: 400, unit: 'seconds', details: { n: 12, mean: 400, median: 300, within_target_pct: 75, target_seconds: 600,
    median_interval: { low: 200, high: 420, level: 0.95 } } };
  const nb = (s) => s.replaceAll(' ', '\u00a0');  // a duration never breaks across lines
  assert.deepEqual(headline('en', time), { byMedian: true, valueText: `Median ${nb('300 s (5 min)')}` });
  assert.deepEqual(detailRows('en', time, { byMedian: true }), [  // the median's interval is the headline's: not repeated
    ['Responses', '12'], ['Mean', nb('400 s (6 min 40 s)')], ['Median', nb('300 s (5 min)')], ['Within target', '75%'], ['Target', nb('600 s (10 min)')]]);
  const mean = { value: 3.456, unit: 'score', details: { n: 20, mean: 3.456, median: 4, median_interval: { low: 3, high: 5, level: 0.9 } } };
  assert.deepEqual(headline('it', mean), { byMedian: false, valueText: '3,46' });
  assert.deepEqual(detailRows('it', mean, { chart: { bars: [] } }), [  // the chart shows n
    ['Media', '3,46'], ['Mediana', '4'], ['Mediana, IC 90%', 'da 3 a 5']]);
  assert.deepEqual(detailRows('en', { value: 1, unit: 'ratio' }), []);
  assert.equal(sideText('en', { value: 40, unit: 'points', interval: { low: 30, high: 50, level: 0.95 } }), '40 points ± 10');
  assert.equal(sideText('en', { value: 40, unit: 'points' }), '40 points');
});

test('calc-export: the result as copied text and as the PNG card', () => {
  const request = { metric: 'nps', inputs: { promoters: 70, passives: 20, detractors: 10 }, options: { lang: 'en' } };
  const response = { ok: true, value: 60, unit: 'points', formula: '(70 − 10) / 100 × 100 = 60', warnings: [{ message: 'Few answers.' }] };
  const interval = { symmetric: true, text: '± 9', line: '95% confidence interval: 51 to 69' };
  const card = { valueText: '60 points', band: { label: 'Excellent', tone: 'good', icon: '▲' }, chart: { title: 'Mix', bars: [{ label: 'Promoters', value: 1500, tone: 'good', note: '70%' }] }, interval };
  assert.equal(resultText({ lang: 'en', metric: NPS, request, response, card }), [
    'Net Promoter Score (NPS): 60 points ± 9',
    '95% confidence interval: 51 to 69',
    'Benchmark: Excellent',
    'Formula: (70 − 10) / 100 × 100 = 60',
    'Promoters: 70', 'Passives: 20', 'Detractors: 10',
    '– Few answers.',
  ].join('\n'));
  const list = { metric: 'nps', inputs: { scores: [10, -9, 8, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] } };
  assert.equal(resultText({ lang: 'it', metric: NPS, request: list, response: { ok: true, formula: 'f' }, card: { valueText: '5' } }),
    'Net Promoter Score (NPS): 5\nFormula: f\nScores: 10; \u22129; 8; 1; 2; 3; 4; 5; 6; 7; 8; 9; … (13 valori)');
  assert.equal(resultText({ lang: 'en', metric: NPS, request, response: { ok: false }, card }), '');
  assert.deepEqual(pngCard({ lang: 'en', metric: NPS, response, card }), {
    title: 'Net Promoter Score (NPS)', value: '60 points', band: card.band, formula: response.formula,
    subtitle: '± 9  ·  95% confidence interval: 51 to 69', notes: [], chartTitle: 'Mix',
    bars: [{ label: 'Promoters', value: 1500, tone: 'good', note: '70%', text: '1,500 (70%)' }], footer: 'Computed with Polso, on the device',
  });
  const c = { difference: 9, unit: 'points', interval: { low: 2.5, high: 15.5, level: 0.95 }, significant: true, p_value: 0.01, verdict: 'B is higher.' };
  const cmp = pngCard({ lang: 'en', metric: NPS, response: { ok: true }, card: { valueText: '+9 points', band: null, chart: null, comparison: c } });
  assert.deepEqual([cmp.title, cmp.subtitle, cmp.notes, cmp.bars], ['Net Promoter Score (NPS) — B compared with A', '+9 points (95% CI +2.5 to +15.5)', ['B is higher.'], []]);
});
