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
//   coordinator                                  part worker
//   head: [0, chunk) then 64 KiB pieces, each
//   up to its last line break, until the
//   analysis can start parts
//   ranges: core rangeCuts + guessRecordStart
//   → {module, file, options, pieces, from, to, last}   replays the head with the same
//                                                piece ends (the encoding and the
//                                                dialect settle on them), becomes
//                                                the part, reads [from, to)
//   ← {type:'progress', bytes, rows}             at most ~10 a second
//   ← {type:'result', ok, endsClean, lines, state, memoryBytes}   state: the part's bytes (transferred);
//                                                memoryBytes: its wasm memory
//   → {type:'cancel'}                            stops the job at hand (its result: ok false)
//
// A range that does not end between two records proves the next range's
// start a wrong guess (it began inside a quoted field): the two are read
// again as one (Ge et al., speculative distributed CSV parsing). A merge the
// core refuses (segments past the cap, the encoding settled apart, a part
// failed) makes the whole file be read in sequence.

export const PART_WORKER = 'polso-part-reader';
// Files smaller than this are read by one worker: starting the others costs more.
export const PART_MIN_BYTES = 8 * 1024 * 1024;
export const MAX_PART_WORKERS = 8;
// What one part worker may take (wasm memory, its chunks in flight): the
// count is capped so all of them fit in a quarter of the device's memory.
const PART_WORKER_BYTES = 64 * 1024 * 1024;
const HEAD_PIECE_BYTES = 64 * 1024;
const HEAD_READ_BYTES = 4 * HEAD_PIECE_BYTES;
// A head this long without parts (orders, read in sequence only; a sample not
// complete) goes on in sequence.
const MAX_HEAD_BYTES = 16 * 1024 * 1024;
const PROGRESS_EVERY_MS = 100;
const CANCEL_POLL_MS = 50;

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
      const endsClean = analysis.atRecordStart();
      const lines = analysis.linesRead();
      // One that ends inside a record is not finished: it is read again with the next.
      const ok = at === job.to && (endsClean || job.last ? analysis.finishPart() : true);
      const state = ok && (endsClean || job.last) ? analysis.partState().slice() : null;
      return { type: 'result', ok, endsClean, lines, rows: JSON.parse(analysis.progress()).rows, state,
        memoryBytes: m.HEAPU8.length };
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
// head): orders and the counts files never can, and go on in sequence.
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
// come back as failures) and drops the queued ones.
function workerPool(count, startWorker) {
  const idle = [], busy = new Set(), queue = [];
  const next = () => {
    while (idle.length && queue.length) {
      const w = idle.pop();
      const { job, ok, onProgress } = queue.shift();
      busy.add(w);
      const done = (result) => {
        busy.delete(w);
        idle.push(w);
        ok(result);
        next();
      };
      w.onmessage = ({ data }) => (data.type === 'progress' ? onProgress(data) : done(data));
      w.onerror = (e) => { e.preventDefault?.(); done({ type: 'result', ok: false, error: e.message }); };
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
// workers, absorbing their states in file order. Resolves to
//   {at}              the bytes fed to `analysis` (all of the file when the
//                     parts were merged; fewer when they were not tried: go on
//                     in sequence from there)
//   {fallback: true}  a merge was refused or a part failed: start again in sequence
//   {cancelled: true}
// Throws on a read error (the caller reports it).
export async function analyzeInParts({ m, analysis, file, options, chunk, readSlice, cancelled, count, onProgress,
  pool, module }) {
  const size = file.size;
  // The head: what a single worker feeds first, then pieces up to a line break.
  const pieces = [];
  let fed = 0;
  const first = await readSlice(file, 0, Math.min(size, chunk));
  // A failure is reported by the reading in sequence, as for one worker.
  if (feed(m, analysis, first)) return { fallback: true };
  fed = first.length;
  pieces.push(fed);
  let buffer = new Uint8Array(0), bufferAt = fed;  // bytes read past `fed`
  while (!analysis.canPart()) {
    if (fed >= size || fed > MAX_HEAD_BYTES || cancelled()) return { at: fed };
    if (buffer.length - (fed - bufferAt) < HEAD_PIECE_BYTES && bufferAt + buffer.length < size) {
      // A few pieces at a time, not a whole chunk: the parts wait for the head.
      const more = await readSlice(file, bufferAt + buffer.length, Math.min(size, bufferAt + buffer.length + HEAD_READ_BYTES));
      const joined = new Uint8Array(buffer.length - (fed - bufferAt) + more.length);
      joined.set(buffer.subarray(fed - bufferAt));
      joined.set(more, buffer.length - (fed - bufferAt));
      buffer = joined;
      bufferAt = fed;
    }
    const piece = buffer.subarray(fed - bufferAt, fed - bufferAt + HEAD_PIECE_BYTES);
    const cut = piece.lastIndexOf(LF);
    if (cut < 0) return { at: fed };  // a line longer than a piece: leave it to the sequence
    if (feed(m, analysis, piece.subarray(0, cut + 1))) return { fallback: true };
    fed += cut + 1;
    pieces.push(fed);
  }
  const headEnd = fed;
  if (headEnd >= size) return { at: headEnd };

  // The ranges: even cuts, each moved to the guessed start of a record.
  const delimiter = analysis.delimiter(), quote = analysis.quote();
  const starts = [headEnd];
  const window = m.rangeWindowBytes();
  for (const cut of m.rangeCuts(headEnd, size, count)) {
    if (cut <= starts[starts.length - 1]) continue;
    const at = m.guessRecordStart(await readSlice(file, cut, Math.min(size, cut + window)), delimiter, quote);
    if (at >= 0 && cut + at > starts[starts.length - 1] && cut + at < size) starts.push(cut + at);
  }
  const ends = [...starts.slice(1), size];

  const progress = new Map();  // job → {bytes, rows}
  let lastPost = 0;
  const report = (force) => {
    if (!force && performance.now() - lastPost < PROGRESS_EVERY_MS) return;
    lastPost = performance.now();
    let bytes = headEnd, rows = 0;
    for (const p of progress.values()) { bytes += p.bytes; rows += p.rows; }
    onProgress(Math.min(size, bytes), rows);
  };
  const base = { module, file, options, pieces, chunk };
  const run = (i, j) => {
    const job = { ...base, from: starts[i], to: ends[j], last: j + 1 === starts.length };
    return pool.run(job, (p) => { progress.set(job, p); report(false); }).then((r) => {
      if (r.ok && (r.endsClean || job.last)) progress.set(job, { bytes: job.to - job.from, rows: r.rows ?? 0 });
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
    const results = starts.map((_, i) => run(i, i));
    let offset = analysis.linesRead(), rereads = 0, memoryBytes = 0;
    for (let i = 0; i < starts.length;) {
      let j = i;
      let r = await Promise.race([results[i], poll]);
      while (!r.cancelled && r.ok && !r.endsClean && j + 1 < starts.length) {
        ++j;
        ++rereads;
        r = await Promise.race([run(i, j), poll]);
      }
      if (r.cancelled) return { cancelled: true };
      if (!r.ok || !r.state) return { fallback: true };
      const address = analysis.reserve(r.state.length);
      m.HEAPU8.set(r.state, address);
      if (!analysis.absorbStateReserved(r.state.length, offset)) return { fallback: true };
      offset += r.lines;
      memoryBytes = Math.max(memoryBytes, r.memoryBytes ?? 0);
      i = j + 1;
    }
    report(true);
    return { at: size, parts: { workers: Math.min(pool.size(), starts.length), ranges: starts.length, rereads, memoryBytes } };
  } finally {
    stopped = true;
    pool.cancel();  // ranges read in vain (before a reread) stop too
  }
}
