// Support conversations at warehouse scale, for real: generated tickets → the
// raw file's report, and the same tickets loaded into DuckDB and PostgreSQL →
// the doc's conversations-counts query, run as written → its CSV → the counts
// report. The two reports must be the same, by month, ISO week and quarter:
// counts exactly, rates and mean times to 1e-9, medians and p90 within the
// error the doc states (the buckets' 1/21, compounded with the raw report's
// own sketch error when it estimates them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { conversationRecords } from '../../scripts/gen-conversations.mjs';
import { blockName, readDoc, runnableEngines } from './sql-blocks.mjs';
import { openEngine } from './engines.mjs';
import { analyze, columnArgs } from './polso.mjs';
import { parseCsv, scratchDir, writeRawCsv } from './raw-csv.mjs';
import { assertSameReport } from './same-report.mjs';
import { periodKey } from './period-key.mjs';

const { blocks } = readDoc();
const conversationBlocks = blocks.filter((b) => b.dataset === 'conversations-counts');
const source = conversationBlocks[0]?.source;

// The generator's tickets (its own export defects included), and rows the
// query must treat as Polso does: no creation time, a reply or resolution
// before the creation, a blank channel and one with spaces, CSAT 0 and 5,
// a blank or 0 contact count, reopened after one contact, durations on a
// bucket edge and past the last one, fractions of a second, a date without a
// time, the days where ISO weeks, years and quarters part.
function tickets(n) {
  const out = [];
  const gen = conversationRecords({ seed: 12 });
  for (let i = 0; i < n; i++) out.push(gen.next().value);
  const row = (created_at, first_response_at, resolved_at, more = {}) =>
    out.push({ conversation_id: `X${out.length}`, channel: 'Email', agent: 'Anna', created_at, first_response_at,
      resolved_at, csat: '', self_service: 'false', contacts: '1', reopened: 'false', ...more });
  row('', '2025-01-10 10:00:00', '2025-01-10 11:00:00');
  row('2025-01-10 10:00:00', '2025-01-10 09:00:00', '');
  row('2025-01-10 10:00:00', '2025-01-10 10:05:00', '2025-01-10 09:59:59');
  row('2025-01-11 10:00:00', '2025-01-11 10:05:00', '2025-01-11 12:00:00', { channel: '' });
  row('2025-01-11 10:00:00', '2025-01-11 10:00:30', '', { channel: '  Live chat ' });
  row('2025-01-12 10:00:00', '2025-01-12 10:05:00', '2025-01-12 12:00:00', { csat: '0' });
  row('2025-01-12 10:00:00', '2025-01-12 10:05:00', '2025-01-12 12:00:00', { csat: '5', contacts: '' });
  row('2025-01-12 10:00:00', '2025-01-12 10:05:00', '2025-01-12 12:00:00', { contacts: '0', reopened: '' });
  row('2025-01-12 10:00:00', '2025-01-12 10:05:00', '2025-01-12 12:00:00', { reopened: 'true' });
  row('2025-01-12 10:00:00', '', '', { self_service: '' });
  row('2025-01-13 10:00:00', '2025-01-13 10:05:00', '2025-01-13 12:00:00');               // 300 s and 7200 s: edges
  row('2025-01-13 10:00:00', '2025-01-13 10:00:00', '2026-02-20 10:00:00');               // 0 s; over a year
  row('2025-01-13 10:00:00.750', '2025-01-13 10:00:01.100', '2025-01-13 10:20:00.999');   // fractions dropped
  row('2025-02-14', '2025-02-14 00:01:00', '');                                           // a date without a time
  row('2024-12-30 08:00:00', '2024-12-30 08:10:00', '', { channel: 'WhatsApp' });         // ISO 2025-W01
  row('2027-01-01 09:00:00', '2027-01-01 09:01:00', '', { channel: 'WhatsApp' });         // ISO 2026-W53
  row('2025-03-31 23:59:59', '2025-04-01 00:00:30', '2025-04-01 01:00:00');               // the last second of Q1
  row('2025-04-01 00:00:00', '2025-04-01 00:03:00', '2025-04-01 00:30:00');
  return out;
}

// Tickets per period and channel, worked out here without Polso or SQL: the
// rows with a creation time and no reply or resolution before it (times as
// written compare as text), the channel trimmed, blank as "(blank)".
function expectedTickets(records, period) {
  const counts = new Map();
  for (const r of records) {
    if (!r.created_at) continue;
    if ((r.first_response_at && r.first_response_at < r.created_at) || (r.resolved_at && r.resolved_at < r.created_at)) continue;
    const key = `${periodKey(r.created_at, period)} ${r.channel.trim() || '(blank)'}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

// Everything the report says about the tickets that a counts file can know:
// not how the file was read, nor the per-agent table (raw rows only), nor how
// the quantiles were worked out (a sketch of the raw durations, buckets of
// the counts) — that part gives the medians' tolerance instead.
// Nor how many CSAT answers were words ("satisfied"): null from counts, whose
// query reads the integer scores.
const compared = ['summary', 'volume', 'channels', 'targets', 'outlier_rule'];
const figures = (report) => ({
  ...report,
  summary: { ...report.summary, csat: report.summary.csat && { ...report.summary.csat, words: null } },
});
const quantile = /\.(median|p90)$/;

for (const engine of runnableEngines) {
  test(`conversations: the raw file and ${engine}'s counts give the same report`, async (t) => {
    const dir = scratchDir();
    const db = await openEngine(engine);
    try {
      const records = tickets(4000);
      const raw = writeRawCsv(dir, source, records);
      const mine = conversationBlocks.filter((b) => b.engine === engine);
      assert.deepEqual(mine.map((b) => b.period).sort(), ['month', 'quarter', 'week'], `${engine}'s conversations-counts queries`);
      for (const b of mine) {
        await t.test(blockName(b), async () => {
          const period = ['--period', b.period];
          const expected = figures(analyze(raw, 'conversations', [...period, ...columnArgs(source)]));
          const csv = await db.run(source, raw, b.sql);
          const opened = parseCsv(csv).filter((r) => r.measure === 'conversations');
          const got = new Map(opened.map((r) => [`${r.period} ${r.channel}`, Number(r.count)]));
          assert.deepEqual(got, expectedTickets(records, b.period), 'the query\'s tickets per period and channel');
          const counts = join(dir, `counts-${engine}-${b.period}.csv`);
          writeFileSync(counts, csv);
          const actual = figures(analyze(counts, 'auto', period));
          assert.equal(actual.dataset, 'conversations-counts', 'auto-detected');
          // The doc's 1/21 is the buckets' bound; the raw report's own
          // estimate (exact below its exact_up_to) adds its relative error.
          const bound = actual.quantiles.relative_error;
          assert.ok(bound > 0 && bound <= 1 / 21 + 1e-12, `the counts report's quantile error ${bound} is the doc's 1/21 at most`);
          const slack = (1 + bound) * (1 + expected.quantiles.relative_error) - 1;
          assertSameReport(actual, expected, compared, {
            label: blockName(b),
            tolerance: (path) => (quantile.test(path) ? slack : undefined),
          });
        });
      }
    } finally {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
