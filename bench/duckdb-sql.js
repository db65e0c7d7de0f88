// The DuckDB peers' SQL, shared by DuckDB in node (bench/duckdb-peer.mjs) and
// DuckDB-Wasm in the page (bench/duckdb-page.js): what a data-minded user
// would write, straight from the CSV with read_csv's own type sniffing, and
// the rows turned into the comparable shape of bench/nps.js.
//
// Survey: NPS overall, per month and per channel in one GROUPING SETS query;
// the same rows Polso counts (a whole-number score 0–10; the month as written,
// docs/at-scale.md).
const quoted = (s) => `'${String(s).replaceAll("'", "''")}'`;

export function surveySql(file) {
  return `
WITH answers AS (
  SELECT strftime(CAST(submitted_at AS TIMESTAMP), '%Y-%m') AS period,
         channel AS segment,
         TRY_CAST(how_likely_to_recommend AS INTEGER) AS score
  FROM read_csv(${quoted(file)}, header = true))
SELECT grouping(period)::INTEGER AS gp, grouping(segment)::INTEGER AS gs, period, segment,
       count(*)::INTEGER AS n,
       (count(*) FILTER (WHERE score >= 9) - count(*) FILTER (WHERE score <= 6))::DOUBLE / count(*) * 100 AS value
FROM answers
WHERE score BETWEEN 0 AND 10
GROUP BY GROUPING SETS ((), (period), (segment))`;
}

// rows: plain objects {gp, gs, period, segment, n, value} → {value, n, periods, segments}.
export function surveyReport(rows) {
  const out = { value: null, n: 0, periods: [], segments: [] };
  for (const r of rows) {
    const n = Number(r.n), value = Number(r.value);
    if (r.gp && r.gs) { out.value = value; out.n = n; }
    else if (!r.gp) out.periods.push({ period: r.period, value, n });
    else out.segments.push({ segment: r.segment, value, n });
  }
  return out;
}

// Orders and conversations: one query, one row per headline figure
// {figure, value}, named as bench/datasets.js's comparables.
// Orders: status paid or refunded; an order has an amount ≥ 0; a refund is a
// refunded row (its amount, or minus its negative amount, off the revenue).
export function ordersSql(file) {
  return `
WITH rows AS MATERIALIZED (
  SELECT customer_id AS c, strftime(CAST(ordered_at AS TIMESTAMP), '%Y-%m') AS m, CAST(amount AS DOUBLE) AS amount, status
  FROM read_csv(${quoted(file)}, header = true)
  WHERE status IN ('paid', 'refunded')),
orders AS MATERIALIZED (SELECT c, m FROM rows WHERE amount >= 0),
customers AS MATERIALIZED (SELECT c, min(m) AS first, count(*) AS n FROM orders GROUP BY c),
net AS (SELECT m, CASE WHEN status = 'refunded' THEN least(amount, 0) ELSE amount END AS revenue FROM rows)
SELECT 'customers' AS figure, count(*)::DOUBLE AS value FROM customers
UNION ALL SELECT 'repeat_purchase_rate', count(*) FILTER (WHERE n >= 2)::DOUBLE / count(*) * 100 FROM customers
UNION ALL SELECT 'orders', count(*) FROM orders
UNION ALL SELECT 'refunds', count(*) FROM rows WHERE status = 'refunded'
UNION ALL SELECT 'revenue', sum(revenue) FROM net
UNION ALL SELECT m || ' active', count(DISTINCT c) FROM orders GROUP BY m
UNION ALL SELECT m || ' orders', count(*) FROM orders GROUP BY m
UNION ALL SELECT first || ' new', count(*) FROM customers GROUP BY first
UNION ALL SELECT m || ' revenue', sum(revenue) FROM net GROUP BY m`;
}

// Conversations: no creation time, or a reply or resolution before it, is
// skipped; durations in seconds; CSAT 1–5, the share of 4 and 5.
export function conversationsSql(file) {
  return `
WITH tickets AS MATERIALIZED (
  SELECT coalesce(CAST(channel AS VARCHAR), '(blank)') AS ch,
         strftime(CAST(created_at AS TIMESTAMP), '%Y-%m') AS m,
         epoch(CAST(first_response_at AS TIMESTAMP)) - epoch(CAST(created_at AS TIMESTAMP)) AS fr,
         epoch(CAST(resolved_at AS TIMESTAMP)) - epoch(CAST(created_at AS TIMESTAMP)) AS res,
         CAST(csat AS INTEGER) AS csat
  FROM read_csv(${quoted(file)}, header = true)
  WHERE created_at IS NOT NULL),
used AS MATERIALIZED (SELECT * FROM tickets WHERE coalesce(fr, 0) >= 0 AND coalesce(res, 0) >= 0)
SELECT 'conversations' AS figure, count(*)::DOUBLE AS value FROM used
UNION ALL SELECT 'answered', count(fr) FROM used
UNION ALL SELECT 'resolved', count(res) FROM used
UNION ALL SELECT 'first_response_mean', avg(fr) FROM used
UNION ALL SELECT 'first_response_median', quantile_cont(fr, 0.5) FROM used
UNION ALL SELECT 'csat', count(*) FILTER (WHERE csat >= 4)::DOUBLE / count(csat) * 100 FROM used
UNION ALL SELECT 'csat_n', count(csat) FROM used
UNION ALL SELECT m || ' conversations', count(*) FROM used GROUP BY m
UNION ALL SELECT 'channel ' || ch, count(*) FROM used GROUP BY ch`;
}

const figures = (rows) => Object.fromEntries(rows.map((r) => [r.figure, r.value === null ? null : Number(r.value)]));

// Each dataset's query and its rows → report.
export const SQL = {
  survey: { sql: surveySql, report: surveyReport },
  orders: { sql: ordersSql, report: figures },
  conversations: { sql: conversationsSql, report: figures },
};
