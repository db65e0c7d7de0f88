#!/usr/bin/env node
// DuckDB in node (@duckdb/node-api), one query on one CSV, in a fresh process
// per run: prints {ms, threads, report} as JSON. Timed from before the
// in-memory database is created to the rows in hand (node's start and the
// import of the addon are not timed; the native CLI's process start is).
// Usage: node bench/duckdb-peer.mjs survey|orders|conversations FILE THREADS
import { DuckDBInstance } from '@duckdb/node-api';
import { SQL } from './duckdb-sql.js';

const [dataset, file, threads = '1'] = process.argv.slice(2);
const { sql, report } = SQL[dataset];
const t0 = performance.now();
const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
const connection = await instance.connect();
const reader = await connection.runAndReadAll(sql(file));
const rows = reader.getRowObjectsJS();
const ms = performance.now() - t0;
process.stdout.write(`${JSON.stringify({ ms, threads: Number(threads), report: report(rows) })}\n`);
