// The comparison every dataset's test makes between the raw file's report
// and the counts file's: counts (whole numbers) exactly, other numbers to a
// relative 1e-9 (or a looser tolerance for the paths a test names, such as
// durations from a histogram), everything else equal.
import assert from 'node:assert/strict';

function compare(actual, expected, path, tolerance, mismatches) {
  if (typeof expected === 'number' && typeof actual === 'number') {
    const whole = Number.isInteger(expected) && Number.isInteger(actual);
    const tol = tolerance(path) ?? (whole ? 0 : 1e-9);
    if (Math.abs(actual - expected) > tol * Math.max(1, Math.abs(expected))) mismatches.push(`${path}: ${actual} ≠ ${expected}`);
    return;
  }
  if (Array.isArray(expected) || Array.isArray(actual)) {
    if (!Array.isArray(expected) || !Array.isArray(actual) || actual.length !== expected.length) {
      mismatches.push(`${path}: ${JSON.stringify(actual)?.slice(0, 200)} ≠ ${JSON.stringify(expected)?.slice(0, 200)}`);
      return;
    }
    expected.forEach((e, i) => compare(actual[i], e, `${path}[${i}]`, tolerance, mismatches));
    return;
  }
  if (expected && actual && typeof expected === 'object' && typeof actual === 'object') {
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    for (const k of keys) compare(actual[k], expected[k], `${path}.${k}`, tolerance, mismatches);
    return;
  }
  if (actual !== expected) mismatches.push(`${path}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
}

// Asserts report[key] equal for each key. `tolerance(path)` may return a
// relative tolerance for a path (such as "periods[3].median"), or undefined.
export function assertSameReport(actual, expected, keys, { tolerance = () => undefined, label = '' } = {}) {
  const mismatches = [];
  for (const k of keys) {
    assert.ok(k in expected, `${label}: the raw report has no "${k}"`);
    compare(actual[k], expected[k], k, tolerance, mismatches);
  }
  assert.deepEqual(mismatches.slice(0, 20), [], `${label}: the counts report differs from the raw report`);
}
