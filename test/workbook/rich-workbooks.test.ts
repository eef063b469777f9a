// Issue 10 rule 8: any workbook Excel opens is read. Each fixture is the planted-mistakes annex
// with what clerks add before sending, made by LibreOffice (scripts/fixtures/make-rich-workbooks.py)
// or written by hand from the spec (scripts/fixtures/make-ooxml-extras.py): never by this reader.
import { readFileSync } from 'fs';
import * as path from 'path';
import { tableFigures } from '../../src/core/figures';
import type { Grid } from '../../src/core/types';
import { validateWorkbook } from '../../src/core/validate';
import { readWorkbook, WorkbookReadError, type WorkbookContents } from '../../src/workbook';
import { outcomeProblemText } from '../../src/i18n/findings';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'workbooks');
const PLANTED = path.join(__dirname, '..', '..', 'assets', 'samples', 'phu-luc-quy-II-2026-co-loi.xlsx');

const read = (file: string, fileName = file): Promise<WorkbookContents> => readWorkbook(readFileSync(file), { fileName });

function verdict(sheets: Grid[]) {
  const outcome = validateWorkbook(sheets);
  if (!outcome.ok) throw new Error(outcomeProblemText(outcome).en);
  const { report } = outcome;
  const grid = sheets.find((s) => s.sheetName === report.sheet)!;
  return {
    sheet: report.sheet,
    range: report.table.range,
    otherSheets: report.otherSheets,
    findings: report.findings.map((f) => [f.rule, f.culprit ?? f.anchor, f.expected, f.actual]),
    summary: report.summary,
    figures: tableFigures(grid, report.table),
  };
}

// The planted annex as the repository ships it: the findings every variant must give again.
const PLANTED_FINDINGS = [
  ['row-sum', 'D5', 1061, 1016],
  ['row-sum', 'M9', 30, 20],
  ['cross-sum', 'M9', 30, 20],
  ['column-total', 'D5', 1061, 1016],
  ['column-total', 'M9', 30, 20],
  ['rate', 'H18', 97.6, 97.5],
  ['text-number', 'C14', null, 1922],
];

describe('the planted annex read beside what clerks add to a workbook', () => {
  let plain: ReturnType<typeof verdict>;
  beforeAll(async () => {
    plain = verdict((await read(PLANTED)).sheets);
  });

  it('reads the plain planted annex with its seven findings and the seed totals', () => {
    expect(plain.range).toBe('A1:P18');
    expect(plain.findings).toEqual(PLANTED_FINDINGS);
    expect(plain.summary).toEqual({ errors: 6, warnings: 1, culprits: 3, undecided: 0, verdict: 'invalid' });
    expect(plain.figures.totalsSource).toBe('totals-row');
    // The seed's Tổng cộng row (bao-cao-quy-II-2026.txt, line 129) and each field's (3), (7), (13).
    expect(plain.figures.totals).toEqual({
      received: 3575,
      'received.online': 3556,
      'received.direct': 0,
      'received.carried': 19,
      resolved: 3518,
      'resolved.early': 3488,
      'resolved.onTime': 0,
      'resolved.late': 0,
      'resolved.rejected': 17,
      'resolved.withdrawn': 13,
      pending: 57,
      'pending.inTime': 47,
      'pending.overdue': 0,
      'pending.supplement': 10,
    });
    expect(plain.figures.fields.map((f) => [f.label, f.values.received, f.values.resolved, f.values.pending])).toEqual([
      ['Hộ tịch', 1066, 1062, 4],
      ['Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)', 276, 276, 0],
      ['Đường thủy nội địa', 0, 0, 0],
      ['Hoạt động xây dựng', 8, 6, 2],
      ['Đất đai', 143, 113, 20],
      ['Người có công', 36, 35, 1],
      ['Quy hoạch xây dựng, kiến trúc', 0, 0, 0],
      ['Thành lập và hoạt động của tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã', 6, 6, 0],
      ['Bảo trợ xã hội', 116, 97, 19],
      ['Chứng thực', 1922, 1921, 1],
      ['Kinh doanh khí', 0, 0, 0],
      ['Lưu thông hàng hóa trong nước', 2, 2, 0],
    ]);
  });

  const FEATURES: Array<[string, string]> = [
    ['a bar chart of the fields', 'lo-chart.xlsx'],
    ['a picture', 'lo-picture.xlsx'],
    ['a shape with text', 'lo-shape.xlsx'],
    ['a pivot table on its own sheet', 'lo-pivot.xlsx'],
    ['notes (comments)', 'lo-notes.xlsx'],
    ['threaded comments (Excel 365)', 'ooxml-threaded-comments.xlsx'],
    ['data validation on the counts', 'lo-validation.xlsx'],
    ['a conditional format on the counts', 'lo-conditional-format.xlsx'],
    ['a protected annex sheet', 'lo-protected-sheet.xlsx'],
    ['defined names', 'lo-defined-names.xlsx'],
    ['an external link on a notes sheet', 'lo-external-link.xlsx'],
    ['a drawing written with a default namespace (exceljs 4.4.0 fails: #2591)', 'ooxml-drawing-default-namespace.xlsx'],
    ['a picture inside the chart (exceljs 4.4.0 fails: #2591)', 'ooxml-chart-user-shapes.xlsx'],
    ['all of them at once', 'lo-everything.xlsx'],
  ];
  it.each(FEATURES)('with %s: the same figures and the same findings', async (_feature, file) => {
    const workbook = await read(path.join(FIXTURES, file));
    expect(workbook.format).toBe('xlsx');
    const got = verdict(workbook.sheets);
    expect(got.sheet).toBe('Phụ lục');
    expect(got.range).toBe(plain.range);
    expect(got.findings).toEqual(PLANTED_FINDINGS);
    expect(got.summary).toEqual(plain.summary);
    expect(got.figures).toEqual(plain.figures);
  });

  it.each([
    ['a hidden', 'lo-hidden-sheet.xlsx', 'hidden'],
    ['a very hidden', 'ooxml-very-hidden.xlsx', 'veryHidden'],
  ])('skips %s copy of last quarter’s annex (D5 = 999 there) and checks the visible one', async (_kind, file, visibility) => {
    const workbook = await read(path.join(FIXTURES, file));
    expect(workbook.sheets.map((s) => [s.sheetName, s.visibility])).toEqual([
      ['Phụ lục', 'visible'],
      ['Mẫu quý I', visibility],
    ]);
    expect(workbook.sheets[1].values[4][3]).toBe(999);
    const got = verdict(workbook.sheets);
    expect(got.findings).toEqual(PLANTED_FINDINGS);
    expect(got.otherSheets).toBeUndefined();
  });

  it.each([
    ['xls', 'lo-everything.xls', 'lo-everything.xls'],
    ['et', 'lo-everything.xls', 'bao-cao-wps.et'],
    ['ods', 'lo-everything.ods', 'lo-everything.ods'],
  ])('reads the annex saved as .%s, says so, and finds the same mistakes', async (format, file, fileName) => {
    const workbook = await read(path.join(FIXTURES, file), fileName);
    expect(workbook.format).toBe(format);
    expect(workbook.sheets.map((s) => [s.sheetName, s.visibility])).toEqual([
      ['Phụ lục', 'visible'],
      ['Dữ liệu', 'visible'],
      ['Tổng hợp', 'visible'],
      ['Mẫu quý I', 'hidden'],
    ]);
    const got = verdict(workbook.sheets);
    expect(got.findings).toEqual(PLANTED_FINDINGS);
    expect(got.figures).toEqual(plain.figures);
    expect(got.otherSheets).toBeUndefined();
  });
});

