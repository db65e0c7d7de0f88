// Parsers for the engines that cannot run here: node-sql-parser's BigQuery
// and Snowflake grammars, dt-sql-parser's Spark SQL.
import { register } from 'node:module';

register('./esm-extensionless.mjs', import.meta.url);
const { SparkSQL } = await import('dt-sql-parser');
const { Parser } = (await import('node-sql-parser')).default;

const sqlParser = new Parser();
const spark = new SparkSQL();

// The parse errors of a query in its engine's dialect ([] when it parses).
export function parseErrors(engine, sql) {
  if (engine === 'spark') return spark.validate(sql).map((e) => `line ${e.startLine}: ${e.message}`);
  if (engine !== 'bigquery' && engine !== 'snowflake') throw new Error(`no parser for ${engine}`);
  try {
    sqlParser.astify(sql, { database: engine });
    return [];
  } catch (error) {
    return [error.message.slice(0, 300)];
  }
}
