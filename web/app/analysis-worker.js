// dist/analysis-worker.js: a module worker that analyses a CSV file with the
// wasm core, chunk by chunk, off the main thread. Protocol: see analysis-runner.js.
//   const w = new Worker('analysis-worker.js', { type: 'module' });
//   w.postMessage({ type: 'start', file, options: { metric: 'nps', lang: 'it' } });
// polso.wasm is loaded from beside this file.
import { loadPolsoModule } from '../polso-api.js';
import { createRunner } from './analysis-runner.js';

const runner = createRunner({
  loadModule: () => loadPolsoModule({ wasmUrl: new URL('./polso.wasm', import.meta.url) }),
  post: (m) => self.postMessage(m),
});
self.onmessage = ({ data }) => runner.handle(data);
