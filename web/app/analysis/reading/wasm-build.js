// Which build of the analysis wasm this browser runs (cmake/wasm.cmake):
// polso-simd.wasm, built with -msimd128 (the CSV scan reads 16 bytes a step),
// where the engine validates a SIMD128 module, polso.wasm elsewhere (Safari
// before 16.4, or a browser with SIMD turned off). Both take the same glue,
// polso.js: only the wasm differs, never a report (tests/wasm/simd-build).
// The probe is wasm-feature-detect's (GoogleChromeLabs), a 31-byte module.
import { simd } from 'wasm-feature-detect';

export const SIMD_WASM = 'polso-simd.wasm';
export const SCALAR_WASM = 'polso.wasm';

// The files to try, best first.
export async function analysisWasmFiles() {
  return (await simd()) ? [SIMD_WASM, SCALAR_WASM] : [SCALAR_WASM];
}

// load(file) for each of analysisWasmFiles() until one succeeds: a SIMD build
// that cannot be fetched or compiled (a partial upload, a proxy) falls back to
// the scalar one. Rejects with the last file's error.
export async function withAnalysisWasm(load, files = analysisWasmFiles()) {
  let error = new Error('no wasm build to load');
  for (const file of await files) {
    try {
      return await load(file);
    } catch (e) {
      error = e;
    }
  }
  throw error;
}
