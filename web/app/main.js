// The hosted page: metric picker, language switch, share link, embed code, and
// one <polso-calculator> (the same element the embed uses); a second view,
// "Analyse a file" (<polso-analysis>, #view=file), runs CSV files through the
// analysis worker. The page's state lives in the URL fragment; nothing is sent anywhere.
import './calculator/calculator.js';
import './analysis/analysis.js';
import { getPolso } from './core.js';
import { analysisWorker } from './analysis/reading/analysis-client.js';
import { encodeState, decodeState } from './shared/state.js';
import { embedSnippets } from './embed-snippet.js';
import { reportHeight } from './frame-height.js';
import { shareLink } from './share-link.js';
import { t, pickLanguage, normLang } from '../i18n/index.js';
import '../i18n/page-words.js';

// Set by the bundler: true in the single-file offline build (dist/polso.html).
const SINGLE_FILE = typeof __POLSO_SINGLE_FILE__ !== 'undefined' && __POLSO_SINGLE_FILE__;
// Set at build time (POLSO_PUBLIC_URL): where the hosted app lives, for links
// copied from the offline file. Empty: not known.
const PUBLIC_URL = typeof __POLSO_PUBLIC_URL__ !== 'undefined' ? __POLSO_PUBLIC_URL__ : '';

const $ = (id) => document.getElementById(id);
const calc = $('calculator');
const analysis = $('analysis');
const params = new URLSearchParams(location.search);
const embedMode = params.get('embed') === '1';
if (embedMode) {
  document.documentElement.classList.add('embed');
  reportHeight();
}

let lang = normLang(decodeState(location.hash).lang ?? pickLanguage());
let catalogue = null;
let view = 'calc';

function applyTexts() {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(lang, el.dataset.i18n);
  for (const el of document.querySelectorAll('[data-i18n-aria]')) el.setAttribute('aria-label', t(lang, el.dataset.i18nAria));
  for (const b of document.querySelectorAll('[data-lang]')) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
  if (catalogue) $('footer-text').textContent = t(lang, SINGLE_FILE ? 'offlineFile' : 'footer', { version: catalogue.version });
  const offline = $('offline-link');
  if (offline) offline.hidden = SINGLE_FILE || embedMode;
  updateViewLinks();
}

// ---- views: calculators | analyse a file -------------------------------------

function updateViewLinks() {
  $('view-calc').href = `#${encodeState({ ...calc.state, lang })}`;
  $('view-file').href = `#view=file&l=${lang}`;
}

function showView(next) {
  view = next === 'file' ? 'file' : 'calc';
  $('calc-view').hidden = view !== 'calc';
  $('file-view').hidden = view !== 'file';
  for (const [id, v] of [['view-calc', 'calc'], ['view-file', 'file']]) {
    if (v === view) $(id).setAttribute('aria-current', 'page'); else $(id).removeAttribute('aria-current');
  }
  if (view === 'file') document.title = `${t(lang, 'viewAnalyse')} — Polso`;
  else {
    const m = catalogue?.metrics.find((x) => x.id === calc.state.metric);
    document.title = m ? `${m.name[lang]} — Polso` : 'Polso';
  }
  updateViewLinks();
}

// ---- metric picker ----------------------------------------------------------

