// Issue 16 item 15: `polso analyze`, `compare` and `plan` speak words at a
// terminal (or with --text), JSON when piped (scripts keep working), and
// CSV tables with --csv. Figures checked by hand against the fixtures:
// nps_two_months.csv has 5 promoters (10, 9, 9, 10, 10), 2 passives (8, 7)
// and 3 detractors (6, 3, 2): NPS 20; January 3 − 0 of 5 = 60, February
// 2 − 3 of 5 = −20. ces_41_of_8.csv: 7+7+7+5+5+4+3+3 = 41 over 8 = 5.125.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { root, cliPath, runCli } from './helpers.mjs';

const nps = `${root}tests/data/cli/nps_two_months.csv`;
const ces = `${root}tests/data/cli/ces_41_of_8.csv`;
const compareRequest = JSON.stringify({ compare: [
  { metric: 'nps', inputs: { promoters: 50, passives: 30, detractors: 20 } },
  { metric: 'nps', inputs: { promoters: 60, passives: 25, detractors: 15 } }] });

test('piped, analyze still prints the JSON report', () => {
  const r = runCli(['analyze', nps, '--dataset', 'auto']);
  assert.equal(r.status, 0);
  assert.equal(JSON.parse(r.stdout).value, 20);
});

test('--text: the headline with its interval and band, aligned tables, columns, dialect and warnings', () => {
  const r = runCli(['analyze', nps, '--dataset', 'auto', '--text', '--lang', 'en']);
  assert.equal(r.status, 0, r.stderr);
  const out = r.stdout;
  assert.doesNotMatch(out, /^\{/);
  assert.match(out, /^Net Promoter Score \(NPS\): 20 points — Positive$/m);
  assert.match(out, /^ {2}95% CI: −30\.3 to 61\.1 \(adjusted Wald\)$/m);
  assert.match(out, /10 answers: 5 promoters, 2 passives, 3 detractors/);
  assert.match(out, /^Periods$/m);
  const lines = out.split('\n');
  const header = lines.findIndex((l) => /^\s+Period\s+NPS\s+Answers/.test(l));
  assert.ok(header > 0, out);
  const jan = lines[header + 1], feb = lines[header + 2];
  assert.match(jan, /^\s+2025-01\s+60\s+5\s/);
  assert.match(feb, /^\s+2025-02\s+−20\s+5\s.*−80 \(could be chance\)/);
  // Aligned: each figure column ends at the same character in every row.
  const endOf = (line, text) => [...line].join('').indexOf(text) + [...text].length;
  assert.equal(endOf(lines[header], 'NPS'), endOf(jan, '60'));
  assert.equal(endOf(jan, '60'), [...feb.slice(0, feb.indexOf('−20'))].length + 3);
  assert.match(out, /^Segments \(region\)$/m);
  assert.match(out, /score = “How likely are you to recommend us\?”/);
  assert.match(out, /--column ROLE=NAME/);
  assert.match(out, /Separator: comma; decimals: “\.”; encoding: utf-8; header rows: 1/);
  assert.match(out, /Rows: 10 read, 10 used, 0 skipped/);
  assert.match(out, /^Warnings$/m);
  assert.match(out, /^ {2}! Only 10 responses/m);
  assert.doesNotMatch(out, /adjusted_wald|vs_previous|"ok"/);
});

test('--lang it: Italian words and decimal commas', () => {
  const r = runCli(['analyze', nps, '--dataset', 'auto', '--text', '--lang', 'it']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^Net Promoter Score \(NPS\): 20 punti — Positivo$/m);
  assert.match(r.stdout, /IC 95%: da −30,3 a 61,1 \(Wald corretto\)/);
  assert.match(r.stdout, /^Periodi$/m);
  assert.match(r.stdout, /Separatore: virgola/);
  assert.match(r.stdout, /^Avvisi$/m);
});

test('at a terminal the words are the default', () => {
  const r = spawnSync('script', ['-qec', `${cliPath} analyze ${nps} --dataset auto --lang en`, '/dev/null'],
    { encoding: 'utf8' });
  if (r.error) return;  // no `script` here: the --text tests cover the words
  assert.match(r.stdout, /Net Promoter Score \(NPS\): 20 points/);
  assert.doesNotMatch(r.stdout, /"ok":true/);
});

test('--csv: every table with its name; --table one table, raw numbers', () => {
  const all = runCli(['analyze', nps, '--dataset', 'auto', '--csv']);
  assert.equal(all.status, 0);
  assert.match(all.stdout, /^# periods\r?$/m);
  assert.match(all.stdout, /^# segments\r?$/m);
  const one = runCli(['analyze', nps, '--dataset', 'auto', '--table', 'periods', '--lang', 'it']);
  const rows = one.stdout.split(/\r\n/);
  assert.equal(rows[0], 'period,value,n,interval_low,interval_high,band,change,p_value');
  assert.match(rows[1], /^2025-01,60,5,-?[0-9.]+,[0-9.]+,excellent,,$/);
  assert.match(rows[2], /^2025-02,-20,5,-[0-9.]+,[0-9.]+,needs_improvement,-80,0\.\d+$/);
  const none = runCli(['analyze', nps, '--dataset', 'auto', '--table', 'cohorts']);
  assert.match(none.stderr, /no table 'cohorts'.*periods, segments/);
});

test('one rounding rule: CES 41/8 is 5.13 in the headline and the formula line', () => {
  const r = runCli(['analyze', ces, '--dataset', 'auto', '--scale', '7', '--text', '--lang', 'en']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^Customer Effort Score \(CES\): 5\.13$/m);
  assert.match(r.stdout, /^ {2}41 \/ 8 = 5\.13$/m);
});

test('orders and conversations reports read as words too', () => {
  const orders = runCli(['analyze', `${root}tests/data/orders/shop.csv`, '--dataset', 'auto', '--text', '--lang', 'en']);
  assert.equal(orders.status, 0);
  assert.match(orders.stdout, /^ {2}Customers: +6$/m);
  assert.match(orders.stdout, /^Periods \(month\)$/m);
  assert.match(orders.stdout, /^Cohorts/m);
  const support = runCli(['analyze', `${root}tests/data/conversations/basic.csv`, '--dataset', 'auto', '--text', '--lang', 'en']);
  assert.equal(support.status, 0);
  assert.match(support.stdout, /First response: median 3\.5 min, 77\.8% within target/);
  assert.match(support.stdout, /^Agents$/m);
});

test('compare and plan: the verdict and the plan in words, JSON when piped', () => {
  const piped = runCli(['compare'], compareRequest);
  assert.equal(JSON.parse(piped.stdout).comparison.difference, 15);
  const en = runCli(['compare', '--text', '--lang', 'en'], compareRequest);
  assert.equal(en.status, 0);
  assert.match(en.stdout, /^NPS rose from 30 to 45 \(\+15, 95% CI −6\.2 to \+35\.4\)/);
  assert.match(en.stdout, /^ {2}A +30 +100 +14\.1 to 44\.2 +Good$/m);
  const it = runCli(['compare', '--text', '--lang', 'it'], compareRequest);
  assert.match(it.stdout, /^L’NPS è salito da 30 a 45/);
  const plan = runCli(['plan', '--text', '--lang', 'it'], '{"plan":"sample_size","metric":"nps","inputs":{"margin":5}}');
  assert.match(plan.stdout, /servono 1\.537 risposte/);
  const bad = runCli(['plan', '--text', '--lang', 'en'], '{"plan":"sample_size","metric":"nps","inputs":{"margin":500}}');
  assert.equal(bad.status, 1);
  assert.equal(bad.stdout, '');
  assert.match(bad.stderr, /^Error: The margin/);
});

test('a refused file: the error in words on stderr, with the flag that fixes it, in the chosen language', () => {
  const r = runCli(['analyze', '-', '--dataset', 'survey', '--text', '--lang', 'it'], 'a,b\nx,y\n');
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^Errore: Non è chiaro quale colonna contenga i punteggi/);
  assert.match(r.stderr, /indica la colonna con --column score=NOME/);
});
