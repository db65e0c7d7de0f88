// uDSV peer: in a worker, the File is read in 4 MiB slices (the same reads as
// Polso's worker), decoded with a streaming TextDecoder, and fed to uDSV's
// incremental API (parser.chunk(text, parser.stringArrs, onRow) … parser.end()),
// with a row callback so nothing accumulates. The schema is inferred from the
// first chunk, as uDSV's README does. Columns are found by header name.
import { inferSchema, initParser } from '../node_modules/udsv/dist/uDSV.mjs';
import { createNps } from './nps.js';

self.onmessage = async ({ data: { file, chunkBytes = 4 * 1024 * 1024 } }) => {
  const t0 = performance.now();
  try {
    const nps = createNps();
    const decoder = new TextDecoder();
    let parser = null, ts = -1, ch = -1, sc = -1;
    const onRow = (row) => { nps.add(row[ts], row[ch], row[sc]); };
    for (let at = 0; at < file.size; at += chunkBytes) {
      const text = decoder.decode(await file.slice(at, at + chunkBytes).arrayBuffer(), { stream: true });
      if (!parser) {
        parser = initParser(inferSchema(text));
        const names = parser.schema.cols.map((c) => c.name);
        [ts, ch, sc] = ['submitted_at', 'channel', 'how_likely_to_recommend'].map((n) => names.indexOf(n));
      }
      parser.chunk(text, parser.stringArrs, onRow);
    }
    const tail = decoder.decode();
    if (tail) parser.chunk(tail, parser.stringArrs, onRow);
    parser.end();
    self.postMessage({ type: 'done', report: nps.result(), elapsedMs: performance.now() - t0 });
  } catch (e) {
    self.postMessage({ type: 'error', error: { message: String(e?.stack ?? e) } });
  }
};
