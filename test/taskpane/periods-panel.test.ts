/** @jest-environment ./test/helpers/jsdom-environment.js */
// The periods in the pane: the "Kỳ trước" picker of the Kiểm tra and Báo cáo panels and the
// "Cộng dồn" panel, on a fake Excel host holding a workbook of quarters.
import { annexToGrid } from '../../src/core/build/annex';
import type { Grid } from '../../src/core/types';
import { validateGrid } from '../../src/core/validate';
import type { SheetHost } from '../../src/app/host';
import type { BuildSheetsInput, BuildSheetsResult } from '../../src/excel/buildSheet';
import type { ClearResult, HighlightResult } from '../../src/excel/highlight';
import { emptyStore } from '../../src/excel/store';
import { FULL_SUPPORT } from '../../src/excel/support';
import { createPane } from '../../src/taskpane/app';
import { createCumulatePanel } from '../../src/taskpane/panels/cumulate/panel';
import { createNarrativePanel, type NarrativePanelDeps } from '../../src/taskpane/panels/narrative/panel';
import { validatePanel } from '../../src/taskpane/panels/validate/panel';
import { q1, seedQ2 } from '../cli/periods-files';

class FakeHost {
  grids = new Map<string, Grid>();
  active = 'Quý II';
  selected: Array<[string, string]> = [];
  constructor(grids: Grid[]) {
    for (const grid of grids) this.grids.set(grid.sheetName, grid);
  }
  support = () => FULL_SUPPORT;
  readSheet = async (options: { sheetName?: string }) => ({
    grid: this.grids.get(options.sheetName ?? this.active)!,
    store: emptyStore(),
    cellCount: 100,
    commentIds: [],
  });
  applyHighlights = async () =>
    ({ store: emptyStore(), highlighted: 0, restored: 0, annotation: null, annotationsWritten: 0, annotationsSkipped: 0 }) as unknown as HighlightResult;
  clearHighlights = async () => ({ store: emptyStore(), restored: 0, leftAsRecoloured: 0 }) as unknown as ClearResult;
  selectCell = async (sheet: string, address: string) => void this.selected.push([sheet, address]);
  listSheets = async () => ({ names: [...this.grids.keys()], active: this.active });
  asHost = (): SheetHost => this as unknown as SheetHost;
}

const narrativeDeps: NarrativePanelDeps = {
  copy: async () => 'copy-event',
  buildDocx: async () => new Blob(['docx']),
  download: () => true,
  platform: () => 'OfficeOnline',
  prefetchDocx: () => undefined,
};

const flush = async () => {
  for (let i = 0; i < 8; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

function q<T extends Element = HTMLElement>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`No ${selector}`);
  return found;
}

function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

function mount(host: FakeHost, panels = [validatePanel]) {
  document.body.innerHTML = '<div id="app"></div>';
  return createPane(document.getElementById('app')!, { excel: host.asHost(), validate: validateGrid, panels, initialLang: 'vi' });
}

test('Kiểm tra: another sheet as the previous period; the carry-over cards select their cells', async () => {
  const host = new FakeHost([q1({ 'Hộ tịch': 4 }), seedQ2()]);
  mount(host);
  await flush();
  const picker = q<HTMLSelectElement>('#validate-previous');
  expect([...picker.options].map((o) => o.textContent)).toEqual(['Không đối chiếu', 'Trang “Quý I”', 'Tệp khác…']);
  choose(picker, 'sheet:Quý I');
  q<HTMLButtonElement>('#validate-button').click();
  await flush();
  const section = q('#previous-period');
  expect(section.hidden).toBe(false);
  expect(q('#previous-period .rule__title').textContent).toBe('Đối chiếu với kỳ trước');
  expect(q('#previous-period .summary__where').textContent).toBe('Kỳ trước: Trang “Quý I” — quý I năm 2026 (từ ngày 15/12/2025 đến ngày 14/3/2026).');
  expect(q('#previous-period .summary__notice').textContent).toBe('Bảng kỳ trước: Bảng hợp lệ: mọi phép cộng và tỷ lệ đều khớp.');
  expect(q('#previous-period .periods__outcome').textContent).toBe('Số chuyển kỳ: 2 chỗ không khớp.');
  const cards = [...section.querySelectorAll<HTMLButtonElement>('button.finding')];
  expect(cards.map((c) => c.querySelector('.finding__message')!.textContent)).toEqual([
    'Hộ tịch: kỳ trước còn 4 hồ sơ đang giải quyết (Quý I!M8), kỳ này ghi từ kỳ trước 5 (F8).',
    'Tổng cộng: kỳ trước còn 18 hồ sơ đang giải quyết (Quý I!M20), kỳ này ghi từ kỳ trước 19 (F20).',
  ]);
  cards[0].click();
  await flush();
  expect(host.selected).toEqual([['Quý II', 'F8']]);
  // Without a previous period the section goes away at the next validation.
  choose(picker, '');
  q<HTMLButtonElement>('#validate-button').click();
  await flush();
  expect(section.hidden).toBe(true);
});

