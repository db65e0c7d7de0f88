// Hostile and broken input (cases.mjs), through both doors: the native CLI
// (build/bin/polso) and the wasm module (dist/polso.js + dist/polso.wasm).
// For every case: the promised error or warning, with a message that is a
// sentence; a generous wall-clock ceiling (a hang guard, not a perf test);
// bounded memory (CLI peak RSS from /proc/<pid>/status VmHWM; wasm memory
// after the case); and the same wasm instance still answers a normal NPS
// request and a small file analysis afterwards.
//
// POLSO_HOSTILE_FULL=1 adds the slow ones: the unterminated quote on 1 GB
// instead of 200 MB, and a 5 GB generated survey through the CLI with bounded
// memory.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readable } from 'node:stream';
import { csvCases, requestCases, FULL } from './cases.mjs';
import { workbookKind, workbookResponse, oleResponse } from '../../web/app/analysis/reading/workbook-door.js';
import { surveyRows, header } from '../../scripts/gen-survey.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = `${root}build/bin/polso`;
const MiB = 1024 * 1024;
const HANG_GUARD_MS = 60_000;
const WASM_BOUND = 256 * MiB;     // wasm memory after a streamed case
const WASM_WHOLE_BOUND = 1024 * MiB;  // … after a case whose input is held whole
const CLI_RSS_BOUND_KB = 300 * 1024;
const CLI_RSS_WHOLE_BOUND_KB = 1024 * 1024;
// Every answer stays below the documented output size (core/budgets.hpp,
// kMaxOutputBytes; docs/datasets.md "Budgets").
const OUTPUT_BOUND = 32 * MiB;

const { default: factory } = await import(`${root}dist/polso.js`);
const wasmBinary = readFileSync(`${root}dist/polso.wasm`);
const shared = await factory({ wasmBinary });

const dir = mkdtempSync(join(tmpdir(), 'polso-hostile-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// Runs the CLI, polling its peak RSS; kills it at the hang guard.
function runCli(args, { input, stdin, timeoutMs = HANG_GUARD_MS } = {}) {
  return new Promise((resolve, reject) => {
    const start = Date.now();
    const child = spawn(cli, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '', stderr = '', peakKb = 0, timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (d) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch { /* exited */ }
    }, 20);
    const guard = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutMs);
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearInterval(poll);
      clearTimeout(guard);
      resolve({ status, signal, stdout: stdout.trim(), stderr, peakKb, ms: Date.now() - start, timedOut });
    });
    if (stdin) stdin.pipe(child.stdin);
    else child.stdin.end(input ?? '');
    child.stdin.on('error', () => {});  // the CLI may answer before reading all
  });
}

// Feeds a file to a wasm Analysis in 1 MiB chunks, as the web worker does;
// a workbook (a zip or OLE file) through the worker's workbook door.
async function analyseInWasm(module, path, options) {
  const bytes = (from, to) => {
    const fd = openSync(path, 'r');
    try {
      const buf = Buffer.alloc(Math.max(0, to - from));
      const n = readSync(fd, buf, 0, buf.length, from);
      return new Uint8Array(buf.subarray(0, n));
    } finally {
      closeSync(fd);
    }
  };
  const file = { size: statSync(path).size };
  const kind = workbookKind(bytes(0, 8));
  if (kind) {
    const readSlice = async (f, from, to) => bytes(from, to);
    return kind === 'ole' ? oleResponse({ m: module, file, options, readSlice })
      : workbookResponse({ m: module, file, options, readSlice, chunkBytes: MiB });
  }
  const a = new module.Analysis(JSON.stringify(options));
  const fd = openSync(path, 'r');
  const buf = Buffer.alloc(MiB);
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      const failure = a.feed(buf.subarray(0, n));
      if (failure) return failure;
    }
    return a.finish();
  } finally {
    closeSync(fd);
    a.delete();
  }
}

