// The file-analysis loop, shared by the analysis worker (analysis-worker.js) and
// its in-page stand-in (analysis-client.js, where no worker can start). It
// speaks the worker protocol; `post` delivers a message to the page.
//
//   page → runner  {type:'start', file: File, options, chunkBytes?}   (or text: string instead of file;
//                  a workbook file — .xlsx, .ods — goes through workbook-door.js, options.sheet choosing the sheet)
//                  {type:'cancel'}
//                  start also takes workers (part workers to use; default from the cores), partMinBytes (the size from which
//                  a File is read in parts; analysis-parts.js)
//                  {type:'ping'}                       (extension: answered with {type:'pong', version})
//                  {type:'inspect', file|text, options, id?}   (the first 64 KiB: which kind of export, dialect, headers)
//   runner → page  {type:'progress', bytes, totalBytes, rows, elapsedMs}   at most ~10 a second
//                  {type:'done', report, elapsedMs, wasmMemoryBytes, readMs, feedMs, workers?, parts?}
//                                                      workers: how many read the file (where part workers exist);
//                                                      parts: {workers, ranges, rereads, memoryBytes} when read by
//                                                      part workers (memoryBytes: the largest part worker's wasm memory)
//                  {type:'error', error: {code, message, field?, row?}, elapsedMs}
//                  {type:'cancelled'}
//                  {type:'inspected', result}          result: the core's inspect() answer ({ok, dataset, sure, …})
//
// One analysis at a time: a new 'start' silently abandons the previous one (it
// posts nothing more). A 'start' may carry an `id`; every reply to it carries
// the same id. The file is read with File.slice(at, at + chunkBytes).arrayBuffer(),
// the next ones while the current one is parsed, so memory stays bounded (a
// few chunks) whatever the file size.
import { workbookKind, workbookResponse, oleResponse } from './workbook-door.js';

export const DEFAULT_CHUNK_BYTES = 4 * 1024 * 1024;
export const INSPECT_BYTES = 64 * 1024;
const PROGRESS_EVERY_MS = 100;
const READ_AHEAD = 2;

const MESSAGES = {
  read_failed: { en: 'The file could not be read ({detail}). Choose it again.', it: 'Non è stato possibile leggere il file ({detail}). Sceglilo di nuovo.' },
  load_failed: { en: 'The analysis engine could not start ({detail}).', it: 'Il motore di analisi non è partito ({detail}).' },
  internal: { en: 'The analysis stopped unexpectedly ({detail}).', it: 'L’analisi si è interrotta inaspettatamente ({detail}).' },
};

function failure(code, lang, cause) {
  const text = MESSAGES[code][lang === 'it' ? 'it' : 'en'];
  return { code, message: text.replace('{detail}', String(cause?.message ?? cause ?? '').slice(0, 200)) };
}

// loadModule(): a promise of the raw wasm module. post(message): to the page.
// pause(): awaited between chunks where nothing else yields (pasted text, main thread).
// readSlice(file, from, to): a promise of the bytes, by default read here.
const readHere = (file, from, to) => file.slice(from, to).arrayBuffer().then((b) => new Uint8Array(b));

