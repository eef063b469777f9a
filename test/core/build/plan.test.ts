// One build pipeline for the CLI and the pane (issue 11, item 4): the same periods, the same
// file checks, the same sheets, the annex validated by the engine every clerk's annex goes through.
import * as fs from 'fs';
import * as path from 'path';
import { classifyExportFile } from '../../../src/core/build/export-files';
import { parsePeriodDate } from '../../../src/core/calendar';
import { resolveBuildPeriod } from '../../../src/core/build/period';
import { planAnnexWorkbook } from '../../../src/core/build/plan';
import { ADDIN_SHEET_NAMES, periodTitleLines, renderAnnexWorkbook, selfCheckLines } from '../../../src/i18n/build';
import { ONE_STOP, PERIOD, PORTAL } from './scenario';

const day = (text: string) => parsePeriodDate(text)!;

describe('resolveBuildPeriod', () => {
  test.each([
    [{ kind: 'II', year: '2026' }, { from: day('15/03/2026'), to: day('14/06/2026'), quarter: 'II', year: 2026 }],
    [{ kind: '6T', year: '2026' }, { from: day('15/12/2025'), to: day('14/06/2026'), year: 2026, span: '6M' }],
    [{ kind: '9T', year: '2026' }, { from: day('15/12/2025'), to: day('14/09/2026'), year: 2026, span: '9M' }],
    [{ kind: 'năm', year: '2026' }, { from: day('15/12/2025'), to: day('14/12/2026'), year: 2026, span: 'Y' }],
    // Dates that are an official period are named by it; others are just dates.
    [{ from: '15/12/2025', to: '14/6/2026' }, { from: day('15/12/2025'), to: day('14/06/2026'), year: 2026, span: '6M' }],
    [{ from: '21/7/2026', to: '20/8/2026' }, { from: day('21/07/2026'), to: day('20/08/2026') }],
    [{ from: '15/3/2026', to: '14/6/2026', kind: '2' }, { from: day('15/03/2026'), to: day('14/06/2026'), quarter: 'II', year: 2026 }],
  ])('%j is %j', (input, period) => {
    expect(resolveBuildPeriod(input)).toEqual(period);
  });

  test.each([
    [{}, { problem: 'missing' }],
    [{ kind: 'II' }, { problem: 'missing' }],
    [{ from: '15/3/2026' }, { problem: 'missing' }],
    [{ from: '31/2/2026', to: '14/6/2026' }, { problem: 'bad-from', value: '31/2/2026' }],
    [{ from: '15/3/2026', to: 'x' }, { problem: 'bad-to', value: 'x' }],
    [{ from: '14/6/2026', to: '15/3/2026' }, { problem: 'reversed' }],
    [{ kind: 'V', year: '2026' }, { problem: 'bad-kind', value: 'V' }],
    [{ kind: 'II', year: '26' }, { problem: 'bad-year', value: '26' }],
  ])('%j is refused: %j', (input, problem) => {
    expect(resolveBuildPeriod(input)).toEqual(problem);
  });

  test('dates that contradict the kind or the year given with them are refused with the official period', () => {
    expect(resolveBuildPeriod({ from: '15/3/2026', to: '14/6/2026', kind: 'III', year: '2026' })).toEqual({
      problem: 'contradicts',
      from: day('15/03/2026'),
      to: day('14/06/2026'),
      official: { from: day('15/06/2026'), to: day('14/09/2026'), quarter: 'III', year: 2026 },
    });
    expect(resolveBuildPeriod({ from: '15/3/2026', to: '14/6/2026', year: '2025' })).toMatchObject({ problem: 'contradicts', official: { span: 'Y', year: 2025 } });
  });
});

describe('classifyExportFile', () => {
  const bytes = (values: number[]) => Uint8Array.from(values);
  const text = (value: string) => new TextEncoder().encode(value);

  test.each([
    ['old.xls', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), { kind: 'workbook' }],
    ['bao-cao.ods', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new Array(26).fill(0), ...new TextEncoder().encode('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')]), { kind: 'workbook' }],
    ['export.xls', text('<html><table><tr><td>Mã hồ sơ</td></tr></table></html>'), { kind: 'refused', reason: 'html-as-xls' }],
    ['renamed.xls', bytes([0x50, 0x4b, 0x03, 0x04, 0x14]), { kind: 'xlsx' }],
    ['fake.xlsx', text('not a workbook'), { kind: 'refused', reason: 'not-xlsx' }],
    ['scan.pdf', text('%PDF-1.7'), { kind: 'refused', reason: 'unsupported' }],
    ['dvcqg.csv', text('MaHoSo,TenLinhVuc'), { kind: 'csv' }],
    ['DANH SACH.TXT', text('a;b'), { kind: 'csv' }],
    ['empty.csv', bytes([]), { kind: 'empty' }],
  ])('%s', (name, head, kind) => {
    expect(classifyExportFile(name, head)).toEqual(kind);
  });
});

