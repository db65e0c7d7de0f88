// Styles of the orders and conversations views and of the kind chooser,
// adopted by <polso-analysis> after analysis-css.js (dataset-choice.js).
export default `
.root { --heat: #0b57d0; }
@media (prefers-color-scheme: dark) { .root { --heat: #3b6fc4; } }
.field.asking { border: 2px solid var(--accent); border-radius: 10px; padding: 12px; background: var(--surface); }
.question { font-weight: 700; font-size: 17px; }
button.primary { color: var(--accent-fg); background: var(--accent); border-color: var(--accent); justify-self: start; margin-top: 4px; }
.field-error { color: var(--error); font-weight: 600; display: flex; gap: 6px; align-items: flex-start; overflow-wrap: anywhere; }
.field-error .chip-icon, .field-warning .chip-icon, .caveats .chip-icon { flex: none; display: inline-grid; place-items: center; width: 20px; height: 20px; border-radius: 50%;
  border: 2px solid currentColor; font-size: 12px; line-height: 1; }
.field.invalid select { border-color: var(--error); border-width: 2px; }
.ds-summary h4 { font-size: 17px; }
.stats { display: grid; gap: 10px; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); margin-top: 10px; }
.stat { border: 1px solid var(--rule); border-radius: 8px; padding: 10px 12px; display: grid; gap: 2px; align-content: start; min-width: 0; }
.stat-label { font-size: 14px; font-weight: 600; color: var(--muted); }
.stat-value { font-size: 22px; font-weight: 700; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; line-height: 1.25; }
.stat-line { font-size: 14px; color: var(--muted); overflow-wrap: anywhere; }
.stat-line code { font-size: 13px; overflow-wrap: anywhere; white-space: normal; }
.stat .chip { margin-top: 4px; }
form.costs { display: block; }
form.costs fieldset { gap: 8px; }
form.costs input { max-width: 14em; }
form.costs button { justify-self: start; }
.legend { list-style: none; display: flex; flex-wrap: wrap; gap: 6px 16px; padding: 0; margin: 0; font-size: 14px; color: var(--muted); }
.legend li { display: inline-flex; align-items: center; gap: 6px; }
.swatch { display: inline-block; width: 14px; height: 14px; border-radius: 3px; }
.swatch.bar-active { background: var(--accent); }
.swatch.bar-new { background: var(--bar-good); }
.swatch.bar-lost { background: var(--bar-bad); }
.swatch.line-churn { height: 3px; width: 18px; background: var(--fg); border-radius: 0; }
.swatch.line-retention { height: 0; width: 18px; border-top: 3px dashed var(--muted); border-radius: 0; }
svg.orders-chart { max-width: none; height: auto; }
svg.chart .bar-active { fill: var(--accent); }
svg.chart .bar-new { fill: var(--bar-good); }
svg.chart .bar-lost { fill: var(--bar-bad); }
svg.chart .rate-line.line-churn { stroke: var(--fg); stroke-width: 2; }
svg.chart .rate-line.line-retention { stroke: var(--muted); stroke-width: 2; stroke-dasharray: 6 4; }
svg.chart .rate-point.line-churn { fill: var(--fg); stroke: var(--bg); stroke-width: 1.5; }
svg.chart .rate-point.line-retention { fill: var(--bg); stroke: var(--muted); stroke-width: 2; }
svg.chart.trend .point.tone-neutral { fill: var(--accent); }
.heatmap td.heat { min-width: 3.2em; color: var(--fg); }
.heatmap td.na { background: repeating-linear-gradient(135deg, transparent 0 4px, var(--rule) 4px 5px); }
.heatmap th, .heatmap td { border: 1px solid var(--bg); }
@media (prefers-color-scheme: dark) { .heatmap td.heat { color: #f4f6fa; } }
.seg-name { display: block; }
.seg-def { display: block; font-weight: 400; font-size: 13px; max-width: 40ch; white-space: normal; }
.group-name { display: block; }
.outlier-mark { display: inline-flex; gap: 4px; align-items: baseline; font-size: 13px; font-weight: 700; color: var(--warning);
  border: 1px solid currentColor; border-radius: 4px; padding: 0 5px; margin-top: 2px; max-width: 16em; }
.ds-report .table thead th { white-space: normal; vertical-align: bottom; min-width: 4.5em; }
.ds-report .table th, .ds-report .table td { padding: 6px 8px; }
.ds-report .heatmap thead th { white-space: nowrap; min-width: 0; }
.stat .chip { border-radius: 8px; align-items: flex-start; overflow-wrap: break-word; hyphens: auto; font-size: 14px; padding: 3px 8px; max-width: 100%; }
.ds-report .table thead th:first-child { min-width: 7em; }
.ds-report button.sort { text-align: start; }
.ds-report .table th.num button.sort { text-align: end; justify-content: flex-end; }
.ds-left { display: grid; gap: 14px; align-content: start; min-width: 0; }
.ds-report .preview-table thead th { white-space: nowrap; min-width: 0; }
.ds-report #channels-table tbody th, .ds-report #agents-table tbody th { min-width: 10em; }
tr.outlier > th { box-shadow: inset 4px 0 0 var(--warning); }
.outlier-note { color: var(--warning); font-weight: 600; }
.volume-facts, .method-notes { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 4px 14px; margin: 0; }
.volume-facts dt, .method-notes dt { font-weight: 600; }
.volume-facts dd, .method-notes dd { margin: 0; overflow-wrap: anywhere; font-variant-numeric: tabular-nums; }
.definitions summary { cursor: pointer; font-weight: 600; min-height: 32px; padding: 4px 0; }
.definitions dl { display: grid; gap: 4px; margin: 8px 0 0; }
.definitions dt { font-weight: 600; margin-top: 6px; }
.definitions dd { margin: 0; color: var(--muted); max-width: 75ch; }
@container (min-width: 720px) {
  .ds-report fieldset.columns { grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); align-items: start; }
}
@container (max-width: 420px) {
  .stats { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 8px; }
  .stat { padding: 8px; }
  .stat-value { font-size: 19px; }
  .volume-facts, .method-notes { grid-template-columns: minmax(0, 1fr); }
}
`;
