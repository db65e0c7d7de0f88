// Rewrites every response example of docs/api.md from the live CLI, so the
// docs never drift from the contract (tests/wasm/contract.test.mjs checks it).
// Usage: node scripts/refresh-api-docs.mjs   (after scripts/build)
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const path = new URL('../docs/api.md', import.meta.url);
const cli = new URL('../build/bin/polso', import.meta.url).pathname;
const block = /<!-- request -->\s*```json\n([\s\S]*?)```\s*<!-- response -->\s*```json\n[\s\S]*?```/g;
const md = readFileSync(path, 'utf8').replace(block, (_, request) => {
  const { stdout } = spawnSync(cli, ['eval'], { input: request, encoding: 'utf8' });
  const response = JSON.stringify(JSON.parse(stdout), null, 2);
  return `<!-- request -->\n\`\`\`json\n${request}\`\`\`\n<!-- response -->\n\`\`\`json\n${response}\n\`\`\``;
});
writeFileSync(path, md);
