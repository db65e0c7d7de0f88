// "What customers say": the comment column's themes on the page, next to the
// NPS in the same run — ranked lists with bars per group, examples with the
// term marked, copy and CSV; hostile comments stay text; comments are never
// stored nor put in the address.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFile, rm } from 'node:fs/promises';
import { withSession, openApp, root, uploadFile, chooseOption, inAnalysis, analysisText } from './helpers.mjs';

const FILE_VIEW = 'index.html#view=file&l=en';
const fixture = (name) => `${root}tests/data/exports/comments/${name}`;

async function streamText(stream) {
  const chunks = [];
  for await (const c of stream) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8');
}

test('planted themes: detractors say "slow delivery", promoters "friendly staff", beside the NPS', () => withSession(async ({ browser, origin }) => {
  const { page } = await openApp(browser, origin, FILE_VIEW);
  await uploadFile(page, fixture('planted_en.csv'));
  assert.match(await analysisText(page, '#overall-value'), /points/);
  assert.match(await analysisText(page, '#comments-title'), /What customers say/);
  const first = (g) => inAnalysis(page, `.comments .group[data-group=${g}] li .term`).first().innerText();
  assert.equal(await first('detractors'), 'slow delivery');
  assert.equal(await first('promoters'), 'friendly staff');
  // the worst group first
  assert.equal(await inAnalysis(page, '.comments .group').first().getAttribute('data-group'), 'detractors');
  // a term opens to its examples, the term marked
  await inAnalysis(page, '.comments .group[data-group=detractors] li summary').first().click();
  const marks = await inAnalysis(page, '.comments .group[data-group=detractors] li:first-child blockquote mark').allTextContents();
  assert.ok(marks.length > 0 && marks.every((m) => /^(slow|delivery)$/i.test(m)), marks.join(','));
  // the comment column is a dropdown like the others
  assert.equal(await inAnalysis(page, '#sel-comment_column').count(), 1);
  // CSV of the themes
  const [download] = await Promise.all([page.waitForEvent('download'), inAnalysis(page, '#download-comments').click()]);
  assert.equal(download.suggestedFilename(), 'planted_en-comments.csv');
  const body = (await streamText(await download.createReadStream())).replace(/^\ufeff/, '');
  assert.match(body.split(/\r?\n/)[0], /^group,term,share,count,z$/);
  assert.match(body, /detractors,slow delivery,/);
  // never stored, never in the address
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + location.href);
  assert.doesNotMatch(stored, /delivery|friendly/i);
  // no comment column: no section
  await chooseOption(page, 'comment_column', { label: '(none)' });
  assert.equal(await inAnalysis(page, '.comments').count(), 0);
  assert.match(await analysisText(page, '#overall-value'), /points/);
}));

test('hostile comments are shown as inert, isolated text', () => withSession(async ({ browser, origin }) => {
  const { page } = await openApp(browser, origin, FILE_VIEW);
  const path = join(tmpdir(), `polso-hostile-comments-${process.pid}.csv`);
  const evil = '<img src=x onerror="window.__pwned=1"> \u202Egnp.exe slow delivery';
  let csv = 'Score,Comment\n';
  for (let i = 0; i < 30; i++) csv += `2,"${evil.replaceAll('"', '""')}"\n10,friendly staff here\n8,fine i guess\n`;
  await writeFile(path, csv);
  try {
    await uploadFile(page, path);
    await inAnalysis(page, '.comments .group[data-group=detractors] li summary').first().click();
    const info = await page.evaluate(() => {
      const root = document.querySelector('polso-analysis').shadowRoot;
      const q = root.querySelector('.comments .group[data-group=detractors] blockquote');
      return { imgs: root.querySelectorAll('.comments img').length, pwned: window.__pwned ?? 0,
        bdi: q?.firstElementChild?.tagName, text: q?.textContent ?? '' };
    });
    assert.equal(info.imgs, 0);
    assert.equal(info.pwned, 0);
    assert.equal(info.bdi, 'BDI');
    assert.match(info.text, /<img src=x/);
    assert.doesNotMatch(info.text, /\u202E/);  // bidi controls removed by the core
  } finally {
    await rm(path, { force: true });
  }
}));

test('one segment or period against the rest, and what rose in a period, chosen on the page', () => withSession(async ({ browser, origin }) => {
  const { page } = await openApp(browser, origin, FILE_VIEW);
  await uploadFile(page, fixture('focus_period.csv'));
  assert.match(await analysisText(page, '#comments-title'), /What customers say/);
  assert.equal(await inAnalysis(page, '.comments .focus').count(), 0);
  // A period against all others, and the detractors' terms rising since the
  // period before: the figures of focus_period.expected.json, which the
  // reference script (tests/data/exports/reference/comments.py) wrote.
  await chooseOption(page, 'comments_focus', { label: 'Period 2026-03' });
  const focusTitle = await inAnalysis(page, '.comments .focus .group[data-group=focus] h5').innerText();
  assert.match(focusTitle, /^2026-03 against the rest \(150 comments against/);
  assert.equal(await inAnalysis(page, '.comments .focus .group[data-group=focus] li .term').first().innerText(), 'crash');
  const rising = await inAnalysis(page, '.comments .focus .group[data-group=rising] h5').innerText();
  assert.match(rising, /Rising in 2026-03 in the comments of “Detractors”.*\(65 comments against 63\)/);
  assert.equal(await inAnalysis(page, '.comments .focus .group[data-group=rising] li .term').first().innerText(), 'crash');
  // the choice is not in the address
  assert.doesNotMatch(await page.evaluate(() => location.href), /2026-03|crash/);
  // back to the groups
  await chooseOption(page, 'comments_focus', { label: 'Nothing: each group against the others' });
  assert.equal(await inAnalysis(page, '.comments .focus').count(), 0);
}));
