// Every words file has its English and Italian twin with the same keys, all the
// way down: a key only one language has shows the English text (or the bare
// key) to an Italian reader. The file analysis's words join the dictionaries
// without redefining a calculator word.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
const root = new URL('../../', import.meta.url).pathname;

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
  // one lookup for nested words too: a dotted key, filled like any other
  assert.equal(t('it', 'ds.o.years', { n: 2 }), '2 anni');
  assert.equal(t('en', 'ds.kinds').orders, 'Orders');
  assert.equal(t('it', 'ds.no.such.key'), 'ds.no.such.key');
});

// The page's source, to see which words it asks for.
async function pageSource() {
  const out = [];
  const walk = async (d) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      if (e.isDirectory()) await walk(`${d}${e.name}/`);
      else if (/\.(js|html)$/.test(e.name)) out.push(await readFile(`${d}${e.name}`, 'utf8'));
    }
  };
  await walk(`${root}web/app/`);
  out.push(await readFile(`${root}web/index.html`, 'utf8'));
  return out.join('\n');
}

// A key is used when the page names it, when one of its parents is looked up
// by name and indexed with a value (t(lang, 'choices')[name][value]: the
// children are the values), or when a template builds its name (`method_${id}`).
function isUsed(path, code) {
  const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const parts = path.split('.');
  const last = parts.at(-1);
  if (new RegExp(`\\b${esc(last)}\\b`).test(code)) return true;
  if (parts.slice(0, -1).some((p) => code.includes(`'${p}'`) || new RegExp(`\\b${esc(p)}\\[`).test(code))) return true;
  for (let i = 1; i < last.length; i++) {
    const prefix = last.slice(0, i);
    if (/[_-]$/.test(prefix) && (code.includes(`\`${prefix}\${`) || code.includes(`'${prefix}' +`))) return true;
  }
  return false;
}

test('every key, English and Italian, is used by the page', async () => {
  const code = await pageSource();
  const files = (await readdir(dir)).filter((f) => /(^|-)(en|it)\.js$/.test(f));
  for (const f of files) {
    const unused = keyPaths((await import(`${dir}${f}`)).default).filter((k) => !isUsed(k, code));
    assert.deepEqual(unused, [], `${f}: words no page shows`);
  }
  // the check can fail: a key nobody asks for is caught
  assert.equal(isUsed('neverAskedForAnywhere', code), false);
});

test('words are looked up one way: t(lang, key, vars)', async () => {
  const code = await pageSource();
  // the second path (a dictionary object read by hand and filled by a helper) is gone
  assert.doesNotMatch(code, /\bwords\(lang\)|(?<![.\w])fill\(/);
});

// The embed (dist/embed.js) carries en.js and it.js whole, so they hold only
// words its own modules ask for: a word of the hosted page or of the file
// analysis belongs in page-*.js or analysis-*.js, added when those load
// (issue 11: the embed's bytes do not grow).
test('the calculator dictionaries hold only words the embed shows', async () => {
  const { build } = await import('esbuild');
  const { cssText } = await import(`${root}web/css-text.mjs`);
  const { metafile } = await build({
    entryPoints: [`${root}web/app/embed.js`], bundle: true, format: 'esm', write: false, metafile: true,
    outfile: 'embed.js', external: ['node:*', 'polso:*', './polso.js', './polso-calc.js'], define: { __POLSO_SINGLE_FILE__: 'false' },
    plugins: [cssText], logLevel: 'silent',
  });
  const sources = Object.keys(Object.values(metafile.outputs)[0].inputs).filter((p) => /\.js$/.test(p) && !p.includes('i18n/'));
  assert.ok(sources.some((p) => p.endsWith('calculator/calculator.js')), sources.join(' '));
  const code = (await Promise.all(sources.map((p) => readFile(p.startsWith('/') ? p : `${process.cwd()}/${p}`, 'utf8')))).join('\n');
  for (const lang of ['en', 'it']) {
    // a fresh instance: addWords (analysis-words.js, above) grows the one t() reads
    const unused = keyPaths((await import(`${dir}${lang}.js?as-bundled`)).default).filter((k) => !isUsed(k, code));
    assert.deepEqual(unused, [], `${lang}.js (with what it spreads): words the embed never shows`);
  }
  assert.equal(isUsed('embedTitle', code), false); // the Embed dialog's words are not the embed's
});