const isSentence = (m) => typeof m === 'string' && m.length >= 15 && /^[\p{Lu}“"0-9]/u.test(m) && /[.!?)]$/.test(m);

function assertOutcome(text, expect, where) {
  const r = JSON.parse(text);
  assert.equal(typeof r.ok, 'boolean', where);
  if (expect.ok === false || expect.code) {
    assert.equal(r.ok, false, `${where}: expected a failure, got ${text.slice(0, 300)}`);
    assert.equal(r.error.code, expect.code, `${where}: ${r.error.message}`);
    assert.ok(isSentence(r.error.message), `${where}: message is a sentence: ${r.error.message}`);
  } else {
    assert.equal(r.ok, true, `${where}: ${text.slice(0, 300)}`);
    if (r.rows) assert.equal(r.rows.read, r.rows.used + r.rows.skipped, `${where}: rows add up`);
    for (const code of expect.warnings ?? []) {
      const w = r.warnings.find((x) => x.code === code);
      assert.ok(w, `${where}: warning ${code} among ${r.warnings.map((x) => x.code)}`);
      assert.ok(isSentence(w.message), `${where}: warning message is a sentence: ${w.message}`);
    }
  }
  return r;
}

// The instance still works after the case: a normal request and a small file.
function assertStillWorks(module, where) {
  const r = JSON.parse(module.evaluate('{"metric":"nps","inputs":{"promoters":70,"passives":20,"detractors":10}}'));
  assert.equal(r.ok, true, `${where}: NPS request after the case`);
  assert.equal(r.value, 60);
  const a = new module.Analysis('{"metric":"nps"}');
  try {
    assert.equal(a.feed(Buffer.from('score\n10\n9\n3\n')), '');
    assert.equal(JSON.parse(a.finish()).value, 33.333333333333336, `${where}: analysis after the case`);
  } finally {
    a.delete();
  }
}

const flags = (o) => Object.entries(o).flatMap(([k, v]) => [`--${k.replaceAll('_', '-')}`, String(v)]);

for (const c of csvCases) {
  test(`CSV: ${c.name}`, { timeout: (c.big ? 10 : 3) * HANG_GUARD_MS }, async (t) => {
    const path = join(dir, `${c.name.replace(/[^a-z0-9]+/gi, '_')}.csv`);
    await c.write(path);
    const timeoutMs = c.big ? (FULL ? 10 : 3) * HANG_GUARD_MS : HANG_GUARD_MS;

    const out = await runCli(['analyze', path, ...flags(c.options)], { timeoutMs });
    assert.ok(!out.timedOut, `CLI hung (> ${timeoutMs} ms)`);
    assert.equal(out.signal, null, `CLI died: ${out.signal} ${out.stderr}`);
    assert.equal(out.status, c.expect.ok === false ? 1 : 0, out.stderr);
    const r = assertOutcome(out.stdout, c.expect, 'CLI');
    c.check?.(r, assert);
    assert.ok(out.peakKb < CLI_RSS_BOUND_KB, `CLI peak RSS ${out.peakKb} kB`);
    assert.ok(Buffer.byteLength(out.stdout) < OUTPUT_BOUND, `${Buffer.byteLength(out.stdout)} bytes of JSON`);
    if (c.maxMs) assert.ok(out.ms < c.maxMs, `CLI took ${out.ms} ms (at most ${c.maxMs})`);

    const t0 = Date.now();
    const wasm = await analyseInWasm(shared, path, c.options);
    assert.ok(Date.now() - t0 < timeoutMs, 'wasm took too long');
    assert.equal(wasm, out.stdout, 'wasm and CLI give the same report');
    assert.ok(shared.HEAPU8.buffer.byteLength <= WASM_BOUND, `wasm memory ${shared.HEAPU8.buffer.byteLength / MiB} MiB`);
    assertStillWorks(shared, c.name);
    t.diagnostic(`CLI ${out.ms} ms, peak RSS ${(out.peakKb / 1024).toFixed(1)} MiB; wasm ${Date.now() - t0} ms, memory ${shared.HEAPU8.buffer.byteLength / MiB} MiB`);
    rmSync(path, { force: true });
  });
}

for (const c of requestCases) {
  test(`request: ${c.name}`, { timeout: 3 * HANG_GUARD_MS }, async (t) => {
    const request = typeof c.request === 'function' ? c.request() : c.request;

    const out = await runCli(['eval'], { input: request });
    assert.ok(!out.timedOut, 'CLI hung');
    assert.equal(out.signal, null, `CLI died: ${out.signal} ${out.stderr}`);
    assert.equal(out.status, c.expect.ok ? 0 : 1, out.stderr);
    c.check?.(assertOutcome(out.stdout, c.expect, 'CLI'), assert);
    assert.ok(out.peakKb < (c.heldWhole ? CLI_RSS_WHOLE_BOUND_KB : CLI_RSS_BOUND_KB), `CLI peak RSS ${out.peakKb} kB`);
    assert.ok(Buffer.byteLength(out.stdout) < OUTPUT_BOUND, `${Buffer.byteLength(out.stdout)} bytes of JSON`);
    if (c.maxMs) assert.ok(out.ms < c.maxMs, `CLI took ${out.ms} ms (at most ${c.maxMs})`);

    // Inputs held whole get their own instance, so the memory they needed
    // (wasm memory never shrinks) does not count against the streamed cases.
    const module = c.heldWhole ? await factory({ wasmBinary }) : shared;
    const answer = module.evaluate(request);
    assertOutcome(answer, c.expect, 'wasm');
    assert.equal(answer, out.stdout, 'wasm and CLI give the same answer');
    const bound = c.heldWhole ? WASM_WHOLE_BOUND : WASM_BOUND;
    assert.ok(module.HEAPU8.buffer.byteLength <= bound, `wasm memory ${module.HEAPU8.buffer.byteLength / MiB} MiB`);
    assertStillWorks(module, c.name);
    t.diagnostic(`CLI ${out.ms} ms, peak RSS ${(out.peakKb / 1024).toFixed(1)} MiB; wasm memory ${module.HEAPU8.buffer.byteLength / MiB} MiB`);
  });
}

// 5 GB of generated survey answers piped straight into the CLI (no file on
// disk): it completes, and its peak RSS stays flat.
test('5 GB survey through the CLI with bounded memory', { skip: !FULL && 'set POLSO_HOSTILE_FULL=1', timeout: 60 * 60_000 }, async () => {
  const sizeMb = Number(process.env.POLSO_HOSTILE_GB ?? 5) * 1024;
  // Generated here and written to the CLI's stdin with back-pressure: no file.
  const stdin = Readable.from((function* () {
    const rows = surveyRows(11);
    let buf = header, written = 0;
    while (written < sizeMb * MiB) {
      while (buf.length < MiB) buf += rows.next().value;
      written += buf.length;
      yield buf;
      buf = '';
    }
  })());
  const out = await runCli(['analyze', '-', '--dataset', 'survey', '--metric', 'nps', '--lang', 'en'], { stdin, timeoutMs: 50 * 60_000 });
  assert.ok(!out.timedOut, 'CLI hung');
  const r = JSON.parse(out.stdout);
  assert.equal(r.ok, true, out.stdout.slice(0, 300));
  assert.ok(r.bytes >= sizeMb * MiB, `${r.bytes} bytes read`);
  console.log(`5 GB: ${r.bytes} bytes, ${r.rows.read} rows, ${(out.ms / 1000).toFixed(1)} s, ` +
              `${(r.bytes / MiB / (out.ms / 1000)).toFixed(0)} MiB/s, peak RSS ${(out.peakKb / 1024).toFixed(1)} MiB`);
  assert.ok(out.peakKb < 200 * 1024, `peak RSS ${out.peakKb} kB`);
});

test('the table has every case the issue lists', () => {
  assert.ok(csvCases.length >= 9 && requestCases.length >= 9);
  assert.ok(statSync(cli).isFile());
});