describe('planAnnexWorkbook', () => {
  const input = { tables: [ONE_STOP, PORTAL], period: PERIOD, titleLines: periodTitleLines(PERIOD), annexName: 'Phụ lục' };

  test('lays out the annex under its title and validates it with validateGrid: clean', () => {
    const plan = planAnnexWorkbook(input);
    if (!plan.ready) throw new Error(plan.reason);
    expect(plan.annex.cells[0].value).toBe('KẾT QUẢ TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH QUÝ II NĂM 2026');
    expect(plan.selfCheck.ok && plan.selfCheck.report.findings).toEqual([]);
    expect(plan.selfCheck.ok && plan.selfCheck.report.table.range).toBe('A4:P11');
    expect(selfCheckLines(plan.selfCheck, 'vi')).toEqual([]);
    expect([...plan.detail()]).toHaveLength(15);
  });

  test('the annex, "Chi tiết" and "Tóm tắt", the same sheets for every writer', () => {
    const plan = planAnnexWorkbook(input);
    if (!plan.ready) throw new Error(plan.reason);
    const workbook = renderAnnexWorkbook(plan, 'vi', ADDIN_SHEET_NAMES);
    expect([workbook.annexName, ...workbook.sheets.map((sheet) => sheet.name)]).toEqual(['Lập phụ lục từ dữ liệu hồ sơ', 'Chi tiết', 'Tóm tắt']);
    expect(workbook.printTitle).toBe('Kết quả tiếp nhận, giải quyết hồ sơ TTHC quý II năm 2026 (từ ngày 15/03/2026 đến ngày 14/06/2026)');
  });

  test('a self-check finding is shown, not hidden', () => {
    const outcome = { ok: false as const, problem: { kind: 'no-rows' as const, sheet: 'Phụ lục' } };
    expect(selfCheckLines(outcome, 'vi')).toEqual(['Tự kiểm tra phụ lục vừa lập:', '  Trang tính “Phụ lục”: bảng phụ lục không có dòng lĩnh vực hay dòng tổng cộng nào dưới tiêu đề.']);
  });

  test('stops before laying anything out: a file with no dossier list, an open question, no dossier', () => {
    const odd = { source: 'odd.csv', rows: [['ID', 'Nhóm'], ['X1', 'Hộ tịch']] };
    const unreadable = planAnnexWorkbook({ ...input, tables: [odd, ONE_STOP] });
    expect(unreadable).toMatchObject({ ready: false, reason: 'unreadable', unreadable: [{ file: 'odd.csv', source: 'odd.csv', missing: ['code', 'field', 'received'] }] });
    // A sheet that is not a list beside one that is: the file is read, the sheet reported.
    const helper = { source: 'dvcqg.xlsx › Tra cứu', rows: [['cũ']] };
    expect(planAnnexWorkbook({ ...input, tables: [ONE_STOP, PORTAL, helper] }).ready).toBe(true);
    const noChannel = { source: 'x.csv', rows: [['Mã hồ sơ', 'Lĩnh vực', 'Ngày tiếp nhận', 'Trạng thái'], ['Y1', 'Hộ tịch', '01/04/2026', 'Đang xử lý']] };
    expect(planAnnexWorkbook({ ...input, tables: [noChannel] })).toMatchObject({ ready: false, reason: 'questions' });
    expect(planAnnexWorkbook({ ...input, period: { from: day('01/01/2020'), to: day('31/03/2020') } })).toMatchObject({ ready: false, reason: 'no-dossiers' });
  });
});

describe('layers of the build', () => {
  const root = path.join(__dirname, '..', '..', '..', 'src');
  const files = (dir: string): string[] =>
    fs.readdirSync(path.join(root, dir)).filter((name) => name.endsWith('.ts')).map((name) => path.join(dir, name));
  const imports = (file: string) => [...fs.readFileSync(path.join(root, file), 'utf8').matchAll(/^import (type )?[^;]*? from '([^']+)';/gms)].map((m) => ({ type: Boolean(m[1]), from: m[2] }));

  test('core/build imports nothing of i18n, excel, taskpane, cli or word', () => {
    for (const file of files('core/build')) {
      for (const { from } of imports(file)) expect([file, from]).not.toEqual([file, expect.stringMatching(/\/(i18n|excel|taskpane|cli|word|commands)\b/)]);
    }
  });

  test('i18n/build takes from core its types, and only the number and date formatting', () => {
    for (const file of files('i18n/build')) {
      for (const { type, from } of imports(file)) {
        if (type || !from.includes('/core/')) continue;
        expect([file, from]).toEqual([file, expect.stringMatching(/\/core\/(numbers|calendar)$/)]);
      }
    }
  });
});
