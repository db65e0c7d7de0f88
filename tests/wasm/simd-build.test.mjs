// Issue 11 item 1: the page loads polso-simd.wasm (built with -msimd128: the
// tokenizer's block scan in wasm SIMD128, and whatever clang vectorizes) where
// the browser has SIMD, polso.wasm elsewhere (web/app/analysis/reading/wasm-build.js).
// Both run the same glue, polso.js. Here every fixture under tests/data, every
// fuzz corpus input and generated files of each dataset go through both
// builds: the SIMD build fed in seeded random chunks (so records straddle its
// 64-byte blocks and the chunk ends), the scalar one in one piece; the
// reports, or the errors, must be the same bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { root, prng } from './helpers.mjs';
import { surveyRecords, header as surveyHeader } from '../../scripts/gen-survey.mjs';
import { conversationsCsv } from '../../scripts/gen-conversations.mjs';
import { orderRows, header as ordersHeader } from '../../scripts/gen-orders.mjs';

const { default: factory } = await import(`${root}dist/polso.js`);
const scalar = await factory({ wasmBinary: readFileSync(`${root}dist/polso.wasm`) });
const simd = await factory({ wasmBinary: readFileSync(`${root}dist/polso-simd.wasm`) });

test('the SIMD build is a different wasm, with SIMD128 instructions the scalar one lacks', () => {
  const a = readFileSync(`${root}dist/polso.wasm`), b = readFileSync(`${root}dist/polso-simd.wasm`);
  assert.ok(!a.equals(b));
  // Opcode prefix 0xfd is SIMD128's; the scalar build has none of its v128.const (0xfd 0x0c).
  const count = (bytes) => { let n = 0; for (let i = 0; i + 1 < bytes.length; i++) if (bytes[i] === 0xfd && bytes[i + 1] === 0x0c) n++; return n; };
  assert.ok(count(b) > count(a) + 20, `v128.const: simd ${count(b)}, scalar ${count(a)}`);
});

// The report (or the error) for `bytes`, fed in pieces whose ends `cut` picks.
function analyse(m, bytes, options, cut) {
  const a = new m.Analysis(JSON.stringify(options));
  try {
    for (let at = 0; at < bytes.length;) {
      const end = Math.min(bytes.length, at + cut());
      const piece = bytes.subarray(at, end);
      const address = a.reserve(piece.length);
      m.HEAPU8.set(piece, address);
      const fail = a.feedReserved(piece.length);
      if (fail) return `error: ${fail}`;
      at = end;
    }
    return a.finish();
  } finally { a.delete(); }
}

const OPTIONS = [{ dataset: 'auto' }, { dataset: 'survey', metric: 'nps', period: 'month' },
  { dataset: 'orders' }, { dataset: 'conversations' }, { dataset: 'survey', lang: 'it' }];

function sameOnBoth(name, bytes, options, seed) {
  const rand = prng(seed);
  const sizes = [() => bytes.length || 1, () => 1 + Math.floor(rand() * 200), () => 1 + Math.floor(rand() * 70_000)];
  const want = analyse(scalar, bytes, options, sizes[0]);
  for (const cut of sizes) assert.equal(analyse(simd, bytes, options, cut), want, `${name} ${JSON.stringify(options)}`);
}

const files = (dir) => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? files(p) : [p];
});

test('every fixture under tests/data gives the same report on both builds, in any chunking', () => {
  const fixtures = files(join(root, 'tests/data')).filter((f) => /\.(csv|tsv|txt)$/i.test(f));
  assert.ok(fixtures.length > 60, `${fixtures.length} fixtures`);
  fixtures.forEach((f, i) => { for (const o of OPTIONS) sameOnBoth(f, readFileSync(f), o, i); });
});

test('every fuzz corpus input gives the same report (or error) on both builds', () => {
  const inputs = files(join(root, 'tests/fuzz')).filter((f) => !/\.(cpp|hpp|md)$/.test(f));
  assert.ok(inputs.length > 100, `${inputs.length} inputs`);
  inputs.forEach((f, i) => { for (const o of OPTIONS.slice(0, 4)) sameOnBoth(f, readFileSync(f), o, 1000 + i); });
});

test('generated survey, orders and conversations files (about 1 MB each) agree on both builds', () => {
  const text = (pieces, limit) => { let s = ''; for (const p of pieces) { s += p; if (s.length > limit) break; } return s; };
  const survey = function* () {
    yield surveyHeader;
    for (const r of surveyRecords(11)) yield `${r.submitted_at},${r.channel},${r.score},"${r.comment.replaceAll('"', '""')}"\n`;
  };
  const cases = [
    ['survey', text(survey(), 1 << 20), { dataset: 'survey' }],
    ['orders', ordersHeader + text(orderRows(4000, 5), 1 << 20), { dataset: 'orders' }],
    ['conversations', text(conversationsCsv(6000), 1 << 20), { dataset: 'conversations' }],
  ];
  for (const [name, s, options] of cases) sameOnBoth(name, new TextEncoder().encode(s), options, name.length);
});
