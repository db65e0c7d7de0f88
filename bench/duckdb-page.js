// DuckDB-Wasm in the bench page, bundled with its apache-arrow dependency by
// bench/run.mjs (esbuild) into the run's snapshot, loaded by bench/page.js.
// Everything comes from node_modules on the bench's own server: no CDN.
// The 'eh' bundle (wasm exceptions) when the browser has them, else 'mvp';
// both are single-threaded (the 'coi' bundle's threads need a cross-origin
// isolated page, which Polso's page is not and need not be).
import * as duckdb from '@duckdb/duckdb-wasm';
import { SQL } from './duckdb-sql.js';

const DIST = '/node_modules/@duckdb/duckdb-wasm/dist/';
const BUNDLES = {
  mvp: { mainModule: `${DIST}duckdb-mvp.wasm`, mainWorker: `${DIST}duckdb-browser-mvp.worker.js` },
  eh: { mainModule: `${DIST}duckdb-eh.wasm`, mainWorker: `${DIST}duckdb-browser-eh.worker.js` },
};

// From "File in hand" to the report: a fresh worker and database every run
// (instantiation included, as for every browser peer); `readyMs` says how much
// of it was start-up (worker, wasm compile + instantiate, open).
export async function runDuckdbWasm(dataset, file) {
  const t0 = performance.now();
  const bundle = await duckdb.selectBundle(BUNDLES);
  const worker = new Worker(new URL(bundle.mainWorker, location.href));
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  try {
    await db.instantiate(new URL(bundle.mainModule, location.href).href);
    await db.open({});
    const name = `bench-${dataset}.csv`;
    await db.registerFileHandle(name, file, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true);
    const conn = await db.connect();
    const readyMs = performance.now() - t0;
    const { sql, report } = SQL[dataset];
    const table = await conn.query(sql(name));
    const rows = table.toArray().map((r) => r.toJSON());
    await conn.close();
    return { ms: performance.now() - t0, readyMs, bundle: bundle.mainModule.split('/').pop(), report: report(rows) };
  } finally {
    await db.terminate();
  }
}
