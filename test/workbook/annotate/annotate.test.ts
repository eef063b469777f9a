// Issue 12: the annotated copy edits the clerk's package — flagged cells' formats, notes, the
// results sheet — and leaves every other part byte for byte, every value, formula, number format,
// merge and column width as it was. Checked on LibreOffice's workbook with everything (a chart, a
// picture, a pivot table, notes, four sheets), on an exceljs-made annex and on hand-written parts.
import { readFileSync } from 'fs';
import * as path from 'path';
import { annotateWorkbook, AnnotateError, MARK_FILLS, type AnnotationRequest } from '../../../src/workbook/annotate';
import { HIGHLIGHT_COLOURS } from '../../../src/excel/fills';
import { exceljsView, exceljsWorkbook, handmadeWorkbook, partsOf, readerCells, requestFor, text } from './helpers';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'workbooks');
const EVERYTHING = new Uint8Array(readFileSync(path.join(FIXTURES, 'lo-everything.xlsx')));
const PLANTED = new Uint8Array(readFileSync(path.join(__dirname, '..', '..', '..', 'assets', 'samples', 'phu-luc-quy-II-2026-co-loi.xlsx')));

function changedParts(before: Uint8Array, after: Uint8Array): { changed: string[]; added: string[]; removed: string[] } {
  const a = partsOf(before);
  const b = partsOf(after);
  const same = (x: Uint8Array, y: Uint8Array) => x.length === y.length && x.every((byte, i) => byte === y[i]);
  return {
    changed: Object.keys(a)
      .filter((name) => b[name] && !same(a[name], b[name]))
      .sort(),
    added: Object.keys(b)
      .filter((name) => !a[name])
      .sort(),
    removed: Object.keys(a)
      .filter((name) => !b[name])
      .sort(),
  };
}

