/** @jest-environment ./test/helpers/jsdom-environment.js */
// The "Tổng hợp" panel on a fake Excel host holding two units' sheets, plus a unit's file read by
// a double: the per-unit verdicts, a field to confirm, the sheets written through the host seam.
import type { Grid } from '../../src/core/types';
import { validateGrid } from '../../src/core/validate';
import type { SheetHost } from '../../src/app/host';
import type { BuildSheetsInput, BuildSheetsResult } from '../../src/excel/buildSheet';
import { emptyStore } from '../../src/excel/store';
import { FULL_SUPPORT } from '../../src/excel/support';
import { createPane } from '../../src/taskpane/app';
import { createConsolidatePanel, type ConsolidateDeps } from '../../src/taskpane/panels/consolidate/panel';
import { validatePanel } from '../../src/taskpane/panels/validate/panel';
import { AN_PHU, BEN_THANH, PERIOD, TAN_LOI, TAN_LOI_TYPO, setCell } from '../helpers/consolidate-set';
import { leaves, seedUnit, unit06a } from '../core/consolidate/units';

class FakeHost {
  grids = new Map<string, Grid>();
  constructor(grids: Grid[]) {
    for (const grid of grids) this.grids.set(grid.sheetName, grid);
  }
  support = () => FULL_SUPPORT;
  readSheet = async (options: { sheetName?: string }) => ({
    grid: this.grids.get(options.sheetName ?? [...this.grids.keys()][0])!,
    store: emptyStore(),
    cellCount: 100,
    commentIds: [],
  });
  listSheets = async () => ({ names: [...this.grids.keys()], active: [...this.grids.keys()][0] });
  selectCell = async () => undefined;
  asHost = (): SheetHost => this as unknown as SheetHost;
}

const flush = async () => {
  for (let i = 0; i < 12; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};
function q<T extends Element = HTMLElement>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`No ${selector}`);
  return found;
}

function setup(files: Record<string, Grid[]>) {
  const tanLoi = seedUnit(TAN_LOI, ['UBND XÃ TÂN LỢI', ...PERIOD], 'Tân Lợi');
  setCell(tanLoi, TAN_LOI_TYPO.address, (tanLoi.values[7][2] as number) + TAN_LOI_TYPO.add);
  const host = new FakeHost([
    seedUnit(AN_PHU, ['UBND XÃ AN PHÚ', ...PERIOD], 'An Phú'),
    tanLoi,
    { sheetName: 'Ghi chú', origin: { row: 0, col: 0 }, values: [['ghi chú']] },
  ]);
  const writes: BuildSheetsInput[] = [];
  const deps: ConsolidateDeps = {
    writeSheets: async (input): Promise<BuildSheetsResult> => {
      writes.push(input);
      return { annexName: input.workbook.annexName, sheetNames: input.workbook.sheets.map((s) => s.name) };
    },
    pageLayoutSupported: () => true,
    readFile: async (file) => files[file.name],
  };
  document.body.innerHTML = '<div id="app"></div>';
  const pane = createPane(document.getElementById('app')!, {
    excel: host.asHost(),
    validate: validateGrid,
    panels: [validatePanel, createConsolidatePanel(deps)],
    initialLang: 'vi',
  });
  pane.context.activate('consolidate');
  return { writes };
}

function chooseFiles(names: string[]): void {
  const input = q<HTMLInputElement>('#consolidate-files');
  Object.defineProperty(input, 'files', { value: names.map((name) => new File(['x'], name)), configurable: true });
  input.dispatchEvent(new Event('change'));
}

