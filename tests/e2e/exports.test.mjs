// Real exports through the page's real upload path (issue 15): an invoice
// line-item ledger, a Shopify orders export and a Zendesk tickets export, read
// with no column chosen by hand; the numbers are read from the screen and
// checked against figures worked out by hand (the arithmetic is beside each
// one). Also: the recognised export format is named, a "Did you mean …"
// runner-up is one click, and a scale mismatch (NPS asked of a 1–5 column)
// is fixed with one click. The files are in tests/data/e2e/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withSession, openApp, root, inAnalysis as el, analysisText as text, uploadFile, chooseOption, clickAndWait } from './helpers.mjs';

const FILE_VIEW = 'index.html#view=file&l=en';
const file = (name) => `${root}tests/data/e2e/${name}`;
const nbsp = (s) => s?.replace(/\u00a0/g, ' ');
// The text of something that may be missing (null then), without waiting for it to appear.
const shown = async (page, sel) => ((await el(page, sel).count()) ? text(page, sel) : null);

test('invoice ledger (UCI Online Retail layout): revenue = Σ quantity × unit price per invoice, the C-invoice a refund', () => withSession(async ({ browser, origin }) => {
  // online_retail.csv, by hand (amount of each line = Quantity × UnitPrice):
  //   536365 (17850): 6 × 2.55 + 8 × 3.39 = 15.30 + 27.12          =  42.42
  //   536366 (17850): 6 × 1.85 + 6 × 1.85 = 11.10 + 11.10          =  22.20
  //   536367 (13047): 32 × 1.69 + 6 × 2.10 + 8 × 3.75 = 54.08 + 12.60 + 30.00 = 96.68
  //   536368 (13047): 6 × 4.25 + 3 × 4.95 = 25.50 + 14.85          =  40.35
  //   536370 (12583): 24 × 3.75 + 12 × 0.85 = 90.00 + 10.20        = 100.20
  //   C536379 (12583): −12 × 0.85 = −10.20 → a refund of 10.20 (a cancellation, not an order)
  // orders 5, order revenue 42.42 + 22.20 + 96.68 + 40.35 + 100.20 = 301.85, refunds 1 of 10.20,
  // revenue 301.85 − 10.20 = 291.65, customers 3 (17850, 13047, 12583),
  // average purchase value = revenue / orders = 291.65 / 5 = 58.33.
  const app = await openApp(browser, origin, FILE_VIEW);
  const { page } = app;
  await uploadFile(page, file('online_retail.csv'));
  assert.equal(await el(page, '#sel-dataset').inputValue(), 'orders');
  assert.match(await shown(page, '#report-profile') ?? '(no profile line)', /^Recognised: \S/);
  assert.equal(await text(page, '#stat-customers'), '3');
  assert.match(await text(page, '[data-stat=customers]'), /5 orders, 1 refunds/);
  assert.equal(await text(page, '#stat-revenue'), '291.65');
  assert.match(await text(page, '[data-stat=revenue]'), /301\.85 in orders − 10\.2 refunded/);
  assert.equal(await text(page, '#stat-apv'), '58.33');
  assert.equal(await shown(page, '#revenue-from'), 'Revenue = quantity × unit price of each line.');
  // every role of the report has its dropdown, the new ones among them
  for (const role of ['quantity', 'unit_price']) assert.equal(await el(page, `#sel-${role}_column`).count(), 1, role);
  assert.equal(await el(page, '#sel-quantity_column').inputValue(), '4'); // Quantity
  assert.equal(await el(page, '#sel-unit_price_column').inputValue(), '6'); // UnitPrice
  app.checkRequests(assert);
}));

