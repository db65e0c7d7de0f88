// Assembles dist/ from the wasm build and the web sources.
// Usage: node web/build.mjs <wasm-bin-dir> <dist-dir>
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const [wasmDir = 'build-wasm/bin', dist = 'dist'] = process.argv.slice(2);
const web = new URL('.', import.meta.url).pathname;

await mkdir(dist, { recursive: true });
for (const f of ['polso.js', 'polso.wasm', 'polso-single.js']) await cp(join(wasmDir, f), join(dist, f));
await cp(join(web, 'polso-api.js'), join(dist, 'polso-api.js'));
await cp(join(web, 'index.html'), join(dist, 'index.html'));
await cp(join(web, 'polso-api-demo.js'), join(dist, 'polso-api-demo.js'));
// dist/ holds ES modules: node must read its .js files as such.
await writeFile(join(dist, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n');
