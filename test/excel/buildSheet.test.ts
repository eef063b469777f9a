// The annex and "Chi tiết" sheets written through office.js, on office-addin-mock objects that
// record every range written, counted syncs included.
import { OfficeMockObject } from 'office-addin-mock';
import { planAnnexWorkbook } from '../../src/core/build/plan';
import type { AnnexWorkbook, TypedCell } from '../../src/core/build/workbook-model';
import { renderAnnexWorkbook } from '../../src/i18n/build';
import { DETAIL_ROWS_PER_SYNC, excelText, freeSheetName, writeBuildSheets, type BuildSheetsInput } from '../../src/excel/buildSheet';
import { ONE_STOP, PERIOD, PORTAL } from '../core/build/scenario';

interface RecordedRange {
  address: string;
  mock: OfficeMockObject & Record<string, unknown>;
  merged?: boolean;
  borders: Record<string, { style?: string }>;
}

interface RecordedSheet {
  name: string;
  ranges: RecordedRange[];
  calls: string[];
  mock: OfficeMockObject & Record<string, unknown>;
}

/** A range's address without a load (office-addin-mock refuses to read an unloaded property). */
const ADDRESS = new WeakMap<object, string>();

class WriteRecorder {
  syncs = 0;
  deleted: string[] = [];
  added: RecordedSheet[] = [];
  active = '';
  selected = '';
  constructor(
    public existing: string[],
    private pageLayout = true,
  ) {}

  private range(sheet: RecordedSheet, address: string): OfficeMockObject {
    const borders: RecordedRange['borders'] = {};
    const mock = new OfficeMockObject({
      address,
      format: {
        font: {},
        borders: { getItem: (edge: string) => (borders[edge] ??= {}) },
      },
      merge: () => void (record.merged = true),
      select: () => void (this.selected = `${sheet.name}!${address}`),
    }) as OfficeMockObject & Record<string, unknown>;
    const record: RecordedRange = { address, mock, borders };
    ADDRESS.set(mock, address);
    sheet.ranges.push(record);
    return mock;
  }

  private sheet(name: string): OfficeMockObject {
    const record: RecordedSheet = { name, ranges: [], calls: [], mock: undefined as never };
    const data: Record<string, unknown> = {
      name,
      getRange: (address: string) => this.range(record, address),
      activate: () => void (this.active = name),
      freezePanes: {
        freezeAt: (range: object) => void record.calls.push(`freezeAt ${ADDRESS.get(range)}`),
        freezeRows: (count: number) => void record.calls.push(`freezeRows ${count}`),
      },
      autoFilter: { apply: (range: object) => void record.calls.push(`autoFilter ${ADDRESS.get(range)}`) },
    };
    if (this.pageLayout) {
      data.pageLayout = {
        headersFooters: { defaultForAllPages: {} },
        setPrintTitleRows: (rows: string) => void record.calls.push(`printTitleRows ${rows}`),
      };
    }
    record.mock = new OfficeMockObject(data) as OfficeMockObject & Record<string, unknown>;
    this.added.push(record);
    return record.mock;
  }

  context(): Excel.RequestContext {
    const root = new OfficeMockObject({
      workbook: {
        worksheets: {
          load: () => undefined,
          add: (name: string) => this.sheet(name),
          getItem: (name: string) => ({ delete: () => void this.deleted.push(name) }),
        },
      },
    });
    Object.defineProperty(root.workbook.worksheets, 'items', { get: () => this.existing.map((name) => ({ name })) });
    (root as unknown as { sync: () => Promise<void> }).sync = async () => void this.syncs++;
    return root as unknown as Excel.RequestContext;
  }

  sheetNamed(name: string): RecordedSheet {
    return this.added.find((sheet) => sheet.name === name)!;
  }
}

const NAMES = { annex: 'Lập phụ lục từ dữ liệu hồ sơ', detail: 'Chi tiết', summary: 'Tóm tắt' };

function workbook(): AnnexWorkbook {
  const plan = planAnnexWorkbook({ tables: [ONE_STOP, PORTAL], period: PERIOD, titleLines: [], annexName: NAMES.annex });
  if (!plan.ready) throw new Error(plan.reason);
  return { ...renderAnnexWorkbook(plan, 'vi', NAMES), printTitle: 'Kết quả quý II năm 2026 & cộng' };
}

