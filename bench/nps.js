// The peers' arithmetic: NPS overall, per month and per channel, in plain JS.
// Promoters score 9–10, detractors 0–6; NPS = (promoters − detractors) / n × 100.
// Month = the first 7 characters of the timestamp ("YYYY-MM"). Rows whose score
// is not a whole number 0–10 are skipped (the generated data has none).
// Used by the Papa Parse and uDSV peers, and by the runner to compare reports.
export function createNps() {
  const overall = { p: 0, d: 0, n: 0 };
  const months = new Map();
  const channels = new Map();
  const bump = (map, key, score) => {
    let c = map.get(key);
    if (!c) map.set(key, (c = { p: 0, d: 0, n: 0 }));
    c.n++;
    if (score >= 9) c.p++; else if (score <= 6) c.d++;
  };
  let skipped = 0;
  return {
    add(timestamp, channel, scoreText) {
      const score = Number(scoreText);
      if (scoreText === '' || !Number.isInteger(score) || score < 0 || score > 10) { skipped++; return; }
      overall.n++;
      if (score >= 9) overall.p++; else if (score <= 6) overall.d++;
      bump(months, timestamp.slice(0, 7), score);
      bump(channels, channel, score);
    },
    result() { return summarize(overall, months, channels, skipped); },
  };
}

const nps = (c) => (c.n ? ((c.p - c.d) / c.n) * 100 : null);
function summarize(overall, months, channels, skipped) {
  const list = (map, key) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, c]) => ({ [key]: k, value: nps(c), n: c.n }));
  return { value: nps(overall), n: overall.n, skipped, periods: list(months, 'period'), segments: list(channels, 'segment') };
}

// The comparable part of any report (Polso's JSON report or a peer's result).
export function comparable(report) {
  const sortBy = (xs, key) => [...(xs ?? [])].map((x) => ({ [key]: x[key], value: x.value, n: x.n }))
    .sort((a, b) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0));
  return { value: report.value, n: report.n, periods: sortBy(report.periods, 'period'), segments: sortBy(report.segments, 'segment') };
}

// Differences between two comparable reports ([] when equal). Values must agree
// to 1e-9 points (they are ratios of the same integers), counts exactly.
export function differences(a, b, nameA = 'a', nameB = 'b') {
  const out = [];
  const close = (x, y) => (x === null && y === null) || (typeof x === 'number' && typeof y === 'number' && Math.abs(x - y) <= 1e-9);
  if (a.n !== b.n) out.push(`overall n: ${nameA}=${a.n} ${nameB}=${b.n}`);
  if (!close(a.value, b.value)) out.push(`overall NPS: ${nameA}=${a.value} ${nameB}=${b.value}`);
  for (const [list, key] of [['periods', 'period'], ['segments', 'segment']]) {
    const mb = new Map(b[list].map((x) => [x[key], x]));
    const keys = new Set([...a[list].map((x) => x[key]), ...mb.keys()]);
    for (const k of keys) {
      const x = a[list].find((y) => y[key] === k), y = mb.get(k);
      if (!x || !y) { out.push(`${key} ${k}: only in ${x ? nameA : nameB}`); continue; }
      if (x.n !== y.n) out.push(`${key} ${k} n: ${nameA}=${x.n} ${nameB}=${y.n}`);
      if (!close(x.value, y.value)) out.push(`${key} ${k} NPS: ${nameA}=${x.value} ${nameB}=${y.value}`);
    }
  }
  return out;
}