test('Báo cáo: the comparison sentences with the period picked, and what it was compared with', async () => {
  const host = new FakeHost([q1(), seedQ2()]);
  const pane = mount(host, [validatePanel, createNarrativePanel(narrativeDeps)]);
  pane.context.activate('narrative');
  q<HTMLButtonElement>('#narrative-write').click();
  await flush();
  choose(q<HTMLSelectElement>('#narrative-previous'), 'sheet:Quý I');
  await flush();
  expect(q('#narrative-preview').textContent).toContain('- Tổng số hồ sơ tiếp nhận là: 3.575 hồ sơ (tăng 412 hồ sơ, 13,0% so với quý I năm 2026). Trong đó:');
  expect(q('#narrative-previous-note').textContent).toBe('So sánh với Trang “Quý I” — quý I năm 2026 (từ ngày 15/12/2025 đến ngày 14/3/2026).');
  choose(q<HTMLSelectElement>('#narrative-previous'), '');
  await flush();
  expect(q('#narrative-preview').textContent).toContain('- Tổng số hồ sơ tiếp nhận là: 3.575 hồ sơ. Trong đó:');
});

test('Cộng dồn: the quarter sheets ticked, the 6-month annex written as a new sheet that validates clean', async () => {
  const host = new FakeHost([seedQ2(), q1()]);
  const written: BuildSheetsInput[] = [];
  const deps = {
    writeSheets: async (input: BuildSheetsInput): Promise<BuildSheetsResult> => {
      written.push(input);
      host.grids.set(input.workbook.annexName, annexToGrid(input.workbook.annex, input.workbook.annexName));
      return { annexName: input.workbook.annexName, sheetNames: input.workbook.sheets.map((s) => s.name) };
    },
    pageLayoutSupported: () => true,
  };
  const pane = mount(host, [validatePanel, createCumulatePanel(deps)]);
  pane.context.activate('cumulate');
  await flush();
  const boxes = [...document.querySelectorAll<HTMLInputElement>('#cumulate-sheets input')];
  expect(boxes.map((b) => [b.value, b.checked])).toEqual([
    ['Quý II', true],
    ['Quý I', true],
  ]);
  expect(q('#cumulate-sheets').textContent).toContain('Quý I — quý I năm 2026 (từ ngày 15/12/2025 đến ngày 14/3/2026)');
  q<HTMLButtonElement>('#cumulate-button').click();
  await flush();
  expect(q('#cumulate-status').textContent).toBe(
    'Đã lập trang “6 tháng 2026”: 6 tháng đầu năm 2026 (từ ngày 15/12/2025 đến ngày 14/6/2026). Bảng đã được kiểm tra: hợp lệ.',
  );
  expect(written).toHaveLength(1);
  expect(written[0].workbook.sheets.map((s) => s.name)).toEqual(['Nguồn cộng dồn']);
  expect(written[0].ownSheets).toEqual([]);
  const outcome = validateGrid(annexToGrid(written[0].workbook.annex, '6 tháng 2026'));
  expect(outcome.ok && outcome.report.summary.verdict).toBe('valid');
  expect(q('#cumulate-checks').textContent).toContain('Số chuyển kỳ khớp');
  // Made again: the sheet it wrote is replaced, not doubled.
  q<HTMLButtonElement>('#cumulate-button').click();
  await flush();
  expect(written[1].ownSheets).toEqual(['6 tháng 2026', 'Nguồn cộng dồn']);
});

test('Cộng dồn: a broken link is refused, named, and written only when the clerk ticks “vẫn lập”', async () => {
  const host = new FakeHost([q1({ 'Hộ tịch': 4 }), seedQ2()]);
  const written: BuildSheetsInput[] = [];
  const deps = {
    writeSheets: async (input: BuildSheetsInput) => (written.push(input), { annexName: input.workbook.annexName, sheetNames: [] }),
    pageLayoutSupported: () => false,
  };
  const pane = mount(host, [validatePanel, createCumulatePanel(deps)]);
  pane.context.activate('cumulate');
  await flush();
  q<HTMLButtonElement>('#cumulate-button').click();
  await flush();
  expect(q('#cumulate-status').textContent).toBe(
    '2 chỗ số chuyển kỳ không khớp giữa các kỳ (xem trên). Sửa bảng, hoặc đánh dấu “Vẫn lập khi số chuyển kỳ không khớp” để vẫn lập bảng, ghi rõ chỗ lệch (3)=(7)+(13).',
  );
  expect(written).toHaveLength(0);
  q<HTMLInputElement>('#cumulate-force').click();
  q<HTMLButtonElement>('#cumulate-button').click();
  await flush();
  expect(written).toHaveLength(1);
  expect(q('#cumulate-status').textContent).toBe('Đã lập trang “6 tháng 2026” dù số chuyển kỳ không khớp: chỗ lệch được ghi dưới bảng.');
});
