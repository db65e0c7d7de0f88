// The .xlsx throughput bench (issue 18), called by bench/run.mjs: one large
// survey workbook, read in the same run by
//   polso-wasm  the wasm module in node through the page's workbook door (bench/xlsx-peer.mjs)
//   sheetjs     SheetJS (npm xlsx) XLSX.read + the same NPS arithmetic in JS (bench/xlsx-peer.mjs)
//   native      build/bin/polso analyze FILE.xlsx --metric nps --period month --json
// in interleaved rounds, best of N. Every report must equal the native CLI's, and
// the native CLI's must equal the figures counted while the file was written.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import XLSX from 'xlsx';
import { surveyRecords } from '../scripts/gen-survey.mjs';
import { comparable, createNps, differences } from './nps.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30); // serial 0 in the 1900 date system (after 28 Feb 1900)

// SheetJS holds the whole sheet: a million rows need more than node's default heap,
// so the writer and the peers run in child processes with a larger one.
const BIG_HEAP = '--max-old-space-size=8192';

// The bench workbook, written once by a child process and reused while it exists:
// `rows` of the CSV bench's answers (scripts/gen-survey.mjs, seed 42), submitted_at
// as an Excel date-time (a serial number formatted yyyy-mm-dd hh:mm:ss), channel
// and comment as shared strings (bookSST, as Excel writes them), the score as a
// number; an empty comment is an absent cell. Written by SheetJS, deflated.
// Beside it, FILE.truth.json: the NPS figures counted from the records while
// writing, independent of any reader.
export function xlsxDataFile(dir, rows) {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `survey-${rows}rows-seed42.xlsx`), truthPath = `${path}.truth.json`;
  if (!existsSync(path) || !existsSync(truthPath)) {
    process.stdout.write(`generating ${basename(path)} …\n`);
    const r = spawnSync(process.execPath, [BIG_HEAP, fileURLToPath(import.meta.url), path, String(rows)], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('writing the bench workbook failed');
  }
  return { path, bytes: statSync(path).size, rows, truth: JSON.parse(readFileSync(truthPath, 'utf8')) };
}

function writeWorkbook(path, rows) {
  const aoa = [['submitted_at', 'channel', 'how_likely_to_recommend', 'comment']];
  const truth = createNps();
  const records = surveyRecords(42);
  for (let i = 0; i < rows; i++) {
    const r = records.next().value;
    const ms = Date.parse(`${r.submitted_at.replace(' ', 'T')}Z`);
    aoa.push([{ t: 'n', v: (ms - EXCEL_EPOCH_MS) / 86400000, z: 'yyyy-mm-dd hh:mm:ss' }, r.channel, r.score, r.comment || null]);
    truth.add(r.submitted_at, r.channel, String(r.score));
  }
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa, { dense: true }), 'Responses');
  writeFileSync(`${path}.tmp`, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', bookSST: true, compression: true }));
  writeFileSync(`${path}.truth.json`, `${JSON.stringify(truth.result())}\n`);
  renameSync(`${path}.tmp`, path);
}

function peer(name, file, snap) {
  const r = spawnSync(process.execPath, [BIG_HEAP, join(here, 'xlsx-peer.mjs'), name, file, snap], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`xlsx-peer ${name} failed: ${r.stderr.slice(0, 600)}`);
  return JSON.parse(r.stdout);
}

// native(file) → {ms, maxRssKiB, report}: bench/run.mjs's runner of the CLI.
export function runXlsxBench({ dir, rows, runs, snap, native, say }) {
  const data = xlsxDataFile(dir, rows);
  say(`\nxlsx file ${basename(data.path)} (${(data.bytes / 1e6).toFixed(1)} MB, ${rows.toLocaleString('en')} rows), ${runs} runs each`);
  const peers = ['polso-wasm', 'sheetjs', 'native'];
  const runsMs = Object.fromEntries(peers.map((p) => [p, []]));
  const rss = Object.fromEntries(peers.map((p) => [p, 0]));
  const reports = {};
  let wasmMemoryBytes = 0, wasmLoadMs = Infinity;
  for (let r = 0; r < runs; r++) {
    // Interleaved rounds, so drift of the machine hits every peer alike.
    const n = native(data.path);
    runsMs.native.push(n.ms); reports.native = comparable(n.report); rss.native = Math.max(rss.native, n.maxRssKiB);
    const p = peer('polso', data.path, snap);
    runsMs['polso-wasm'].push(p.ms); reports['polso-wasm'] = comparable(p.report);
    rss['polso-wasm'] = Math.max(rss['polso-wasm'], p.maxRssKiB);
    wasmMemoryBytes = Math.max(wasmMemoryBytes, p.wasmMemoryBytes); wasmLoadMs = Math.min(wasmLoadMs, p.loadMs);
    const s = peer('sheetjs', data.path, snap);
    runsMs.sheetjs.push(s.ms); reports.sheetjs = comparable(s.report); rss.sheetjs = Math.max(rss.sheetjs, s.maxRssKiB);
    say(`  round ${r + 1}: ${peers.map((k) => `${k} ${runsMs[k][r].toFixed(0)} ms`).join(', ')}`);
  }
  const mismatches = {};
  for (const p of ['polso-wasm', 'sheetjs']) {
    const d = differences(reports[p], reports.native, p, 'native');
    if (d.length) mismatches[`${p} (xlsx)`] = d;
  }
  const t = differences(reports.native, comparable(data.truth), 'native', 'generator');
  if (t.length) mismatches['native (xlsx) against the generator'] = t;
  const throughput = Object.fromEntries(peers.map((p) => {
    const best = Math.min(...runsMs[p]);
    return [p, { bestMs: best, runsMs: runsMs[p], mbPerS: data.bytes / 1e6 / (best / 1000), rowsPerS: rows / (best / 1000), peakRssKiB: rss[p] }];
  }));
  return {
    file: basename(data.path), bytes: data.bytes, rows, runs, throughput, wasmMemoryBytes, wasmLoadMs, mismatches,
    ratios: { polso_over_sheetjs: throughput['polso-wasm'].mbPerS / throughput.sheetjs.mbPerS,
      polso_over_native: throughput['polso-wasm'].mbPerS / throughput.native.mbPerS },
    peers: {
      'polso-wasm': 'node, fresh process per run: web/app/analysis/reading/workbook-door.js (DecompressionStream deflate-raw, 4 MiB reads) → WorkbookAnalysis → finish(); wasm instantiation not timed (wasmLoadMs)',
      sheetjs: 'xlsx 0.18.5 in node, fresh process per run: XLSX.read(bytes, {dense: true, cellDates: true}) → bench/nps.js over the rows',
      native: 'build/bin/polso analyze FILE.xlsx --metric nps --period month --json (zlib), process start to exit',
    },
  };
}

// node bench/xlsx.mjs FILE.xlsx ROWS: writes the workbook and FILE.xlsx.truth.json (run by xlsxDataFile).
if (import.meta.url === `file://${process.argv[1]}`) writeWorkbook(process.argv[2], Number(process.argv[3]));
