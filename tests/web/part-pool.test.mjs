// The part workers' pool (analysis-parts.js) with stand-in workers: jobs run
// on idle workers in turn, and a worker that stops answering (the browser
// killed it without an error event) fails its job and is replaced, so the
// read falls back to a sequence instead of hanging until Cancel.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { workerPool } from '../../web/app/analysis/reading/analysis-parts.js';

// A stand-in worker: answers each job after `delayMs` with {ok, id}, or never when mute.
function fakeWorker({ mute = false, delayMs = 1 } = {}) {
  const w = {
    jobs: [], terminated: false, onmessage: null, onerror: null,
    postMessage(job) {
      if (job.type === 'cancel') return;
      w.jobs.push(job);
      if (!mute) setTimeout(() => w.onmessage?.({ data: { type: 'result', ok: true, id: job.id } }), delayMs);
    },
    terminate() { w.terminated = true; },
  };
  return w;
}

test('jobs run on the idle workers and every result comes back to its job', async () => {
  const workers = [];
  const pool = workerPool(2, () => { const w = fakeWorker(); workers.push(w); return w; });
  const results = await Promise.all([1, 2, 3, 4, 5].map((id) => pool.run({ id }, () => {})));
  assert.deepEqual(results.map((r) => r.id), [1, 2, 3, 4, 5]);
  assert.equal(workers.length, 2);
  assert.equal(workers[0].jobs.length + workers[1].jobs.length, 5);
  assert.equal(pool.size(), 2);
});

test('a mute worker fails its job after the silence and is replaced; the pool goes on', async () => {
  const started = [];
  const pool = workerPool(1, () => {
    const w = fakeWorker({ mute: started.length === 0 });
    started.push(w);
    return w;
  }, { silentMs: 30 });
  const r = await pool.run({ id: 1 }, () => {});
  assert.equal(r.ok, false);
  assert.match(r.error, /stopped answering/);
  assert.equal(started[0].terminated, true);
  assert.equal(started.length, 2, 'a fresh worker took its place');
  assert.equal(pool.size(), 1);
  const again = await pool.run({ id: 2 }, () => {});
  assert.deepEqual([again.ok, again.id], [true, 2]);
});

test('progress keeps a slow worker alive', async () => {
  const w = fakeWorker({ mute: true });
  const pool = workerPool(1, () => w, { silentMs: 40 });
  const seen = [];
  const run = pool.run({ id: 7 }, (p) => seen.push(p.bytes));
  for (let i = 1; i <= 4; i++) {
    await new Promise((ok) => setTimeout(ok, 20));
    w.onmessage({ data: { type: 'progress', bytes: i } });
  }
  w.onmessage({ data: { type: 'result', ok: true, id: 7 } });
  const r = await run;
  assert.equal(r.ok, true);
  assert.deepEqual(seen, [1, 2, 3, 4]);
  assert.equal(w.terminated, false);
});

test('cancel drops the queued jobs as failures', async () => {
  const pool = workerPool(1, () => fakeWorker({ delayMs: 20 }));
  const first = pool.run({ id: 1 }, () => {});
  const queued = pool.run({ id: 2 }, () => {});
  pool.cancel();
  assert.deepEqual(await queued, { type: 'result', ok: false, cancelled: true });
  assert.equal((await first).id, 1);
});
