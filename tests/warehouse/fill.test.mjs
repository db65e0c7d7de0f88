// The page shows the doc's SQL with the user's own column and table names
// (web/app/analysis/warehouse-sql.js). Here each DuckDB and PostgreSQL query of every
// dataset is filled with awkward names — spaces, capitals, quotes, a keyword —
// run on a table that has those names, and must give the same CSV as the
// query as written on the doc's own table; the parse-only engines' filled
// queries must still parse. With the doc's own names the SQL is the doc's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fillSql, quoteName } from '../../web/app/analysis/warehouse-sql.js';
import { blockName, readDoc, runnableEngines } from './sql-blocks.mjs';
import { openEngine } from './engines.mjs';
import { scratchDir, toCsv } from './raw-csv.mjs';
import { parseErrors } from './parsers.mjs';

const { blocks } = readDoc();

// Awkward names, one per column, by position: what real headers look like.
const words = ['How likely to recommend?', 'Date', 'Canale "web"', 'select', 'Total (EUR)', 'user', 'Stato', 'e-mail'];
const awkward = (k) => words[k % words.length] + (k < words.length ? '' : ` ${Math.floor(k / words.length) + 1}`);

// A few rows of each column type, enough for every query to return rows.
function sample(type, i) {
  if (type === 'integer') return [9, 10, 3, null, 7][i % 5];
  if (type === 'numeric') return [12.5, -3, 40, 0, 7.25][i % 5];
  if (type === 'timestamp') return ['2024-12-30 08:00:00', '2024-03-31 10:00:00', '2024-04-01 00:00:00', '2021-01-03 23:00:00', null][i % 5];
  if (type === 'boolean') return [true, false, null][i % 3];
  return ['web', 'app', null, 'x y', 'paid'][i % 5];
}

test('the doc\'s own names give the doc\'s own SQL', () => {
  for (const b of blocks) {
    const own = Object.fromEntries(b.source.columns.map((c) => [c.role, c.name]));
    assert.equal(fillSql(b, own, b.source.table), b.sql, blockName(b));
  }
});

test('names are quoted for each engine', () => {
  assert.equal(quoteName('duckdb', 'score'), 'score');
  assert.equal(quoteName('duckdb', 'How likely?'), '"How likely?"');
  assert.equal(quoteName('postgres', 'Date'), '"Date"');
  assert.equal(quoteName('snowflake', 'Score'), 'Score');
  assert.equal(quoteName('snowflake', 'say "hi"'), '"say ""hi"""');
  assert.equal(quoteName('bigquery', 'a`b'), '`a\\`b`');
  assert.equal(quoteName('spark', 'a`b'), '`a``b`');
  assert.equal(quoteName('spark', 'date'), '`date`');
});

test('the parse-only engines\' queries filled with other names still parse', () => {
  for (const b of blocks.filter((x) => !runnableEngines.includes(x.engine))) {
    const names = Object.fromEntries(b.source.columns.map((c, k) => [c.role, awkward(k)]));
    const sql = fillSql(b, names);
    assert.notEqual(sql, b.sql, blockName(b));
    assert.deepEqual(parseErrors(b.engine, sql), [], `${blockName(b)}:\n${sql}`);
  }
});

for (const engine of runnableEngines) {
  test(`${engine}: every query filled with other names gives the same result`, async () => {
    const dir = scratchDir();
    const db = await openEngine(engine);
    try {
      for (const b of blocks.filter((x) => x.engine === engine)) {
        const cols = b.source.columns;
        const records = Array.from({ length: 40 }, (_, i) => Object.fromEntries(cols.map((c, k) => [c.name, sample(c.type, i + k)])));
        const own = join(dir, 'own.csv');
        writeFileSync(own, toCsv(cols.map((c) => c.name), records));
        const expected = await db.run(b.source, own, b.sql);
        // The same table under the user's names: a renamed source.
        const theirs = { ...b.source, table: 'Their Table', columns: cols.map((c, k) => ({ ...c, name: awkward(k) })) };
        const renamed = join(dir, 'theirs.csv');
        writeFileSync(renamed, readFileSync(own, 'utf8').replace(/^[^\n]*/, toCsv(theirs.columns.map((c) => c.name), []).trimEnd()));
        const names = Object.fromEntries(theirs.columns.map((c) => [c.role, c.name]));
        const sql = fillSql(b, names, '"Their Table"');
        for (const c of theirs.columns) assert.ok(sql.includes(quoteName(engine, c.name)) || !b.sql.includes(cols.find((x) => x.role === c.role).name), `${blockName(b)}: ${c.name} missing`);
        assert.equal(await db.run(theirs, renamed, sql), expected, blockName(b));
      }
    } finally {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
