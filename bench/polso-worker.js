// Stand-in for the page's analysis worker (dist/analysis-worker.js), used only
// while that one is not built. Same protocol, same work: File.slice() chunks of
// 4 MiB → arrayBuffer() → Analysis.feed(Uint8Array), then finish().
//   main → worker: {type:'start', file, options, chunkBytes?}  |  {type:'cancel'}
//   worker → main: {type:'progress', bytes, totalBytes, rows, elapsedMs}
//                  {type:'done', report, elapsedMs, wasmMemoryBytes}  |  {type:'error', error}
// Bench-only extras: `moduleUrl` in 'start' picks another build of polso.js
// (for -O2/-O3 comparisons), and 'done' carries readMs/feedMs (time waiting
// for File bytes vs time inside feed()).
let cancelled = false;
const modules = new Map();
const load = (url) => {
  if (!modules.has(url)) modules.set(url, import(url).then((m) => m.default()));
  return modules.get(url);
};

self.onmessage = async ({ data }) => {
  if (data.type === 'cancel') { cancelled = true; return; }
  if (data.type !== 'start') return;
  cancelled = false;
  const t0 = performance.now();
  let analysis;
  try {
    const m = await load(data.moduleUrl ?? new URL('../dist/polso.js', import.meta.url).href);
    const { file } = data;
    const chunk = data.chunkBytes ?? 4 * 1024 * 1024;
    analysis = new m.Analysis(JSON.stringify(data.options));
    let readMs = 0, feedMs = 0;
    for (let at = 0; at < file.size; at += chunk) {
      if (cancelled) return;
      const r0 = performance.now();
      const bytes = new Uint8Array(await file.slice(at, at + chunk).arrayBuffer());
      const f0 = performance.now();
      const failure = analysis.feed(bytes);
      const f1 = performance.now();
      readMs += f0 - r0; feedMs += f1 - f0;
      if (failure) { self.postMessage({ type: 'error', error: JSON.parse(failure) }); return; }
      const progress = JSON.parse(analysis.progress());
      self.postMessage({ type: 'progress', bytes: Math.min(at + chunk, file.size), totalBytes: file.size,
        rows: progress.rows, elapsedMs: f1 - t0 });
    }
    const f0 = performance.now();
    const report = JSON.parse(analysis.finish());
    feedMs += performance.now() - f0;
    if (report.ok === false) { self.postMessage({ type: 'error', error: report.error ?? report }); return; }
    self.postMessage({ type: 'done', report, elapsedMs: performance.now() - t0,
      wasmMemoryBytes: m.HEAPU8.buffer.byteLength, readMs, feedMs });
  } catch (e) {
    self.postMessage({ type: 'error', error: { message: String(e?.message ?? e) } });
  } finally {
    analysis?.delete();
  }
};
