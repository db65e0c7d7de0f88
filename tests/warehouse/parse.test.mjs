// The queries of docs/at-scale.md that cannot run here — BigQuery, Snowflake,
// Spark SQL — parse in a parser of their dialect (node-sql-parser for the
// first two, dt-sql-parser's SparkSQL for Spark), for every dataset; and a
// deliberately broken copy of each does not, so this check can fail.
// Also: every dataset has a query for every engine, and the same periods in each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blockName, engines, readDoc, runnableEngines } from './sql-blocks.mjs';
import { parseErrors } from './parsers.mjs';

// A typo a parser must catch: FROM misspelt.
const broken = (sql) => sql.replace(/\bFROM\b/i, 'FORM');

const { blocks } = readDoc();
const parsedOnly = blocks.filter((b) => !runnableEngines.includes(b.engine));

test('the doc has parse-only queries to check', () => {
  assert.ok(parsedOnly.length >= 9, `only ${parsedOnly.length} BigQuery/Snowflake/Spark queries found`);
});

for (const b of parsedOnly) {
  test(`${blockName(b)} parses`, () => {
    assert.deepEqual(parseErrors(b.engine, b.sql), []);
    assert.notEqual(broken(b.sql), b.sql, 'the query has no FROM');
    assert.ok(parseErrors(b.engine, broken(b.sql)).length > 0, 'a copy with FROM misspelt also parses: the check cannot fail');
  });
}

test('every dataset has a query for every engine, with the same periods in each', () => {
  const datasets = [...new Set(blocks.map((b) => b.dataset))];
  assert.ok(datasets.includes('survey-counts'));
  for (const dataset of datasets) {
    const periodsOf = (engine) =>
      blocks.filter((b) => b.dataset === dataset && b.engine === engine).map((b) => b.period).sort().join(' ');
    for (const engine of engines) {
      assert.notEqual(periodsOf(engine), '', `${dataset} has no ${engine} query`);
      assert.equal(periodsOf(engine), periodsOf('duckdb'), `${dataset}: ${engine}'s periods are not DuckDB's`);
    }
    if (dataset.endsWith('-counts'))
      for (const p of ['month', 'week', 'quarter'])
        assert.ok(periodsOf('duckdb').split(' ').includes(p), `${dataset} has no query by ${p}`);
  }
});
