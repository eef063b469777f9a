/** @jest-environment ./test/helpers/jsdom-environment.js */
// The pane in jsdom with a test double for the Excel layer: what the clerk sees and can do.
import type { Grid, Lang } from '../../src/core/types';
import { validateGrid } from '../../src/core/validate';
import type { SheetHost } from '../../src/app/host';
import type { ClearResult, HighlightResult } from '../../src/excel/highlight';
import { emptyStore } from '../../src/excel/store';
import { FULL_SUPPORT, MINIMUM_SUPPORT, type ApiSupport } from '../../src/excel/support';
import { languageFromLocale } from '../../src/i18n/pane';
import { buildAnnexGrid, SEED_FIELDS, type FieldCounts } from '../helpers/annex';
import { createPane } from '../../src/taskpane/app';
import { validatePanel } from '../../src/taskpane/panels/validate/panel';
import { validateReportCommand, clearHighlightsCommand } from '../../src/commands/commands';

const panels = [validatePanel];

function plantedGrid(fieldName?: string): Grid {
  const fields: FieldCounts[] = SEED_FIELDS.map((f) => ({ ...f, values: [...f.values] }));
  fields[0].values[0] = 1067;
  fields[4].values[7] = 31;
  if (fieldName) fields[0].name = fieldName;
  return buildAnnexGrid(fields, { titleRows: ['PHỤ LỤC'] });
}

class FakeHost implements SheetHost {
  grid: Grid = plantedGrid();
  selections: Array<[string, string]> = [];
  highlightCalls = 0;
  clearCalls = 0;
  failRead: Error | null = null;
  apiSupport: ApiSupport = FULL_SUPPORT;
  support = () => this.apiSupport;
  readSheet = async () => {
    if (this.failRead) throw this.failRead;
    return { grid: this.grid, store: emptyStore(), cellCount: 100 };
  };
  applyHighlights = async (request: { targets: readonly unknown[] }): Promise<HighlightResult> => {
    this.highlightCalls++;
    return { store: emptyStore(), highlighted: request.targets.length, restored: 0, notesWritten: request.targets.length, notesSkipped: 0 };
  };
  clearHighlights = async (): Promise<ClearResult> => {
    this.clearCalls++;
    return { store: emptyStore(), restored: 4, leftAsRecoloured: 1 };
  };
  selectCell = async (sheet: string, address: string) => {
    this.selections.push([sheet, address]);
  };
  listSheets = async () => ({ names: ['Bìa', 'Phụ lục'], active: 'Phụ lục' });
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function mount(lang: Lang = 'vi', host = new FakeHost()) {
  document.body.innerHTML = '<div id="app"></div>';
  const root = document.getElementById('app')!;
  const pane = createPane(root, { excel: host, validate: validateGrid, panels, initialLang: lang });
  return { root, pane, host };
}

function q<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`No ${selector}`);
  return found;
}

async function pressValidate(root: HTMLElement): Promise<void> {
  q<HTMLButtonElement>(root, '#validate-button').click();
  await flush();
  await flush();
}

