// Survey scores at warehouse scale, for real: generated answers → the raw
// file's report, and the same answers loaded into DuckDB and PostgreSQL → the
// doc's survey-counts query, run as written → its CSV → the counts report.
// The two reports must be the same, by month, ISO week and quarter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { surveyRecords } from '../../scripts/gen-survey.mjs';
import { blockName, readDoc, runnableEngines } from './sql-blocks.mjs';
import { openEngine } from './engines.mjs';
import { analyze, columnArgs } from './polso.mjs';
import { parseCsv, scratchDir, writeRawCsv } from './raw-csv.mjs';
import { assertSameReport } from './same-report.mjs';
import { periodKey } from './period-key.mjs';

const { blocks } = readDoc();
const surveyBlocks = blocks.filter((b) => b.dataset === 'survey-counts');
const source = surveyBlocks[0]?.source;

// The generator's answers, and the rows the queries must treat as Polso does:
// no score, a score off the scale, no date, no segment, a segment with spaces
// or a comma and quotes, the days where ISO weeks and years disagree.
function answers(n) {
  const out = [];
  const gen = surveyRecords(7);
  for (let i = 0; i < n; i++) {
    const r = gen.next().value;
    out.push({ score: r.score, submitted_at: r.submitted_at, channel: r.channel });
  }
  out.push(
    { score: null, submitted_at: '2024-02-10 09:00:00', channel: 'web' },
    { score: 11, submitted_at: '2024-02-10 09:00:00', channel: 'web' },
    { score: -1, submitted_at: '2024-02-10 09:00:00', channel: 'app' },
    { score: 8, submitted_at: null, channel: 'web' },
    { score: 10, submitted_at: '2024-02-11 10:00:00', channel: null },
    { score: 0, submitted_at: '2024-02-11 10:00:00', channel: '' },
    { score: 6, submitted_at: '2024-05-02 10:00:00', channel: ' web ' },
    { score: 9, submitted_at: '2024-05-02 10:00:00', channel: 'Store, "Milan"' },
    { score: 3, submitted_at: '2024-12-30 08:00:00', channel: 'email' }, // ISO 2025-W01
    { score: 9, submitted_at: '2021-01-03 23:59:59', channel: 'email' }, // ISO 2020-W53
    { score: 7, submitted_at: '2024-03-31', channel: 'email' }, //         a date without a time
    { score: 2, submitted_at: '2024-04-01T00:00:00', channel: 'email' }, // the first second of Q2
  );
  return out;
}

// The counts the query must give, worked out here without Polso or SQL.
function expectedCounts(records, period) {
  const counts = new Map();
  for (const r of records) {
    if (r.score === null || r.score < 0 || r.score > 10 || r.submitted_at === null) continue;
    const key = [r.score, periodKey(r.submitted_at, period), r.channel ?? ''].join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

// Everything the report says about the answers; not how the file was read
// (its columns, rows and skipped lines differ by nature between the two).
const compared = ['metric', 'value', 'unit', 'n', 'details', 'band', 'interval', 'formula', 'scale', 'periods', 'segments'];

for (const engine of runnableEngines) {
  test(`survey: the raw file and ${engine}'s counts give the same report`, async (t) => {
    const dir = scratchDir();
    const db = await openEngine(engine);
    try {
      const records = answers(20000);
      const raw = writeRawCsv(dir, source, records);
      const mine = surveyBlocks.filter((b) => b.engine === engine);
      if (!mine.length) throw new Error(`docs/at-scale.md has no ${engine} survey-counts query`);
      for (const b of mine) {
        await t.test(blockName(b), async () => {
          const period = ['--metric', 'nps', '--period', b.period];
          const expected = analyze(raw, 'survey', [...period, ...columnArgs(source)]);
          const counts = join(dir, `counts-${b.period}.csv`);
          const csv = await db.run(source, raw, b.sql);
          const got = new Map(parseCsv(csv).map((r) => [[r.score, r.period, r.segment].join('\u0000'), Number(r.count)]));
          assert.deepEqual(got, expectedCounts(records, b.period), 'the query\'s counts');
          writeFileSync(counts, csv);
          const actual = analyze(counts, 'survey-counts', period);
          assertSameReport(actual, expected, compared, { label: blockName(b) });
        });
      }
    } finally {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
