// loadPolso(): the Polso core as plain JS objects, in a page, a worker or node.
//
//   const polso = await loadPolso();
//   polso.evaluate({ metric: 'nps', inputs: { promoters: 70, passives: 20, detractors: 10 } });
//   // → { ok: true, value: 60, unit: 'points', … }
//
// Two builds of the core (see cmake/wasm.cmake): polso.js, everything including
// file analysis, and polso-calc.js, the calculators only — a third of the bytes,
// for pages that only compute typed-in numbers. Both are built for web and
// worker; under node the wasm bytes are read from disk and handed over, since
// node's fetch cannot read file: URLs.
import createPolsoModule from './polso.js';
import createCalculatorModule from './polso-calc.js';

const isNode = typeof process === 'object' && typeof process.versions?.node === 'string';

async function wasmOptions(wasmUrl) {
  if (isNode) {
    const { readFile } = await import('node:fs/promises');
    return { wasmBinary: await readFile(wasmUrl) };
  }
  return { locateFile: (file) => new URL(file, wasmUrl).href };
}

export async function loadPolso(options) {
  return wrap(await loadPolsoModule(options));
}

// The calculators-only module: evaluate (metrics, compare, plan), catalogue, version.
export async function loadCalculators() {
  return wrap(await loadCalculatorModule());
}

export async function loadCalculatorModule() {
  return createCalculatorModule(await wasmOptions(new URL('./polso-calc.wasm', import.meta.url)));
}

// The raw Emscripten module, for code that needs more than the JSON door:
// the analysis worker uses its `Analysis` class (feed chunks, finish, delete).
// `compiled`: a WebAssembly.Module of polso.wasm compiled already (a part
// worker of analysis-parts.js gets one): instantiated without any fetch.
// The default URL is made only when used: in a worker started from a blob:
// URL (the single offline file's) no relative URL can be resolved.
export async function loadPolsoModule({ wasmUrl = null, compiled = null } = {}) {
  if (compiled) {
    return createPolsoModule({
      instantiateWasm: (imports, ok) => {
        WebAssembly.instantiate(compiled, imports).then((instance) => ok(instance, compiled));
        return {};
      },
    });
  }
  return createPolsoModule(await wasmOptions(wasmUrl ?? new URL('./polso.wasm', import.meta.url)));
}

// A request as JSON text. What JSON cannot hold (undefined, a BigInt, a
// circular object) becomes `null`, which the core refuses as a malformed
// request: an answer with ok: false, like any other bad request, not a throw.
function requestText(request) {
  if (typeof request === 'string') return request;
  try {
    return JSON.stringify(request) ?? 'null';
  } catch {
    return 'null';
  }
}

// The JS face of a module instance: objects in, objects out.
export function wrap(module) {
  return {
    evaluate: (request) => JSON.parse(module.evaluate(requestText(request))),
    evaluateJson: (text) => module.evaluate(text),
    catalogue: () => JSON.parse(module.catalogue()),
    version: () => module.version(),
  };
}
