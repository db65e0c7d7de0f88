// Which build of the analysis module this browser runs: polso-simd.wasm (the
// CSV tokenizer's 128-bit SIMD block scan) where WebAssembly validates a tiny
// SIMD module, polso.wasm otherwise. No network request: the probe is inline.
//   (module (func (result v128) i32.const 0 i8x16.splat i8x16.popcnt))
const SIMD_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0,
  65, 0, 253, 15, 253, 98, 11]);

export function hasWasmSimd() {
  try {
    return WebAssembly.validate(SIMD_PROBE);
  } catch {
    return false;
  }
}

// The analysis module's file name, beside the worker.
export const analysisWasmFile = () => (hasWasmSimd() ? 'polso-simd.wasm' : 'polso.wasm');
