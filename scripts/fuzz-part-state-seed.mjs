// Writes the seed of the part-state fuzz harness (tests/fuzz/properties.hpp,
// check_part_state): 8 steering bytes, then the state of the part that
// follows the harness's head, from the built module (dist/).
//   node scripts/fuzz-part-state-seed.mjs tests/fuzz/corpus/part-state/survey
//   node scripts/fuzz-part-state-seed.mjs tests/fuzz/corpus/part-state-orders/orders orders
// (`orders`: the orders file of check_orders_part_state, cut inside an order).
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const { default: factory } = await import(new URL('dist/polso.js', root).href);
const m = await factory({ wasmBinary: readFileSync(new URL('dist/polso.wasm', root)) });
const orders = process.argv[3] === 'orders';
let csv = '';
if (orders) {
  csv = 'Name,Email,Created at,Total,Lineitem quantity,Lineitem price,Financial Status,Source\n';
  for (let i = 0; i < 3000; i++) {
    csv += `#${1000 + i},c${i % 97}@x.org,2025-0${i % 9 + 1}-1${i % 9},${10 + i % 7}.5,1,10.5,` +
      `${i % 13 ? 'paid' : 'refunded'},${i % 3 ? 'web' : 'pos'}\n`;
    if (i % 2) csv += `#${1000 + i},,,,2,3.25,,\n`;
  }
} else {
  csv = 'date,score,comment\n';
  for (let i = 0; i < 4000; i++)
    csv += `2025-0${i % 9 + 1}-1${i % 9},${i % 11}` + (i % 4 ? ',"slow delivery, kind staff"\n' : ',\n');
}
const bytes = new TextEncoder().encode(csv);
const headEnd = csv.indexOf('\n', csv.length >> 1) + 1;  // ASCII: offsets in bytes and characters agree
const a = new m.Analysis(JSON.stringify(orders ? { dataset: 'orders', lang: 'en' } : { dataset: 'survey', metric: 'nps', lang: 'en' }));
const feed = (b) => { const at = a.reserve(b.length); m.HEAPU8.set(b, at); return a.feedReserved(b.length); };
if (feed(bytes.subarray(0, headEnd)) || !a.becomePart() || feed(bytes.subarray(headEnd)) || !a.finishPart())
  throw new Error('the part could not be read');
const state = a.partState().slice();
writeFileSync(process.argv[2], Buffer.concat([Buffer.alloc(8), Buffer.from(state)]));
console.log(`${state.length} bytes of state`);
