/** @jest-environment ./test/helpers/jsdom-environment.js */
// The "Lập phụ lục" panel in the pane shell, with a fake Excel host (the export sheets as grids)
// and fake settings / sheet writer.
import type { BuildSheetsInput, BuildSheetsResult } from '../../src/excel/buildSheet';
import type { AnnexWorkbook } from '../../src/core/build/workbook-model';
import { emptyBuildSettings, type BuildSettings } from '../../src/excel/buildSettings';
import type { SheetHost } from '../../src/app/host';
import { emptyStore } from '../../src/excel/store';
import { FULL_SUPPORT } from '../../src/excel/support';
import type { ExportCell, ExportTable } from '../../src/core/build/types';
import type { CellValue, Grid, Lang } from '../../src/core/types';
import { validateGrid } from '../../src/core/validate';
import { annexToGrid } from '../../src/core/build/annex';
import { createPane } from '../../src/taskpane/app';
import { createBuildPanel, readExportFile, type BuildPanelDeps } from '../../src/taskpane/panels/build/panel';
import { validatePanel } from '../../src/taskpane/panels/validate/panel';
import { buildAnnexGrid, SEED_FIELDS } from '../helpers/annex';
import { ONE_STOP, PORTAL } from '../core/build/scenario';

function gridOf(table: ExportTable, sheetName: string): Grid {
  return { sheetName, origin: { row: 0, col: 0 }, values: table.rows.map((row) => row.map((cell: ExportCell) => cell as CellValue)) };
}

class FakeHost {
  grids = new Map<string, Grid>([
    ['Một cửa', gridOf(ONE_STOP, 'Một cửa')],
    ['DVCQG', gridOf(PORTAL, 'DVCQG')],
    [
      'Phụ lục',
      buildAnnexGrid(
        SEED_FIELDS.map((f) => ({ ...f, values: [...f.values] })),
        { titleRows: [] },
      ),
    ],
  ]);
  active = 'Phụ lục';
  selected: [string, string][] = [];
  support = () => FULL_SUPPORT;
  readSheet = async ({ sheetName }: { sheetName?: string }) => {
    const grid = this.grids.get(sheetName ?? this.active);
    if (!grid) throw new Error(`no sheet ${sheetName}`);
    return { grid, store: emptyStore(), cellCount: 100, commentIds: [] };
  };
  applyHighlights = async () => ({}) as never;
  clearHighlights = async () => ({}) as never;
  selectCell = async (sheet: string, address: string) => void this.selected.push([sheet, address]);
  listSheets = async () => ({ names: [...this.grids.keys()], active: this.active });
  asHost = (): SheetHost => this as unknown as SheetHost;
}

class FakeDeps implements BuildPanelDeps {
  settings: BuildSettings = emptyBuildSettings();
  saved: BuildSettings[] = [];
  written: AnnexWorkbook[] = [];
  pageLayouts: boolean[] = [];
  constructor(private host: FakeHost) {}
  readSettings = async () => this.settings;
  writeSettings = async (settings: BuildSettings) => {
    this.saved.push(settings);
    this.settings = settings;
  };
  writeSheets = async (input: BuildSheetsInput): Promise<BuildSheetsResult> => {
    this.written.push(input.workbook);
    this.pageLayouts.push(input.pageLayout);
    // The written sheets become sheets the next refresh lists (and the panel must not offer).
    const { annexName, annex, sheets } = input.workbook;
    this.host.grids.set(annexName, annexToGrid(annex, annexName));
    for (const sheet of sheets) this.host.grids.set(sheet.name, { sheetName: sheet.name, origin: { row: 0, col: 0 }, values: [] });
    return { annexName, sheetNames: sheets.map((sheet) => sheet.name) };
  };
  pageLayoutSupported = () => true;
  readFile = readExportFile;
  watched: string[] = [];
  stopped = 0;
  select: ((address: string) => void) | null = null;
  watchSelection = async (sheetName: string, onSelect: (address: string) => void) => {
    this.watched.push(sheetName);
    this.select = onSelect;
    return async () => void this.stopped++;
  };
}