describe('the annotated copy of the workbook with everything (LibreOffice: chart, picture, pivot, notes, 4 sheets)', () => {
  let request: AnnotationRequest;
  let copy: Uint8Array;
  beforeAll(async () => {
    request = await requestFor(EVERYTHING);
    copy = annotateWorkbook(EVERYTHING, request);
  });

  it('marks the planted mistakes as the pane does', () => {
    expect(request.sheet).toBe('Phụ lục');
    expect(request.cells.map((c) => [c.address, c.severity, c.style])).toEqual([
      ['D5', 'error', 'fill'],
      ['M9', 'error', 'fill'],
      ['C14', 'warning', 'fill'],
      ['H18', 'error', 'fill'],
    ]);
  });

  it('edits only styles, the marked sheet, its notes, the workbook lists; adds only the results sheet; every other part byte-identical', () => {
    expect(changedParts(EVERYTHING, copy)).toEqual({
      changed: [
        '[Content_Types].xml',
        'xl/_rels/workbook.xml.rels',
        'xl/comments1.xml',
        'xl/drawings/vmlDrawing1.vml',
        'xl/styles.xml',
        'xl/workbook.xml',
        'xl/worksheets/sheet1.xml',
      ],
      added: ['xl/worksheets/sheet5.xml'],
      removed: [],
    });
  });

  it('keeps every value, formula and number format of every sheet (the project reader)', async () => {
    const before = await readerCells(EVERYTHING);
    const after = await readerCells(copy);
    for (const sheet of Object.keys(before)) expect(after[sheet]).toEqual(before[sheet]);
    expect(Object.keys(after)).toEqual([...Object.keys(before), 'Kết quả kiểm tra']);
  });

  it('keeps every value, formula, number format, merge and column width (exceljs)', async () => {
    const before = await exceljsView(EVERYTHING);
    const after = await exceljsView(copy);
    for (const sheet of Object.keys(before)) expect(after[sheet]).toEqual(before[sheet]);
  });

  it('fills exactly the marked cells, red for errors, amber for the warning, the cell format otherwise kept', async () => {
    const original = (await exceljsWorkbook(EVERYTHING)).getWorksheet('Phụ lục')!;
    const sheet = (await exceljsWorkbook(copy)).getWorksheet('Phụ lục')!;
    const filled: Record<string, string> = {};
    sheet.eachRow((row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const fill = cell.fill as { type?: string; pattern?: string; fgColor?: { argb?: string } } | undefined;
        if (fill?.type === 'pattern' && fill.pattern === 'solid') filled[cell.address] = fill.fgColor?.argb ?? '';
      }),
    );
    expect(filled).toEqual({ D5: 'FFFFB3BA', M9: 'FFFFB3BA', H18: 'FFFFB3BA', C14: 'FFFFE699' });
    for (const address of ['D5', 'M9', 'H18', 'C14']) {
      expect(sheet.getCell(address).numFmt).toBe(original.getCell(address).numFmt);
      expect(sheet.getCell(address).font).toEqual(original.getCell(address).font);
    }
  });

  it("keeps the clerk's notes and adds ours: after theirs on D5 and M9, new ones on C14 and H18", async () => {
    const sheet = (await exceljsWorkbook(copy)).getWorksheet('Phụ lục')!;
    const noteText = (address: string) => {
      const note = sheet.getCell(address).note as string | { texts: Array<{ text: string }> } | undefined;
      return typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');
    };
    expect(noteText('D5')).toBe(`Số liệu lấy từ Cổng dịch vụ công quốc gia\n\n${request.cells[0].note}`);
    expect(noteText('M9')).toBe(`Cần kiểm tra lại với bộ phận một cửa\n\n${request.cells[1].note}`);
    expect(noteText('C14')).toBe('Báo cáo TTHC – kiểm tra:\n• Ô C14 ghi số dưới dạng chữ (“1.922”): hàm SUM của Excel bỏ qua ô này.');
    expect(noteText('H18')).toBe(request.cells[3].note);
    const vml = text(partsOf(copy)['xl/drawings/vmlDrawing1.vml']);
    expect([...vml.matchAll(/<x:Row>(\d+)<\/x:Row><x:Column>(\d+)<\/x:Column>/g)].map((m) => `${m[1]},${m[2]}`)).toEqual(['4,3', '8,12', '13,2', '17,7']);
  });

  it('adds "Kết quả kiểm tra" at the end: verdict, then every finding with a link to its cell', async () => {
    const workbook = await exceljsWorkbook(copy);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Phụ lục', 'Dữ liệu', 'Tổng hợp', 'Mẫu quý I', 'Kết quả kiểm tra']);
    const results = workbook.getWorksheet('Kết quả kiểm tra')!;
    const rows = results
      .getSheetValues()
      .slice(1)
      .map((row) => (row as unknown[]).slice(1, 4));
    expect(rows).toEqual([
      ['Mức độ', 'Ô', 'Dòng'],
      ['Kết luận', undefined, undefined],
      ['Lỗi', 'D5', 'Hộ tịch'],
      ['Lỗi', 'M9', 'Đất đai'],
      ['Lỗi', 'M9', 'Đất đai'],
      ['Lỗi', 'D5', 'Tổng cộng'],
      ['Lỗi', 'M9', 'Tổng cộng'],
      ['Lỗi', 'H18', 'Tỷ lệ:'],
      ['Cảnh báo', 'C14', 'Chứng thực'],
    ]);
    const sheetXml = text(partsOf(copy)['xl/worksheets/sheet5.xml']);
    expect([...sheetXml.matchAll(/<hyperlink ref="(\w+)" location="([^"]+)"/g)].map((m) => `${m[1]}→${m[2]}`)).toEqual([
      "B3→'Phụ lục'!D5",
      "B4→'Phụ lục'!M9",
      "B5→'Phụ lục'!M9",
      "B6→'Phụ lục'!D5",
      "B7→'Phụ lục'!M9",
      "B8→'Phụ lục'!H18",
      "B9→'Phụ lục'!C14",
    ]);
    expect(String(results.getCell('D2').value)).toBe('2 ô nhiều khả năng sai, 1 tỷ lệ sai; 1 cảnh báo.');
  });

  it('names the results sheet "Kết quả kiểm tra (2)" when the workbook already has one', async () => {
    const again = annotateWorkbook(copy, request);
    const names = (await exceljsWorkbook(again)).worksheets.map((s) => s.name);
    expect(names.slice(-2)).toEqual(['Kết quả kiểm tra', 'Kết quả kiểm tra (2)']);
  });
});

