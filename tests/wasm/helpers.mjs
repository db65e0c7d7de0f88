// Shared by the node:test suites: the built module, the CLI, a seeded PRNG.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const cliPath = `${root}build/bin/polso`;

export async function loadDistPolso() {
  const { loadPolso } = await import(`${root}dist/polso-api.js`);
  return loadPolso();
}

export function runCli(args, input) {
  const r = spawnSync(cliPath, args, { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { status: r.status, stdout: r.stdout.trim(), stderr: r.stderr, signal: r.signal };
}

// mulberry32: a tiny seeded PRNG, so the random cases are the same every run.
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
