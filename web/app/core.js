// One Polso core per page: every calculator on it shares this instance. `module`
// is the raw wasm module (its Analysis class runs files on the main thread when
// no worker can be started, as in the single offline file).
import { loadPolsoModule, wrap } from '../polso-api.js';

let instance;
export function getPolso() {
  instance ??= loadPolsoModule().then((module) => {
    const polso = wrap(module);
    return { ...polso, module, catalogueData: polso.catalogue() };
  });
  return instance;
}