const flush = async () => {
  for (let i = 0; i < 6; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

async function mount(lang: Lang = 'vi', prepare?: (deps: FakeDeps) => void) {
  document.body.innerHTML = '<div id="app"></div>';
  const host = new FakeHost();
  const deps = new FakeDeps(host);
  prepare?.(deps);
  const pane = createPane(document.getElementById('app')!, {
    excel: host.asHost(),
    validate: validateGrid,
    panels: [validatePanel, createBuildPanel(deps)],
    initialLang: lang,
  });
  pane.context.activate('build');
  await flush();
  return { host, deps, pane };
}

function q<T extends Element = HTMLElement>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`No ${selector}`);
  return found;
}

const texts = (selector: string) => [...document.querySelectorAll(selector)].map((e) => e.textContent);

function setValue(selector: string, value: string): void {
  const input = q<HTMLInputElement | HTMLSelectElement>(selector);
  input.value = value;
  input.dispatchEvent(new Event('change'));
}

function check(sheet: string): void {
  const box = [...document.querySelectorAll<HTMLInputElement>('#build-sheets input')].find((b) => b.value === sheet)!;
  box.checked = true;
  box.dispatchEvent(new Event('change'));
}

async function build(): Promise<void> {
  q<HTMLButtonElement>('#build-button').click();
  await flush();
}

