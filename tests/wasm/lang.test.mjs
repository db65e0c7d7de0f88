// Languages are looked up without the object prototype: a link with
// #l=constructor or an embed with lang="__proto__" falls back to English
// instead of showing "function Object() { [native code] }" (issue 14).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { root } from './helpers.mjs';

const { normLang, pickLanguage, t, LANGS } = await import(`${root}web/i18n/index.js`);

test('prototype names are no language', () => {
  for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
    assert.equal(normLang(name), 'en', name);
    assert.equal(pickLanguage([name, `${name}-XX`]), 'en', name);
    assert.equal(t(name, 'valuesRead', { n: 3 }), '3 values read', name);
  }
  assert.equal(normLang('it'), 'it');
  assert.equal(pickLanguage(['it-IT']), 'it');
  assert.deepEqual(Object.keys(LANGS), ['en', 'it']);
});

test('prototype names are no string key either', () => {
  assert.equal(t('en', 'constructor'), 'constructor');
  assert.equal(t('it', '__proto__'), '__proto__');
});
