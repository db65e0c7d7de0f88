#!/usr/bin/python3
"""Writes the workbook fixtures and their CSV twins (the same data as a CSV
export holds it), with a tool independent of Polso: openpyxl (Debian's
python3-openpyxl) for .xlsx, Python's zipfile and hand-written XML in
LibreOffice's shape for .ods. Run from anywhere; the files land beside this
script. Deterministic: fixed data, fixed zip timestamps.

The CSV twin writes each cell as Polso reads a workbook cell
(src/core/workbook/cell_text.hpp): numbers in shortest decimal form with '.',
percentages as their stored fraction, dates ISO (Thh:mm:ss when there is a
time), booleans TRUE/FALSE, errors as Excel shows them (#N/A)."""
import csv, datetime, io, os, re, zipfile
from decimal import Decimal

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

HERE = os.path.dirname(os.path.abspath(__file__))
STAMP = (2024, 1, 1, 0, 0, 0)


class Formula:
    """A formula with the value a spreadsheet cached for it."""
    def __init__(self, text, cached):
        self.text, self.cached = text, cached


class Percent(float):
    pass


def number_text(x):
    r = repr(float(x))
    if 'e' in r or 'E' in r:
        r = format(Decimal(r), 'f')
    if r.endswith('.0'):
        r = r[:-2]
    return r


def cell_text(v):
    if isinstance(v, Formula):
        return cell_text(v.cached)
    if v is None:
        return ''
    if isinstance(v, bool):
        return 'TRUE' if v else 'FALSE'
    if isinstance(v, datetime.datetime):
        return v.strftime('%Y-%m-%d') if v.time() == datetime.time(0) else v.strftime('%Y-%m-%dT%H:%M:%S')
    if isinstance(v, datetime.date):
        return v.strftime('%Y-%m-%d')
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return number_text(v)
    return str(v)


def write_csv(name, rows):
    out = io.StringIO()
    w = csv.writer(out, lineterminator='\n')
    width = max(len(r) for r in rows)
    for r in rows:
        w.writerow([cell_text(c) for c in r] + [''] * (width - len(r)))
    with open(os.path.join(HERE, name), 'w', encoding='utf-8', newline='') as f:
        f.write(out.getvalue())


def normalise_zip(path, patch=None):
    """Rewrites the archive with fixed timestamps (and `patch` applied to each
    part's text), so the fixtures do not change from run to run."""
    with zipfile.ZipFile(path) as z:
        parts = [(i.filename, z.read(i.filename), i.compress_type) for i in z.infolist()]
    with zipfile.ZipFile(path, 'w') as z:
        for name, data, kind in parts:
            if patch and name.endswith('.xml'):
                data = patch(name, data.decode('utf-8')).encode('utf-8')
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = kind
            z.writestr(info, data)


def write_xlsx(name, sheets, epoch=None, merges=()):
    """sheets: [(title, rows, hidden)]; a Percent is shown as 0%; a Formula
    gets its cached value patched in (openpyxl writes none)."""
    wb = openpyxl.Workbook()
    if epoch:
        wb.epoch = epoch
    wb.remove(wb.active)
    cached = {}
    for title, rows, hidden in sheets:
        ws = wb.create_sheet(title)
        if hidden:
            ws.sheet_state = 'hidden'
        for r, row in enumerate(rows, start=1):
            for c, v in enumerate(row, start=1):
                if v is None:
                    continue
                cell = ws.cell(row=r, column=c)
                if isinstance(v, Formula):
                    cell.value = v.text
                    cached[(title, cell.coordinate)] = v.cached
                else:
                    cell.value = v
                if isinstance(v, Percent):
                    cell.number_format = '0%'
                elif isinstance(v, datetime.datetime) and v.time() != datetime.time(0):
                    cell.number_format = 'yyyy-mm-dd hh:mm:ss'
                elif isinstance(v, (datetime.date, datetime.datetime)):
                    cell.number_format = 'dd/mm/yyyy'
        for m in merges:
            if m[0] == title:
                ws.merge_cells(m[1])
    path = os.path.join(HERE, name)
    wb.save(path)

    def patch(part, text):
        # <c r="F2"><f>B2*10</f><v></v></c> → the cached value in <v>.
        def fill(m):
            value = next((v for (t, ref), v in cached.items() if ref == m.group(2)), None)
            return m.group(0) if value is None else m.group(1) + '<v>' + cell_text(value) + '</v>'
        return re.sub(r'(<c r="([A-Z]+[0-9]+)"[^>]*><f>[^<]*</f>)(?:<v\s*/>|<v></v>)?', fill, text)
    normalise_zip(path, patch if cached else None)


