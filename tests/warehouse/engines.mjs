// The engines that run the doc's SQL for real: DuckDB (from npm, in memory)
// and PostgreSQL (Debian's server, a throw-away cluster in a temp dir on a
// free loopback port, stopped and deleted on close). Both do the same thing:
//   const engine = await openEngine('duckdb');
//   const csv = await engine.run(source, rawCsvPath, sql);  // the result as CSV with a header
//   await engine.close();
// `source` is a polso-source of sql-blocks.mjs: the table is created with
// its declared types, in the raw CSV's column order, and loaded from the CSV.
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The declared types in each engine. DuckDB's NUMERIC would be DECIMAL(18,3),
// rounding amounts: DOUBLE keeps what Polso itself reads (a double).
const types = {
  duckdb: { text: 'VARCHAR', integer: 'INTEGER', numeric: 'DOUBLE', timestamp: 'TIMESTAMP', boolean: 'BOOLEAN' },
  postgres: { text: 'text', integer: 'integer', numeric: 'numeric', timestamp: 'timestamp', boolean: 'boolean' },
};

const quote = (name) => `"${name.replaceAll('"', '""')}"`;
const literal = (text) => `'${text.replaceAll("'", "''")}'`;

// The raw CSV's header must name exactly the source's columns (any order).
function tableColumns(source, csvPath) {
  const line = readFileSync(csvPath, 'utf8').split('\n', 1)[0].replace(/\r$/, '');
  const header = [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => m[1].replace(/^"([\s\S]*)"$/, (_, q) => q.replaceAll('""', '"')));
  const declared = new Map(source.columns.map((c) => [c.name, c]));
  if (header.length !== declared.size || header.some((h) => !declared.has(h)))
    throw new Error(`the raw CSV's header (${header.join(',')}) is not the columns of table ${source.table} (${[...declared.keys()].join(',')})`);
  return header.map((h) => declared.get(h));
}

function createTable(engine, source, csvPath) {
  const columns = tableColumns(source, csvPath).map((c) => `${quote(c.name)} ${types[engine][c.type]}`);
  return `DROP TABLE IF EXISTS ${quote(source.table)}; CREATE TABLE ${quote(source.table)} (${columns.join(', ')});`;
}

async function openDuckDB() {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const dir = mkdtempSync(join(tmpdir(), 'polso-duckdb-'));
  return {
    name: 'duckdb',
    async run(source, csvPath, sql) {
      await connection.run(createTable('duckdb', source, csvPath));
      await connection.run(`COPY ${quote(source.table)} FROM ${literal(csvPath)} (FORMAT csv, HEADER)`);
      const out = join(dir, 'result.csv');
      await connection.run(`COPY (${sql}\n) TO ${literal(out)} (FORMAT csv, HEADER)`);
      return readFileSync(out, 'utf8');
    },
    async close() {
      connection.closeSync();
      instance.closeSync();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const pgBin = ['/usr/lib/postgresql/17/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/15/bin'].find((d) =>
  existsSync(join(d, 'pg_ctl')));

// PostgreSQL refuses to run as root: the server runs as `postgres` then.
const asRoot = process.getuid?.() === 0;
function server(command, args) {
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(pgBin, command), ...args]] : [join(pgBin, command), args];
  const r = spawnSync(cmd, argv, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${command} failed (${r.status}): ${r.stderr || r.stdout}`);
  return r.stdout;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function openPostgres() {
  if (!pgBin) throw new Error('PostgreSQL server binaries not found (scripts/setup installs the postgresql package)');
  const dir = mkdtempSync(join(tmpdir(), 'polso-pg-'));
  if (asRoot) {
    const id = (flag) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout);
    chownSync(dir, id('-u'), id('-g'));
  }
  const data = join(dir, 'data');
  const port = await freePort();
  try {
    server('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    // Loopback only, sockets in the temp dir, no fsync: a scratch server.
    server('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '60', 'start',
      '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -F`]);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const psql = (script) => {
    const r = spawnSync(join(pgBin, 'psql'),
      ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', 'postgres'],
      { input: script, encoding: 'utf8', maxBuffer: 1 << 30 });
    if (r.status !== 0) throw new Error(`psql failed (${r.status}): ${r.stderr}`);
    return r.stdout;
  };
  return {
    name: 'postgres',
    async run(source, csvPath, sql) {
      // \copy reads the file in this (client) process, whoever owns it.
      return psql(`${createTable('postgres', source, csvPath)}
\\copy ${quote(source.table)} FROM ${literal(csvPath)} WITH (FORMAT csv, HEADER)
COPY (${sql}
) TO STDOUT WITH (FORMAT csv, HEADER);
`);
    },
    async close() {
      try {
        server('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

export async function openEngine(name) {
  if (name === 'duckdb') return openDuckDB();
  if (name === 'postgres') return openPostgres();
  throw new Error(`engine ${name} cannot run here`);
}
