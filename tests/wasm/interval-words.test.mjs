// Issue 16, items 4 and 11, on the page: the p-value and the interval ends the
// comparison panel prints keep the side of the threshold and their sign, and
// follow the core's rounding rule (format_p), so one panel shows one p.
// Runs on web/app/shared/intervals.js directly; no module build needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pText, signed, differenceText, significanceText, toneOf, methodText } from '../../web/app/shared/intervals.js';

test('p keeps its side of 1 − level', () => {
  assert.equal(pText('en', 0.04998), '0.04998');
  assert.equal(pText('en', 0.0504), '0.0504');
  assert.equal(pText('it', 0.0504), '0,0504');
  assert.equal(pText('en', 0.0999, 0.1), '0.0999');
  assert.equal(pText('en', 0.00049), '< 0.001');
});

test('p has the core verdict’s digits: 0.026 is not 0.03', () => {
  assert.equal(pText('en', 0.026), '0.026');
  assert.equal(pText('en', 0.31), '0.31');
  assert.equal(pText('en', 0.0049), '0.0049');
});

test('an interval end that is not 0 shows its sign', () => {
  assert.equal(signed('en', 0.012, 1), '+0.01');
  assert.equal(signed('it', -0.017, 0), '−0,02');
  assert.equal(signed('en', 0, 1), '0');
  // CSAT 64/68 vs 233/274 (docs/api.md): −15 to +0.012, p = 0.0502.
  const c = { difference: -7.5, unit: 'percentage_points', p_value: 0.05024, significant: false,
    interval: { level: 0.95, low: -14.99, high: 0.012 } };
  assert.equal(differenceText('en', c), '−7.5 percentage points (95% CI −15 to +0.01)');
  assert.match(significanceText('en', c), /\(p = 0\.0502\)/);
});

test('the tone is the core’s, and only a significant change has one', () => {
  // Item 11: a significant drop was a green ✓ box; the core now says "bad".
  assert.equal(toneOf({ significant: true, tone: 'bad' }), 'bad');
  assert.equal(toneOf({ significant: false, tone: 'neutral' }), 'neutral');
  assert.equal(toneOf({ significant: true }), 'good');  // an older response without tone
});

test('interval methods are words with a line of explanation, in both languages', () => {
  // Item 9: the page showed "(adjusted wald)", "(wilson)", "(t)", in Italian too.
  assert.match(methodText('en', 'adjusted_wald'), /^adjusted Wald: three imaginary answers/);
  assert.match(methodText('it', 'adjusted_wald'), /^Wald corretto: si aggiungono tre risposte fittizie/);
  assert.match(methodText('it', 't'), /^t di Student: /);
  for (const m of ['adjusted_wald', 'wald', 'bootstrap', 'wilson', 't', 'newcombe', 'welch_t', 'order_statistic'])
    for (const lang of ['en', 'it']) assert.doesNotMatch(methodText(lang, m), /_|method/, `${lang} ${m}`);
  assert.equal(methodText('en', 'unheard_of'), '');
});