def use_shared_strings(name):
    """Moves the sheets' inline strings into xl/sharedStrings.xml, as Excel
    writes them; the first text with a space is stored as two rich-text runs
    plus a phonetic guide (which is no part of the cell's text)."""
    path = os.path.join(HERE, name)
    with zipfile.ZipFile(path) as z:
        parts = [(i.filename, z.read(i.filename).decode('utf-8'), i.compress_type) for i in z.infolist()]
    table = []
    def share(m):
        text = m.group(2)
        if text not in table:
            table.append(text)
        return m.group(1) + ' t="s"><v>' + str(table.index(text)) + '</v></c>'
    out = []
    for part, text, kind in parts:
        if part.startswith('xl/worksheets/'):
            text = re.sub(r'(<c r="[A-Z]+[0-9]+"(?: s="[0-9]+")?) t="inlineStr"><is><t[^>]*>([^<]*)</t></is></c>', share, text)
        elif part == '[Content_Types].xml':
            text = text.replace('</Types>', '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
        elif part == 'xl/_rels/workbook.xml.rels':
            text = text.replace('</Relationships>', '<Relationship Id="rIdShared" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
        out.append((part, text, kind))
    items = []
    rich_done = False
    for t in table:
        if ' ' in t and not rich_done and '\n' not in t:
            head, tail = t.split(' ', 1)
            items.append(f'<si><r><rPr><b/><sz val="11"/></rPr><t>{head}</t></r><r><t xml:space="preserve"> {tail}</t></r><rPh sb="0" eb="1"><t>ルビ</t></rPh><phoneticPr fontId="1"/></si>')
            rich_done = True
        else:
            items.append(f'<si><t xml:space="preserve">{t}</t></si>')
    shared = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
              f'count="{len(table)}" uniqueCount="{len(table)}">' + ''.join(items) + '</sst>')
    out.append(('xl/sharedStrings.xml', shared, zipfile.ZIP_DEFLATED))
    with zipfile.ZipFile(path, 'w') as z:
        for part, text, kind in out:
            info = zipfile.ZipInfo(part, STAMP)
            info.compress_type = kind
            z.writestr(info, text.encode('utf-8'))


def ods_cell(v):
    if v is None:
        return '<table:table-cell/>'
    if isinstance(v, Formula):
        inner = ods_cell(v.cached)
        return inner.replace('<table:table-cell ', '<table:table-cell table:formula="of:' + v.text.lstrip('=') + '" ', 1)
    if isinstance(v, bool):
        b = 'true' if v else 'false'
        return f'<table:table-cell office:value-type="boolean" office:boolean-value="{b}" calcext:value-type="boolean"><text:p>{b.upper()}</text:p></table:table-cell>'
    if isinstance(v, Percent):
        return f'<table:table-cell table:style-name="ce2" office:value-type="percentage" office:value="{number_text(v)}" calcext:value-type="percentage"><text:p>{round(v * 100)}%</text:p></table:table-cell>'
    if isinstance(v, datetime.datetime):
        shown = v.strftime('%d/%m/%Y %H:%M:%S')
        return f'<table:table-cell office:value-type="date" office:date-value="{v.strftime("%Y-%m-%dT%H:%M:%S")}" calcext:value-type="date"><text:p>{shown}</text:p></table:table-cell>'
    if isinstance(v, datetime.date):
        return f'<table:table-cell office:value-type="date" office:date-value="{v.isoformat()}" calcext:value-type="date"><text:p>{v.strftime("%d/%m/%Y")}</text:p></table:table-cell>'
    if isinstance(v, (int, float)):
        return f'<table:table-cell office:value-type="float" office:value="{number_text(v)}" calcext:value-type="float"><text:p>{number_text(v).replace(".", ",")}</text:p></table:table-cell>'
    text = str(v).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    if text.startswith('#'):  # an error: LibreOffice shows it as text, with no value type
        return f'<table:table-cell table:formula="of:=NA()" office:string-value="" calcext:value-type="error"><text:p>{text}</text:p></table:table-cell>'
    return f'<table:table-cell office:value-type="string" calcext:value-type="string"><text:p>{text}</text:p></table:table-cell>'


def write_ods(name, sheets):
    """LibreOffice's shape: automatic styles first (ta2 hides a table), each
    row closed by a repeated empty cell, the grid's rest a repeated empty row."""
    tables = []
    for title, rows, hidden in sheets:
        body = []
        for row in rows:
            cells = ''.join(ods_cell(v) for v in row)
            body.append(f'<table:table-row table:style-name="ro1">{cells}<table:table-cell table:number-columns-repeated="{1024 - len(row)}"/></table:table-row>')
        body.append(f'<table:table-row table:style-name="ro1" table:number-rows-repeated="{1048576 - len(rows)}"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>')
        style = 'ta2' if hidden else 'ta1'
        tables.append(f'<table:table table:name="{title}" table:style-name="{style}"><table:table-column table:style-name="co1" table:number-columns-repeated="1024" table:default-cell-style-name="Default"/>' + ''.join(body) + '</table:table>')
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
               'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
               'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.3">'
               '<office:automatic-styles>'
               '<style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="2.258cm"/></style:style>'
               '<style:style style:name="ro1" style:family="table-row"><style:table-row-properties style:row-height="0.452cm" fo:break-before="auto" style:use-optimal-row-height="true"/></style:style>'
               '<style:style style:name="ta1" style:family="table" style:master-page-name="Default"><style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>'
               '<style:style style:name="ta2" style:family="table" style:master-page-name="Default"><style:table-properties table:display="false" style:writing-mode="lr-tb"/></style:style>'
               '<number:percentage-style style:name="N11"><number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>'
               '<style:style style:name="ce2" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N11"/>'
               '</office:automatic-styles><office:body><office:spreadsheet>'
               + ''.join(tables) +
               '</office:spreadsheet></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    with zipfile.ZipFile(os.path.join(HERE, name), 'w') as z:
        z.writestr(zipfile.ZipInfo('mimetype', STAMP), 'application/vnd.oasis.opendocument.spreadsheet')  # stored, first
        for part, data in (('content.xml', content), ('META-INF/manifest.xml', manifest)):
            info = zipfile.ZipInfo(part, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def survey_rows():
    rows = [['Submitted at', 'How likely are you to recommend us to a friend or colleague?', 'Plan', 'Completion', 'Verified', 'Score x10']]
    for i in range(45):
        day = datetime.datetime(2024, 1 + i % 3, 1 + (i * 7) % 28, (i * 5) % 24, (i * 13) % 60, (i * 29) % 60)
        if i % 4 == 0:
            day = day.replace(hour=0, minute=0, second=0)
        score = (i * 7 + 3) % 11
        cell = '#N/A' if i == 17 else (None if i == 23 else score)
        formula = Formula(f'=B{i + 2}*10', score * 10) if isinstance(cell, int) else None
        rows.append([day, cell, ['Free', 'Pro', 'Business'][i % 3], Percent((i % 5) / 4), i % 2 == 0, formula])
    return rows


def surveymonkey_rows():
    rows = [['Respondent ID', 'Start Date', 'End Date', 'How likely is it that you would recommend this company to a friend or colleague?',
             'Which channels did you use?', None, 'What is the main reason for your score?'],
            [None, None, None, 'Response', 'Email', 'Phone', 'Open-Ended Response']]
    for i in range(30):
        start = datetime.datetime(2024, 3 + i % 2, 1 + i % 27, 9 + i % 8, (i * 11) % 60, 0)
        rows.append([11400000000 + i * 37, start, start + datetime.timedelta(minutes=3 + i % 5), (i * 3 + 1) % 11,
                     'Email' if i % 2 else None, 'Phone' if i % 3 == 0 else None,
                     ['Servizio rapido, grazie!', 'Prices "too high", sadly', 'ok', 'Line one\nline two'][i % 4]])
    return rows


def orders_rows():
    rows = [['Numero ordine', 'Cliente', 'Data ordine', 'Totale', 'Canale']]
    customers = ['Rossi Mario', 'Bianchi Lucia', 'Esposito Giò', 'Ferrari Anna', 'Romano Luca', 'Colombo Sofia', 'Ricci Paolo']
    for i in range(60):
        rows.append([f'IT-{1000 + i}', customers[(i * 3) % len(customers)] if i % 9 else customers[i % 2],
                     datetime.date(2023, 1 + (i * 5) % 12, 1 + (i * 11) % 28), round(19.9 + (i * 37) % 200 + (i % 4) * 0.25, 2),
                     ['Negozio online', 'Punto vendita', 'Telefono'][i % 3]])
    rows.sort(key=lambda r: (r[2], r[0]) if isinstance(r[2], datetime.date) else (datetime.date.min, ''))
    return rows


def main():
    notes = [['Nota', 'Questo foglio è nascosto: i dati sono nel foglio Ordini.'], ['Aggiornato', datetime.date(2024, 2, 1)]]
    survey = survey_rows()
    write_xlsx('survey_nps.xlsx', [('Responses', survey, False)])
    write_xlsx('survey_nps_1904.xlsx', [('Responses', survey, False)], epoch=CALENDAR_MAC_1904)
    write_ods('survey_nps.ods', [('Responses', survey, False)])
    write_csv('survey_nps.csv', survey)
    monkey = surveymonkey_rows()
    write_xlsx('surveymonkey.xlsx', [('Sheet', monkey, False)], merges=[('Sheet', 'E1:F1')])
    use_shared_strings('surveymonkey.xlsx')
    write_csv('surveymonkey.csv', monkey)
    orders = orders_rows()
    write_xlsx('ordini_it.xlsx', [('Note', notes, True), ('Ordini', orders, False)])
    use_shared_strings('ordini_it.xlsx')
    write_ods('ordini_it.ods', [('Note', notes, True), ('Ordini', orders, False)])
    write_csv('ordini_it.csv', orders)


if __name__ == '__main__':
    main()