describe('files that cannot be read say what they are', () => {
  async function problemOf(bytes: Uint8Array, fileName?: string) {
    try {
      await readWorkbook(bytes, { fileName });
    } catch (error) {
      if (error instanceof WorkbookReadError) return error.problem;
      throw error;
    }
    throw new Error('read without a problem');
  }

  it('names a password-protected .xlsx (encrypted OLE package) and .xls (FILEPASS)', async () => {
    expect(await problemOf(readFileSync(path.join(FIXTURES, 'lo-password.xlsx')))).toEqual({ kind: 'encrypted', format: 'xlsx' });
    expect(await problemOf(readFileSync(path.join(FIXTURES, 'lo-password.xls')))).toEqual({ kind: 'encrypted', format: 'xls' });
    expect(await problemOf(readFileSync(path.join(FIXTURES, 'lo-password.xls')), 'so-lieu.et')).toEqual({ kind: 'encrypted', format: 'et' });
  });

  it('calls a truncated .xlsx and a truncated .xls damaged, with the reason', async () => {
    const xlsx = readFileSync(PLANTED);
    const truncated = await problemOf(xlsx.subarray(0, Math.floor(xlsx.length / 2)));
    expect(truncated).toMatchObject({ kind: 'damaged', format: 'xlsx' });
    const xls = readFileSync(path.join(FIXTURES, 'lo-everything.xls'));
    expect(await problemOf(xls.subarray(0, 8))).toMatchObject({ kind: 'damaged', format: 'xls' });
  });

  it('tells an HTML page, an XML 2003 spreadsheet, an empty file and plain text apart', async () => {
    const text = (s: string) => new TextEncoder().encode(s);
    expect(await problemOf(text('<html><body><table><tr><td>1</td></tr></table></body></html>'))).toEqual({ kind: 'html' });
    expect(await problemOf(text('<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>'))).toEqual({
      kind: 'xml-2003',
    });
    expect(await problemOf(new Uint8Array(0))).toEqual({ kind: 'empty' });
    expect(await problemOf(text('STT;Lĩnh vực\n1;Hộ tịch'))).toEqual({ kind: 'unknown' });
  });
});
