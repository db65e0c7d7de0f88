// Download buttons under a report: the report as JSON and each table as CSV
// (csv-export.js: formula-injection safe; `;` and `,` in Italian, `,` and `.`
// in English; UTF-8 with a BOM so spreadsheets read the accents).
// tables: [{ id, label, rows: () => [[cells]], name }]; files are `${stem}-${name}`.
import { h, save } from './dom.js';
import { toCsv } from './csv-export.js';
import { t } from '../../i18n/index.js';

const csvOptions = (lang) => (lang === 'it' ? { delimiter: ';', decimal: ',' } : { delimiter: ',', decimal: '.' });

export function saveCsv(lang, rows, fileName) {
  save(new Blob(['\ufeff', toCsv(rows, csvOptions(lang))], { type: 'text/csv;charset=utf-8' }), fileName);
}

export function downloads(lang, report, stem, jsonName, tables) {
  const status = h('p', { class: 'action-status', role: 'status' });
  const done = () => { status.textContent = t(lang, 'downloaded'); };
  return h('div', { class: 'actions downloads' },
    h('button', { type: 'button', id: 'download-json', text: t(lang, 'downloadReport'), onclick: () => {
      save(new Blob([JSON.stringify(report, null, 2)], { type: 'application/json' }), `${stem}-${jsonName}.json`);
      done();
    } }),
    tables.filter(Boolean).map((x) => h('button', { type: 'button', id: `download-${x.id}`, text: x.label, onclick: () => {
      saveCsv(lang, x.rows(), `${stem}-${x.name}.csv`);
      done();
    } })),
    status);
}
