#!/usr/bin/env node
// One timed read of a survey .xlsx by one peer, in a fresh node process (like
// the CSV bench's fresh worker per run), to NPS overall, per month and per
// channel. Prints JSON {ms, loadMs, maxRssKiB, wasmMemoryBytes?, report}.
//   polso    the wasm module through the page's workbook door (web/app/analysis/reading/workbook-door.js):
//            zip entries inflated by DecompressionStream('deflate-raw'), rows read by the core
//   sheetjs  XLSX.read(bytes, {dense: true, cellDates: true}), then bench/nps.js over the rows
// ms: from the library ready (wasm instantiated / SheetJS imported) to the report,
// including reading the file from disk (page cache); loadMs: the wasm instantiation.
// Usage: node bench/xlsx-peer.mjs polso|sheetjs FILE.xlsx SNAPSHOT_DIR
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createNps } from './nps.js';

const [peer, file, snap] = process.argv.slice(2);
const CHUNK_BYTES = 4 * 1024 * 1024; // the page's read size (web/app/analysis/reading/analysis-runner.js DEFAULT_CHUNK_BYTES)

async function polso() {
  const t0 = performance.now();
  const { default: create } = await import(pathToFileURL(join(snap, 'polso.js')).href);
  const m = await create({ wasmBinary: readFileSync(join(snap, 'polso.wasm')) });
  const { workbookResponse } = await import('../web/app/analysis/reading/workbook-door.js');
  const t1 = performance.now();
  const bytes = readFileSync(file);
  const text = await workbookResponse({
    m, file: { size: bytes.length }, options: { metric: 'nps', period: 'month' }, chunkBytes: CHUNK_BYTES,
    readSlice: async (_, from, to) => bytes.subarray(from, to),
  });
  const ms = performance.now() - t1;
  return { ms, loadMs: t1 - t0, wasmMemoryBytes: m.HEAPU8.length, report: JSON.parse(text) };
}

async function sheetjs() {
  const { default: XLSX } = await import('xlsx');
  const t1 = performance.now();
  const wb = XLSX.read(readFileSync(file), { dense: true, cellDates: true });
  const rows = wb.Sheets[wb.SheetNames[0]]; // dense: an array of rows of cells
  const nps = createNps();
  const pad = (k) => String(k).padStart(2, '0');
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r];
    const at = row?.[0]?.v, channel = row?.[1]?.v, score = row?.[2]?.v;
    if (!(at instanceof Date) || typeof score !== 'number') { nps.add('', '', ''); continue; } // a skipped row
    // SheetJS builds dates in local time (its numdate), so local fields are the cell's wall clock.
    nps.add(`${at.getFullYear()}-${pad(at.getMonth() + 1)}`, String(channel), score);
  }
  const report = nps.result();
  return { ms: performance.now() - t1, loadMs: 0, report };
}

const result = await (peer === 'polso' ? polso() : peer === 'sheetjs' ? sheetjs() : Promise.reject(new Error(`unknown peer ${peer}`)));
result.maxRssKiB = process.resourceUsage().maxRSS; // KiB
process.stdout.write(`${JSON.stringify(result)}\n`);
