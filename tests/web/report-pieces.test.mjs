// The pieces every report shares (web/app/shared/) and the kind picker's
// events, without a browser: one duration formatter, one interval rule for a
// table cell and its title, and a picker that tells its host by events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../../web/i18n/analysis-words.js';
import { duration, secondsText } from '../../web/app/shared/duration.js';
import { formatSeconds } from '../../web/app/shared/result-format.js';
import { intervalCell } from '../../web/app/shared/intervals.js';
import { KindPicker } from '../../web/app/analysis/kind-picker.js';

const nb = (s) => s.replaceAll(' ', '\u00a0');

test('durations: one formatter, as people say them', () => {
  const cases = [
    ['en', 42, '42 s'],
    ['en', 4.2, '4.2 s'],
    ['en', 252, '4 min 12 s'],
    ['en', 600, '10 min'],
    ['en', 3900, '1 h 05 min'],
    ['en', 3599.6, '1 h'],         // rounds to a whole hour, not "59 min 60 s"
    ['en', 183600, '2 d 03 h'],
    ['it', 183600, '2 g 03 h'],
    ['en', -90, '−1 min 30 s'],
    ['en', NaN, '—'],
  ];
  for (const [lang, s, want] of cases) assert.equal(duration(lang, s), nb(want), `${lang} ${s}`);
  // the calculator's seconds say the same words in brackets
  assert.equal(formatSeconds('en', 825), nb('825 s (13 min 45 s)'));
  assert.equal(formatSeconds('en', 45), nb('45 s'));
  assert.equal(secondsText('en', 0.25), '0.25 s');
  assert.equal(secondsText('en', 125), nb('2 min 05 s'));
});

test('intervals: one rule for a cell and its title', () => {
  const iv = (low, high) => ({ low, high, level: 0.95 });
  assert.deepEqual(intervalCell('en', 60, iv(55, 65), 'points'), { text: '± 5', title: '95% confidence interval: 55 to 65' });
  assert.deepEqual(intervalCell('en', 60, iv(45, 71), 'points'), { text: '45 to 71', title: '95% confidence interval: 45 to 71' });
  // 5.8 below and 6.1 above, 12 wide: whole numbers, and both read 6
  assert.equal(intervalCell('en', 50, iv(44.2, 56.1), 'points').text, '± 6');
  assert.equal(intervalCell('it', 50.5, iv(50.35, 50.65), 'percent').text, '± 0,15%'); // 0.3 wide: two decimals
  assert.deepEqual(intervalCell('en', 60, null, 'points'), { text: '', title: null });
  assert.deepEqual(intervalCell('en', 60, iv(NaN, 70), 'points'), { text: '', title: null });
});

function recorder(picker) {
  const seen = [];
  for (const type of ['polso-settings-change', 'polso-ask', 'polso-run']) picker.addEventListener(type, (e) => seen.push([type, e.detail ?? null]));
  return seen;
}

test('the kind picker tells its host by events', () => {
  const p = new KindPicker();
  const seen = recorder(p);
  const msg = p.inspect('en');
  assert.deepEqual(msg, { type: 'inspect', id: 'inspect-1', options: { lang: 'en' } });
  assert.equal(p.handle({ type: 'progress' }), false, 'not its message');
  assert.equal(p.handle({ type: 'inspected', id: 'inspect-0', result: { ok: true, dataset: 'orders', sure: true } }), true);
  assert.deepEqual(seen, [], 'a stale answer changes nothing');

  p.handle({ type: 'inspected', id: msg.id, result: { ok: true, dataset: 'orders', sure: true } });
  assert.deepEqual(seen.splice(0), [['polso-settings-change', { dataset: 'orders', by: 'inspect' }], ['polso-run', null]]);
  assert.equal(p.note('en', 'orders'), 'Looks like an orders export.');
  assert.equal(p.note('en', 'survey'), 'Set by you.');

  const unsure = p.inspect('en');
  p.handle({ type: 'inspected', id: unsure.id, result: { ok: true, dataset: 'conversations', sure: false } });
  assert.deepEqual(seen.splice(0), [['polso-settings-change', { dataset: 'conversations', by: 'inspect' }], ['polso-ask', null]]);
  assert.equal(p.asking, true);

  const unreadable = p.inspect('en');
  assert.equal(p.asking, false, 'a new file forgets the question');
  p.handle({ type: 'inspected', id: unreadable.id, result: { ok: false } });
  assert.deepEqual(seen.splice(0), [['polso-settings-change', { dataset: 'survey', by: 'inspect' }], ['polso-run', null]]);
});
