// The peers' arithmetic for the orders and conversations benches, in plain JS
// (Papa Parse's rows go through it), and the comparison of any two reports.
// Each kit: `columns` (the header names it reads, in the order `add` takes
// them), `create()` → {add(...cells), result()}, `comparable(report)` → a flat
// {figure: number} of the report's headline, and `tolerance(figure)`.
// The files are scripts/gen-orders.mjs's and scripts/gen-conversations.mjs's;
// the rules are docs/datasets.md's (Orders: rows, refunds; Conversations: rows).

const month = (stamp) => stamp.slice(0, 7);

// ---------------------------------------------------------------- orders
// An order: a row with status paid or refunded and an amount ≥ 0, counted in
// its month for its customer; a refund: a row with status refunded (a whole
// order refunded, or a negative row of its own) — it lowers the revenue of
// its month and makes no customer active. cancelled / failed / pending rows
// are not paid and skipped. repeat_purchase_rate = customers with 2+ orders.
function createOrders() {
  const perCustomer = new Map();  // customer → [orders, first month]
  const months = new Map();       // month → {customers: Set, orders, revenue, new}
  let orders = 0, refunds = 0, revenue = 0;
  const at = (m) => {
    let x = months.get(m);
    if (!x) months.set(m, (x = { customers: new Set(), orders: 0, revenue: 0, new: 0 }));
    return x;
  };
  return {
    add(customer, orderedAt, amountText, status) {
      if (status !== 'paid' && status !== 'refunded') return;
      const amount = Number(amountText);
      const m = at(month(orderedAt));
      if (amount >= 0) {
        orders++; m.orders++; m.customers.add(customer);
        revenue += amount; m.revenue += amount;
        const c = perCustomer.get(customer);
        if (c) c[0]++; else perCustomer.set(customer, [1, month(orderedAt)]);
      }
      if (status === 'refunded') {
        const refund = Math.abs(amount);
        refunds++; revenue -= refund; m.revenue -= refund;
      }
    },
    result() {
      const out = { customers: perCustomer.size, orders, refunds, revenue };
      let repeat = 0;
      for (const [n, first] of perCustomer.values()) { if (n >= 2) repeat++; at(first).new++; }
      out.repeat_purchase_rate = perCustomer.size ? (repeat / perCustomer.size) * 100 : null;
      for (const [k, m] of months) Object.assign(out, { [`${k} active`]: m.customers.size, [`${k} new`]: m.new, [`${k} orders`]: m.orders, [`${k} revenue`]: m.revenue });
      return out;
    },
  };
}

function ordersComparable(report) {
  const s = report.summary;
  const out = { customers: s.customers, orders: s.orders, refunds: s.refunds, revenue: s.revenue, repeat_purchase_rate: s.repeat_purchase_rate };
  for (const p of report.periods) {
    if (!p.active && !p.orders && !p.refunds) continue; // an empty month between two others
    Object.assign(out, { [`${p.period} active`]: p.active, [`${p.period} new`]: p.new, [`${p.period} orders`]: p.orders, [`${p.period} revenue`]: p.revenue });
  }
  return out;
}

// ---------------------------------------------------------------- conversations
// A ticket is skipped without a creation time or with a reply or resolution
// stamped before it; answered = a first response, resolved = a resolution;
// first response = seconds from creation to it; CSAT (1–5) = share of 4 and 5.
const seconds = (s) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10), +s.slice(11, 13), +s.slice(14, 16), +s.slice(17, 19)) / 1000;

function createConversations() {
  let conversations = 0, answered = 0, resolved = 0, csatN = 0, csatHigh = 0, frSum = 0;
  let frs = new Float64Array(1 << 16);
  const months = new Map(), channels = new Map();
  const bump = (map, k) => map.set(k, (map.get(k) ?? 0) + 1);
  return {
    add(channel, createdAt, firstResponseAt, resolvedAt, csat) {
      if (!createdAt) return;
      const created = seconds(createdAt);
      const fr = firstResponseAt ? seconds(firstResponseAt) - created : null;
      const res = resolvedAt ? seconds(resolvedAt) - created : null;
      if ((fr !== null && fr < 0) || (res !== null && res < 0)) return;
      conversations++;
      bump(months, month(createdAt));
      bump(channels, channel || '(blank)');
      if (fr !== null) {
        if (answered === frs.length) { const bigger = new Float64Array(frs.length * 2); bigger.set(frs); frs = bigger; }
        frs[answered++] = fr; frSum += fr;
      }
      if (res !== null) resolved++;
      if (csat) { csatN++; if (Number(csat) >= 4) csatHigh++; }
    },
    result() {
      const sorted = frs.subarray(0, answered).sort();
      const mid = (answered - 1) / 2;
      const median = answered ? sorted[Math.floor(mid)] + (sorted[Math.ceil(mid)] - sorted[Math.floor(mid)]) * (mid - Math.floor(mid)) : null;
      const out = { conversations, answered, resolved, first_response_mean: answered ? frSum / answered : null,
        first_response_median: median, csat: csatN ? (csatHigh / csatN) * 100 : null, csat_n: csatN };
      for (const [k, n] of months) out[`${k} conversations`] = n;
      for (const [k, n] of channels) out[`channel ${k}`] = n;
      return out;
    },
  };
}

function conversationsComparable(report) {
  const s = report.summary;
  const out = { conversations: s.conversations, answered: s.answered, resolved: s.resolved,
    first_response_mean: s.first_response.mean, first_response_median: s.first_response.median,
    csat: s.csat.value, csat_n: s.csat.n };
  for (const p of report.volume.series) if (p.conversations) out[`${p.period} conversations`] = p.conversations;
  for (const c of report.channels) out[`channel ${c.channel}`] = c.conversations;
  return out;
}

// ---------------------------------------------------------------- kits
export const KITS = {
  orders: {
    columns: ['customer_id', 'ordered_at', 'amount', 'status'],
    create: createOrders,
    comparable: ordersComparable,
    // Sums of money added in another order differ in the last bits: to a tenth of a cent.
    tolerance: (k) => (k.endsWith('revenue') ? 1e-3 : 1e-9),
    relative: () => 0,
  },
  conversations: {
    columns: ['channel', 'created_at', 'first_response_at', 'resolved_at', 'csat'],
    create: createConversations,
    comparable: conversationsComparable,
    // Polso rounds means to the millisecond; its median of more than 1,024
    // durations comes from a sketch within 0.5% (report.quantiles.relative_error).
    tolerance: (k) => (k === 'first_response_mean' ? 5e-4 + 1e-9 : 1e-9),
    relative: (k) => (k === 'first_response_median' ? 0.005 : 0),
  },
};

// Differences between two flat comparables ([] when equal).
export function flatDifferences(kit, a, b, nameA = 'a', nameB = 'b') {
  const out = [];
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[k], y = b[k];
    if (x === undefined || y === undefined) { out.push(`${k}: only in ${x === undefined ? nameB : nameA}`); continue; }
    if (x === null || y === null) { if (x !== y) out.push(`${k}: ${nameA}=${x} ${nameB}=${y}`); continue; }
    const tol = kit.tolerance(k) + kit.relative(k) * Math.max(Math.abs(x), Math.abs(y));
    if (!(Math.abs(x - y) <= tol)) out.push(`${k}: ${nameA}=${x} ${nameB}=${y}`);
  }
  return out;
}
