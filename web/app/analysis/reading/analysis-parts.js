// Reading one large file in byte ranges on several cores (issue 11 item 2):
// part workers — analysis-worker.js started again under the name PART_WORKER,
// each with its own wasm instance, so no SharedArrayBuffer and no COOP/COEP —
// read one range each; the coordinator (the analysis worker) merges their
// states in file order, exactly, so the report is the one a single worker
// gives, byte for byte.
//
// No request after load: the part workers are started with the analysis
// worker (during load) and wait; the wasm is compiled once then, and each
// job carries the compiled WebAssembly.Module, which a part worker
// instantiates without fetching anything. A cancelled job is stopped by a
// message, so the workers stay for the next file.
//
// How the file is cut and merged is the core's RangePlan (range_plan.hpp),
// the same plan the CLI's threads follow; this file only reads the bytes it
// names and runs the ranges on the workers.
//
//   coordinator                                  part worker
//   head: [0, chunk), then as plan.headNext says,
//   until the analysis can start parts
//   ranges: plan.cuts + plan.addWindow
//   → {module, file, options, pieces, from, to, last}   replays the head with the same
//                                                piece ends (the encoding and the
//                                                dialect settle on them), becomes
//                                                the part, reads [from, to)
//   ← {type:'progress', bytes, rows}             at most ~10 a second
//   ← {type:'result', ok, endsClean, lines, state, memoryBytes}   state: the part's bytes (transferred);
//                                                memoryBytes: its wasm memory
//   → {type:'cancel'}                            stops the job at hand (its result: ok false)
//
// The plan's merge rereads two ranges as one when the first does not end
// between two records; a merge the core refuses (segments past the cap, the
// encoding settled apart, a part failed) makes the whole file be read in
// sequence.

export const PART_WORKER = 'polso-part-reader';
// Files smaller than this are read by one worker: starting the others costs more.
export const PART_MIN_BYTES = 8 * 1024 * 1024;
export const MAX_PART_WORKERS = 8;
// What one part worker may take (wasm memory, its chunks in flight): the
// count is capped so all of them fit in a quarter of the device's memory.
const PART_WORKER_BYTES = 64 * 1024 * 1024;
const PROGRESS_EVERY_MS = 100;
const CANCEL_POLL_MS = 50;
// A part worker posts progress at least every chunk; this long without a word
// it is taken for dead.
const SILENT_PART_MS = 30000;

// How many part workers: `requested` (a test, a benchmark) or the cores,
// capped by MAX_PART_WORKERS and by memory (navigator.deviceMemory, GiB,
// where the browser tells it; 4 GiB otherwise).
export function partWorkerCount(requested, nav = globalThis.navigator) {
  if (Number.isFinite(requested) && requested >= 1) return Math.min(MAX_PART_WORKERS, Math.floor(requested));
  const cores = Math.max(1, Math.floor(nav?.hardwareConcurrency || 1));
  const memory = Math.floor(((nav?.deviceMemory || 4) * 1024 ** 3) / 4 / PART_WORKER_BYTES);
  return Math.max(1, Math.min(cores, MAX_PART_WORKERS, memory));
}

const LF = 10;

// Feeds bytes to an analysis with one copy into wasm memory; a failure
// response, or '' when all is well.
function feed(m, analysis, bytes) {
  const address = analysis.reserve(bytes.length);
  m.HEAPU8.set(bytes, address);
  return analysis.feedReserved(bytes.length);
}

// ---------------------------------------------------------------- part worker

// The part worker's side: one range per message, with a fresh analysis each.
// instantiate(module): a promise of the Emscripten module on the compiled wasm.
// readSlice(file, from, to): a promise of the bytes.
export function servePart({ instantiate, readSlice }) {
  let modulePromise = null, cancelled = false;
  const run = async (job) => {
    let analysis = null;
    const stop = (extra = {}) => ({ type: 'result', ok: false, ...extra });
    try {
      // The head and the range's first chunk are asked for at once: the
      // range comes off the disk while the head is replayed.
      const headRead = readSlice(job.file, 0, job.pieces[job.pieces.length - 1]);
      let next = job.from < job.to ? readSlice(job.file, job.from, Math.min(job.to, job.from + job.chunk)) : null;
      headRead.catch(() => {});
      next?.catch(() => {});  // a job stopped before it is awaited
      const m = await (modulePromise ??= instantiate(job.module));
      analysis = new m.Analysis(JSON.stringify(job.options ?? {}));
      // The head replayed with the coordinator's piece ends.
      const head = await headRead;
      let from = 0;
      for (const end of job.pieces) {
        if (feed(m, analysis, head.subarray(from, end))) return stop();
        from = end;
      }
      if (!analysis.becomePart()) return stop();
      // The range, the next chunk read while this one is parsed.
      let at = job.from, lastPost = 0;
      while (next) {
        const bytes = await next;
        if (cancelled) return stop({ cancelled: true });
        const end = at + bytes.length;
        next = end < job.to && bytes.length > 0 ? readSlice(job.file, end, Math.min(job.to, end + job.chunk)) : null;
        next?.catch(() => {});
        if (feed(m, analysis, bytes)) return stop();
        at = end;
        if (performance.now() - lastPost >= PROGRESS_EVERY_MS) {
          lastPost = performance.now();
          self.postMessage({ type: 'progress', bytes: at - job.from, rows: JSON.parse(analysis.progress()).rows });
        }
      }
      const end = analysis.endRange(job.last);
      const ok = at === job.to && end.ok;
      const state = ok && end.finished ? analysis.partState().slice() : null;
      return { type: 'result', ok, endsClean: end.endsClean, lines: end.lines, rows: JSON.parse(analysis.progress()).rows,
        state, memoryBytes: m.HEAPU8.length };
    } catch (e) {
      return stop({ error: String(e?.message ?? e) });
    } finally {
      try { analysis?.delete(); } catch { /* gone */ }
    }
  };
  self.onmessage = async ({ data }) => {
    if (data?.type === 'cancel') { cancelled = true; return; }
    cancelled = false;
    const result = await run(data);
    self.postMessage(result, result.state ? [result.state.buffer] : []);
  };
}