describe('task pane', () => {
  test('before validation: Vietnamese labels, sheet picker with the workbook sheets, idle text', async () => {
    const { root } = mount();
    await flush();
    expect(q(root, '.header__title').textContent).toBe('Báo cáo TTHC');
    expect(q(root, '#validate-button').textContent).toBe('Kiểm tra báo cáo');
    expect(q(root, '#clear-button').textContent).toBe('Xoá đánh dấu');
    expect([...root.querySelectorAll('#sheet-picker option')].map((o) => o.textContent)).toEqual(['Trang tính đang mở', 'Bìa', 'Phụ lục ✓']);
    expect(q(root, '#validate-status').textContent).toMatch(/^Chưa kiểm tra/);
    expect(root.querySelector('.tabs')).toBeNull(); // one panel: no tab bar
  });

  test('validate: the verdict in words, one card per mistake in sections, exact texts', async () => {
    const { root, host } = mount();
    await pressValidate(root);
    expect(host.highlightCalls).toBe(1);
    const summary = q(root, '#summary');
    expect(summary.getAttribute('data-verdict')).toBe('invalid');
    expect(q(summary, '.summary__title').textContent).toBe(
      '1 ô nhiều khả năng sai, 1 chỗ không khớp chưa chỉ ra được ô sai; 5 tỷ lệ hoặc công thức chưa kiểm tra được.',
    );
    expect(q(summary, '.summary__where').textContent).toBe('Bảng A2:P19 · trang tính “Phụ lục”');
    // C6 filled, H10…L10 outlined: six marks.
    expect([...summary.querySelectorAll('.summary__notice')].map((n) => n.textContent)).toEqual([
      'Đã đánh dấu 6 ô trên trang tính (tô màu hoặc kẻ viền; giá trị không bị thay đổi).',
    ]);
    const sections = [...root.querySelectorAll('section.rule')];
    expect(sections.map((g) => [g.getAttribute('data-section'), q(g, '.rule__title span').textContent, q(g, '.rule__count').textContent])).toEqual([
      ['culprit', 'Ô nhiều khả năng sai', '1'],
      ['undecided', 'Không khớp, chưa chỉ ra được ô sai', '1'],
    ]);
    const [culprit, undecided] = [...root.querySelectorAll<HTMLButtonElement>('button.finding')];
    expect(culprit.getAttribute('data-cell')).toBe('C6');
    expect(q(culprit, '.finding__cell').textContent).toBe('Ô C6');
    expect(q(culprit, '.finding__culprit').textContent).toBe('ô sai');
    expect(q(culprit, '.finding__message').textContent).toBe('Ô C6 nhiều khả năng sai: đang ghi 1.067, đúng ra 1.066 — 4 phép kiểm tra không khớp.');
    expect(q(culprit, '.finding__figures').textContent).toBe('Đúng ra 1.066 · đang ghi 1.067');
    const details = [...sections[0].querySelectorAll('.card__details li')].map((li) => li.textContent);
    // The totals row was added up from the fields (it repeats C6's mistake): its failures are on C6's card.
    expect(details).toEqual([
      'Dòng “Hộ tịch”: (3)=(4)+(5)+(6) không khớp — ô C6 ghi 1.067, tổng các cột thành phần là 1.066 (lệch 1).',
      'Dòng “Hộ tịch”: số tiếp nhận phải bằng đã giải quyết cộng đang giải quyết (3)=(7)+(13) — ô C6 ghi 1.067, đã + đang giải quyết là 1.066 (lệch 1).',
      'Dòng “Tổng cộng”: (3)=(4)+(5)+(6) không khớp — ô C18 ghi 3.576, tổng các cột thành phần là 3.575 (lệch 1).',
      'Dòng “Tổng cộng”: số tiếp nhận phải bằng đã giải quyết cộng đang giải quyết (3)=(7)+(13) — ô C18 ghi 3.576, đã + đang giải quyết là 3.575 (lệch 1).',
    ]);
    // The rates over the totals that H10…L10 feed wait for that mismatch: they are on its card.
    const waiting = [...sections[1].querySelectorAll('.card__details li')].map((li) => li.textContent);
    expect(waiting.filter((line) => line!.startsWith('Chưa kiểm tra được tỷ lệ'))).toHaveLength(5);
    // No culprit: no "Đúng ra", every candidate named, no cell called wrong.
    expect(undecided.getAttribute('data-cell')).toBe('H10');
    expect(undecided.querySelector('.finding__figures')).toBeNull();
    expect(undecided.querySelector('.finding__culprit')).toBeNull();
    expect(q(undecided, '.finding__undecided').textContent).toBe('chưa rõ ô nào');
    expect(q(undecided, '.finding__cell').textContent).toBe('Ô H10, I10, J10, K10…');
    expect(q(root, '#validate-button').textContent).toBe('Kiểm tra lại');
  });

  test('names a second annex table on the sheet as not checked', async () => {
    const host = new FakeHost();
    const first = buildAnnexGrid(SEED_FIELDS);
    host.grid = { ...first, values: [...first.values, [], [], [], ...buildAnnexGrid(SEED_FIELDS).values], numberFormats: undefined, merges: [] };
    const { root } = mount('vi', host);
    await pressValidate(root);
    expect([...root.querySelectorAll('#summary .summary__notice')].map((n) => n.textContent)).toContain(
      'Trang tính còn bảng phụ lục khác (A22:P39) chưa được kiểm tra: hãy tách mỗi bảng ra một trang tính.',
    );
  });

  test('says how it read the table: where the identities came from, which sums and rates it checked', async () => {
    const { root } = mount();
    await pressValidate(root);
    const understanding = q(root, '#understanding');
    expect(q(understanding, 'summary').textContent).toBe('Cách đọc bảng');
    expect([...understanding.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'Công thức lấy từ dòng đánh số cột của bảng.',
      'Các phép cộng được kiểm tra:',
      'Các tỷ lệ được kiểm tra:',
      'Các dòng của bảng:',
    ]);
    expect([...q(understanding, '#understanding-rows').querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Dòng 6–17: lĩnh vực (có số thứ tự)',
      'Dòng 18: dòng tổng (ghi là dòng tổng) — “Tổng cộng”',
      'Dòng 19: dòng tỷ lệ — “Tỷ lệ:”',
    ]);
    const lists = [...understanding.querySelectorAll('ul')].map((ul) => [...ul.querySelectorAll('li')].map((li) => li.textContent));
    expect(lists[0]).toEqual(['(3)=(4)+(5)+(6)', '(7)=(8)+(9)+(10)+(11)+(12)', '(13)=(14)+(15)+(16)', '(3)=(7)+(13)']);
    expect(lists[1].slice(0, 2)).toEqual(['(3)/(3)', '(4)/((4)+(5))']);
  });

  test('a valid table says so', async () => {
    const host = new FakeHost();
    host.grid = buildAnnexGrid(SEED_FIELDS, { titleRows: ['PHỤ LỤC'] });
    const { root } = mount('vi', host);
    await pressValidate(root);
    expect(q(root, '#summary .summary__title').textContent).toBe('Bảng hợp lệ: mọi phép cộng và tỷ lệ đều khớp.');
    expect(root.querySelectorAll('button.finding')).toHaveLength(0);
    expect(host.highlightCalls).toBe(0); // nothing to colour, nothing stored: no write at all
  });

  test('clicking a finding selects its cell on the validated sheet; keyboard moves between findings', async () => {
    const { root, host } = mount();
    await pressValidate(root);
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('button.finding')];
    buttons[1].click();
    await flush();
    expect(host.selections).toEqual([['Phụ lục', 'H10']]);
    buttons[0].focus();
    buttons[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(document.activeElement).toBe(buttons[1]);
    buttons[1].dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    expect(document.activeElement).toBe(buttons[buttons.length - 1]);
  });

  test('cell text that looks like HTML is shown as text and creates no element', async () => {
    const host = new FakeHost();
    host.grid = plantedGrid('<img src=x onerror=alert(1)>');
    const { root } = mount('vi', host);
    await pressValidate(root);
    expect(root.querySelectorAll('.results img, .results script')).toHaveLength(0);
    const detailsText = [...root.querySelectorAll('.card__details li')].map((li) => li.textContent).join('\n');
    expect(detailsText).toContain('Dòng “<img src=x onerror=alert(1)>”');
  });

  test('switching to English re-renders everything in English', async () => {
    const { root, pane } = mount();
    await pressValidate(root);
    const picker = q<HTMLSelectElement>(root, '#language-picker');
    picker.value = 'en';
    picker.dispatchEvent(new Event('change'));
    expect(pane.context.lang()).toBe('en');
    expect(q(root, '.header__title').textContent).toBe('TTHC report');
    expect(q(root, '#summary .summary__title').textContent).toBe(
      '1 cell most likely wrong, 1 mismatch whose wrong cell cannot be named; 5 rates or formulas not checked.',
    );
    expect(q(root, '#summary .summary__where').textContent).toBe('Table A2:P19 · sheet “Phụ lục”');
    expect(q(root, 'button.finding .finding__figures').textContent).toBe('Expected 1,066 · found 1,067');
    expect(q(root, 'button.finding .finding__message').textContent).toBe('Cell C6 is most likely wrong: it states 1,067, it should be 1,066 — 4 checks fail.');
    expect(document.documentElement.lang).toBe('en');
  });

  test('an Excel without notes or cell properties is told what it misses', async () => {
    const host = new FakeHost();
    host.apiSupport = MINIMUM_SUPPORT;
    const { root } = mount('en', host);
    await pressValidate(root);
    expect([...root.querySelectorAll('.summary__notice')].map((n) => n.textContent)).toEqual([
      'Marked 6 cells on the sheet (filled or outlined; no value changed).',
      'This Excel has neither cell notes nor comments (needs ExcelApi 1.10): the reasons are shown in this pane only.',
      'This Excel cannot tell a white fill from No Fill (needs ExcelApi 1.9): clearing gives white cells No Fill.',
    ]);
  });

  test('clear highlights reports what was given back and what was left', async () => {
    const { root, host } = mount();
    await pressValidate(root);
    q<HTMLButtonElement>(root, '#clear-button').click();
    await flush();
    expect(host.clearCalls).toBe(1);
    expect([...root.querySelectorAll('#validate-status p')].map((p) => p.textContent)).toEqual([
      'Đã xoá đánh dấu ở 4 ô; định dạng ban đầu đã được trả lại.',
      '1 ô bạn đã đổi màu (hoặc hoàn tác) nên được giữ nguyên.',
    ]);
    expect(q(root, '#findings').classList.contains('results--stale')).toBe(true);
  });

  test('an Excel error is shown, nothing crashes', async () => {
    const host = new FakeHost();
    host.failRead = new Error('RichApi.Error: The request payload size has exceeded the limit.');
    const { root } = mount('vi', host);
    await pressValidate(root);
    expect(q(root, '#validate-status').textContent).toBe('Excel báo lỗi, chưa kiểm tra được: RichApi.Error: The request payload size has exceeded the limit.');
  });

  test('a sheet without an annex table shows the core’s reason', async () => {
    const host = new FakeHost();
    host.grid = { sheetName: 'Trống', origin: { row: 0, col: 0 }, values: [] };
    const { root } = mount('vi', host);
    await pressValidate(root);
    expect(q(root, '#summary .summary__title').textContent).toBe('Trang tính “Trống” không có dữ liệu.');
  });

  test('with two panels the shell shows tabs, arrow keys switch them', () => {
    document.body.innerHTML = '<div id="app"></div>';
    const root = document.getElementById('app')!;
    const extra = {
      id: 'narrative',
      title: (lang: Lang) => (lang === 'vi' ? 'Văn bản' : 'Narrative'),
      mount: (c: HTMLElement) => ((c.textContent = 'narrative panel'), {}),
    };
    createPane(root, { excel: new FakeHost(), validate: validateGrid, panels: [...panels, extra], initialLang: 'vi' });
    const tabs = [...root.querySelectorAll<HTMLButtonElement>('[role=tab]')];
    expect(tabs.map((t) => [t.textContent, t.getAttribute('aria-selected')])).toEqual([
      ['Kiểm tra', 'true'],
      ['Văn bản', 'false'],
    ]);
    tabs[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(q(root, '#panel-narrative').hidden).toBe(false);
    expect(q(root, '#panel-validate').hidden).toBe(true);
    expect(document.activeElement).toBe(tabs[1]);
  });
});

describe('ribbon commands', () => {
  test('"Kiểm tra báo cáo" brings the panel forward, validates, then completes the event', async () => {
    const { root, pane, host } = mount();
    const completed = jest.fn();
    const shown = jest.fn();
    await validateReportCommand({ controller: pane.controller, showValidationPanel: shown })({ completed } as unknown as Office.AddinCommands.Event);
    expect(shown).toHaveBeenCalledTimes(1);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(host.highlightCalls).toBe(1);
    expect(q(root, '#summary .summary__title').textContent).toMatch(/^1 ô nhiều khả năng sai/);
  });

  test('"Xoá đánh dấu" clears and completes the event even when Excel fails', async () => {
    const host = new FakeHost();
    host.clearHighlights = async () => {
      throw new Error('boom');
    };
    const { pane } = mount('vi', host);
    const completed = jest.fn();
    await clearHighlightsCommand({ controller: pane.controller })({ completed } as unknown as Office.AddinCommands.Event);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(pane.controller.state).toEqual({ kind: 'failed', message: 'boom' });
  });
});

test('language from Office’s display language: Vietnamese unless clearly another', () => {
  expect(languageFromLocale('vi-VN')).toBe('vi');
  expect(languageFromLocale('en-US')).toBe('en');
  expect(languageFromLocale('fr-FR')).toBe('en');
  expect(languageFromLocale(undefined)).toBe('vi');
});
