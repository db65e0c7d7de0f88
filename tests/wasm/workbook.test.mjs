// The page's workbook door (web/app/analysis/reading/workbook-door.js: DecompressionStream
// inflating, the wasm core reading) gives the CLI's report (zlib inflating,
// the native core) for every workbook fixture, cut files fail as damaged, and
// OLE files are named.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { root, runCli } from './helpers.mjs';

const { loadPolsoModule } = await import(`${root}dist/polso-api.js`);
const { workbookKind, workbookResponse, oleResponse } = await import(`${root}web/app/analysis/reading/workbook-door.js`);
const m = await loadPolsoModule({ wasmUrl: new URL(`file://${root}dist/polso.wasm`) });

const fixture = (name) => `${root}tests/data/workbooks/${name}`;
const asFile = (bytes) => ({ size: bytes.length, bytes });
const readSlice = async (file, from, to) => new Uint8Array(file.bytes.subarray(from, to));

async function viaDoor(bytes, options, extra = {}) {
  const file = asFile(bytes);
  return JSON.parse(await workbookResponse({ m, file, options, readSlice, chunkBytes: 4096, ...extra }));
}

for (const [name, args] of [['survey_nps.xlsx', ['--dataset', 'auto']], ['survey_nps_1904.xlsx', ['--dataset', 'survey']],
  ['survey_nps.ods', ['--dataset', 'auto', '--period', 'week']], ['surveymonkey.xlsx', ['--dataset', 'auto']],
  ['ordini_it.xlsx', ['--dataset', 'orders', '--lang', 'it']], ['ordini_it.ods', ['--dataset', 'auto', '--sheet', 'Ordini']]]) {
  test(`${name}: the page's door gives the CLI's report`, async () => {
    const bytes = readFileSync(fixture(name));
    assert.equal(workbookKind(bytes.subarray(0, 8)), 'zip');
    const options = {};
    for (let i = 0; i < args.length; i += 2) options[args[i].slice(2)] = args[i + 1];
    if (!options.lang) options.lang = 'en';
    const cli = JSON.parse(runCli(['analyze', fixture(name), ...args, '--lang', options.lang]).stdout);
    assert.equal(cli.ok, true);
    assert.deepEqual(await viaDoor(bytes, options), cli);
  });
}

test('a first look stops early and names the kind', async () => {
  const look = await viaDoor(readFileSync(fixture('ordini_it.xlsx')), { lang: 'en' }, { firstLook: true });
  assert.equal(look.ok, true);
  assert.equal(look.dataset, 'orders');
  assert.equal(look.dialect.format, 'xlsx');
});

test('cut workbooks are damaged, not a crash; cancelling stops', async () => {
  const bytes = readFileSync(fixture('survey_nps.xlsx'));
  for (const cut of [30, 2000, bytes.length - 200]) {
    const r = await viaDoor(bytes.subarray(0, cut), { dataset: 'auto' });
    assert.equal(r.ok, false, String(cut));
    assert.equal(r.error.code, 'damaged_workbook', String(cut));
  }
  const file = asFile(bytes);
  assert.equal(await workbookResponse({ m, file, options: {}, readSlice, chunkBytes: 1024, cancelled: () => true }), null);
});

test('OLE files: legacy .xls and password-protected workbooks are named', async () => {
  const header = new Uint8Array(4096);
  header.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  header[30] = 9; header[48] = 1;
  assert.equal(workbookKind(header), 'ole');
  let r = JSON.parse(await oleResponse({ m, file: asFile(header), options: { lang: 'it' }, readSlice }));
  assert.equal(r.error.code, 'legacy_xls');
  header.set(new TextEncoder().encode('E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0'), 1024 + 64);
  r = JSON.parse(await oleResponse({ m, file: asFile(header), options: {}, readSlice }));
  assert.equal(r.error.code, 'workbook_encrypted');
});