// ---------------------------------------------------------------- coordinator

// The runner's hook (analysis-runner.js): for a large File and a kind read in
// parts, reads it with the part workers startWorker() starts (now, during
// load); otherwise {at: 0} (nothing fed: read in sequence). compile(): a
// promise of the compiled WebAssembly.Module for them, asked for now too. msg.workers (the
// number of ranges) and msg.partMinBytes override the count and the size
// threshold (tests, benchmarks).
// Which kinds are read in parts is the core's to say (canPart() after the
// head): the counts files never can, and go on in sequence.
export function partReader({ startWorker, compile }) {
  // Started and compiled now, during load; none when one worker is all the device has.
  const pool = partWorkerCount() > 1 ? workerPool(partWorkerCount(), startWorker) : null;
  const compiled = pool ? compile().catch(() => null) : null;
  return async ({ msg, file, ...rest }) => {
    const count = partWorkerCount(Number(msg.workers));
    const minBytes = Number.isFinite(msg.partMinBytes) ? msg.partMinBytes : PART_MIN_BYTES;
    if (!pool || count <= 1 || file.size < minBytes) return { at: 0 };
    const module = await compiled;
    if (!module) return { at: 0 };
    return analyzeInParts({ ...rest, file, options: msg.options ?? {}, count, pool, module });
  };
}

// `count` part workers, started once and kept: run(job, onProgress) → a
// promise of its result; cancel() stops every job at hand (their results
// come back as failures) and drops the queued ones. A worker that says
// nothing for `silentMs` while on a job (one the browser stopped without an
// error event, out of memory) is taken as failed and replaced, so the read
// falls back to a sequence instead of waiting for Cancel.
export function workerPool(count, startWorker, { silentMs = SILENT_PART_MS } = {}) {
  const idle = [], busy = new Set(), queue = [];
  const next = () => {
    while (idle.length && queue.length) {
      const w = idle.pop();
      const { job, ok, onProgress } = queue.shift();
      busy.add(w);
      let timer = null;
      const done = (result, replacement = w) => {
        clearTimeout(timer);
        busy.delete(w);
        if (replacement) idle.push(replacement);
        ok(result);
        next();
      };
      const heard = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          w.onmessage = w.onerror = null;
          try { w.terminate?.(); } catch { /* gone */ }
          let fresh = null;
          try { fresh = startWorker(); } catch { /* one fewer */ }
          done({ type: 'result', ok: false, error: 'a part worker stopped answering' }, fresh);
        }, silentMs);
      };
      w.onmessage = ({ data }) => {
        heard();
        if (data.type === 'progress') onProgress(data); else done(data);
      };
      w.onerror = (e) => { e.preventDefault?.(); done({ type: 'result', ok: false, error: e.message }); };
      heard();
      w.postMessage(job);
    }
  };
  for (let i = 0; i < count; i++) {
    try { idle.push(startWorker()); } catch { break; }
  }
  return {
    size: () => idle.length + busy.size,
    run: (job, onProgress) => new Promise((ok) => { queue.push({ job, ok, onProgress }); next(); }),
    cancel: () => {
      for (const q of queue.splice(0)) q.ok({ type: 'result', ok: false, cancelled: true });
      for (const w of busy) w.postMessage({ type: 'cancel' });
    },
  };
}

