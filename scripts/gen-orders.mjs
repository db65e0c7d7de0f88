// Writes a raw orders CSV (order_id, customer_id, ordered_at, amount, status,
// channel) for a given number of customers: each orders 1..many times over
// about two years, some stop (churn), some come back after a long gap; a few
// orders are refunded (status "refunded", or a refund row of its own with a
// negative amount; a few refunds are of orders placed before the file), a few
// are cancelled, failed or pending (Polso skips them). The dates run from 2025-01 to 2027-01, so the file crosses two year
// ends, 2025-12-29 (ISO 2026-W01, a week of the next year) and 2026-W53
// (Monday 2026-12-28 to Sunday 2027-01-03). One customer at a time: the
// memory stays constant, whatever the number of customers (the warehouse
// benchmark writes 1 M of them).
// Usage: node scripts/gen-orders.mjs OUT.csv --customers N [--seed S]
import { createWriteStream } from 'node:fs';
import { seededRandom } from './seeded-random.mjs';

export const header = 'order_id,customer_id,ordered_at,amount,status,channel\n';

const DAY = 86400000;
const START = Date.UTC(2025, 0, 1);
const DAYS = 740;  // to 2027-01-10
const CHANNELS = ['web', 'web', 'web', 'app', 'app', 'store', 'phone', 'marketplace'];
const SKIPPED = ['cancelled', 'failed', 'pending'];

const stamp = (ms) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

// The orders as records {order_id, customer_id, ordered_at, amount, status,
// channel}, customer after customer; `amount` is a string with two decimals.
export function* orderRecords(customers, seed = 42) {
  const rand = seededRandom(seed);
  let orderNo = 0, refundNo = 0;
  for (let c = 1; c <= customers; c++) {
    const customer = `C${String(c).padStart(7, '0')}`;
    const channel = CHANNELS[Math.floor(rand() * CHANNELS.length)];
    // More customers arrive later (a growing shop); many order once.
    let day = Math.floor(Math.sqrt(rand()) * DAYS);
    const loyal = rand() < 0.35;
    const basket = 15 + rand() * 90;
    // A few refund, early in the file, an order placed before it: some never
    // order again (customers with refunds only).
    if (rand() < 0.006) {
      const at = START + Math.floor(rand() * 60 * DAY);
      yield { order_id: `R${String(++refundNo).padStart(8, '0')}`, customer_id: customer, ordered_at: stamp(at),
        amount: `-${(basket * (0.5 + rand())).toFixed(2)}`, status: 'refunded', channel };
      if (rand() < 0.5) continue;
      day = Math.max(day, Math.ceil((at - START) / DAY));
    }
    for (;;) {
      const at = START + day * DAY + Math.floor(rand() * DAY);
      const amount = Math.max(1, basket * (0.5 + rand())).toFixed(2);
      const id = `O${String(++orderNo).padStart(8, '0')}`;
      const r = rand();
      const ch = rand() < 0.8 ? channel : CHANNELS[Math.floor(rand() * CHANNELS.length)];
      if (r < 0.04) {
        yield { order_id: id, customer_id: customer, ordered_at: stamp(at), amount, status: SKIPPED[Math.floor(rand() * 3)], channel: ch };
      } else if (r < 0.06) {
        yield { order_id: id, customer_id: customer, ordered_at: stamp(at), amount, status: 'refunded', channel: ch };
      } else {
        yield { order_id: id, customer_id: customer, ordered_at: stamp(at), amount, status: 'paid', channel: ch };
        if (r > 0.975) {
          // A part refunded days later, as a row of its own.
          const later = at + Math.floor((1 + rand() * 20) * DAY);
          if (later < START + DAYS * DAY) {
            const part = (Number(amount) * (0.2 + 0.8 * rand())).toFixed(2);
            yield { order_id: `R${String(++refundNo).padStart(8, '0')}`, customer_id: customer, ordered_at: stamp(later),
              amount: `-${part}`, status: 'refunded', channel: ch };
          }
        }
      }
      // The next order: soon for loyal customers; most others stop (churn);
      // some come back after a long gap.
      const u = rand();
      if (u < (loyal ? 0.08 : 0.55)) break;
      const gap = loyal ? 3 + rand() * 45 : rand() < 0.3 ? 150 + rand() * 300 : 10 + rand() * 90;
      day += Math.ceil(gap);
      if (day >= DAYS) break;
    }
  }
}

// The orders as CSV lines (after `header`).
export function* orderRows(customers, seed = 42) {
  for (const r of orderRecords(customers, seed))
    yield `${r.order_id},${r.customer_id},${r.ordered_at},${r.amount},${r.status},${r.channel}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const out = args[0];
  const customers = Number(option('--customers', '1000'));
  const seed = Number(option('--seed', '42'));
  if (!out || out.startsWith('--') || !Number.isInteger(customers) || customers < 1) {
    console.error('Usage: node scripts/gen-orders.mjs OUT.csv --customers N [--seed S]');
    process.exit(2);
  }
  const stream = createWriteStream(out);
  const flush = (text) => new Promise((ok) => (stream.write(text) ? ok() : stream.once('drain', ok)));
  let buffer = header;
  for (const line of orderRows(customers, seed)) {
    buffer += line;
    if (buffer.length >= 1 << 20) {
      await flush(buffer);
      buffer = '';
    }
  }
  await flush(buffer);
  await new Promise((ok) => stream.end(ok));
}