function fold(s) {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

// What the search box looks in: the names and the catalogue's aliases in both
// languages ("soddisf" finds CSAT, whose Italian name is English) and the id.
function searchText(m) {
  return `${m.name.en} ${m.name.it} ${m.aliases?.en ?? ''} ${m.aliases?.it ?? ''} ${m.id.replace(/_/g, ' ')}`;
}

function renderPicker() {
  const list = $('metric-list');
  const q = fold($('search').value.trim());
  const current = calc.state.metric;
  list.replaceChildren();
  let shown = 0;
  for (const g of catalogue.groups) {
    const items = catalogue.metrics.filter((m) => m.group === g.id &&
      (!q || fold(searchText(m)).includes(q)));
    if (!items.length) continue;
    shown += items.length;
    const h = document.createElement('h3');
    h.textContent = g.name[lang];
    h.id = `group-${g.id}`;
    const ul = document.createElement('ul');
    ul.setAttribute('aria-labelledby', h.id);
    for (const m of items) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = `#${encodeState({ metric: m.id, lang })}`;
      a.textContent = m.name[lang];
      a.dataset.metric = m.id;
      if (m.id === current) a.setAttribute('aria-current', 'true');
      a.addEventListener('click', (e) => {
        e.preventDefault();
        calc.setState({ metric: m.id, lang, inputs: {} });
        if (!window.matchMedia('(min-width: 900px)').matches) $('main').scrollIntoView({ block: 'start' });
      });
      li.append(a);
      ul.append(li);
    }
    list.append(h, ul);
  }
  renderCompactPicker(current);
  const none = $('no-match');
  none.hidden = shown > 0;
  none.textContent = shown ? '' : t(lang, 'noMatches', { q: $('search').value.trim() });
}

// Below 700 px the list gives way to one <select> (PHONE in app.css), so the
// calculator starts on the first screen. It lists every metric, by group.
function renderCompactPicker(current) {
  const select = $('metric-select');
  select.replaceChildren(...catalogue.groups.map((g) => {
    const og = document.createElement('optgroup');
    og.label = g.name[lang];
    for (const m of catalogue.metrics.filter((x) => x.group === g.id)) {
      const o = new Option(m.name[lang], m.id, false, m.id === current);
      og.append(o);
    }
    return og;
  }));
}

// ---- state <-> URL ---------------------------------------------------------

let calcStarted = false;
function restoreFromHash() {
  const s = decodeState(location.hash);
  lang = normLang(s.lang ?? lang);
  applyTexts();
  analysis.setLang(lang);
  if (s.view === 'file') {
    if (!calcStarted) calc.setState({ metric: 'nps', lang, inputs: {} });
    else if (calc.lang !== lang) setCalcLang();
    calcStarted = true;
    showView('file');
    return;
  }
  calcStarted = true;
  calc.setState({ metric: s.metric ?? 'nps', variant: s.variant, lang, inputs: s.inputs,
    confidence: s.confidence ?? 95, mode: s.mode ?? 'single', inputsB: s.inputsB });
  showView('calc');
}

function setCalcLang() {
  if (calc.catalogue) calc.setLang(lang); else calc.setState({ ...calc.state, lang });
}

calc.addEventListener('polso-change', (e) => {
  const { state } = e.detail;
  updateViewLinks();
  if (view !== 'calc') return;
  const hash = `#${encodeState(state)}`;
  if (hash !== location.hash) history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  const m = catalogue?.metrics.find((x) => x.id === state.metric);
  if (m) document.title = `${m.name[lang]} — Polso`;
  if (catalogue) {
    for (const a of document.querySelectorAll('#metric-list a')) {
      if (a.dataset.metric === state.metric) a.setAttribute('aria-current', 'true'); else a.removeAttribute('aria-current');
    }
    $('metric-select').value = state.metric;
  }
});

function setLang(next) {
  lang = normLang(next);
  setCalcLang();
  analysis.setLang(lang);
  applyTexts();
  if (catalogue) renderPicker();
  if (view === 'file') {
    history.replaceState(null, '', `${location.pathname}${location.search}#view=file&l=${lang}`);
    showView('file');
  }
}

// ---- share and embed ---------------------------------------------------------

function pageStatus(key) {
  $('page-status').textContent = t(lang, key);
}

async function copyText(text) {
  try { await navigator.clipboard.writeText(text); return true; } catch { return false; }
}

