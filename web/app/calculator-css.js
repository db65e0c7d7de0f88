// Styles of <polso-calculator>, adopted by its shadow root (a constructed
// stylesheet: no <style> element, no network). Sizes are in px or em of .root,
// never rem, so a host page's root font size cannot change them; .root resets
// every inherited property, so a host's `* { color: red !important }` on the
// host element does not reach the inside.
export default `
:host { display: block; contain: content; }
:host([hidden]) { display: none; }
.root {
  all: initial;
  display: block;
  container-type: inline-size;
  font: 400 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--fg); background: var(--bg);
  text-align: start;
  --bg: #ffffff; --surface: #f5f7fa; --fg: #16181d; --muted: #4a5160; --border: #6b7385; --rule: #d0d5dd;
  --accent: #0b57d0; --accent-fg: #ffffff; --focus: #0b57d0;
  --error: #b3261e; --warning: #7a4b00;
  --good-bg: #e3f4e8; --good-fg: #0d5c2a; --neutral-bg: #eceff3; --neutral-fg: #333a46; --bad-bg: #fde7e7; --bad-fg: #a3161b;
  --bar-good: #1e7e34; --bar-neutral: #6b7280; --bar-bad: #c5221f;
  border: 1px solid var(--rule); border-radius: 12px; padding: 20px;
  box-sizing: border-box;
}
@media (prefers-color-scheme: dark) {
  .root {
    --bg: #171a20; --surface: #20242c; --fg: #e8eaf0; --muted: #b4bac6; --border: #8a93a3; --rule: #3a404c;
    --accent: #8ab4f8; --accent-fg: #0b1b36; --focus: #8ab4f8;
    --error: #ffb4ab; --warning: #f3c26b;
    --good-bg: #173b24; --good-fg: #a6e3b8; --neutral-bg: #2c313b; --neutral-fg: #dde1e8; --bad-bg: #4d1c1c; --bad-fg: #ffb4ab;
    --bar-good: #5bb974; --bar-neutral: #9aa0a6; --bar-bad: #f28b82;
  }
}
*, *::before, *::after { box-sizing: border-box; }
h2, h3, h4, p, ul, dl, dd, figure, fieldset, legend { margin: 0; padding: 0; }
h2 { font-size: 22px; line-height: 1.25; font-weight: 700; }
h3 { font-size: 15px; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
h4 { font-size: 15px; font-weight: 600; }
.head { display: grid; gap: 6px; margin-bottom: 18px; }
.help, .generic-formula, .hint, .count, .action-status { color: var(--muted); }
.help { max-width: 70ch; }
.k { font-weight: 600; }
.body { display: grid; gap: 24px; grid-template-columns: minmax(0, 1fr); }
@container (min-width: 720px) {
  .body { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); align-items: start; }
}
.form { display: grid; gap: 16px; align-content: start; }
fieldset.variants { border: 1px solid var(--rule); border-radius: 8px; padding: 10px 14px 12px; display: grid; gap: 6px; }
legend { font-weight: 600; padding: 0 6px; }
.radio { display: flex; gap: 8px; align-items: flex-start; }
.radio input { margin: 4px 0 0; width: 18px; height: 18px; accent-color: var(--accent); flex: none; }
.field { display: grid; gap: 4px; }
.field label { font-weight: 600; }
.opt { font-weight: 400; color: var(--muted); }
.paste-title { font-size: 14px; color: var(--muted); }
input[type=text], select, textarea {
  display: block; width: 100%; max-width: 100%; margin: 0;
  font: inherit; color: var(--fg); background: var(--bg);
  border: 1.5px solid var(--border); border-radius: 6px; padding: 8px 10px; min-height: 44px;
}
textarea { resize: vertical; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 15px; }
.affix { display: flex; align-items: center; gap: 8px; }
.affix input { flex: 1; }
.suffix { color: var(--muted); font-weight: 600; }
input[aria-invalid=true], textarea[aria-invalid=true] { border-color: var(--error); border-width: 2px; }
.hint, .count { font-size: 14px; }
.msg { font-size: 15px; font-weight: 600; }
.msg.error { color: var(--error); }
.msg.error::before { content: "⚠ "; }
.msg.warning { color: var(--warning); }
.msg.warning::before { content: "ℹ "; }
.msg[hidden] { display: none; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
input[type=radio]:focus-visible { outline-offset: 3px; }
.result { display: grid; gap: 14px; align-content: start; background: var(--surface); border-radius: 10px; padding: 16px; min-height: 120px; }
.status { color: var(--muted); }
.status.error { color: var(--error); font-weight: 600; }
.value-line { display: flex; flex-wrap: wrap; align-items: center; gap: 10px 14px; }
.value { font-size: 40px; line-height: 1.1; font-weight: 700; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
.chip { display: inline-flex; align-items: center; gap: 6px; border-radius: 999px; padding: 4px 12px; font-weight: 600; font-size: 15px; border: 1px solid currentColor; }
.chip-icon { font-weight: 700; }
.tone-good.chip { background: var(--good-bg); color: var(--good-fg); }
.tone-neutral.chip { background: var(--neutral-bg); color: var(--neutral-fg); }
.tone-bad.chip { background: var(--bad-bg); color: var(--bad-fg); }
.formula code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 15px; overflow-wrap: anywhere; }
.warnings { display: grid; gap: 4px; color: var(--warning); }
.warnings ul { padding-left: 20px; }
.chart-figure { display: grid; gap: 6px; }
.chart-figure figcaption { font-weight: 600; font-size: 15px; }
svg.chart { width: 100%; height: auto; max-width: 400px; overflow: visible; }
svg.chart.vertical { max-height: 220px; }
svg.chart text { fill: var(--fg); font-size: 15px; font-family: inherit; }
svg.chart .axis { stroke: var(--border); }
svg.chart .tone-good { fill: var(--bar-good); }
svg.chart .tone-neutral { fill: var(--bar-neutral); }
svg.chart .tone-bad { fill: var(--bar-bad); }
.details { display: grid; grid-template-columns: auto 1fr; gap: 2px 14px; font-size: 15px; }
.details dt { color: var(--muted); }
.details dd { font-variant-numeric: tabular-nums; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; }
button {
  font: inherit; font-size: 15px; font-weight: 600; color: var(--accent); background: var(--bg);
  border: 1.5px solid var(--accent); border-radius: 6px; padding: 8px 12px; min-height: 44px; cursor: pointer; margin: 0;
}
button:hover { background: var(--accent); color: var(--accent-fg); }
.action-status { font-size: 14px; min-height: 1em; }
.sr-only { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
@container (max-width: 360px) {
  .value { font-size: 32px; }
}
@media (max-width: 400px) {
  .root { padding: 14px; }
  .result { padding: 12px; }
}
`;