test('Shopify orders export: order totals on the first line of each order, refunded and partly refunded, voided and pending not orders', () => withSession(async ({ browser, origin }) => {
  // shopify_orders.csv, by hand (Total is on each order's first line only; the other lines belong to it):
  //   #1001 anna  paid                Total 55.00 (2 × 20 + 1 × 10 = 50 of goods + 5.00 shipping)
  //   #1002 bruno paid                Total 30.00
  //   #1003 anna  refunded            Total 40.00, Refunded Amount 40.00 → an order and a refund
  //   #1004 carla voided              → not an order (skipped)
  //   #1005 dario pending             → not an order (skipped)
  //   #1006 bruno partially_refunded  Total 80.00 (two lines), Refunded Amount 15.00 → an order and a refund
  // orders 4, order revenue 55 + 30 + 40 + 80 = 205, refunds 2 of 40 + 15 = 55,
  // revenue 205 − 55 = 150, customers 2 (anna, bruno), average purchase value 150 / 4 = 37.5.
  const app = await openApp(browser, origin, FILE_VIEW);
  const { page } = app;
  await uploadFile(page, file('shopify_orders.csv'));
  assert.equal(await el(page, '#sel-dataset').inputValue(), 'orders');
  assert.equal(await shown(page, '#report-profile'), 'Recognised: Shopify orders export');
  assert.equal(await text(page, '#stat-customers'), '2');
  assert.match(await text(page, '[data-stat=customers]'), /4 orders, 2 refunds/);
  assert.equal(await text(page, '#stat-revenue'), '150');
  assert.match(await text(page, '[data-stat=revenue]'), /205 in orders − 55 refunded/);
  assert.equal(await text(page, '#stat-apv'), '37.5');
  assert.equal(await shown(page, '#revenue-from'), 'Revenue from each order’s total.');
  // the voided and pending orders are skipped under their own reason, not as blank dates
  const skipped = await el(page, '#skipped-table tbody tr').evaluateAll((rows) => rows.map((r) => [r.dataset.code, r.cells[1].textContent]));
  assert.equal(skipped.reduce((n, [, c]) => n + Number(c), 0), 2, JSON.stringify(skipped));
  assert.ok(!skipped.some(([code]) => code === 'blank_date'), JSON.stringify(skipped));
  for (const role of ['status', 'refund_amount']) assert.equal(await el(page, `#sel-${role}_column`).count(), 1, role);
  // Italian: the same figures, in Italian words
  await page.getByRole('button', { name: 'Italiano' }).click();
  await page.waitForFunction(() => /Riconosciuto/.test(document.querySelector('polso-analysis').shadowRoot.querySelector('#report-profile')?.textContent ?? ''));
  assert.equal(await text(page, '#stat-apv'), '37,5');
  assert.equal(await shown(page, '#revenue-from'), 'Ricavi dal totale di ogni ordine.');
  app.checkRequests(assert);
}));

test('Zendesk tickets export: durations in minutes, channel from Via, CSAT from Good / Bad (Offered is no answer)', () => withSession(async ({ browser, origin }) => {
  // zendesk_tickets.csv, by hand: 8 tickets (ids 101–108).
  //   First reply time in minutes: 30, 90, 2, 45, 120, 5, 15 (108 never answered) → sorted 2, 5, 15, 30, 45, 90, 120:
  //     median (4th of 7) = 30 min.
  //   Full resolution time in minutes: 240, 600, 20, 300, 60 (104, 107, 108 unresolved) → sorted 20, 60, 240, 300, 600:
  //     median (3rd of 5) = 240 min = 4 h.
  //   Satisfaction Score: Good 101, 103, 105; Bad 102; Offered / Unoffered are not ratings → CSAT 3 / 4 = 75%.
  //   Via: Web form 101, 105, 108; Email 102, 104, 107; Chat 103, 106 → 3 channels.
  const app = await openApp(browser, origin, FILE_VIEW);
  const { page } = app;
  await uploadFile(page, file('zendesk_tickets.csv'));
  assert.equal(await el(page, '#sel-dataset').inputValue(), 'conversations');
  assert.match(await shown(page, '#report-profile') ?? '(no profile line)', /^Recognised: .*Zendesk/);
  assert.equal(await text(page, '#stat-conversations'), '8');
  assert.equal(nbsp(await shown(page, '#stat-first-response')), '30 min');
  assert.equal(nbsp(await shown(page, '#stat-resolution')), '4 h');
  assert.equal(await shown(page, '#stat-csat'), '75%');
  assert.match(await shown(page, '[data-stat=csat]') ?? '', /4 ratings, 4 of them words/);
  const channels = await el(page, '#channels-table tbody th .group-name').allInnerTexts();
  assert.deepEqual([...channels].sort(), ['Chat', 'Email', 'Web form']);
  for (const role of ['first_response_time', 'resolution_time']) assert.equal(await el(page, `#sel-${role}_column`).count(), 1, role);
  app.checkRequests(assert);
}));