// The Embed dialog's snippets for the calculator as it is now.
function fillEmbedDialog() {
  const s = calc.state;
  const link = shareLink(location.href, PUBLIC_URL);
  const m = catalogue?.metrics.find((x) => x.id === s.metric);
  const { element, iframe } = embedSnippets({ state: s, metricName: m?.name[s.lang] ?? s.metric, base: link.base,
    readonly: $('embed-readonly').checked });
  $('embed-element').value = element;
  $('embed-iframe').value = iframe;
  const where = $('embed-where');
  where.hidden = location.protocol !== 'file:';
  where.textContent = link.local ? t(lang, 'embedNoBase') : t(lang, 'embedFromOffline', { base: link.base });
}

function wireActions() {
  // The fragment holds the state, so the skip link moves focus itself instead of navigating.
  document.querySelector('.skip').addEventListener('click', (e) => {
    e.preventDefault();
    $(view === 'file' ? 'file-view' : 'main').focus();
  });
  // A file dropped anywhere on the analysis view is analysed (not opened by the browser).
  const fileView = $('file-view');
  fileView.addEventListener('dragover', (e) => { if (e.dataTransfer?.types?.includes('Files')) e.preventDefault(); });
  fileView.addEventListener('drop', (e) => {
    if (e.defaultPrevented) return;
    e.preventDefault();
    const f = e.dataTransfer?.files?.[0];
    if (f && analysis.worker) analysis.setFile(f);
  });
  for (const b of document.querySelectorAll('[data-lang]')) b.addEventListener('click', () => setLang(b.dataset.lang));
  $('search').addEventListener('input', renderPicker);
  $('metric-select').addEventListener('change', (e) => calc.setState({ metric: e.target.value, lang, inputs: {} }));
  $('share').addEventListener('click', async () => {
    const link = shareLink(location.href, PUBLIC_URL);
    const copied = await copyText(link.url);
    if (!copied) pageStatus('copyFailed');
    else if (link.local) pageStatus('shareLocalOnly');
    else if (location.protocol === 'file:') $('page-status').textContent = t(lang, 'shareHosted', { base: link.base });
    else pageStatus('linkCopied');
  });
  const dialog = $('embed-dialog');
  $('embed').addEventListener('click', () => {
    fillEmbedDialog();
    dialog.showModal();
  });
  $('embed-readonly').addEventListener('change', fillEmbedDialog);
  $('embed-close').addEventListener('click', () => dialog.close());
  for (const b of dialog.querySelectorAll('[data-copy]')) {
    b.addEventListener('click', async () => {
      const ta = $(b.dataset.copy);
      const ok = await copyText(ta.value);
      if (!ok) ta.select();
      $('embed-status').textContent = t(lang, ok ? 'copied' : 'copyFailed');
    });
  }
}

// ---- start -----------------------------------------------------------------

applyTexts();
wireActions();
window.addEventListener('hashchange', () => {
  const s = decodeState(location.hash);
  if (s.metric || s.view) restoreFromHash();
});
restoreFromHash();
getPolso().then(async (polso) => {
  catalogue = polso.catalogueData;
  analysis.catalogue = catalogue;
  applyTexts();
  renderPicker();
  showView(view);
  const calcReady = new Promise((ok) => {
    if (calc.dataset.ready !== undefined) ok(); else calc.addEventListener('polso-ready', ok, { once: true });
  });
  await calcReady;
  performance.mark?.('polso-ready');
  // The analysis worker starts (and fetches its script and the wasm) during
  // load, so nothing is requested later, when a file is chosen.
  if (!embedMode) {
    try { analysis.worker = await analysisWorker(); } catch (err) {
      $('page-status').textContent = t(lang, 'loadFailed', { message: err?.message ?? err });
    }
  }
  document.documentElement.dataset.ready = '';
}, (err) => {
  $('page-status').textContent = t(lang, 'loadFailed', { message: err?.message ?? err });
});

if (!SINGLE_FILE && 'serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
  navigator.serviceWorker.register('sw.js').catch(() => {});
}
