#!/usr/bin/env node
// A focused timing of the page's analysis worker on one large file, one worker
// against part workers (issue 11 item 2): wall time from "File in hand" to the
// report, best of N, fresh worker each run (as bench/run.mjs does).
//   node bench/parts-timing.mjs FILE [--runs N] [--workers 1,2] [--warm] [--detail] [--dist DIR] [--chunk-kib N]
// --detail: CPU time per thread of the browser's processes (who competes for the cores).
// --warm: the same analysis worker for every run after a first, uncounted one
// (the product's case: the worker is started at page load).
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { serve } from '../web/serve.mjs';
import { readFileSync, readdirSync } from 'node:fs';

// CPU time (ms, user + system) of every thread of the browser's process tree,
// by process and thread name: who competes for the cores.
function cpuByThread(rootPid) {
  const tick = 10, out = new Map();
  const stat = (path) => { try { return readFileSync(path, 'utf8'); } catch { return null; } };
  const kids = new Map();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    const s = stat(`/proc/${pid}/stat`);
    if (s) kids.set(pid, s.slice(s.lastIndexOf(')') + 2).split(' ')[1]);
  }
  const tree = [String(rootPid)];
  for (let i = 0; i < tree.length; i++) for (const [pid, ppid] of kids) if (ppid === tree[i]) tree.push(pid);
  for (const pid of tree) {
    const cmd = (stat(`/proc/${pid}/cmdline`) ?? '').match(/--type=([a-z-]+)/)?.[1] ?? 'browser';
    // The process's own counter keeps the time of threads that have ended (a terminated worker).
    const ps = stat(`/proc/${pid}/stat`);
    if (ps) { const f = ps.slice(ps.lastIndexOf(')') + 2).split(' '); out.set(`process/${cmd}/${pid}`, (Number(f[11]) + Number(f[12])) * tick); }
    let tasks = [];
    try { tasks = readdirSync(`/proc/${pid}/task`); } catch { continue; }
    for (const tid of tasks) {
      const s = stat(`/proc/${pid}/task/${tid}/stat`);
      if (!s) continue;
      const name = s.slice(s.indexOf('(') + 1, s.lastIndexOf(')'));
      const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
      const key = `${cmd}/${name}/${tid}`;
      out.set(key, (Number(f[11]) + Number(f[12])) * tick);
    }
  }
  return out;
}
function cpuDelta(before, after) {
  const d = new Map();
  for (const [k, v] of after) {
    const x = v - (before.get(k) ?? 0);
    if (x <= 0) continue;
    const name = k.startsWith('renderer/DedicatedWorker') || k.startsWith('process/') ? k.replace(/\/\d+$/, '') + (k.startsWith('renderer/Ded') ? k.match(/\/\d+$/)[0] : '') : k.replace(/\/\d+$/, '');
    d.set(name, (d.get(name) ?? 0) + x);
  }
  return [...d].sort((a, b) => b[1] - a[1]);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const opt = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
const file = argv[0];
const runs = Number(opt('--runs', 3));
const counts = opt('--workers', '1,2').split(',').map(Number);
const warm = argv.includes('--warm');
const dist = opt('--dist', 'dist');
const chunkBytes = Number(opt('--chunk-kib', 0)) * 1024 || undefined;
const server = await serve(root, 0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
const page = await browser.newPage();
await page.goto(`${origin}/bench/index.html`);
await page.setInputFiles('#file', file);
const once = (workers, keep) => page.evaluate(([n, keep, dist, chunkBytes]) => new Promise((ok, fail) => {
  const t0 = performance.timeOrigin + performance.now();
  const w = keep ? (window.__w ??= new Worker(`/${dist}/analysis-worker.js`, { type: 'module' }))
    : new Worker(`/${dist}/analysis-worker.js`, { type: 'module' });
  w.onmessage = ({ data }) => {
    if (data.type === 'progress') return;
    const end = performance.timeOrigin + performance.now();
    if (!keep) w.terminate();
    if (data.type !== 'done') fail(new Error(JSON.stringify(data.error ?? data)));
    ok({ ms: end - t0, t0, end, workers: data.workers, n: data.report?.nps?.n ?? data.report?.n, dbg: data.dbg,
      nps: JSON.stringify(data.report).length });
  };
  w.postMessage({ type: 'start', file: document.getElementById('file').files[0],
    options: { metric: 'nps', period: 'month', lang: 'en' }, workers: n, chunkBytes });
}), [workers, keep, dist, chunkBytes]);
for (const n of counts) {
  if (warm) await once(n, true);
  const all = [];
  for (let i = 0; i < runs; i++) {
    const c0 = cpuByThread(process.pid);
    const r = await once(n, warm);
    r.cpu = cpuDelta(c0, cpuByThread(process.pid));
    all.push(r);
  }
  const best = all.reduce((a, b) => (a.ms <= b.ms ? a : b));
  console.log(`workers=${n} ${warm ? 'warm' : 'fresh'}: ${all.map((r) => r.ms.toFixed(0)).join(' ')} ms (best ${best.ms.toFixed(0)}), used ${best.workers}, report ${best.nps} chars`);
  if (argv.includes('--detail')) {
    const total = best.cpu.filter(([k]) => k.startsWith('process/')).reduce((a, [, v]) => a + v, 0);
    console.log(`  cpu ${total} ms: ${best.cpu.filter(([k, v]) => v >= 20 && !k.startsWith('process/')).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  }
  if (argv.includes('--detail') && best.dbg) {
    const rel = (t) => (t - best.t0).toFixed(0);
    const d = best.dbg;
    console.log(`  coordinator: runner start +${rel(d.t0)} module +${rel(d.loaded)} head(${d.C?.headEnd} B, ${d.C?.pieces} pieces) +${rel(d.C?.headDone)} ranges +${rel(d.C?.rangesDone)} done +${rel(d.end)} page +${best.ms.toFixed(0)}`);
    for (const T of d.T ?? []) {
      console.log(`  part: recv +${rel(T.recv)} inst +${rel(T.inst)} headRead +${rel(T.headRead)} headFed +${rel(T.headFed)} range done +${rel(T.rangeDone)} (wait ${T.wait.toFixed(0)}, feed ${T.feed.toFixed(0)}) finish +${rel(T.finished)} state +${rel(T.stated)} (${T.stateBytes} B) got +${rel(T.got)} absorbed +${rel(T.absorbed)}`);
    }
  }
}
await browser.close();
server.close();
