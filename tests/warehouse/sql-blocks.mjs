// The tagged SQL of docs/at-scale.md: the queries Polso relies on, read from
// the Markdown itself (never a copy), with the source tables they read.
//   <!-- polso-source dataset=orders table=orders columns="order_id:order:text …" -->
//   <!-- polso-sql engine=duckdb dataset=orders-counts period=month -->
//   ```sql
//   SELECT …
//   ```
import { readFileSync } from 'node:fs';

export const docPath = new URL('../../docs/at-scale.md', import.meta.url);
export const engines = ['duckdb', 'postgres', 'bigquery', 'snowflake', 'spark'];
export const runnableEngines = ['duckdb', 'postgres'];
export const periods = ['day', 'week', 'month', 'quarter', 'year'];
export const columnTypes = ['text', 'integer', 'numeric', 'timestamp', 'boolean'];

// key=value and key="value with spaces" pairs of a tag line.
function attributes(text) {
  const out = {};
  for (const m of text.matchAll(/([a-z_]+)=(?:"([^"]*)"|(\S+))/g)) out[m[1]] = m[2] ?? m[3];
  return out;
}

function fail(line, message) {
  throw new Error(`docs/at-scale.md line ${line}: ${message}`);
}

function parseSource(attrs, line) {
  for (const key of ['dataset', 'table', 'columns']) if (!attrs[key]) fail(line, `polso-source without ${key}`);
  const columns = attrs.columns.trim().split(/\s+/).map((spec) => {
    const [name, role, type, ...rest] = spec.split(':');
    if (!name || !role || !type || rest.length) fail(line, `column "${spec}" is not name:role:type`);
    if (!columnTypes.includes(type)) fail(line, `column "${name}" has the unknown type ${type}`);
    return { name, role, type };
  });
  return { dataset: attrs.dataset, table: attrs.table, columns, line };
}

// Every tagged block and source of the Markdown text, in order. Each block
// carries the source declared last before it (its section's table).
export function parseDoc(markdown) {
  const lines = markdown.split('\n');
  const sources = [];
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const tag = lines[i].match(/^<!--\s*polso-(sql|source)\s+(.*?)\s*-->\s*$/);
    if (!tag) continue;
    const attrs = attributes(tag[2]);
    if (tag[1] === 'source') {
      sources.push(parseSource(attrs, i + 1));
      continue;
    }
    if (!engines.includes(attrs.engine)) fail(i + 1, `unknown engine "${attrs.engine}"`);
    if (!attrs.dataset) fail(i + 1, 'polso-sql without dataset');
    const period = attrs.period ?? 'month';
    if (!periods.includes(period)) fail(i + 1, `unknown period "${period}"`);
    let j = i + 1;
    while (j < lines.length && lines[j].trim() === '') j++;
    if (lines[j]?.trim() !== '```sql') fail(i + 1, 'the tag is not followed by a ```sql block');
    const end = lines.findIndex((l, k) => k > j && l.trim() === '```');
    if (end < 0) fail(j + 1, 'the sql block is not closed');
    const sql = lines.slice(j + 1, end).join('\n').trim().replace(/;\s*$/, '');
    const source = sources.at(-1);
    if (!source) fail(i + 1, 'a polso-sql block before any polso-source');
    blocks.push({ engine: attrs.engine, dataset: attrs.dataset, period, sql, source, line: j + 2 });
    i = end;
  }
  return { sources, blocks };
}

export function readDoc(path = docPath) {
  return parseDoc(readFileSync(path, 'utf8'));
}

// A block's name in test titles: "duckdb survey-counts by week (line 97)".
export function blockName(b) {
  return `${b.engine} ${b.dataset} by ${b.period} (line ${b.line})`;
}
