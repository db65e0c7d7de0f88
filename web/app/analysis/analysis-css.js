// Styles of <polso-analysis>, adopted after the calculator's (calculator-css.js)
// so both share colours, type, chips, charts and buttons.
export default `
.head { margin-bottom: 14px; }
.intake { display: grid; gap: 16px; grid-template-columns: minmax(0, 1fr); }
.drop {
  display: grid; grid-template-columns: minmax(0, 1fr); gap: 8px; padding: 18px; border: 2px dashed var(--border); border-radius: 10px; min-width: 0;
  background: var(--surface);
}
.drop.over { border-color: var(--accent); border-style: solid; }
.drop-title { font-weight: 700; font-size: 18px; }
.file-label { font-weight: 600; }
.file-input { font: inherit; width: 100%; max-width: 100%; color: var(--fg); }
.file-input::file-selector-button {
  font: inherit; font-weight: 600; color: var(--accent-fg); background: var(--accent); border: 0;
  border-radius: 6px; padding: 10px 14px; min-height: 44px; margin-right: 10px; cursor: pointer;
}
.setup { display: grid; gap: 12px; }
.paste { margin-top: 12px; }
.paste summary { cursor: pointer; font-weight: 600; padding: 6px 0; min-height: 32px; }
.paste label { display: block; font-weight: 600; margin: 6px 0 4px; }
.paste button { margin-top: 8px; }
.progress { display: grid; gap: 6px; margin-top: 14px; padding: 14px; border: 1px solid var(--rule); border-radius: 10px; }
.progress[hidden] { display: none; }
.progress-label { font-weight: 600; overflow-wrap: anywhere; }
progress { width: 100%; height: 18px; accent-color: var(--accent); }
.progress-text { color: var(--muted); font-variant-numeric: tabular-nums; }
.cancel { justify-self: start; }
.analysis > .status { margin-top: 12px; }
.report { display: grid; gap: 18px; margin-top: 18px; border-top: 1px solid var(--rule); padding-top: 16px; }
.report-title { font-size: 18px; }
.facts { color: var(--muted); overflow-wrap: anywhere; }
.report-top { display: grid; gap: 18px; grid-template-columns: minmax(0, 1fr); }
.overall h4 { font-size: 17px; }
.interval, .responses { font-variant-numeric: tabular-nums; }
.settings { display: grid; gap: 14px; align-content: start; }
fieldset.group { border: 1px solid var(--rule); border-radius: 8px; padding: 10px 14px 14px; display: grid; gap: 10px; min-width: 0; }
.field label { font-weight: 600; }
.reason { overflow-wrap: anywhere; }
.block { display: grid; gap: 8px; min-width: 0; }
.block h4 { font-size: 17px; }
.scroll { overflow-x: auto; max-width: 100%; }
.scroll:focus-visible { outline: 3px solid var(--focus); }
.table { border-collapse: collapse; font-size: 15px; font-variant-numeric: tabular-nums; min-width: 100%; }
.table th, .table td { text-align: start; padding: 6px 10px; border-bottom: 1px solid var(--rule); vertical-align: top; }
.table thead th { font-weight: 700; border-bottom: 2px solid var(--border); white-space: nowrap; }
.table tbody th { font-weight: 600; }
.table .num { text-align: end; }
.preview-table td, .preview-table th { max-width: 16em; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.preview-table .rownum { color: var(--muted); font-weight: 400; }
.preview-table .mapped { background: var(--surface); }
.col-name { display: block; overflow: hidden; text-overflow: ellipsis; }
.tag { display: inline-block; margin-top: 2px; font-size: 12px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em;
  color: var(--accent); border: 1px solid currentColor; border-radius: 4px; padding: 0 5px; }
button.sort { border: 0; background: none; color: var(--fg); padding: 4px 2px; min-height: 36px; font-weight: 700; display: inline-flex; gap: 6px; align-items: center; }
button.sort:hover { background: var(--surface); color: var(--accent); }
.sort-icon { color: var(--muted); font-size: 12px; }
th[aria-sort] .sort-icon { color: var(--accent); }
.as-table summary { cursor: pointer; font-weight: 600; min-height: 32px; padding: 4px 0; }
svg.chart.trend { max-width: none; height: auto; }
svg.chart .grid { stroke: var(--rule); }
svg.chart .axis.zero { stroke: var(--border); stroke-width: 1.5; }
svg.chart .chart-tick { fill: var(--muted); font-size: 13px; }
svg.chart.trend .chart-label { font-size: 13px; }
svg.chart .trend-line { stroke: var(--accent); stroke-width: 2.5; }
svg.chart .point { stroke: var(--bg); stroke-width: 2; }
svg.chart .error-bar { stroke: var(--muted); stroke-width: 1.5; fill: none; }
.warnings li { overflow-wrap: anywhere; }
.profile { font-weight: 600; overflow-wrap: anywhere; }
.caveats { border: 1px solid currentColor; border-left-width: 4px; border-radius: 8px; padding: 8px 12px; margin-top: 10px; }
.caveats-title { font-weight: 700; display: flex; gap: 6px; align-items: baseline; }
.caveats ul { margin: 4px 0 0; }
.did-you-mean { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; font-size: 14px; margin-top: 4px; }
.did-you-mean button.alternative { min-height: 32px; padding: 2px 10px; font-size: 14px; max-width: 100%; overflow-wrap: anywhere; text-align: start; }
.field-warning { color: var(--warning); font-size: 14px; font-weight: 600; display: flex; gap: 6px; align-items: baseline; overflow-wrap: anywhere; margin-top: 4px; }
.error-fix { margin-top: 8px; }
.downloads { align-items: center; }
@container (min-width: 720px) {
  .intake { grid-template-columns: minmax(0, 2fr) minmax(0, 1fr); align-items: start; }
  .report-top { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); align-items: start; }
}
@container (min-width: 520px) {
  fieldset.dialect { grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); align-items: start; }
  fieldset.group .group-hint { grid-column: 1 / -1; }
}
@container (max-width: 420px) {
  .drop { padding: 12px; }
  .table { font-size: 14px; }
  .table th, .table td { padding: 5px 6px; }
}
.link-button {
  justify-self: start; background: none; border: 0; padding: 6px 0; min-height: 32px; color: var(--accent);
  text-decoration: underline; font-weight: 600; cursor: pointer;
}
.link-button:hover { background: none; color: var(--fg); }
.warehouse { display: grid; gap: 10px; margin-top: 14px; padding: 14px; border: 1px solid var(--rule); border-radius: 10px; }
.warehouse h3 { font-size: 18px; }
.wh-steps { padding-left: 22px; display: grid; gap: 4px; }
.wh-controls { display: flex; flex-wrap: wrap; gap: 12px; }
.warehouse input[type=text] { font: inherit; min-height: 40px; padding: 6px 8px; width: min(100%, 420px); }
.wh-sql-label { font-weight: 600; }
.wh-sql {
  margin: 0; padding: 12px; overflow: auto; max-height: 420px; background: var(--surface); border: 1px solid var(--rule);
  border-radius: 8px; font: 14px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; white-space: pre;
}
`;
