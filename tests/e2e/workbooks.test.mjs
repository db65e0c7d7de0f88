// Workbooks through the page's real upload path: an .xlsx of orders and an
// .ods of survey answers are read in the worker (DecompressionStream inflates
// them), give the CLI's report for the same file, and the sheet dropdown lists
// every sheet (hidden ones marked) and re-runs on the one chosen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { withSession, openApp, root, inAnalysis as el, uploadFile as upload, chooseOption as choose } from './helpers.mjs';

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
