// "My data is in a warehouse" in Analyse a file: the panel shows the query of
// docs/at-scale.md (the doc's own block, read here from the Markdown) for the
// engine picked, with the columns Polso chose from the dropped file in place
// of the doc's names. The DuckDB query shown is then run for real on the
// dropped file, and its counts give the page's own NPS. A file over the size
// limit opens the panel by itself; the words come in Italian too; no request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { withSession, openApp, root, inAnalysis as el, uploadFile as upload } from './helpers.mjs';
import { readDoc } from '../warehouse/sql-blocks.mjs';
import { fillSql } from '../../web/app/analysis/warehouse-sql.js';
import { surveyRecords } from '../../scripts/gen-survey.mjs';

const { blocks } = readDoc();
const docBlock = (engine, period = 'month') => blocks.find((b) => b.dataset === 'survey-counts' && b.engine === engine && b.period === period);
const ENGINES = ['duckdb', 'postgres', 'bigquery', 'snowflake', 'spark'];

// A survey export with the doc's names for its columns, or with a real export's.
function surveyCsv(header, n = 400) {
  const gen = surveyRecords(11);
  const lines = [header.join(',')];
  for (let i = 0; i < n; i++) {
    const r = gen.next().value;
    lines.push([r.submitted_at, r.score, r.channel].join(','));
  }
  return `${lines.join('\n')}\n`;
}

const shownSql = (page) => el(page, '#wh-sql').textContent();

test('the panel shows the doc\'s query for each engine, with the file\'s columns; DuckDB\'s, run on the file, gives the page\'s NPS', () => withSession(async ({ browser, origin }) => {
  const dir = await mkdtemp(join(tmpdir(), 'polso-wh-'));
  try {
    const app = await openApp(browser, origin, 'index.html#view=file&l=en');
    const { page } = app;
    // The doc's own names: the SQL shown is the doc's, character for character.
    const plain = join(dir, 'answers.csv');
    await writeFile(plain, surveyCsv(['submitted_at', 'score', 'channel']));
    await upload(page, plain);
    assert.equal(await el(page, '#warehouse').count(), 0, 'closed until asked');
    await el(page, '#warehouse-open').click();
    assert.equal(await el(page, '#warehouse-open').getAttribute('aria-expanded'), 'true');
    for (const engine of ENGINES) {
      await el(page, '#wh-engine').selectOption(engine);
      assert.equal(await shownSql(page), docBlock(engine).sql, engine);
    }
    await el(page, '#wh-period').selectOption('week');
    assert.equal(await shownSql(page), docBlock('spark', 'week').sql);

    // A real export's names: quoted where the engine needs it.
    const named = join(dir, 'nps export.csv');
    await writeFile(named, surveyCsv(['Submitted at', 'How likely are you to recommend us?', 'Canale']));
    await upload(page, named);
    const report = await page.evaluate(() => document.querySelector('polso-analysis').report);
    assert.deepEqual([report.columns.score, report.columns.date, report.columns.segment],
      ['How likely are you to recommend us?', 'Submitted at', 'Canale']);
    await el(page, '#wh-engine').selectOption('duckdb');
    await el(page, '#wh-period').selectOption('month');
    const sql = await shownSql(page);
    assert.ok(sql.includes('"How likely are you to recommend us?"') && sql.includes('"Submitted at"') && sql.includes('Canale'), sql);
    assert.equal(sql, fillSql(docBlock('duckdb'), report.columns));
    assert.match(await el(page, '#wh-names').innerText(), /Score → .How likely are you to recommend us\?/);
    // The table's name, as typed.
    await el(page, '#wh-table').fill('main.nps');
    await el(page, '#wh-table').press('Enter');
    await el(page, '#wh-table').blur();
    assert.match(await shownSql(page), /FROM main\.nps\n/);
    await el(page, '#wh-table').fill('answers');
    await el(page, '#wh-table').blur();

    // Run what is shown on the dropped file, for real: the counts give the same NPS.
    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    const counts = join(dir, 'counts.csv');
    await db.run(`CREATE TABLE answers AS SELECT * FROM read_csv('${named}', header = true)`);
    await db.run(`COPY (${await shownSql(page)}) TO '${counts}' (HEADER)`);
    db.closeSync();
    instance.closeSync();
    const { stdout } = await promisify(execFile)(`${root}build/bin/polso`, ['analyze', counts, '--dataset', 'survey-counts', '--metric', 'nps']);
    const fromCounts = JSON.parse(stdout);
    assert.equal(fromCounts.n, report.n);
    assert.ok(Math.abs(fromCounts.value - report.value) < 1e-9, `${fromCounts.value} vs ${report.value}`);

    // Another dataset's queries: its source names stay, and the panel says which it could not fill.
    const orders = blocks.find((b) => b.dataset === 'orders-counts' && b.engine === 'duckdb' && b.period === 'month');
    if (orders) {
      await el(page, '#wh-dataset').selectOption('orders');
      assert.equal(await shownSql(page), orders.sql);
      assert.match(await el(page, '#wh-missing').innerText(), /customer_id/);
      await el(page, '#wh-dataset').selectOption('survey');
    }

    // Copy: the clipboard gets the query shown.
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await el(page, '#wh-copy').click();
    await page.waitForFunction(() => document.querySelector('polso-analysis').shadowRoot.querySelector('#warehouse .action-status')?.textContent);
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await shownSql(page));
    app.checkRequests(assert);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}));

test('a file over the size limit opens the panel by itself, in Italian too', () => withSession(async ({ browser, origin }) => {
  const dir = await mkdtemp(join(tmpdir(), 'polso-wh-'));
  try {
    const app = await openApp(browser, origin, 'index.html#view=file&l=it', { locale: 'it-IT' });
    const { page } = app;
    // The limit is about 2 GB; lowered here so a small file stands for a big one.
    await page.evaluate(() => { document.querySelector('polso-analysis').warehouseBytes = 1000; });
    const file = join(dir, 'risposte.csv');
    await writeFile(file, surveyCsv(['submitted_at', 'score', 'channel']));
    await upload(page, file);
    assert.equal(await el(page, '#warehouse').count(), 1);
    assert.match(await el(page, '#wh-big').innerText(), /^Questo file pesa .* KB\./);
    assert.equal(await el(page, '#warehouse-open').innerText(), 'Nascondi i passi per il data warehouse');
    assert.equal(await el(page, '#wh-sql').textContent(), docBlock('duckdb').sql);
    app.checkRequests(assert);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}));