test('sheets and files: per-unit verdicts, the unit with errors marked, the sheets written through the seam', async () => {
  const odd = [{ name: 'Hộ tịch - Chứng thực', leaves: leaves({ online: 5, early: 5 }) }];
  const { writes } = setup({
    'phuong-ben-thanh.xlsx': [unit06a(BEN_THANH, ['Đơn vị báo cáo: UBND phường Bến Thành', ...PERIOD])],
    'xa-phu-my.xlsx': [seedUnit(odd, ['UBND XÃ PHÚ MỸ', ...PERIOD])],
  });
  await flush();
  const boxes = [...document.querySelectorAll<HTMLInputElement>('#consolidate-sheets input')];
  expect(boxes.map((b) => b.value)).toEqual(['An Phú', 'Tân Lợi']);
  boxes.forEach((b) => b.click());
  chooseFiles(['phuong-ben-thanh.xlsx', 'xa-phu-my.xlsx']);
  expect(q('#consolidate-files-chosen').textContent).toBe('Đã chọn 2 tệp.');
  q<HTMLButtonElement>('#consolidate-button').click();
  await flush();
  expect(q('#consolidate-status').textContent).toBe('Sẵn sàng: 5 lĩnh vực, 4 đơn vị; 1 đơn vị có bảng lỗi (được đánh dấu).');
  expect([...document.querySelectorAll('#consolidate-units li')].map((li) => li.textContent)).toEqual([
    'xã An Phú — Sổ đang mở › An Phú: hợp lệ',
    'xã Tân Lợi — Sổ đang mở › Tân Lợi: 3 lỗi',
    'phường Bến Thành — phuong-ben-thanh.xlsx › Biểu II.06a: hợp lệ',
    'xã Phú Mỹ — xa-phu-my.xlsx › Phụ lục: hợp lệ',
  ]);
  expect(q('#consolidate-units .consolidate__invalid').textContent).toBe('xã Tân Lợi — Sổ đang mở › Tân Lợi: 3 lỗi');
  expect(q('#consolidate-fields').textContent).toContain('Lĩnh vực "Lĩnh vực chứng thực" được cộng vào "Chứng thực"');

  // The field of its own is confirmed into a suggestion, then the sheets are written.
  const select = q<HTMLSelectElement>('#consolidate-fields select');
  expect([...select.options].map((o) => o.textContent)).toEqual(['Để thành dòng riêng', 'Cộng vào “Chứng thực”', 'Cộng vào “Hộ tịch”']);
  select.value = 'Hộ tịch';
  select.dispatchEvent(new Event('change'));
  q<HTMLButtonElement>('#consolidate-write').click();
  await flush();
  expect(writes.map((w) => [w.workbook.annexName, ...w.workbook.sheets.map((s) => s.name)])).toEqual([['Tổng hợp', 'Kiểm tra'], ['Theo đơn vị']]);
  expect(writes[1].ownSheets).toEqual(['Tổng hợp', 'Kiểm tra']);
  const labels = writes[0].workbook.annex.cells.filter((c) => c.style === 'fieldName').map((c) => c.value);
  expect(labels).toEqual(['Hộ tịch', 'Đất đai', 'Chứng thực', 'Người có công']);
  expect(q('#consolidate-status').textContent).toBe('Đã ghi các trang “Tổng hợp”, “Theo đơn vị”, “Kiểm tra”. Trang Tổng hợp đã được kiểm tra lại: hợp lệ.');
});

test('a unit sent twice is asked about; the clerk leaves one out and consolidates', async () => {
  const copy = seedUnit(AN_PHU, ['UBND XÃ AN PHÚ', ...PERIOD]);
  setup({ 'xa-an-phu.xlsx': [copy] });
  await flush();
  q<HTMLInputElement>('#consolidate-sheets input').click();
  chooseFiles(['xa-an-phu.xlsx']);
  q<HTMLButtonElement>('#consolidate-button').click();
  await flush();
  expect(q('#consolidate-status').textContent).toBe('Chưa tổng hợp: cần biết các bảng sau có được cộng vào nhau không.');
  const selects = [...document.querySelectorAll<HTMLSelectElement>('#consolidate-questions select')];
  expect([...document.querySelectorAll('#consolidate-questions label')].map((l) => l.textContent)).toEqual([
    'xã An Phú: Sổ đang mở › An Phú',
    'xã An Phú: xa-an-phu.xlsx › Phụ lục',
  ]);
  selects[1].value = 'out';
  selects[1].dispatchEvent(new Event('change'));
  q<HTMLButtonElement>('#consolidate-button').click();
  await flush();
  expect(q('#consolidate-status').textContent).toBe('Sẵn sàng: 4 lĩnh vực, 1 đơn vị.');
});
