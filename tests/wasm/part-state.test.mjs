// Issue 11 item 2 in the browser: each part worker has its own wasm instance,
// so a part travels as bytes (Analysis.partState → absorbStateReserved). Here
// each range is read by a separate instance of the module, as a part worker
// does (replaying the head with the same piece ends, becomePart, the range),
// its state absorbed by the head's instance in file order: the report equals
// the one-pass report byte for byte, for surveys and conversations, with the
// ranges cut and merged as the core's RangePlan says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { root } from './helpers.mjs';
import { surveyRecords, header } from '../../scripts/gen-survey.mjs';
import { conversationsCsv } from '../../scripts/gen-conversations.mjs';

const { default: factory } = await import(`${root}dist/polso.js`);
const wasmBinary = readFileSync(`${root}dist/polso.wasm`);
const instance = () => factory({ wasmBinary });
const headModule = await instance();

function feed(m, a, bytes) {
  const address = a.reserve(bytes.length);
  m.HEAPU8.set(bytes, address);
  return a.feedReserved(bytes.length);
}

function onePass(bytes, options) {
  const a = new headModule.Analysis(JSON.stringify(options));
  try {
    for (let at = 0; at < bytes.length; at += 1 << 20) assert.equal(feed(headModule, a, bytes.subarray(at, at + (1 << 20))), '');
    return a.finish();
  } finally { a.delete(); }
}

// One range in its own instance: the head replayed with `pieces` (ends), then the range.
async function readPart(bytes, options, pieces, { from, to, last }) {
  const m = await instance();
  const a = new m.Analysis(JSON.stringify(options));
  try {
    let at = 0;
    for (const end of pieces) { assert.equal(feed(m, a, bytes.subarray(at, end)), ''); at = end; }
    assert.ok(a.becomePart(), 'the head can start parts');
    assert.equal(feed(m, a, bytes.subarray(from, to)), '');
    const end = a.endRange(last);
    return { ...end, state: end.finished ? a.partState().slice() : null };
  } finally { a.delete(); }
}

// As analysis-parts.js, driven by the core's RangePlan: the head is the first
// MiB then what the plan says, the ranges the plan's, merged as it says.
async function inParts(bytes, options, count) {
  const m = headModule;
  const head = new m.Analysis(JSON.stringify(options));
  const plan = new m.RangePlan(bytes.length, count);
  try {
    const pieces = [Math.min(bytes.length, 1 << 20)];
    assert.equal(feed(m, head, bytes.subarray(0, pieces[0])), '');
    plan.headFed(pieces[0]);
    while (!head.canPart()) {
      const unfed = bytes.subarray(plan.headEnd(), plan.headEnd() + plan.headPieceBytes());
      const next = plan.headNext(unfed.length, unfed.lastIndexOf(10));
      assert.equal(next.step, 'feed');
      assert.equal(feed(m, head, unfed.subarray(0, next.bytes)), '');
      plan.headFed(next.bytes);
      pieces.push(plan.headEnd());
    }
    for (const cut of plan.cuts()) {
      plan.addWindow(cut, bytes.subarray(cut, cut + plan.windowBytes()), head.delimiter(), head.quote());
    }
    plan.startMerge(head.linesRead());
    let absorbed = 0;
    while (!plan.merged()) {
      let r = await readPart(bytes, options, pieces, plan.span());
      while (plan.judge(r.ok, r.endsClean, r.lines) === 'reread') r = await readPart(bytes, options, pieces, plan.span());
      assert.ok(r.ok && r.state, 'the range was read');
      const address = head.reserve(r.state.length);
      m.HEAPU8.set(r.state, address);
      assert.ok(head.absorbStateReserved(r.state.length, plan.lineOffset()), 'the state merged');
      plan.absorbed(r.lines);
      ++absorbed;
    }
    return { report: head.finish(), ranges: plan.ranges(), absorbed };
  } finally { plan.delete(); head.delete(); }
}

function surveyBytes(size) {
  const it = surveyRecords(7);
  let s = header;
  while (s.length < size) {
    const r = it.next().value;
    s += `${r.submitted_at},${r.channel},${r.score},"${r.comment.replaceAll('"', '""')}"\n`;
  }
  return new TextEncoder().encode(s);
}

function conversationsBytes(tickets) {
  let s = '';
  for (const piece of conversationsCsv(tickets)) s += piece;
  return new TextEncoder().encode(s);
}

test('survey: states from separate instances merge to the one-pass report', async () => {
  const bytes = surveyBytes(6 << 20);
  const options = { dataset: 'survey', metric: 'nps', lang: 'en' };
  const expected = onePass(bytes, options);
  assert.match(expected, /"ok":true/);
  for (const count of [2, 3, 4]) {
    const r = await inParts(bytes, options, count);
    assert.equal(r.ranges, count, 'every cut kept');
    assert.equal(r.report, expected, `${count} parts`);
  }
});

test('conversations (auto): states merge to the one-pass report', async () => {
  const bytes = conversationsBytes(40000);
  const options = { dataset: 'auto', lang: 'it' };
  const expected = onePass(bytes, options);
  assert.match(expected, /"dataset":"conversations"/);
  const r = await inParts(bytes, options, 3);
  assert.ok(r.ranges >= 2);
  assert.equal(r.report, expected);
});

test('bytes that are not a state are refused, the head then reports as before', async () => {
  const bytes = surveyBytes(2 << 20);
  const options = { dataset: 'survey', metric: 'nps', lang: 'en' };
  const a = new headModule.Analysis(JSON.stringify(options));
  try {
    assert.equal(feed(headModule, a, bytes.subarray(0, 1 << 20)), '');
    for (const junk of [new Uint8Array(0), new Uint8Array(100).fill(7), new TextEncoder().encode('PLSOPART')]) {
      const address = a.reserve(junk.length);
      headModule.HEAPU8.set(junk, address);
      assert.equal(a.absorbStateReserved(junk.length, 10), false);
    }
  } finally { a.delete(); }
});

test('the plan through the binding: no ranges for a file all in the head; a window without a record start adds none', () => {
  const whole = new headModule.RangePlan(100, 4);
  try {
    whole.headFed(100);
    assert.equal(whole.hasRest(), false);
    assert.deepEqual(whole.cuts(), []);
  } finally { whole.delete(); }
  const plan = new headModule.RangePlan(1000, 2);
  try {
    plan.headFed(100);
    assert.deepEqual(plan.headNext(10, -1), { step: 'read_more', bytes: 0 });
    assert.deepEqual(plan.cuts(), [550]);
    plan.addWindow(550, new TextEncoder().encode('no line break'), 44, 34);
    assert.equal(plan.ranges(), 1);
    assert.deepEqual(plan.range(0), { from: 100, to: 1000, last: true });
  } finally { plan.delete(); }
});
