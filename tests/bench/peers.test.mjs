// The bench's peers must count what Polso counts, or a benchmark compares
// unlike work. Small hand-made files whose figures were worked out by hand
// (in the comments): the JS counting that Papa Parse's rows go through
// (bench/nps.js, bench/datasets.js) and the DuckDB SQL (bench/duckdb-sql.js,
// run by bench/duckdb-peer.mjs in DuckDB for node) must both give them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { KITS, flatDifferences } from '../../bench/datasets.js';
import { createNps, comparable, differences } from '../../bench/nps.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'polso-bench-peers-'));
const write = (name, text) => { const p = join(dir, name); writeFileSync(p, text); return p; };
const duckdb = (dataset, file) => JSON.parse(execFileSync(process.execPath, [join(root, 'bench/duckdb-peer.mjs'), dataset, file, '1'], { encoding: 'utf8' })).report;

function countWithPapa(kit, text) {
  const rows = Papa.parse(text, { skipEmptyLines: true }).data;
  const index = kit.columns.map((c) => rows[0].indexOf(c));
  const counter = kit.create();
  for (const r of rows.slice(1)) counter.add(...index.map((i) => r[i]));
  return counter.result();
}

// Orders: O4 is cancelled (skipped); O3 is refunded whole; R1 refunds 4.50 of C1's.
// orders O1 O2 O3 O5 = 4, customers C1 C2 C4 = 3, refunds O3 R1 = 2,
// revenue 10 + 20.5 + 5 + 0 − 5 − 4.5 = 26, repeat: C1 of 3 = 33.33 %;
// 2025-01: C1 C2 active and new, O1 O3, 10 + 5 − 5 = 10;
// 2025-02: C1 C4 active, C4 new, O2 O5, 20.5 + 0 − 4.5 = 16.
const ORDERS = `order_id,customer_id,ordered_at,amount,status,channel
O1,C1,2025-01-05 10:00:00,10.00,paid,web
O2,C1,2025-02-07 11:00:00,20.50,paid,web
O3,C2,2025-01-20 09:00:00,5.00,refunded,app
O4,C3,2025-02-01 08:00:00,7.25,cancelled,web
R1,C1,2025-02-10 12:00:00,-4.50,refunded,web
O5,C4,2025-02-15 13:00:00,0.00,paid,store
`;
const ORDERS_FIGURES = {
  customers: 3, orders: 4, refunds: 2, revenue: 26, repeat_purchase_rate: 100 / 3,
  '2025-01 active': 2, '2025-01 new': 2, '2025-01 orders': 2, '2025-01 revenue': 10,
  '2025-02 active': 2, '2025-02 new': 1, '2025-02 orders': 2, '2025-02 revenue': 16,
};

// Conversations: T5's reply is before its creation, T6 has none: both skipped.
// 4 used; answered T1 (100 s) T2 (300 s) T4 (4 s); resolved T1 T4; mean 404/3,
// median 100; CSAT 5 and 2 → 50 %, n 2; 2 a month; Email 2, (blank) 1, Live chat 1.
const CONVERSATIONS = `conversation_id,channel,agent,created_at,first_response_at,resolved_at,csat,self_service,contacts,reopened
T1,Email,Anna,2025-01-10 10:00:00,2025-01-10 10:01:40,2025-01-10 12:00:00,5,false,1,false
T2,Email,Marco,2025-01-11 09:00:00,2025-01-11 09:05:00,,,false,,
T3,,Anna,2025-02-01 08:00:00,,,,false,,
T4,Live chat,,2025-02-02 08:00:00,2025-02-02 08:00:04,2025-02-02 08:03:00,2,true,1,false
T5,Email,Anna,2025-02-03 08:00:00,2025-02-03 07:00:00,,,false,,
T6,Email,Anna,,2025-02-03 07:00:00,,,false,,
`;
const CONVERSATIONS_FIGURES = {
  conversations: 4, answered: 3, resolved: 2, first_response_mean: 404 / 3, first_response_median: 100,
  csat: 50, csat_n: 2, '2025-01 conversations': 2, '2025-02 conversations': 2,
  'channel Email': 2, 'channel (blank)': 1, 'channel Live chat': 1,
};

for (const [dataset, text, figures] of [['orders', ORDERS, ORDERS_FIGURES], ['conversations', CONVERSATIONS, CONVERSATIONS_FIGURES]]) {
  const kit = KITS[dataset];
  test(`${dataset}: Papa Parse + bench/datasets.js count the figures worked out by hand`, () => {
    assert.deepEqual(flatDifferences(kit, countWithPapa(kit, text), figures, 'js', 'by hand'), []);
  });
  test(`${dataset}: DuckDB's SQL gives the same figures`, () => {
    assert.deepEqual(flatDifferences(kit, duckdb(dataset, write(`${dataset}.csv`, text)), figures, 'duckdb', 'by hand'), []);
  });
}

test('flatDifferences: a missing figure, an extra one and a difference past the tolerance are reported', () => {
  const kit = KITS.orders;
  assert.deepEqual(flatDifferences(kit, { orders: 4, revenue: 26.0004 }, { orders: 4, revenue: 26 }), []);
  assert.equal(flatDifferences(kit, { orders: 4, revenue: 26.01 }, { orders: 4, revenue: 26 }).length, 1);
  assert.equal(flatDifferences(kit, { orders: 4 }, { orders: 4, customers: 3 }).length, 1);
  assert.equal(flatDifferences(kit, { orders: 5, x: 1 }, { orders: 4 }).length, 2);
  // The median of a sketch: within 0.5 %, not more.
  const c = KITS.conversations;
  assert.deepEqual(flatDifferences(c, { first_response_median: 100.4 }, { first_response_median: 100 }), []);
  assert.equal(flatDifferences(c, { first_response_median: 101 }, { first_response_median: 100 }).length, 1);
});

// Survey: the blank score is skipped; n 4, promoters 10 and 9, detractor 6 → NPS 25;
// 2024-01: 10, 6 → 0; 2024-02: 9, 7 → 50; web: 10, 9 → 100; app: 6, 7 → −50.
test('survey: bench/nps.js and the DuckDB query give the NPS worked out by hand', () => {
  const text = `submitted_at,channel,how_likely_to_recommend,comment
2024-01-05 10:00:00,web,10,"great, thanks"
2024-01-06 11:00:00,app,6,""
2024-02-01 12:00:00,web,9,"ok"
2024-02-03 12:00:00,web,,"no score"
2024-02-04 12:00:00,app,7,""
`;
  const expected = { value: 25, n: 4,
    periods: [{ period: '2024-01', value: 0, n: 2 }, { period: '2024-02', value: 50, n: 2 }],
    segments: [{ segment: 'app', value: -50, n: 2 }, { segment: 'web', value: 100, n: 2 }] };
  const nps = createNps();
  for (const r of Papa.parse(text, { skipEmptyLines: true }).data.slice(1)) nps.add(r[0], r[1], r[2]);
  assert.deepEqual(differences(comparable(nps.result()), expected, 'nps.js', 'by hand'), []);
  assert.deepEqual(differences(comparable(duckdb('survey', write('survey.csv', text))), expected, 'duckdb', 'by hand'), []);
});
