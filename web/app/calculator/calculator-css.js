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
/* readonly: a worked example; the fallback content while loading or after a failure */
.readonly-note { font-weight: 600; padding: 8px 12px; border-left: 4px solid var(--accent); background: var(--surface); border-radius: 4px; }
input[readonly], textarea[readonly] { background: var(--surface); border-style: dashed; }
select:disabled { opacity: 1; color: var(--fg); background: var(--surface); border-style: dashed; }
slot { display: block; }
.root a { color: var(--accent); }
.sr-only { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
/* intervals, compare mode, planning (intervals.js, calc-plan.js) */
.value-line .interval { font-size: 24px; font-weight: 600; color: var(--muted); font-variant-numeric: tabular-nums; }
.interval-line { font-variant-numeric: tabular-nums; }
details.pm-help, details.plan { border: 1px solid var(--rule); border-radius: 8px; padding: 0 12px; background: var(--bg); }
details.pm-help summary, details.plan summary { cursor: pointer; font-weight: 600; min-height: 44px; display: flex; align-items: center; }
details.pm-help[open], details.plan[open] { padding-bottom: 12px; }
details.pm-help p + p { margin-top: 6px; }
fieldset.mode .mode-row { display: flex; flex-wrap: wrap; gap: 6px 20px; }
.field.confidence select { max-width: 12em; }
.body.compare { grid-template-columns: minmax(0, 1fr); }
.sides { display: grid; gap: 14px; grid-template-columns: minmax(0, 1fr); }
fieldset.side { border: 1.5px solid var(--rule); border-radius: 8px; padding: 10px 14px 14px; display: grid; gap: 14px; min-width: 0; }
fieldset.side-b { border-color: var(--accent); }
fieldset.side legend { font-size: 16px; }
@container (min-width: 560px) {
  .sides { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); align-items: start; }
}
.comparison-view { display: grid; gap: 10px; }
.verdict { font-size: 17px; font-weight: 600; overflow-wrap: anywhere; }
.significance { font-weight: 600; padding: 8px 12px; border-radius: 8px; border: 1px solid currentColor; }
.significance.yes { background: var(--good-bg); color: var(--good-fg); }
.significance.no { background: var(--neutral-bg); color: var(--neutral-fg); }
.significance.tone-bad { background: var(--bad-bg); color: var(--bad-fg); }
.plans { display: grid; gap: 10px; margin-top: 18px; }
.plan-form { display: grid; gap: 10px; }
.plan-fields { display: grid; gap: 10px; grid-template-columns: repeat(auto-fill, minmax(180px, 1fr)); align-items: end; }
.plan-form button { justify-self: start; }
.plan-result { font-weight: 600; min-height: 1em; overflow-wrap: anywhere; }
.plan-result.error { color: var(--error); }
svg.chart.intervals { max-width: 520px; }
svg.chart.intervals .chart-tick { fill: var(--muted); font-size: 13px; }
svg.chart.intervals .chart-label, svg.chart.intervals .chart-value { font-size: 14px; }
svg.chart .grid { stroke: var(--rule); }
svg.chart .axis.zero { stroke: var(--border); stroke-width: 1.5; }
svg.chart .point { stroke: var(--bg); stroke-width: 2; }
svg.chart .error-bar { stroke: var(--muted); stroke-width: 2; fill: none; }
/* the file report's statistics (analysis-stats.js) */
details.vs summary { cursor: pointer; white-space: nowrap; list-style-position: inside; }
details.vs.sig-yes summary { font-weight: 700; color: var(--good-fg); }
details.vs.tone-bad summary { color: var(--bad-fg); }
details.vs .vs-verdict { white-space: normal; min-width: 16em; max-width: 30em; font-size: 14px; color: var(--muted); margin-top: 4px; }
.compare-panel { border: 1px solid var(--rule); border-radius: 10px; padding: 14px; }
.compare-form { display: grid; gap: 10px; }
.compare-fields { display: grid; gap: 10px; grid-template-columns: repeat(auto-fill, minmax(180px, 1fr)); align-items: end; }
.compare-form button { justify-self: start; }
.segment-chart svg.chart.intervals { max-width: 640px; min-width: 300px; }
/* Narrow (phones, blog columns): each radio's label is a 44 px touch target. */
@container (max-width: 559px) {
  .radio { align-items: center; }
  .radio input { margin: 0; }
  .radio label { flex: 1; min-height: 44px; display: flex; align-items: center; }
}
@container (max-width: 360px) {
  .value { font-size: 32px; }
}
@media (max-width: 400px) {
  .root { padding: 14px; }
  .result { padding: 12px; }
}
`;