describe('build panel', () => {
  test('a tab next to the validator, the workbook sheets to choose from, the quarter filled in', async () => {
    await mount();
    expect(texts('.tabs__tab')).toEqual(['Kiểm tra', 'Lập phụ lục']);
    expect([...document.querySelectorAll<HTMLInputElement>('#build-sheets input')].map((b) => b.value)).toEqual(['Một cửa', 'DVCQG', 'Phụ lục']);
    setValue('#build-quarter', '2');
    setValue('#build-year', '2026');
    q<HTMLButtonElement>('#build-fill-quarter').click();
    await flush();
    expect(q<HTMLInputElement>('#build-from').value).toBe('15/03/2026');
    expect(q<HTMLInputElement>('#build-to').value).toBe('14/06/2026');
  });

  test('bad input is named and nothing is written', async () => {
    const { deps } = await mount();
    await build();
    expect(q('#build-status').textContent).toBe('Ngày bắt đầu kỳ không đọc được (dd/mm/yyyy).');
    setValue('#build-from', '15/3/2026');
    setValue('#build-to', '14/6/2026');
    await build();
    expect(q('#build-status').textContent).toBe('Chọn ít nhất một trang hoặc một tệp chứa danh sách hồ sơ.');
    expect(deps.written).toEqual([]);
  });

  test('builds from two sheets, writes the sheets, remembers, and shows the dossiers behind a count', async () => {
    const { deps, host, pane } = await mount();
    setValue('#build-from', '15/3/2026');
    setValue('#build-to', '14/6/2026');
    check('Một cửa');
    check('DVCQG');
    await build();
    expect(q('#build-status').textContent).toBe(
      'Đã lập phụ lục trên trang “Lập phụ lục từ dữ liệu hồ sơ” từ 15 hồ sơ; danh sách từng hồ sơ ở trang “Chi tiết”.',
    );
    const [input] = deps.written;
    expect(input.annexName).toBe('Lập phụ lục từ dữ liệu hồ sơ');
    // The same sheets as the CLI: the annex, "Chi tiết" with every dossier, "Tóm tắt".
    expect(input.sheets.map((sheet) => sheet.name)).toEqual(['Chi tiết', 'Tóm tắt']);
    expect([...input.sheets[0].rows]).toHaveLength(15);
    const summary = [...input.sheets[1].rows].map((row) => row.map((cell) => (cell ? String(cell.v) : '')).join(' | '));
    expect(summary).toContain('Bản ghi trùng mã đã gộp | 2');
    expect(deps.pageLayouts).toEqual([true]);
    const outcome = validateGrid(annexToGrid(input.annex, input.annexName));
    expect(outcome.ok && outcome.report.findings).toEqual([]);
    expect(deps.settings).toMatchObject({
      from: '15/3/2026',
      to: '14/6/2026',
      ownSheets: ['Lập phụ lục từ dữ liệu hồ sơ', 'Chi tiết', 'Tóm tắt'],
      sourceSheets: ['Một cửa', 'DVCQG'],
    });
    // The sheets the add-in wrote are not offered as exports.
    expect([...document.querySelectorAll<HTMLInputElement>('#build-sheets input')].map((b) => b.value)).toEqual(['Một cửa', 'DVCQG', 'Phụ lục']);
    expect(q('#build-report pre').textContent).toContain('Hồ sơ: 17 sau khi gộp 2 bản ghi trùng mã; 1 hồ sơ các hệ thống ghi khác nhau');
    const rows = [...document.querySelectorAll('#build-count-table tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Hộ tịch', '8', '5', '2', '1', '4', '2', '2', '0', '0', '0', '4', '2', '1', '1'],
      ['Đất đai', '7', '2', '5', '0', '4', '1', '0', '1', '1', '1', '3', '1', '2', '0'],
      ['Tổng cộng', '15', '7', '7', '1', '8', '3', '2', '1', '1', '1', '7', '3', '3', '1'],
    ]);
    q<HTMLButtonElement>('#build-count-table button[data-cell="O10"]').click();
    expect(q('#build-drill h3').textContent).toBe('Tổng cộng – (15) Đang giải quyết quá hạn (ô O10): 3 hồ sơ');
    expect([...document.querySelectorAll('#build-dossiers tbody tr')].map((tr) => tr.children[0].textContent)).toEqual(['B-100', 'A-10', 'A-12']);
    q<HTMLButtonElement>('#build-select-cell').click();
    await flush();
    expect(host.selected).toEqual([['Lập phụ lục từ dữ liệu hồ sơ', 'O10']]);
    q<HTMLButtonElement>('#build-count-table button[data-cell="M8"]').click();
    expect([...document.querySelectorAll('#build-dossiers tbody tr')].map((tr) => tr.children[0].textContent).sort()).toEqual([
      'A-13',
      'A-2',
      'B-100',
      'B-101',
    ]);
    // Selecting a count on the annex sheet shows its dossiers too (and brings the tab forward).
    expect(deps.watched).toEqual(['Lập phụ lục từ dữ liệu hồ sơ']);
    pane.context.activate('validate');
    deps.select!("'Lập phụ lục từ dữ liệu hồ sơ'!$J$9");
    expect(q('#build-drill h3').textContent).toBe('Đất đai – (10) Đã giải quyết quá hạn (ô J9): 1 hồ sơ');
    expect(q('#tab-build').getAttribute('aria-selected')).toBe('true');
    deps.select!('B2');
    expect(q('#build-drill h3').textContent).toBe('Đất đai – (10) Đã giải quyết quá hạn (ô J9): 1 hồ sơ');
    await build();
    expect(deps.stopped).toBe(1);
  });

  test('orders the fields as the annex on a sheet (template)', async () => {
    const { deps } = await mount();
    setValue('#build-from', '15/3/2026');
    setValue('#build-to', '14/6/2026');
    check('Một cửa');
    q<HTMLInputElement>('#build-template').checked = true;
    setValue('#build-template-sheet', 'Phụ lục');
    await build();
    expect(deps.written[0].annex.fieldRows.map((r) => r.field).slice(0, 5)).toEqual([
      'Hộ tịch',
      'Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)',
      'Đường thủy nội địa',
      'Hoạt động xây dựng',
      'Đất đai',
    ]);
  });

  test('a source whose columns cannot be found opens the mapping; the choice is saved and used', async () => {
    const { deps, host } = await mount();
    host.grids.set(
      'Lạ',
      gridOf(
        {
          source: 'Lạ',
          rows: [
            ['ID', 'Nhóm', 'Ngày đến', 'Tình hình', 'Kênh nộp'],
            ['X1', 'Hộ tịch', '01/04/2026', 'Đang xử lý', 'Trực tiếp'],
          ],
        },
        'Lạ',
      ),
    );
    q<HTMLButtonElement>('#build-refresh').click();
    await flush();
    setValue('#build-from', '15/3/2026');
    setValue('#build-to', '14/6/2026');
    check('Lạ');
    await build();
    expect(q('#build-status').textContent).toBe(
      '“Lạ”: không tìm thấy các cột “Mã hồ sơ”, “Lĩnh vực”, “Ngày tiếp nhận”. Chọn cột tương ứng trong phần Ánh xạ cột rồi bấm Lập phụ lục.',
    );
    expect(q<HTMLDetailsElement>('#build-mapping').open).toBe(true);
    expect(deps.written).toEqual([]);
    const select = (key: string) => q<HTMLSelectElement>(`#build-mapping select[data-key="${key}"]`);
    expect([...select('code').options].map((o) => o.value)).toEqual(['', 'ID', 'Nhóm', 'Ngày đến', 'Tình hình', 'Kênh nộp']);
    setValue('#build-mapping select[data-key="code"]', 'ID');
    setValue('#build-mapping select[data-key="field"]', 'Nhóm');
    setValue('#build-mapping select[data-key="received"]', 'Ngày đến');
    setValue('#build-mapping select[data-key="status"]', 'Tình hình');
    await flush();
    expect(deps.settings.mapping.sources?.['Lạ']?.columns).toEqual({ code: 'ID', field: 'Nhóm', received: 'Ngày đến', status: 'Tình hình' });
    expect(q('#build-status').textContent).toBe('Đã lưu ánh xạ. Bấm Lập phụ lục để lập lại.');
    await build();
    expect(deps.written).toHaveLength(1);
    expect(deps.written[0].annex.fieldRows.map((r) => r.field)).toEqual(['Hộ tịch']);
  });

  test('unknown statuses and a file without a channel column are asked in plain view before anything is written', async () => {
    const { deps, host } = await mount();
    host.grids.set(
      'Cổng',
      gridOf(
        {
          source: 'Cổng',
          rows: [
            ['Mã hồ sơ', 'Lĩnh vực', 'Ngày tiếp nhận', 'Trạng thái'],
            ['P1', 'Hộ tịch', '01/04/2026', 'Chờ xác minh'],
            ['P2', 'Hộ tịch', '02/04/2026', 'Đang xử lý'],
          ],
        },
        'Cổng',
      ),
    );
    q<HTMLButtonElement>('#build-refresh').click();
    await flush();
    setValue('#build-from', '15/3/2026');
    setValue('#build-to', '14/6/2026');
    check('Cổng');
    await build();
    // Nothing is counted in a column nobody knows: no sheet is written until the clerk answers.
    expect(deps.written).toEqual([]);
    expect(q('#build-status').textContent).toBe('Chưa lập phụ lục: 2 hồ sơ trong kỳ còn thiếu thông tin. Trả lời các câu hỏi bên dưới rồi bấm Lập phụ lục.');
    expect(q('#build-questions').closest('details')).toBeNull();
    expect(texts('#build-questions li p')).toEqual([
      '“Cổng”: không có cột kênh nộp: 2 hồ sơ tiếp nhận trong kỳ chưa biết trực tuyến hay trực tiếp (mã P1, P2)',
      '“Cổng”: 1 hồ sơ có trạng thái “Chờ xác minh”: nghĩa là gì? (mã P1)',
    ]);
    setValue('#build-questions select[data-part="status"]', 'processing');
    setValue('#build-questions select[data-part="channel"]', 'online');
    await flush();
    expect(deps.settings.mapping).toEqual({ statuses: { 'Chờ xác minh': 'processing' }, sources: { Cổng: { channel: 'online' } } });
    await build();
    expect(q('#build-questions').textContent).toBe('');
    // Both dossiers now counted, online (4).
    expect(deps.written[0].annex.cells.filter((c) => c.row === 7 && c.col >= 2 && c.col <= 5).map((c) => c.value)).toEqual([2, 2, 0, 0]);
  });

  test("a blank field is asked with a text answer; the national portal's sheet is read as exported", async () => {
    const { deps, host } = await mount();
    host.grids.set(
      'TTHC',
      gridOf(
        {
          source: 'TTHC',
          rows: [
            ['MaHoSo', 'TenLinhVuc', 'KenhThucHien', 'NgayTiepNhan', 'NgayHenTra', 'TrangThaiHoSo', 'NgayTra'],
            ['T1', '', 2, '20260401080000', '20260405170000', 10, '20260404090000'],
            ['T2', 'Hộ tịch', 1, '20260402080000', '20260405170000', 4, ''],
          ],
        },
        'TTHC',
      ),
    );
    q<HTMLButtonElement>('#build-refresh').click();
    await flush();
    setValue('#build-from', '15/3/2026');
    setValue('#build-to', '14/6/2026');
    check('TTHC');
    await build();
    expect(deps.written).toEqual([]);
    expect(texts('#build-questions li p')).toEqual(['“TTHC”: 1 hồ sơ để trống cột “TenLinhVuc”: chưa biết thuộc lĩnh vực nào (mã T1)']);
    q<HTMLInputElement>('#build-questions input[data-part="field"]').value = 'Chứng thực';
    q<HTMLButtonElement>('#build-questions button[data-save]').click();
    await flush();
    expect(deps.settings.mapping.sources).toEqual({ TTHC: { field: 'Chứng thực' } });
    await build();
    expect(deps.written[0].annex.fieldRows.map((r) => r.field)).toEqual(['Chứng thực', 'Hộ tịch']);
    expect(q('#build-report pre').textContent).toContain(
      'Mã trong cột "TrangThaiHoSo": 4 Đang xử lý → đang giải quyết (14)/(15): 1; 10 Đã trả kết quả → đã giải quyết (8)/(9)/(10) theo ngày trả: 1',
    );
  });

  test('a field named like HTML shows as text, nothing runs', async () => {
    const { host } = await mount();
    const hostile = '<img src=x onerror="window.__xss=1">';
    host.grids.set(
      'XSS',
      gridOf(
        {
          source: 'XSS',
          rows: [
            ['Mã hồ sơ', 'Lĩnh vực', 'Ngày tiếp nhận', 'Kênh nộp', 'Trạng thái'],
            ['X1', hostile, '01/04/2026', 'Trực tiếp', 'Đang xử lý'],
          ],
        },
        'XSS',
      ),
    );
    q<HTMLButtonElement>('#build-refresh').click();
    await flush();
    setValue('#build-from', '15/3/2026');
    setValue('#build-to', '14/6/2026');
    check('XSS');
    await build();
    expect(q('#build-count-table tbody th').textContent).toBe(hostile);
    expect(document.querySelector('#panel-build img')).toBeNull();
    expect((window as unknown as { __xss?: number }).__xss).toBeUndefined();
  });

  test('remembers the period and sources from the workbook settings, and speaks English', async () => {
    await mount('en', (deps) => {
      deps.settings = { ...emptyBuildSettings(), from: '15/12/2025', to: '14/03/2026', sourceSheets: ['DVCQG'] };
    });
    expect(q<HTMLInputElement>('#build-from').value).toBe('15/12/2025');
    expect([...document.querySelectorAll<HTMLInputElement>('#build-sheets input')].filter((b) => b.checked).map((b) => b.value)).toEqual(['DVCQG']);
    expect(q('#build-button').textContent).toBe('Build annex');
  });

  test('a CSV file chosen from disk; six bytes named .xls are no workbook, and said so in one line', async () => {
    const csv = new File(['\uFEFFMã hồ sơ;Lĩnh vực;Ngày tiếp nhận\r\nA1;Hộ tịch;01/04/2026\r\n'], 'mot-cua.csv');
    expect(await readExportFile(csv, 'vi')).toEqual([
      {
        source: 'mot-cua.csv',
        firstLine: 1,
        rows: [
          ['Mã hồ sơ', 'Lĩnh vực', 'Ngày tiếp nhận'],
          ['A1', 'Hộ tịch', '01/04/2026'],
        ],
      },
    ]);
    const xls = new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0])], 'old.xls');
    await expect(readExportFile(xls, 'vi')).rejects.toThrow('old.xls: không phải tệp bảng tính (.xlsx, .xls, .ods, .et).');
  });

  test('the same files are refused with the same words as the CLI', async () => {
    const { runCli } = await import('../helpers/cli');
    const { tempDir } = await import('../helpers/xlsx');
    const { writeFileSync } = await import('fs');
    const path = await import('path');
    const dir = tempDir('tthc-same-words-');
    const cases: [string, Uint8Array][] = [
      ['old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
      ['export.xls', new TextEncoder().encode('<html><body><table><tr><td>Mã hồ sơ</td></tr></table></body></html>')],
      ['fake.xlsx', new TextEncoder().encode('not a workbook')],
      ['scan.pdf', new TextEncoder().encode('%PDF-1.7')],
    ];
    for (const [name, bytes] of cases) {
      const file = path.join(dir, name);
      writeFileSync(file, bytes);
      const cli = await runCli(['build', file, '--from', '15/3/2026', '--to', '14/6/2026', '--out', path.join(dir, 'a.xlsx')]);
      const pane = await readExportFile(new File([bytes as BlobPart], name), 'vi').then(
        () => 'read',
        (error: Error) => error.message,
      );
      expect(cli.stderr.trim()).toBe(pane.replace(name, file));
    }
  });

  test('6 months, 9 months and the year are periods of the pane too, named in the annex title', async () => {
    const { deps } = await mount();
    setValue('#build-quarter', '6T');
    setValue('#build-year', '2026');
    q<HTMLButtonElement>('#build-fill-quarter').click();
    await flush();
    expect([q<HTMLInputElement>('#build-from').value, q<HTMLInputElement>('#build-to').value]).toEqual(['15/12/2025', '14/06/2026']);
    expect([...document.querySelectorAll<HTMLOptionElement>('#build-quarter option')].map((o) => o.textContent)).toEqual([
      'Quý I',
      'Quý II',
      'Quý III',
      'Quý IV',
      '6 tháng đầu năm',
      '9 tháng',
      'Cả năm',
    ]);
    check('Một cửa');
    check('DVCQG');
    await build();
    expect(deps.written[0].annex.cells[0].value).toBe('KẾT QUẢ TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH 6 THÁNG ĐẦU NĂM 2026');
    expect(deps.written[0].printTitle).toBe('Kết quả tiếp nhận, giải quyết hồ sơ TTHC 6 tháng đầu năm 2026 (từ ngày 15/12/2025 đến ngày 14/06/2026)');
  });

  test('an .xlsx export is read without its hidden sheets', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Dữ liệu').addRow(['Mã hồ sơ', 'Lĩnh vực']);
    const helper = workbook.addWorksheet('Tra cứu');
    helper.addRow(['cũ']);
    helper.state = 'hidden';
    const bytes = await workbook.xlsx.writeBuffer();
    const file = new File([new Uint8Array(bytes as ArrayBuffer)], 'dvcqg.xlsx');
    expect((await readExportFile(file, 'vi')).map((t) => t.source)).toEqual(['dvcqg.xlsx › Dữ liệu']);
  });
});
