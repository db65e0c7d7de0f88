#!/usr/bin/env node
// DuckDB in node (@duckdb/node-api), one query on one CSV, in a fresh process
// per run: prints {ms, threads, report} as JSON. Timed from before the
// in-memory database is created to the rows in hand (node's start and the
// import of the addon are not timed; the native CLI's process start is).
// cpuMs: the process's user + system time over the same span (all threads).
// Usage: node bench/duckdb-peer.mjs survey|orders|conversations FILE THREADS
import { DuckDBInstance } from '@duckdb/node-api';
import { SQL } from './duckdb-sql.js';

const [dataset, file, threads = '1'] = process.argv.slice(2);
const { sql, report } = SQL[dataset];
const t0 = performance.now(), c0 = process.cpuUsage();
const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
const connection = await instance.connect();
const reader = await connection.runAndReadAll(sql(file));
const rows = reader.getRowObjectsJS();
const ms = performance.now() - t0;
const { user, system } = process.cpuUsage(c0);
process.stdout.write(`${JSON.stringify({ ms, cpuMs: (user + system) / 1000, threads: Number(threads), report: report(rows) })}\n`);
