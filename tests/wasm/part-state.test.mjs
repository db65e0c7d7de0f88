// Issue 11 item 2 in the browser: each part worker has its own wasm instance,
// so a part travels as bytes (Analysis.partState → absorbStateReserved). Here
// each range is read by a separate instance of the module, as a part worker
// does (replaying the head with the same piece ends, becomePart, the range),
// its state absorbed by the head's instance in file order: the report equals
// the one-pass report byte for byte, for surveys and conversations, with the
// ranges cut where the core's rangeCuts + guessRecordStart put them.
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

// One range in its own instance: the head replayed with `pieces` (ends), then [from, to).
async function readPart(bytes, options, pieces, from, to, last) {
  const m = await instance();
  const a = new m.Analysis(JSON.stringify(options));
  try {
    let at = 0;
    for (const end of pieces) { assert.equal(feed(m, a, bytes.subarray(at, end)), ''); at = end; }
    assert.ok(a.becomePart(), 'the head can start parts');
    assert.equal(feed(m, a, bytes.subarray(from, to)), '');
    const endsClean = a.atRecordStart(), lines = a.linesRead();
    const ok = endsClean || last ? a.finishPart() : true;
    return { ok, endsClean, lines, state: ok && (endsClean || last) ? a.partState().slice() : null };
  } finally { a.delete(); }
}

// As analysis-parts.js: head = the first MiB, then 64 KiB pieces to a line break.
async function inParts(bytes, options, count) {
  const m = headModule;
  const head = new m.Analysis(JSON.stringify(options));
  try {
    const pieces = [Math.min(bytes.length, 1 << 20)];
    assert.equal(feed(m, head, bytes.subarray(0, pieces[0])), '');
    while (!head.canPart()) {
      const at = pieces[pieces.length - 1];
      const piece = bytes.subarray(at, at + 65536);
      const cut = piece.lastIndexOf(10);
      assert.ok(cut >= 0);
      assert.equal(feed(m, head, piece.subarray(0, cut + 1)), '');
      pieces.push(at + cut + 1);
    }
    const headEnd = pieces[pieces.length - 1];
    const starts = [headEnd];
    for (const cut of m.rangeCuts(headEnd, bytes.length, count)) {
      const g = m.guessRecordStart(bytes.subarray(cut, cut + m.rangeWindowBytes()), head.delimiter(), head.quote());
      if (g >= 0 && cut + g > starts[starts.length - 1] && cut + g < bytes.length) starts.push(cut + g);
    }
    const ends = [...starts.slice(1), bytes.length];
    let offset = head.linesRead(), absorbed = 0;
    for (let i = 0; i < starts.length;) {
      let j = i;
      let r = await readPart(bytes, options, pieces, starts[i], ends[j], j + 1 === starts.length);
      while (r.ok && !r.endsClean && j + 1 < starts.length) {
        ++j;
        r = await readPart(bytes, options, pieces, starts[i], ends[j], j + 1 === starts.length);
      }
      assert.ok(r.ok && r.state, 'the range was read');
      const address = head.reserve(r.state.length);
      m.HEAPU8.set(r.state, address);
      assert.ok(head.absorbStateReserved(r.state.length, offset), 'the state merged');
      offset += r.lines;
      ++absorbed;
      i = j + 1;
    }
    return { report: head.finish(), ranges: starts.length, absorbed };
  } finally { head.delete(); }
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
  assert.deepEqual(headModule.rangeCuts(100, 100, 4), []);
  assert.equal(headModule.guessRecordStart(new TextEncoder().encode('no line break'), 44, 34), -1);
});