test('survey: the metric follows the column; a runner-up column is one click away (“Did you mean …”)', () => withSession(async ({ browser, origin }) => {
  // survey_two_scores.csv, by hand (10 answers each):
  //   recommend (0–10): 10, 9, 8, 6, 10, 3, 9, 7, 10, 5 → promoters (9–10) 5, detractors (0–6) 3 → NPS (5 − 3) / 10 = 20 points
  //   satisfied (1–5):  5, 4, 4, 2, 5, 1, 5, 3, 4, 3  → 4 or 5: 6 of 10 → CSAT 60%
  const want = { 2: { metric: 'nps', value: '20 points' }, 3: { metric: 'csat', value: '60%' } };
  const app = await openApp(browser, origin, FILE_VIEW);
  const { page } = app;
  await uploadFile(page, file('survey_two_scores.csv'));
  assert.equal(await el(page, '#sel-metric').inputValue(), 'auto');
  const guessed = await el(page, '#sel-score_column').inputValue();
  assert.ok(guessed in want, `score column ${guessed}`);
  assert.equal(await shown(page, '#overall-value'), want[guessed].value);
  // ten answers: the small-sample caveat sits with the headline figure
  assert.equal(await el(page, '.overall .caveats li[data-code=small_sample]').count(), 1);
  assert.match(await shown(page, '[data-field=metric] .reason') ?? '(no hint)', new RegExp(`^Computed: ${want[guessed].metric === 'nps' ? 'Net Promoter' : 'Customer Satisfaction'}`));
  // the other scale column is offered as a runner-up; one click analyses it
  const other = guessed === '2' ? '3' : '2';
  const alt = el(page, `#sel-score_column-alternatives button[data-index="${other}"]`);
  assert.equal(await alt.count(), 1);
  await clickAndWait(page, `#sel-score_column-alternatives button[data-index="${other}"]`);
  assert.equal(await el(page, '#sel-score_column').inputValue(), other);
  assert.equal(await shown(page, '#overall-value'), want[other].value);
  assert.equal(await el(page, '#sel-score_column-alternatives').count(), 0, 'chosen by hand: no “did you mean”');
  app.checkRequests(assert);
}));

test('survey: NPS asked of a 1–5 column is refused with a clear message and a one-click fix', () => withSession(async ({ browser, origin }) => {
  // survey_rating_1_5.csv, by hand: 5, 4, 3, 5, 2, 4, 5, 1, 4, 5, 3, 4 → 4 or 5: 8 of 12 → CSAT 66.67%
  // (12 answers: the core needs at least 10 to call a scale a mismatch)
  const app = await openApp(browser, origin, FILE_VIEW);
  const { page } = app;
  await uploadFile(page, file('survey_rating_1_5.csv'));
  assert.equal(await shown(page, '#overall-value'), '66.67%');
  await chooseOption(page, 'metric', 'nps', 'error');
  assert.equal(await page.evaluate(() => document.querySelector('polso-analysis').error.code), 'scale_mismatch');
  assert.match(await text(page, '#analysis-status'), /1.5/);
  assert.equal(await el(page, '#fix-metric').getAttribute('data-metric'), 'csat');
  assert.match(await shown(page, '#fix-metric') ?? '(no button)', /^Use Customer Satisfaction/);
  await clickAndWait(page, '#fix-metric');
  assert.equal(await el(page, '#sel-metric').inputValue(), 'csat');
  assert.equal(await shown(page, '#overall-value'), '66.67%');
  app.checkRequests(assert);
}));
