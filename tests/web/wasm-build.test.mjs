// Which analysis wasm a browser loads (wasm-build.js): the SIMD build where
// WebAssembly.validate accepts a SIMD128 module, else the scalar one; and a
// build that fails to load falls back to the next. A browser without SIMD is
// stood in for by a validate that refuses everything.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analysisWasmFiles, withAnalysisWasm, SIMD_WASM, SCALAR_WASM } from '../../web/app/analysis/reading/wasm-build.js';

async function withoutSimd(fn) {
  const validate = WebAssembly.validate;
  WebAssembly.validate = () => false;
  try { return await fn(); } finally { WebAssembly.validate = validate; }
}

test('node has SIMD: the SIMD build first, the scalar one after it', async () => {
  assert.deepEqual(await analysisWasmFiles(), [SIMD_WASM, SCALAR_WASM]);
});

test('a browser without SIMD gets only the scalar build', async () => {
  assert.deepEqual(await withoutSimd(analysisWasmFiles), [SCALAR_WASM]);
  const tried = [];
  assert.equal(await withoutSimd(() => withAnalysisWasm(async (f) => { tried.push(f); return f; })), SCALAR_WASM);
  assert.deepEqual(tried, [SCALAR_WASM]);
});

test('a build that fails to load falls back to the next; when all fail, the last error', async () => {
  const tried = [];
  const loaded = await withAnalysisWasm(async (f) => {
    tried.push(f);
    if (f === SIMD_WASM) throw new Error('HTTP 404');
    return `module of ${f}`;
  });
  assert.equal(loaded, `module of ${SCALAR_WASM}`);
  assert.deepEqual(tried, [SIMD_WASM, SCALAR_WASM]);
  await assert.rejects(withAnalysisWasm(async (f) => { throw new Error(`no ${f}`); }), { message: `no ${SCALAR_WASM}` });
});
