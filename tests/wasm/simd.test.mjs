// The two builds of the analysis module — polso.wasm (scalar CSV scan) and
// polso-simd.wasm (wasm SIMD128 block scan), both driven by polso.js's glue as
// the analysis worker does — give byte-identical reports on every CSV fixture
// under tests/data, for the survey, orders, conversations and auto datasets,
// fed whole and in random chunks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { root, prng } from './helpers.mjs';

const { default: factory } = await import(`${root}dist/polso.js`);
const scalar = await factory({ wasmBinary: readFileSync(`${root}dist/polso.wasm`) });
const simd = await factory({ wasmBinary: readFileSync(`${root}dist/polso-simd.wasm`) });

function analyse(module, bytes, options, chunkSizes) {
  const a = new module.Analysis(JSON.stringify(options));
  try {
    let offset = 0, i = 0;
    while (offset < bytes.length) {
      const size = chunkSizes[i++ % chunkSizes.length];
      const address = a.reserve(size);
      module.HEAPU8.set(bytes.subarray(offset, offset + size), address);
      const failure = a.feedReserved(Math.min(size, bytes.length - offset));
      if (failure) return failure;
      offset += size;
    }
    return a.finish();
  } finally {
    a.delete();
  }
}

function csvFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return csvFiles(path);
    return name.endsWith('.csv') ? [path] : [];
  });
}

test('polso-simd.wasm is a different build from polso.wasm', () => {
  assert.notDeepEqual(readFileSync(`${root}dist/polso-simd.wasm`), readFileSync(`${root}dist/polso.wasm`));
});

test('every CSV fixture: the SIMD build reports exactly what the scalar build reports', () => {
  const rand = prng(11);
  const files = csvFiles(`${root}tests/data`);
  assert.ok(files.length > 40, `${files.length} fixtures`);
  for (const file of files) {
    const bytes = readFileSync(file);
    for (const dataset of ['auto', 'survey', 'orders', 'conversations']) {
      const options = { dataset, lang: 'en' };
      const whole = [Math.max(1, bytes.length)];
      const chunks = Array.from({ length: 6 }, () => 1 + Math.floor(rand() * 200));
      const reference = analyse(scalar, bytes, options, whole);
      assert.equal(analyse(simd, bytes, options, whole), reference, `${file} ${dataset} whole`);
      assert.equal(analyse(simd, bytes, options, chunks), reference, `${file} ${dataset} chunks ${chunks}`);
    }
  }
});
