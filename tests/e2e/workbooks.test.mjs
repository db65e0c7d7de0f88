// Workbooks through the page's real upload path: an .xlsx of orders and an
// .ods of survey answers are read in the worker (DecompressionStream inflates
// them), give the CLI's report for the same file, and the sheet dropdown lists
// every sheet (hidden ones marked) and re-runs on the one chosen; a workbook
// of 1,000,000 answers shows progress, cancels, then reads in bounded memory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rm, writeFile } from 'node:fs/promises';
import { deflateRawSync } from 'node:zlib';
import { withSession, openApp, root, inAnalysis as el, uploadFile as upload, chooseOption as choose, waitForState } from './helpers.mjs';

const FILE_VIEW = 'index.html#view=file&l=en';
const book = (name) => `${root}tests/data/workbooks/${name}`;
const CLI = `${root}build/bin/polso`;

async function cli(path, ...args) {
  const { stdout } = await promisify(execFile)(CLI, ['analyze', path, ...args], { maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout);
}

const report = (page) => page.evaluate(() => document.querySelector('polso-analysis').report);

test('an .xlsx of orders: recognised, the CLI’s figures, the sheet dropdown with its hidden sheet', () => withSession(async ({ browser, origin }) => {
  const want = await cli(book('ordini_it.xlsx'), '--dataset', 'orders', '--lang', 'en');
  const { page } = await openApp(browser, origin, FILE_VIEW);
  await upload(page, book('ordini_it.xlsx'));
  assert.equal(await el(page, '#sel-dataset').inputValue(), 'orders');
  const got = await report(page);
  assert.equal(got.dialect.format, 'xlsx');
  assert.equal(got.dialect.sheet, 'Ordini');
  assert.deepEqual(got.summary, want.summary);
  assert.deepEqual(got.periods, want.periods);
  const options = await el(page, '#sel-sheet option').allTextContents();
  assert.deepEqual(options, ['Note (hidden)', 'Ordini']);
  assert.equal(await el(page, '#sel-delimiter').count(), 0, 'a workbook has no delimiter to choose');
  await choose(page, 'sheet', 'Note', 'error');
  assert.equal((await page.evaluate(() => document.querySelector('polso-analysis').error)).code.endsWith('not_found'), true);
}));

test('an .ods of survey answers: the CLI’s NPS, read through the same upload path', () => withSession(async ({ browser, origin }) => {
  const want = await cli(book('survey_nps.ods'), '--dataset', 'auto', '--lang', 'en');
  const { page } = await openApp(browser, origin, FILE_VIEW);
  await upload(page, book('survey_nps.ods'));
  const got = await report(page);
  assert.equal(got.dialect.format, 'ods');
  assert.equal(got.value, want.value);
  assert.deepEqual(got.rows, want.rows);
  assert.deepEqual(got.skipped_reasons, want.skipped_reasons);
}));

// A minimal .xlsx of `rows` NPS answers (inline strings, one deflated sheet),
// written here so the test needs no spreadsheet tool.
function bigXlsx(rows) {
  const parts = [];
  parts.push(['[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>']);
  parts.push(['xl/workbook.xml', '<?xml version="1.0"?><workbook xmlns:r="r"><sheets><sheet name="Answers" sheetId="1" r:id="rId1"/></sheets></workbook>']);
  parts.push(['xl/_rels/workbook.xml.rels', '<?xml version="1.0"?><Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>']);
  const xml = ['<?xml version="1.0"?><worksheet><dimension ref="A1:B' + (rows + 1) + '"/><sheetData>',
    '<row r="1"><c r="A1" t="inlineStr"><is><t>How likely are you to recommend us?</t></is></c><c r="B1" t="inlineStr"><is><t>Plan</t></is></c></row>'];
  for (let i = 0; i < rows; i++) xml.push(`<row r="${i + 2}"><c r="A${i + 2}"><v>${(i * 7) % 11}</v></c><c r="B${i + 2}" t="inlineStr"><is><t>${i % 3 ? 'Pro' : 'Free'}</t></is></c></row>`);
  xml.push('</sheetData></worksheet>');
  parts.push(['xl/worksheets/sheet1.xml', xml.join('')]);
  const files = [], dir = [];
  let offset = 0;
  for (const [name, text] of parts) {
    const data = Buffer.from(text), packed = deflateRawSync(data), n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18); local.writeUInt32LE(data.length, 22); local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.length, 20); central.writeUInt32LE(data.length, 24); central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    files.push(local, n, packed);
    dir.push(central, n);
    offset += 30 + n.length + packed.length;
  }
  const directory = Buffer.concat(dir), end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(parts.length, 8); end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...files, directory, end]);
}

test('1,000,000 answers in an .xlsx through the upload path: progress, Cancel, then done in bounded worker memory', { timeout: 600000 }, () => withSession(async ({ browser, origin }) => {
  const path = join(tmpdir(), `polso-e2e-1m-${process.pid}.xlsx`);
  await writeFile(path, bigXlsx(1_000_000));
  try {
    const { page } = await openApp(browser, origin, FILE_VIEW);
    await page.evaluate(() => {
      document.querySelector('polso-analysis').worker.addEventListener('message', ({ data }) => {
        if (data?.type === 'done') window.polsoDone = { wasmMemoryBytes: data.wasmMemoryBytes, elapsedMs: data.elapsedMs };
      });
    });
    await el(page, 'input[type=file]').setInputFiles(path);
    await page.waitForFunction(() => Number(document.querySelector('polso-analysis').dataset.progressBytes) > 0, null, { timeout: 60000 });
    await el(page, '#cancel').click();
    await waitForState(page, 'cancelled', null, 60000);
    assert.equal(await el(page, '.report').count(), 0);
    await upload(page, path, 'done', 300000);
    const done = await page.evaluate(() => window.polsoDone);
    console.log(`1,000,000-row .xlsx: wasmMemoryBytes ${done.wasmMemoryBytes} (${(done.wasmMemoryBytes / 2 ** 20).toFixed(0)} MiB), ${Math.round(done.elapsedMs)} ms`);
    assert.ok(done.wasmMemoryBytes < 256 * 2 ** 20, `${done.wasmMemoryBytes} bytes`);
    const got = await report(page);
    assert.equal(got.dialect.format, 'xlsx');
    assert.deepEqual(got.rows, { read: 1_000_000, used: 1_000_000, skipped: 0 });
  } finally {
    await rm(path, { force: true });
  }
}));
