// Writes a support-conversations CSV (one row per ticket) with the shape of a
// real help-desk export: several channels and agents, heavy-tailed durations
// (seconds to weeks), unanswered and still-open tickets, blank CSAT, bot
// (self-service) conversations, contact counts and reopen flags, dates across
// a year boundary — and a few rows a help desk really exports that Polso must
// skip (a reply stamped before the creation, a blank creation time). For
// tests of the warehouse path and benchmarks; streams in constant memory.
// Usage: node scripts/gen-conversations.mjs OUT.csv --tickets N [--seed S]
import { createWriteStream } from 'node:fs';
import { seededRandom } from './seeded-random.mjs';

export const conversationsHeader =
  'conversation_id,channel,agent,created_at,first_response_at,resolved_at,csat,self_service,contacts,reopened\n';

// Channels with their typical first reply and resolution (median seconds and
// the spread of a log-normal): chat answers in minutes, e-mail in hours.
const channels = [
  { name: 'WhatsApp', weight: 5, reply: 150, replySpread: 1.2, resolve: 2400, resolveSpread: 1.6 },
  { name: 'Live chat', weight: 4, reply: 60, replySpread: 1.0, resolve: 1500, resolveSpread: 1.4 },
  { name: 'Email', weight: 4, reply: 3 * 3600, replySpread: 1.3, resolve: 26 * 3600, resolveSpread: 1.5 },
  { name: 'Phone', weight: 2, reply: 40, replySpread: 0.8, resolve: 900, resolveSpread: 1.8 },
  { name: 'Instagram', weight: 1, reply: 1800, replySpread: 1.6, resolve: 8 * 3600, resolveSpread: 1.7 },
];
const agents = ['Anna', 'Marco', 'Giulia', 'Paolo', 'Sara', 'Luca', 'Chiara', 'Davide', 'Elena', 'Franco'];
const totalWeight = channels.reduce((s, c) => s + c.weight, 0);
const pad = (n) => String(n).padStart(2, '0');
// "YYYY-MM-DD hh:mm:ss", no zone: the calendar date as written is the period.
const stamp = (ms) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
};

// The tickets as records (strings as written in the CSV, '' for blank).
// `start`: the first creation day (UTC ms); tickets spread over `days` days.
export function* conversationRecords({ seed = 42, start = Date.UTC(2024, 9, 1), days = 240 } = {}) {
  const rand = seededRandom(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  // A log-normal duration in whole seconds, with a rare much longer tail.
  const duration = (median, spread) => {
    let s = median * Math.exp(spread * normal());
    if (rand() < 0.01) s *= 20;
    return Math.max(0, Math.round(s));
  };
  for (let i = 1; ; i++) {
    let pick = rand() * totalWeight, ch = channels[0];
    for (const c of channels) if ((pick -= c.weight) < 0) { ch = c; break; }
    const created = start + Math.floor(rand() * days * 86400) * 1000;
    const bot = ch.name !== 'Phone' && rand() < 0.15;  // solved by the bot, no agent
    const r = {
      conversation_id: `T${String(i).padStart(7, '0')}`,
      channel: rand() < 0.005 ? '' : ch.name,
      agent: bot ? '' : agents[Math.floor(rand() * agents.length)],
      created_at: stamp(created),
      first_response_at: '',
      resolved_at: '',
      csat: '',
      self_service: bot ? 'true' : 'false',
      contacts: '',
      reopened: '',
    };
    // Answered: a bot in seconds (sometimes the same second), else the channel's time.
    const answered = bot || rand() > 0.05;
    let reply = 0;
    if (answered) {
      reply = bot ? Math.floor(rand() * 6) : duration(ch.reply, ch.replySpread);
      r.first_response_at = stamp(created + reply * 1000);
    }
    const resolved = rand() < (answered ? 0.9 : 0.3);
    if (resolved) {
      const took = bot ? reply + duration(240, 1.0) : Math.max(reply, duration(ch.resolve, ch.resolveSpread));
      r.resolved_at = stamp(created + took * 1000);
      const reopened = !bot && rand() < 0.08;
      r.reopened = reopened ? 'true' : 'false';
      const extra = rand();
      r.contacts = String(reopened ? 2 + Math.floor(extra * 3) : extra < 0.75 ? 1 : 2 + Math.floor((extra - 0.75) * 12));
      if (rand() < 0.03) r.contacts = '';  // not counted by the help desk
      if (rand() < 0.35) {
        const mood = rand();
        r.csat = String(mood < 0.08 ? 1 : mood < 0.15 ? 2 : mood < 0.27 ? 3 : mood < 0.55 ? 4 : 5);
      }
    }
    // Export defects Polso skips with a reason.
    const defect = rand();
    if (defect < 0.001) r.created_at = '';
    else if (defect < 0.002 && answered) r.first_response_at = stamp(created - 3600 * 1000);
    else if (defect < 0.003 && resolved) r.resolved_at = stamp(created - 60 * 1000);
    yield r;
  }
}

const columns = conversationsHeader.trim().split(',');
const line = (r) => columns.map((c) => (/[",\n]/.test(r[c]) ? `"${r[c].replaceAll('"', '""')}"` : r[c])).join(',') + '\n';

// The CSV text: the header, then `tickets` rows, in pieces of about 1 MB.
export function* conversationsCsv(tickets, options = {}) {
  let buffer = conversationsHeader, n = 0;
  for (const r of conversationRecords(options)) {
    if (n++ === tickets) break;
    buffer += line(r);
    if (buffer.length >= 1 << 20) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

// Writes the file; resolves when it is on disk.
export async function writeConversations(path, tickets, options = {}) {
  const stream = createWriteStream(path);
  for (const piece of conversationsCsv(tickets, options))
    if (!stream.write(piece)) await new Promise((ok) => stream.once('drain', ok));
  await new Promise((ok, fail) => stream.end((e) => (e ? fail(e) : ok())));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const flag = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : fallback;
  };
  const tickets = Number(flag('--tickets', '10000'));
  const seed = Number(flag('--seed', '42'));
  const [out] = args;
  if (!out || !Number.isInteger(tickets) || tickets < 0 || !Number.isInteger(seed)) {
    console.error('usage: node scripts/gen-conversations.mjs OUT.csv --tickets N [--seed S]');
    process.exit(2);
  }
  await writeConversations(out, tickets, { seed });
}
