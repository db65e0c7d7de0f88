// Runs the native CLI, build/bin/polso analyze, and returns its JSON report.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const cliPath = fileURLToPath(new URL('../../build/bin/polso', import.meta.url));

// The report of `polso analyze FILE --dataset DATASET ...args`; throws on a
// crash or a report that is not ok (with its error), so a test says why.
export function analyze(file, dataset, args = []) {
  if (!existsSync(cliPath)) throw new Error(`${cliPath} is not built (cmake --build --preset native)`);
  const r = spawnSync(cliPath, ['analyze', file, '--dataset', dataset, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.signal || r.status === null) throw new Error(`polso analyze crashed (${r.signal}): ${r.stderr}`);
  let report;
  try {
    report = JSON.parse(r.stdout);
  } catch {
    throw new Error(`polso analyze ${dataset} wrote no JSON (exit ${r.status}): ${r.stderr}`);
  }
  if (!report.ok) throw new Error(`polso analyze ${dataset} failed: ${JSON.stringify(report.error)}`);
  return report;
}

// --column ROLE=NAME for each column of a polso-source: the raw file read
// with exactly the columns the SQL reads.
export function columnArgs(source) {
  return source.columns.flatMap((c) => ['--column', `${c.role}=${c.name}`]);
}
