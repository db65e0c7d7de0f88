// Orders and conversations in the bench (issue 11 item 4): one generated file
// each, Polso-wasm, Papa Parse + bench/datasets.js and DuckDB-Wasm in the page,
// the native CLI and DuckDB in node, in interleaved rounds; every peer's
// headline figures against the native CLI's. Called by bench/run.mjs, which
// hands over its page, its native runner and its options.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { KITS, flatDifferences } from './datasets.js';

const MB = 1e6;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

// The generators (scripts/gen-orders.mjs, scripts/gen-conversations.mjs).
export const GENERATORS = {
  orders: { script: 'gen-orders.mjs', flag: '--customers', unit: 'customers' },
  conversations: { script: 'gen-conversations.mjs', flag: '--tickets', unit: 'tickets' },
};

// The file, generated once into `dir` and reused; null without its generator.
function datasetFile({ dataset, count, root, dir, say }) {
  const g = GENERATORS[dataset];
  const script = join(root, 'scripts', g.script);
  if (!existsSync(script)) return null;
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${dataset}-${count}${g.unit}-seed42.csv`);
  if (!existsSync(file)) {
    say(`generating ${basename(file)} …`);
    const r = spawnSync(process.execPath, [script, `${file}.tmp`, g.flag, String(count), '--seed', '42'], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`${g.script} failed`);
    spawnSync('mv', [`${file}.tmp`, file]);
  }
  return { path: file, bytes: statSync(file).size };
}

// → {file, bytes, count, unit, figures, throughput: {peer: {bestMs, …, mbPerS}}, mismatches}
//   or {skipped: reason}.
export async function runDatasetBench({ dataset, count, root, dir, runs, say, bench, native, duckdbNative, duckdbThreads, duckdbBundleUrl, nativeThreads }) {
  const kit = KITS[dataset];
  const file = datasetFile({ dataset, count, root, dir, say });
  if (!file) return { skipped: `scripts/${GENERATORS[dataset].script} is not in this checkout` };
  say(`\n${dataset} file ${basename(file.path)} (${(file.bytes / MB).toFixed(0)} MB), ${runs} runs each`);
  const base = ['--dataset', dataset, '--period', 'month'];
  // polso-wasm-1w: the same worker told to read in sequence, to see what the part workers add.
  const names = ['polso-wasm', 'polso-wasm-1w', 'papaparse', 'duckdb-wasm', 'native', ...(nativeThreads ? ['native-1t'] : []), ...duckdbThreads.map((th) => `duckdb-${th}t`)];
  const t = Object.fromEntries(names.map((p) => [p, []]));
  const rep = {};
  const cpu = {};
  const noteCpu = (peer, ms) => (cpu[peer] ??= []).push(ms);
  let nativeRssKiB = 0;
  await bench.select(file.path);
  for (let r = 0; r < runs; r++) {
    const n = native(file.path, [], base);
    t.native.push(n.ms); rep.native = kit.comparable(n.report); noteCpu('native', n.cpuMs);
    nativeRssKiB = Math.max(nativeRssKiB, n.maxRssKiB);
    if (nativeThreads) { const n1 = native(file.path, ['--threads', '1'], base); t['native-1t'].push(n1.ms); rep['native-1t'] = kit.comparable(n1.report); noteCpu('native-1t', n1.cpuMs); }
    for (const th of duckdbThreads) { const d = duckdbNative(dataset, file.path, th); t[`duckdb-${th}t`].push(d.ms); rep[`duckdb-${th}t`] = d.report; noteCpu(`duckdb-${th}t`, d.cpuMs); }
    const p = await bench.run('polso', { dataset });
    t['polso-wasm'].push(p.ms); rep['polso-wasm'] = kit.comparable(p.report);
    const p1 = await bench.run('polso', { dataset, workers: 1 });
    t['polso-wasm-1w'].push(p1.ms); rep['polso-wasm-1w'] = kit.comparable(p1.report);
    const pp = await bench.run('papa', { dataset });
    t.papaparse.push(pp.ms); rep.papaparse = pp.report;
    const dw = await bench.run('duckdb', { bundleUrl: duckdbBundleUrl, dataset });
    t['duckdb-wasm'].push(dw.ms); rep['duckdb-wasm'] = dw.report;
    say(`  round ${r + 1}: ${names.map((k) => `${k} ${t[k][r].toFixed(0)} ms`).join(', ')}`);
  }
  const mismatches = {};
  for (const p of names.filter((k) => k !== 'native')) {
    const d = flatDifferences(kit, rep[p], rep.native, p, 'native');
    if (d.length) mismatches[`${p} (${dataset})`] = d;
  }
  const throughput = Object.fromEntries(names.map((p) => {
    const best = Math.min(...t[p]), med = median(t[p]);
    return [p, { bestMs: best, medianMs: med, runsMs: t[p], mbPerS: file.bytes / MB / (best / 1000), medianMbPerS: file.bytes / MB / (med / 1000) }];
  }));
  return { file: basename(file.path), bytes: file.bytes, count, unit: GENERATORS[dataset].unit, figures: Object.keys(rep.native).length, throughput, cpu, nativeRssKiB, mismatches };
}

// The summary's lines for these benches (markdown); cpuLine(cpu, bytes) words the CPU times.
export function datasetLines(datasets, runs, cpuLine) {
  const lines = [];
  for (const [name, d] of Object.entries(datasets)) {
    if (d.skipped) { lines.push('', `${name}: not measured — ${d.skipped}.`); continue; }
    lines.push('', `${name[0].toUpperCase()}${name.slice(1)}: ${d.file}, ${(d.bytes / MB).toFixed(0)} MB, ${d.count.toLocaleString('en')} ${d.unit} (scripts/${GENERATORS[name].script}, seed 42); ${d.figures} headline figures compared (bench/datasets.js); best of ${runs}.`, '');
    lines.push(`| ${name} → the report's headline | best ms | MB/s | median MB/s | Polso-wasm is | Polso native is |`, '|---|---:|---:|---:|---:|---:|');
    const rel = (polso, p) => (p === polso ? '—' : `${(d.throughput[polso].mbPerS / d.throughput[p].mbPerS).toFixed(2)}×`);
    for (const [p, t] of Object.entries(d.throughput)) lines.push(`| ${p} | ${t.bestMs.toFixed(0)} | ${t.mbPerS.toFixed(1)} | ${t.medianMbPerS.toFixed(1)} | ${rel('polso-wasm', p)} | ${rel('native', p)} |`);
    lines.push('', `CPU time of the native peers: ${cpuLine(d.cpu, d.bytes)}. Native CLI peak RSS ${(d.nativeRssKiB / 1024).toFixed(1)} MiB.`);
  }
  return lines;
}
