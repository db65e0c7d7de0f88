// The Embed dialog's two snippets for a calculator's state: the element (the
// author's numbers as attributes, a readable fallback inside) and the iframe
// (with the few lines that fit its height). Pure: no DOM, tested under node.
//
//   <script type="module" src="https://host/polso/embed.js"></script>
//   <polso-calculator metric="nps" lang="it" promoters="70" …>
//     <p>Net Promoter Score (NPS): … <a href="https://host/polso/#m=nps…">…</a></p>
//   </polso-calculator>
import { encodeState } from './shared/state.js';
import { t } from '../i18n/index.js';
import { FRAME_HEIGHT_MESSAGE } from './frame-height.js';

// The iframe's height when the resize lines cannot run (the host strips
// scripts): enough for the NPS form and its result in a blog-width column.
export const FALLBACK_FRAME_HEIGHT = 720;

// Text safe inside a double-quoted attribute or as element content.
export const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// URLs go in as they are: encodeState percent-encodes every value and the keys
// are ids followed by '=', so no '&name;' can appear, and '"', '<' and '>' are
// percent-encoded; an author reads "&l=it", not "&#38;l=it".
const attr = (name, value) => ` ${name}="${escapeHtml(value)}"`;

// The lines the host page runs to resize the iframe to the height the framed
// page posts. Only messages from the Polso origin and from one of the page's
// own iframes are heeded; the height is clamped so a bad value cannot blow up
// the host's layout.
export function resizeScript(appOrigin) {
  return `<script>addEventListener("message",function(e){var d=e.data;if(e.origin!==${JSON.stringify(appOrigin)}||!d||d.type!=="${FRAME_HEIGHT_MESSAGE}")return;`
    + 'document.querySelectorAll("iframe[data-polso]").forEach(function(f){if(f.contentWindow===e.source)f.height=Math.min(5000,Math.max(200,Math.ceil(d.height)))})});</script>';
}

// state: the calculator's state ({ metric, variant, lang, inputs, confidence });
// metricName: its name in state.lang; base: the URL of the folder holding
// embed.js and index.html (ends with '/'); readonly: a fixed worked example.
export function embedSnippets({ state, metricName, base, readonly = false }) {
  const lang = state.lang;
  const appUrl = new URL(base);
  const fragment = encodeState({ metric: state.metric, variant: state.variant, lang, inputs: state.inputs, confidence: state.confidence });
  const fullUrl = `${appUrl.href}#${fragment}`;

  let attrs = attr('metric', state.metric) + attr('lang', lang);
  if (state.variant) attrs += attr('variant', state.variant);
  if (state.confidence && state.confidence !== 95) attrs += attr('confidence', state.confidence);
  for (const [name, value] of Object.entries(state.inputs ?? {})) {
    // Input names are catalogue ids (snake_case); anything else is not written.
    if (/^[a-z][a-z0-9_]*$/.test(name) && value !== '' && value != null) attrs += attr(name, value);
  }
  if (readonly) attrs += ' readonly';
  const fallback = `<p>${escapeHtml(t(lang, 'embedFallbackText', { metric: metricName }))} `
    + `<a href="${fullUrl}">${escapeHtml(t(lang, 'embedFallbackLink', { metric: metricName }))}</a></p>`;
  const element = `<script type="module" src="${new URL('embed.js', appUrl).href}"></script>\n`
    + `<polso-calculator${attrs}>\n  ${fallback}\n</polso-calculator>`;

  const frameUrl = `${new URL('index.html', appUrl).href}?embed=1#${fragment}`;
  const iframe = `<iframe data-polso src="${frameUrl}" title="${escapeHtml(`Polso — ${metricName}`)}" `
    + `width="100%" height="${FALLBACK_FRAME_HEIGHT}" loading="lazy"></iframe>\n${resizeScript(appUrl.origin)}`;
  return { element, iframe, fullUrl };
}
