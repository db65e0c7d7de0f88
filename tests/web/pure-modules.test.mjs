// The page's pure modules, one table of small cases each (in the manner of
// Papa Parse's tests): numbers typed and shown in each language, the state in
// the URL fragment, and tables written as CSV for download.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { format, parse, separators } from '../../web/app/shared/numbers.js';
import { encodeState, decodeState } from '../../web/app/shared/state.js';
import { csvCell, toCsv } from '../../web/app/shared/csv-export.js';

test('numbers: format', () => {
  const cases = [
    ['en', 1234.5, 2, '1,234.5'],
    ['it', 1234.5, 2, '1.234,5'],
    ['it', 1000, 2, '1.000'],        // grouping always, even for four digits
    ['en', 0.125, 2, '0.13'],
    ['en', -3, 0, '-3'],
    ['en', NaN, 2, '—'],
    ['it', Infinity, 2, '—'],
    ['en', '12', 2, '—'],             // a string is not a number to show
  ];
  for (const [lang, value, digits, want] of cases) assert.equal(format(lang, value, digits), want, `${lang} ${value}`);
});

test('numbers: separators', () => {
  assert.deepEqual(separators('en'), { group: ',', decimal: '.' });
  assert.deepEqual(separators('it'), { group: '.', decimal: ',' });
});

test('numbers: parse', () => {
  const cases = [
    ['it', '1.234,5', 1234.5],
    ['en', '1,234.5', 1234.5],
    ['it', '4.5', 4.5],         // not a thousands separator: the other decimal mark
    ['it', '4.500', 4500],      // three digits after: a thousands separator
    ['en', '4,5', 4.5],
    ['en', '4,500', 4500],
    ['en', '−7', -7],           // the minus sign people paste from documents
    ['it', ' 12 345,6 ', 12345.6],
    ['en', ',5', 0.5],          // the other mark alone, with no digits before
    ['en', '1,23,456', NaN],    // groups must be three digits
    ['en', 'abc', NaN],
    ['en', '', NaN],
  ];
  for (const [lang, text, want] of cases) {
    const got = parse(lang, text);
    assert.equal(got, want, `${lang} ${JSON.stringify(text)}`);  // NaN equals NaN here (Object.is)
  }
});

test('state: a calculator state round-trips through the fragment', () => {
  const cases = [
    { metric: 'nps', variant: 'counts', lang: 'it', inputs: { promoters: '70', passives: '20', detractors: '10' } },
    { metric: 'csat', variant: 'scores', lang: 'en', inputs: { scores: '5 4 3' }, confidence: 90 },
    { metric: 'churn_rate', lang: 'en', inputs: { customers_start: '1.234,5' }, mode: 'compare', inputsB: { customers_start: '900' } },
  ];
  for (const s of cases) {
    const back = decodeState(`#${encodeState(s)}`);
    assert.equal(back.metric, s.metric);
    assert.equal(back.variant, s.variant);
    assert.equal(back.lang, s.lang);
    assert.deepEqual(back.inputs, s.inputs);
    assert.equal(back.confidence, s.confidence);
    assert.equal(back.mode, s.mode);
    assert.deepEqual(back.inputsB, s.mode === 'compare' ? s.inputsB : {});
  }
});

test('state: what is left out of the fragment', () => {
  assert.equal(encodeState({ metric: 'nps', confidence: 95, inputs: { a: '', b: null, m: 'x', 'b.c': '1' } }), 'm=nps');
  assert.equal(encodeState({ metric: 'nps', inputsB: { a: '1' } }), 'm=nps');  // B only in compare mode
  const d = decodeState('#m=nps&c=42&mode=other&view=file');
  assert.equal(d.confidence, undefined);  // only 80, 90, 95, 99
  assert.equal(d.mode, undefined);
  assert.equal(d.view, 'file');
});

test('csv: cells', () => {
  const cases = [
    [null, ',', ''],
    [3.5, ',', '3.5'],
    [NaN, ',', ''],
    ['plain', ',', 'plain'],
    ['a,b', ',', '"a,b"'],
    ['a;b', ';', '"a;b"'],
    ['say "hi"', ',', '"say ""hi"""'],
    ['two\nlines', ',', '"two\nlines"'],
    [' padded', ',', '" padded"'],
    ['=SUM(A1)', ',', "'=SUM(A1)"],   // a spreadsheet would run it
    ['@cmd', ',', "'@cmd"],
    ['-12.5', ',', '-12.5'],           // a plain number stays a number
    ['+39 06 123', ',', "'+39 06 123"],
  ];
  for (const [value, delimiter, want] of cases) assert.equal(csvCell(value, delimiter), want, JSON.stringify(value));
});

test('csv: tables with an Italian decimal mark', () => {
  assert.equal(toCsv([['metric', 'value'], ['NPS', 33.333333333], ['CSAT', 80]], { delimiter: ';', decimal: ',' }),
    'metric;value\r\nNPS;33,333333\r\nCSAT;80\r\n');
  assert.equal(toCsv([['a', 1.5]]), 'a,1.5\r\n');
});
