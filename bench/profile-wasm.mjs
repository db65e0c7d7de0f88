#!/usr/bin/env node
// Profiling aid (not part of scripts/bench): feeds a CSV to one or more builds
// of polso.js under node, in chunks, and splits the time into "copy the bytes
// into wasm memory" and "analyse them", to see where Polso's wasm time goes
// without a browser. Node's V8 is older than Chromium's, so use it for ratios.
// Usage: node bench/profile-wasm.mjs FILE.csv [CHUNK_KIB] path/to/polso.js…
import { openSync, readSync, closeSync, readFileSync, fstatSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [file, chunkKiB = '4096', ...builds] = process.argv.slice(2);
const chunk = Number(chunkKiB) * 1024;
for (const b of builds.length ? builds : ['dist/polso.js']) {
  const js = resolve(b);
  const { default: create } = await import(pathToFileURL(js).href);
  const m = await create({ wasmBinary: readFileSync(js.replace(/\.js$/, '.wasm')) });
  const fd = openSync(file, 'r');
  const size = fstatSync(fd).size;
  const buf = new Uint8Array(chunk);
  const a = new m.Analysis(JSON.stringify({ metric: 'nps', period: 'month', lang: 'en' }));
  let feedMs = 0, copyMs = 0, n;
  const t0 = performance.now();
  while ((n = readSync(fd, buf, 0, chunk)) > 0) {
    const bytes = n === chunk ? buf : buf.subarray(0, n);
    // The copy alone, as Embind does it for a typed array (malloc + byte loop + free) …
    const c0 = performance.now();
    const p = m._malloc(n + 5);
    for (let i = 0; i < n; ++i) m.HEAPU8[p + 4 + i] = bytes[i];
    m._free(p);
    copyMs += performance.now() - c0;
    // … and the real call (which copies again, then analyses).
    const f0 = performance.now();
    const fail = a.feed(bytes);
    feedMs += performance.now() - f0;
    if (fail) throw new Error(fail);
  }
  const report = JSON.parse(a.finish());
  a.delete();
  closeSync(fd);
  const total = performance.now() - t0;
  const mb = size / 1e6;
  console.log(`${b}: feed ${(mb / (feedMs / 1000)).toFixed(1)} MB/s (${feedMs.toFixed(0)} ms), of which a byte-loop copy costs ~${copyMs.toFixed(0)} ms `
    + `(${(copyMs / feedMs * 100).toFixed(0)}%); n=${report.n} nps=${report.value?.toFixed(4)}; wall ${total.toFixed(0)} ms`);
}
