// Every words file has its English and Italian twin with the same keys, all the
// way down: a key only one language has shows the English text (or the bare
// key) to an Italian reader. The file analysis's words join the dictionaries
// without redefining a calculator word.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { root } from './helpers.mjs';

const dir = `${root}web/i18n/`;

// 'a.b.c' paths of every key; arrays are leaves (their items are words, not keys).
function keyPaths(obj, prefix = '') {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === 'object' && !Array.isArray(v) ? keyPaths(v, `${prefix}${k}.`) : [`${prefix}${k}`]).sort();
}

test('en and it words files have the same keys', async () => {
  const files = (await readdir(dir)).filter((f) => /(^|-)en\.js$/.test(f));
  assert.ok(files.length >= 4, `words files: ${files}`);
  for (const f of files) {
    const en = (await import(`${dir}${f}`)).default;
    const it = (await import(`${dir}${f.replace(/en\.js$/, 'it.js')}`)).default;
    const [ek, ik] = [keyPaths(en), keyPaths(it)];
    assert.deepEqual(ik.filter((k) => !ek.includes(k)), [], `${f}: keys only in Italian`);
    assert.deepEqual(ek.filter((k) => !ik.includes(k)), [], `${f}: keys only in English`);
  }
});

test('the analysis words join the same dictionaries t() reads', async () => {
  const { t } = await import(`${dir}index.js`);
  assert.equal(t('en', 'previewTitle', { n: 3 }), 'previewTitle'); // not in the calculators' words
  await import(`${dir}analysis-words.js`);
  assert.equal(t('en', 'previewTitle', { n: 3 }), 'First 3 rows of the file');
  assert.equal(t('it', 'ds').o.summaryTitle, 'Clienti e ricavi');
  assert.equal(t('it', 'valuesRead', { n: 3 }), '3 valori letti');
});