// The coordinator: reads the head into `analysis`, then the ranges in part
// workers, absorbing their states in file order, all as the core's RangePlan
// says. Resolves to
//   {at}              the bytes fed to `analysis` (all of the file when the
//                     parts were merged; fewer when they were not tried: go on
//                     in sequence from there)
//   {fallback: true}  a merge was refused or a part failed: start again in sequence
//   {cancelled: true}
// Throws on a read error (the caller reports it).
export async function analyzeInParts({ m, analysis, file, options, chunk, readSlice, cancelled, count, onProgress,
  pool, module }) {
  const plan = new m.RangePlan(file.size, count);
  try {
    const pieces = await readHead({ m, plan, analysis, file, chunk, readSlice, cancelled });
    if (!pieces) return { fallback: true };
    if (!analysis.canPart() || !plan.hasRest()) return { at: plan.headEnd() };
    const delimiter = analysis.delimiter(), quote = analysis.quote();
    for (const cut of plan.cuts()) {
      plan.addWindow(cut, await readSlice(file, cut, Math.min(file.size, cut + plan.windowBytes())), delimiter, quote);
    }
    return await mergeParts({ m, plan, analysis, cancelled, onProgress, pool,
      base: { module, file, options, pieces, chunk } });
  } finally {
    plan.delete();
  }
}

// The head: what a single worker feeds first, then on as the plan says, until
// the analysis can start parts or the plan sends it on in sequence. The piece
// ends (the part workers replay the head with them), or null on a failure
// (reported by the reading in sequence, as for one worker).
async function readHead({ m, plan, analysis, file, chunk, readSlice, cancelled }) {
  const first = await readSlice(file, 0, Math.min(file.size, chunk));
  if (feed(m, analysis, first)) return null;
  plan.headFed(first.length);
  const pieces = [plan.headEnd()];
  let unfed = new Uint8Array(0);
  while (!analysis.canPart() && !cancelled()) {
    const next = plan.headNext(unfed.length, unfed.lastIndexOf(LF));
    if (next.step === 'in_sequence') break;
    if (next.step === 'feed') {
      if (feed(m, analysis, unfed.subarray(0, next.bytes))) return null;
      unfed = unfed.subarray(next.bytes);
      plan.headFed(next.bytes);
      pieces.push(plan.headEnd());
      continue;
    }
    const from = plan.headEnd() + unfed.length;
    const more = await readSlice(file, from, Math.min(file.size, from + plan.headPieceBytes()));
    if (!more.length) break;
    const joined = new Uint8Array(unfed.length + more.length);
    joined.set(unfed);
    joined.set(more, unfed.length);
    unfed = joined;
  }
  return pieces;
}

// The ranges, all started at once on the pool; their states absorbed in file
// order, a span read again when the plan says so.
async function mergeParts({ m, plan, analysis, cancelled, onProgress, pool, base }) {
  const size = base.file.size, headEnd = plan.headEnd();
  const progress = new Map();  // job → {bytes, rows}
  let lastPost = 0;
  const report = (force) => {
    if (!force && performance.now() - lastPost < PROGRESS_EVERY_MS) return;
    lastPost = performance.now();
    let bytes = headEnd, rows = 0;
    for (const p of progress.values()) { bytes += p.bytes; rows += p.rows; }
    onProgress(Math.min(size, bytes), rows);
  };
  const run = ({ from, to, last }) => {
    const job = { ...base, from, to, last };
    return pool.run(job, (p) => { progress.set(job, p); report(false); }).then((r) => {
      if (r.state) progress.set(job, { bytes: job.to - job.from, rows: r.rows ?? 0 });
      else progress.delete(job);  // read again with the next range
      report(false);
      return r;
    });
  };
  let stopped = false;
  const poll = new Promise((ok) => {
    const timer = setInterval(() => {
      if (stopped || cancelled()) { clearInterval(timer); ok({ cancelled: true }); }
    }, CANCEL_POLL_MS);
  });
  try {
    const results = Array.from({ length: plan.ranges() }, (_, i) => run(plan.range(i)));
    plan.startMerge(analysis.linesRead());
    let memoryBytes = 0;
    while (!plan.merged()) {
      let r = await Promise.race([results[plan.spanFirst()], poll]);
      let step;
      while (!r.cancelled && (step = plan.judge(r.ok, r.endsClean, r.lines)) === 'reread') {
        r = await Promise.race([run(plan.span()), poll]);
      }
      if (r.cancelled) return { cancelled: true };
      if (step !== 'absorb' || !r.state) return { fallback: true };
      const address = analysis.reserve(r.state.length);
      m.HEAPU8.set(r.state, address);
      if (!analysis.absorbStateReserved(r.state.length, plan.lineOffset())) return { fallback: true };
      plan.absorbed(r.lines);
      memoryBytes = Math.max(memoryBytes, r.memoryBytes ?? 0);
    }
    report(true);
    return { at: size, parts: { workers: Math.min(pool.size(), plan.ranges()), ranges: plan.ranges(),
      rereads: plan.rereads(), memoryBytes } };
  } finally {
    stopped = true;
    pool.cancel();  // ranges read in vain (before a reread) stop too
  }
}