function input(overrides: Partial<BuildSheetsInput> = {}): BuildSheetsInput {
  return { workbook: workbook(), ownSheets: [], pageLayout: true, ...overrides };
}

describe('writeBuildSheets', () => {
  test('writes the annex: formulas, formats, merges, borders, print setup; in four syncs', async () => {
    const recorder = new WriteRecorder(['Một cửa']);
    const result = await writeBuildSheets(recorder.context(), input());
    expect(result).toEqual({ annexName: 'Lập phụ lục từ dữ liệu hồ sơ', sheetNames: ['Chi tiết', 'Tóm tắt'] });
    expect(recorder.syncs).toBe(6); // names; annex + detail set-up; one block of rows; summary set-up; its rows; activate
    const annex = recorder.sheetNamed('Lập phụ lục từ dữ liệu hồ sơ');
    // Without title lines the sheet range and the table are both A1:P8: values first, then borders.
    const [table, bordered] = annex.ranges.filter((r) => r.address === 'A1:P8');
    const formulas = table.mock.formulas as (string | number)[][];
    expect(formulas[3]).toEqual([
      '(1)',
      '(2)',
      '(3)=(4)+(5)+(6)',
      '(4)',
      '(5)',
      '(6)',
      '(7)=(8)+(9)+(10)+(11)+(12)',
      '(8)',
      '(9)',
      '(10)',
      '(11)',
      '(12)',
      '(13)=(14)+(15)+(16)',
      '(14)',
      '(15)',
      '(16)',
    ]);
    expect(formulas[4]).toEqual([1, 'Hộ tịch', '=SUM(D5:F5)', 5, 2, 1, '=SUM(H5:L5)', 2, 2, 0, 0, 0, '=SUM(N5:P5)', 2, 1, 1]);
    expect(formulas[6].slice(0, 4)).toEqual(['Tổng cộng', '', '=SUM(C5:C6)', '=SUM(D5:D6)']);
    expect(formulas[7].slice(0, 5)).toEqual(['Tỷ lệ:', '', '=IF(C7=0,0,C7/C7)', '=IF((D7+E7)=0,0,D7/(D7+E7))', '']);
    const formats = table.mock.numberFormat as string[][];
    expect(formats[4].slice(0, 4)).toEqual(['General', '@', '#,##0', '#,##0']);
    expect(formats[7][6]).toBe('0.0%');
    expect(Object.keys(bordered.borders).sort()).toEqual(['EdgeBottom', 'EdgeLeft', 'EdgeRight', 'EdgeTop', 'InsideHorizontal', 'InsideVertical']);
    expect(annex.ranges.filter((r) => r.merged).map((r) => r.address)).toEqual([
      'A1:A3',
      'B1:B3',
      'C1:F1',
      'G1:L1',
      'M1:P1',
      'C2:C3',
      'D2:E2',
      'F2:F3',
      'G2:G3',
      'H2:H3',
      'I2:I3',
      'J2:J3',
      'K2:K3',
      'L2:L3',
      'M2:M3',
      'N2:N3',
      'O2:O3',
      'P2:P3',
    ]);
    const layout = annex.mock.pageLayout as Record<string, unknown> & { headersFooters: { defaultForAllPages: { centerHeader: string } } };
    expect(layout).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      centerHorizontally: true,
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
    expect(layout.headersFooters.defaultForAllPages.centerHeader).toBe('&BKết quả quý II năm 2026 && cộng');
    expect(annex.calls).toEqual(['freezeAt A1:B4', 'printTitleRows $1:$4']);
    expect(recorder.active).toBe('Lập phụ lục từ dữ liệu hồ sơ');
    expect(recorder.selected).toBe('Lập phụ lục từ dữ liệu hồ sơ!C5');
  });

  test('writes every dossier with its cells; text formatted as text before it is entered', async () => {
    const recorder = new WriteRecorder([]);
    await writeBuildSheets(recorder.context(), input());
    const detail = recorder.sheetNamed('Chi tiết');
    const block = detail.ranges.find((r) => r.address === 'A2:O16')!;
    const values = block.mock.values as (string | number)[][];
    expect(values).toHaveLength(15);
    const hs001 = values.find((row) => row[1] === 'hs-001')!;
    expect(hs001.slice(5, 13)).toEqual([46113, 46124, 46122, 'Đã trả kết quả', 'D6', '(4) Tiếp nhận trực tuyến', 'H6', '(8) Đã giải quyết trước hạn']);
    expect((block.mock.numberFormat as string[][])[0]).toEqual([
      '0',
      '@',
      '@',
      '@',
      '@',
      'dd/mm/yyyy',
      'dd/mm/yyyy',
      'dd/mm/yyyy',
      '@',
      '@',
      '@',
      '@',
      '@',
      '@',
      '@',
    ]);
    expect(detail.calls).toEqual(['freezeRows 1', 'autoFilter A1:O16']);
  });

  test('a hostile text never becomes a formula', () => {
    expect(excelText('=HYPERLINK("http://x";"y")')).toBe('\'=HYPERLINK("http://x";"y")');
    expect(['+1', '-1', '@a', "'a", 'Hộ tịch'].map(excelText)).toEqual(["'+1", "'-1", "'@a", "''a", 'Hộ tịch']);
  });

  test('large lists go in blocks of 2,000 rows, one sync each, with progress', async () => {
    const recorder = new WriteRecorder([]);
    const row: TypedCell[] = [
      { t: 'n', v: 1 },
      { t: 's', v: '=1+1' },
    ];
    const progress: number[] = [];
    const big = workbook();
    big.sheets[0] = { ...big.sheets[0], rows: Array.from({ length: 4_500 }, () => row) };
    await writeBuildSheets(recorder.context(), input({ workbook: big, onProgress: (done) => progress.push(done) }));
    expect(progress).toEqual([2_000, 4_000, 4_500]);
    expect(recorder.syncs).toBe(5 + Math.ceil(4_500 / DETAIL_ROWS_PER_SYNC));
    const blocks = recorder.sheetNamed('Chi tiết').ranges.filter((r) => Array.isArray(r.mock.values));
    expect(blocks.map((r) => r.address)).toEqual(['A1:O1', 'A2:O2001', 'A2002:O4001', 'A4002:O4501']);
    expect((blocks[1].mock.values as string[][])[0].slice(0, 3)).toEqual([1, "'=1+1", '']);
  });

  test("replaces the add-in's own sheets, never a clerk's sheet of the same name", async () => {
    const recorder = new WriteRecorder(['Lập phụ lục từ dữ liệu hồ sơ', 'Chi tiết', 'Chi tiết (2)']);
    const result = await writeBuildSheets(recorder.context(), input({ ownSheets: ['Lập phụ lục từ dữ liệu hồ sơ'] }));
    expect(result).toEqual({ annexName: 'Lập phụ lục từ dữ liệu hồ sơ', sheetNames: ['Chi tiết (3)', 'Tóm tắt'] });
    expect(recorder.deleted).toEqual(['Lập phụ lục từ dữ liệu hồ sơ']);
    expect(freeSheetName('x'.repeat(31), ['x'.repeat(31)], [])).toBe(`${'x'.repeat(27)} (2)`);
  });

  test('without ExcelApi 1.9 the page layout and filter are left alone', async () => {
    const recorder = new WriteRecorder([], false);
    await writeBuildSheets(recorder.context(), input({ pageLayout: false }));
    expect(recorder.sheetNamed('Lập phụ lục từ dữ liệu hồ sơ').calls).toEqual(['freezeAt A1:B4']);
    expect(recorder.sheetNamed('Chi tiết').calls).toEqual(['freezeRows 1']);
  });

  test('writes "Tóm tắt" too, the same sheet the CLI writes, its title bold and its numbers numbers', async () => {
    const recorder = new WriteRecorder([]);
    await writeBuildSheets(recorder.context(), input());
    const summary = recorder.sheetNamed('Tóm tắt');
    const block = summary.ranges.find((r) => Array.isArray(r.mock.values))!;
    const values = block.mock.values as (string | number)[][];
    expect(values[0][0]).toBe('Tóm tắt lập phụ lục từ dữ liệu hồ sơ');
    expect(values).toContainEqual(['Bản ghi trùng mã đã gộp', 2, '', '', '', '']);
    const formats = block.mock.numberFormat as string[][];
    expect(formats[values.findIndex((row) => row[0] === 'Bản ghi trùng mã đã gộp')].slice(0, 2)).toEqual(['@', '0']);
    expect(summary.ranges.find((r) => r.address === 'A1:F1')?.mock.format).toMatchObject({ font: { bold: true } });
    expect(summary.calls).toEqual([]);
  });
});
