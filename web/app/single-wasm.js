// The single offline file's wasm, compiled once. polso.html carries the wasm
// once, as base64 (web/build.mjs takes it out of the Emscripten glue, which
// then loads nothing by itself): the page decodes and compiles it here, its
// own core is instantiated from the compiled WebAssembly.Module, and the same
// Module is posted to the analysis worker, which hands it to its part workers.
// Only the single file's bundle gets the bytes; elsewhere the import is ''.
import base64 from 'polso:wasm-base64';

let compiling = null;

function decode(text) {
  if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function compiledWasm() {
  compiling ??= Promise.resolve().then(() => WebAssembly.compile(decode(base64)));
  return compiling;
}