describe('a workbook without notes (the planted annex as exceljs writes it)', () => {
  it('gets a new comments part, a new VML drawing, their relationships, content types and <legacyDrawing>', async () => {
    const request = await requestFor(PLANTED, 'en');
    const copy = annotateWorkbook(PLANTED, request);
    const { changed, added } = changedParts(PLANTED, copy);
    expect(added).toEqual(['xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml', 'xl/worksheets/_rels/sheet1.xml.rels', 'xl/worksheets/sheet2.xml'].sort());
    expect(changed).toEqual(['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    const parts = partsOf(copy);
    expect(text(parts['xl/worksheets/_rels/sheet1.xml.rels'])).toContain('Target="../comments1.xml"');
    expect(text(parts['[Content_Types].xml'])).toContain(
      '<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>',
    );
    const sheet = text(parts['xl/worksheets/sheet1.xml']);
    expect(sheet).toMatch(/<legacyDrawing r:id="rId\d+"\/><\/worksheet>$|<legacyDrawing r:id="rId\d+"\/><(tableParts|extLst)/);
    const workbook = await exceljsWorkbook(copy);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([...(await exceljsWorkbook(PLANTED)).worksheets.map((s) => s.name), 'Validation results']);
    const note = workbook.worksheets[0].getCell('H18').note as { texts: Array<{ text: string }> };
    expect(note.texts.map((t) => t.text).join('')).toBe(request.cells.find((c) => c.address === 'H18')!.note);
    expect(await readerCells(copy)).toMatchObject(await readerCells(PLANTED));
  });
});

describe('cells and rows the sheet XML does not have', () => {
  const DATA = '<row r="1"><c r="A1" s="1"><v>1</v></c><c r="C1"><v>3</v></c></row><row r="3" spans="2:2"><c r="B3" t="str"><f>A1+C1</f><v>4</v></c></row>';

  it('are created in row and column order with the style of their column, and nothing else moves', () => {
    const original = handmadeWorkbook(DATA, { cols: '<cols><col min="4" max="4" width="12" style="1" customWidth="1"/></cols>' });
    const cells = ['B1', 'D1', 'A2', 'A3', 'B5', 'A1'].map((address) => ({ address, severity: 'error' as const, style: 'fill' as const, note: '' }));
    const copy = annotateWorkbook(original, { sheet: 'Phụ lục', cells, results: { name: 'Kết quả kiểm tra', columns: ['Ô'], rows: [] } });
    const sheetData = /<sheetData>(.*)<\/sheetData>/.exec(text(partsOf(copy)['xl/worksheets/sheet1.xml']))![1];
    // Format 2 = a copy of 1 ("#,##0": A1 and column D) with the red fill, 3 = a copy of 0.
    expect(sheetData).toBe(
      '<row r="1"><c r="A1" s="2"><v>1</v></c><c r="B1" s="3"/><c r="C1"><v>3</v></c><c r="D1" s="2"/></row>' +
        '<row r="2"><c r="A2" s="3"/></row>' +
        '<row r="3" spans="1:2"><c r="A3" s="3"/><c r="B3" t="str"><f>A1+C1</f><v>4</v></c></row>' +
        '<row r="5"><c r="B5" s="3"/></row>',
    );
    const styles = text(partsOf(copy)['xl/styles.xml']);
    expect(styles).toContain('<cellXfs count="6">');
    expect(styles).toContain('<xf numFmtId="164" fontId="0" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFill="1"/>');
    expect(styles).toContain(`<fill><patternFill patternType="solid"><fgColor rgb="${MARK_FILLS.error}"/><bgColor indexed="64"/></patternFill></fill>`);
  });

  it('are placed right where rows and cells carry no r attribute (their place pinned first)', async () => {
    const original = handmadeWorkbook('<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>');
    const cells = [
      { address: 'A1', severity: 'warning' as const, style: 'outline' as const, note: 'x' },
      { address: 'A2', severity: 'error' as const, style: 'fill' as const, note: '' },
    ];
    const before = await readerCells(original);
    const copy = annotateWorkbook(original, {
      sheet: 'Phụ lục',
      cells: [...cells, { address: 'B2', severity: 'error', style: 'fill', note: '' }],
      results: { name: 'R', columns: [], rows: [] },
    });
    expect(/<sheetData>(.*)<\/sheetData>/.exec(text(partsOf(copy)['xl/worksheets/sheet1.xml']))![1]).toBe(
      '<row><c s="2"><v>1</v></c><c><v>2</v></c></row><row><c s="3"><v>3</v></c><c r="B2" s="3"/></row>',
    );
    expect((await readerCells(copy))['Phụ lục']).toEqual(before['Phụ lục']);
    const copy2 = annotateWorkbook(original, {
      sheet: 'Phụ lục',
      cells: [
        { address: 'A1', severity: 'error', style: 'fill', note: '' },
        { address: 'A4', severity: 'error', style: 'fill', note: '' },
      ],
      results: { name: 'R', columns: [], rows: [] },
    });
    expect(/<sheetData>(.*)<\/sheetData>/.exec(text(partsOf(copy2)['xl/worksheets/sheet1.xml']))![1]).toBe(
      '<row><c s="2"><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row><row r="4"><c r="A4" s="2"/></row>',
    );
  });

  it('an empty <sheetData/> gets its rows', () => {
    const copy = annotateWorkbook(handmadeWorkbook('').slice(), {
      sheet: 'Phụ lục',
      cells: [{ address: 'C2', severity: 'error', style: 'outline', note: '' }],
      results: { name: 'R', columns: [], rows: [] },
    });
    expect(text(partsOf(copy)['xl/worksheets/sheet1.xml'])).toContain('<sheetData><row r="2"><c r="C2" s="2"/></row></sheetData>');
    const styles = text(partsOf(copy)['xl/styles.xml']);
    expect(styles).toContain(
      '<border><left style="mediumDashed"><color rgb="FFC0504E"/></left><right style="mediumDashed"><color rgb="FFC0504E"/></right><top style="mediumDashed"><color rgb="FFC0504E"/></top><bottom style="mediumDashed"><color rgb="FFC0504E"/></bottom><diagonal/></border>',
    );
  });
});

describe('files the copy cannot be made from', () => {
  const request: AnnotationRequest = { sheet: 'Phụ lục', cells: [], results: { name: 'R', columns: [], rows: [] } };
  const problemOf = (bytes: Uint8Array, req = request) => {
    try {
      annotateWorkbook(bytes, req);
    } catch (error) {
      if (error instanceof AnnotateError) return error.problem;
      throw error;
    }
    return null;
  };
  const fixture = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));

  it('an .xls or .ods: "save it as .xlsx"; a password-protected .xlsx: encrypted', () => {
    expect(problemOf(fixture('lo-everything.xls'))).toEqual({ kind: 'not-xlsx', format: 'xls' });
    expect(problemOf(fixture('lo-everything.ods'))).toEqual({ kind: 'not-xlsx', format: 'ods' });
    expect(problemOf(fixture('lo-password.xlsx'))).toEqual({ kind: 'encrypted', format: 'xlsx' });
    expect(problemOf(fixture('lo-password.xls'))).toEqual({ kind: 'not-xlsx', format: 'xls' });
  });

  it('a cut-off package is damaged, text is unknown, an empty file is empty, a missing sheet is named', () => {
    expect(problemOf(EVERYTHING.subarray(0, 5000))).toMatchObject({ kind: 'damaged', format: 'xlsx' });
    expect(problemOf(new TextEncoder().encode('STT;Lĩnh vực'))).toEqual({ kind: 'unknown' });
    expect(problemOf(new Uint8Array(0))).toEqual({ kind: 'empty' });
    expect(problemOf(EVERYTHING, { ...request, sheet: 'Không có' })).toEqual({ kind: 'no-sheet', sheet: 'Không có' });
  });
});

it("uses the pane's colours", () => {
  expect(MARK_FILLS).toEqual({ error: `FF${HIGHLIGHT_COLOURS.error.slice(1)}`, warning: `FF${HIGHLIGHT_COLOURS.warning.slice(1)}` });
});
