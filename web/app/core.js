// One Polso core per page: every calculator on it shares this instance. Hosted
// pages and embeds load the calculators-only module; the single offline file
// has one module with everything (compiled once, single-wasm.js), whose
// Analysis class also runs files on the main thread where no worker can start.
import { loadCalculatorModule, loadPolsoModule, wrap } from '../polso-api.js';
import { compiledWasm } from './single-wasm.js';
import { withAnalysisWasm } from './analysis/reading/wasm-build.js';

// The bundler replaces __POLSO_SINGLE_FILE__ with a literal, so each bundle
// keeps only the loader it uses: the embed never carries the file module's glue.

let instance;
export function getPolso() {
  instance ??= (__POLSO_SINGLE_FILE__ ? compiledWasm().then((compiled) => loadPolsoModule({ compiled })) : loadCalculatorModule()).then((module) => {
    const polso = wrap(module);
    return { ...polso, module, catalogueData: polso.catalogue() };
  });
  return instance;
}

// The module with file analysis, for running it on the page itself: its SIMD
// build where the browser has SIMD (wasm-build.js), from beside app.js.
export function getFileModule() {
  return __POLSO_SINGLE_FILE__ ? getPolso().then((p) => p.module)
    : withAnalysisWasm((file) => loadPolsoModule({ wasmUrl: new URL(`./${file}`, import.meta.url) }));
}