// readInParts: analysis-parts.js partReader(), where part workers can start.
export function createRunner({ loadModule, post, defaultChunkBytes = DEFAULT_CHUNK_BYTES, pause = null, readSlice = readHere,
  readInParts = null }) {
  let current = null;
  let modulePromise = null;
  const getModule = () => (modulePromise ??= loadModule());

  async function start(msg) {
    if (current) current.superseded = true;
    const job = { cancel: false, superseded: false };
    current = job;
    const reply = (m) => { if (!job.superseded) post(msg.id === undefined ? m : { ...m, id: msg.id }); };
    const t0 = performance.now();
    const elapsed = () => performance.now() - t0;
    const lang = msg.options?.lang;
    let analysis = null, m = null;
    const cancelled = () => job.cancel || job.superseded;
    try {
      try { m = await getModule(); } catch (e) { reply({ type: 'error', error: failure('load_failed', lang, e), elapsedMs: elapsed() }); return; }
      if (cancelled()) { if (!job.superseded) reply({ type: 'cancelled' }); return; }
      const file = msg.file ?? null;
      // A workbook (or an old .xls), recognised by its first bytes whatever its name.
      const kind = file && file.size >= 8 ? workbookKind(await readSlice(file, 0, 8)) : null;
      if (kind) {
        const options = msg.options ?? {};
        let lastPost = 0;
        const response = kind === 'ole'
          ? await oleResponse({ m, file, options, readSlice })
          : await workbookResponse({ m, file, options, readSlice, cancelled,
            chunkBytes: Math.max(1024, Math.floor(Number(msg.chunkBytes) || defaultChunkBytes)),
            onProgress: ({ bytes, rows }) => {
              if (performance.now() - lastPost < PROGRESS_EVERY_MS) return;
              lastPost = performance.now();
              reply({ type: 'progress', bytes, totalBytes: file.size, rows, elapsedMs: elapsed() });
            } });
        if (response === null || cancelled()) { if (!job.superseded) reply({ type: 'cancelled' }); return; }
        const report = JSON.parse(response);
        if (report.ok === false) reply({ type: 'error', error: report.error, elapsedMs: elapsed() });
        else reply({ type: 'done', report, elapsedMs: elapsed(), wasmMemoryBytes: m.HEAPU8.length, readMs: 0, feedMs: 0 });
        return;
      }
      analysis = new m.Analysis(JSON.stringify(msg.options ?? {}));
      const text = file ? null : new TextEncoder().encode(String(msg.text ?? ''));
      const total = file ? file.size : text.length;
      const chunk = Math.max(1024, Math.floor(Number(msg.chunkBytes) || defaultChunkBytes));
      let lastPost = 0, readMs = 0, feedMs = 0, at = 0;
      const progress = () => {
        lastPost = performance.now();
        reply({ type: 'progress', bytes: at, totalBytes: total, rows: JSON.parse(analysis.progress()).rows, elapsedMs: elapsed() });
      };
      progress();
      let parts;
      if (file && readInParts) {
        const r = await readInParts({ m, analysis, file, msg, chunk, readSlice, cancelled,
          onProgress: (bytes, rows) => reply({ type: 'progress', bytes, totalBytes: total, rows, elapsedMs: elapsed() }) });
        if (r.fallback) {  // read again in sequence
          analysis.delete();
          analysis = new m.Analysis(JSON.stringify(msg.options ?? {}));
        } else {
          at = r.cancelled ? total : r.at;
          parts = r.parts;
        }
      }
      // Read-ahead: the next READ_AHEAD chunks come off the disk while this one
      // is parsed (reading is a third of the time otherwise), so at most
      // READ_AHEAD + 1 chunks are held.
      let requested = at;
      const reads = [];
      const request = () => {
        while (reads.length < READ_AHEAD && requested < total) {
          const from = requested;
          requested = Math.min(total, from + chunk);
          if (!file) { reads.push(Promise.resolve(text.subarray(from, requested))); continue; }
          const p = readSlice(file, from, requested);
          p.catch(() => {}); // a read abandoned by a cancel must not surface as unhandled
          reads.push(p);
        }
      };
      request();
      while (at < total) {
        const r0 = performance.now();
        let bytes;
        try { bytes = await reads.shift(); } catch (e) {
          if (!cancelled()) reply({ type: 'error', error: failure('read_failed', lang, e), elapsedMs: elapsed() });
          if (job.cancel && !job.superseded) reply({ type: 'cancelled' });
          return;
        }
        request();
        if (pause) await pause();
        if (cancelled()) break;
        const f0 = performance.now();
        // Into wasm memory with one copy (Embind's Uint8Array → std::string
        // conversion copies byte by byte in JS). reserve() may grow the memory,
        // so HEAPU8 is read after it.
        const address = analysis.reserve(bytes.length);
        m.HEAPU8.set(bytes, address);
        const failed = analysis.feedReserved(bytes.length);
        const f1 = performance.now();
        readMs += f0 - r0; feedMs += f1 - f0;
        at += bytes.length;
        if (failed) { reply({ type: 'error', error: JSON.parse(failed).error, elapsedMs: elapsed() }); return; }
        if (bytes.length === 0) break; // the file shrank under us
        if (f1 - lastPost >= PROGRESS_EVERY_MS) progress();
      }
      if (cancelled()) { if (!job.superseded) reply({ type: 'cancelled' }); return; }
      if (performance.now() - lastPost >= PROGRESS_EVERY_MS) progress();
      const f0 = performance.now();
      const report = JSON.parse(analysis.finish());
      feedMs += performance.now() - f0;
      if (report.ok === false) reply({ type: 'error', error: report.error, elapsedMs: elapsed() });
      else reply({ type: 'done', report, elapsedMs: elapsed(), wasmMemoryBytes: m.HEAPU8.length, readMs, feedMs,
        ...(readInParts ? { workers: parts?.workers ?? 1 } : {}), ...(parts ? { parts } : {}) });
    } catch (e) {
      reply({ type: 'error', error: failure('internal', lang, e), elapsedMs: elapsed() });
    } finally {
      try { analysis?.delete(); } catch { /* already gone */ }
      if (current === job) current = null;
    }
  }

  // A first look at the head of a file: independent of any running analysis
  // (it neither stops one nor is stopped by one).
  async function inspect(msg) {
    const reply = (m) => post(msg.id === undefined ? m : { ...m, id: msg.id });
    const lang = msg.options?.lang;
    try {
      const m = await getModule();
      const kind = msg.file && msg.file.size >= 8 ? workbookKind(await readHere(msg.file, 0, 8)) : null;
      if (kind === 'zip') {
        const response = await workbookResponse({ m, file: msg.file, options: msg.options, readSlice: readHere,
          chunkBytes: 1 << 20, firstLook: true });
        reply({ type: 'inspected', result: JSON.parse(response) });
        return;
      }
      const head = msg.file
        ? await readHere(msg.file, 0, INSPECT_BYTES)
        : new TextEncoder().encode(String(msg.text ?? '').slice(0, INSPECT_BYTES)).subarray(0, INSPECT_BYTES);
      reply({ type: 'inspected', result: JSON.parse(m.inspect(head, JSON.stringify(msg.options ?? {}))) });
    } catch (e) {
      reply({ type: 'inspected', result: { ok: false, error: failure('internal', lang, e) } });
    }
  }

  return {
    handle(msg) {
      switch (msg?.type) {
        case 'start': start(msg); break;
        case 'inspect': inspect(msg); break;
        case 'cancel':
          if (current) current.cancel = true;
          else post({ type: 'cancelled' });
          break;
        case 'ping':
          getModule().then((mod) => post({ type: 'pong', version: mod.version() }),
            (e) => post({ type: 'pong', error: failure('load_failed', 'en', e) }));
          break;
        default: break;
      }
    },
  };
}
