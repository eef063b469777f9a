// Acceptance test of the add-in without Excel: the built pane (dist/) served on localhost, opened in
// Debian's Chromium through playwright-core, office.js replaced by a fake Office/Excel holding the
// sample workbook with planted mistakes (assets/samples/phu-luc-quy-II-2026-co-loi.xlsx).
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { readXlsxGrids } from '../../src/cli/xlsx';
import {
  ARTIFACTS,
  DIST,
  ROOT,
  SAMPLES,
  gridToFakeSheet,
  newFakeOfficePage,
  startBrowserHarness,
  type BrowserHarness,
  type FakeOfficePage,
  type FakeSheet,
  type FakeWorkbookData,
} from './support';

jest.setTimeout(120_000);

const SAMPLE = path.join(SAMPLES, 'phu-luc-quy-II-2026-co-loi.xlsx');
const RED = '#FFB3BA';
const AMBER = '#FFE699';

let harness: BrowserHarness;
let sampleSheet: FakeSheet;
let cleanSheet: FakeSheet;

beforeAll(async () => {
  harness = await startBrowserHarness();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const [grid] = await readXlsxGrids(SAMPLE);
  sampleSheet = gridToFakeSheet(grid);
  const [clean] = await readXlsxGrids(path.join(SAMPLES, 'phu-luc-quy-II-2026.xlsx'));
  cleanSheet = gridToFakeSheet(clean);
});

afterAll(async () => {
  await harness?.close();
});

async function openPane(data: FakeWorkbookData, pageName = 'taskpane.html'): Promise<FakeOfficePage> {
  const opened = await newFakeOfficePage(harness, data, { viewport: { width: 320, height: 1100 } });
  await opened.page.goto(`${harness.baseUrl}/${pageName}`);
  if (pageName === 'taskpane.html') await opened.page.waitForSelector('#validate-button');
  return opened;
}

function fake<T>(page: Page, read: string): Promise<T> {
  return page.evaluate((expression) => {
    const state = (window as unknown as { __fakeExcel: unknown }).__fakeExcel;
    return new Function('state', `return (${expression});`)(state);
  }, read) as Promise<T>;
}

describe('task pane in Chromium with a stand-in office.js', () => {
  test('validate the sample with planted mistakes: findings listed, cells highlighted, click selects, clear restores', async () => {
    const { page, foreignRequests, cspViolations, pageErrors } = await openPane({ sheets: [sampleSheet], displayLanguage: 'vi-VN' });

    await page.click('#validate-button');
    await page.waitForSelector('#summary');

    expect(await page.textContent('#summary .summary__title')).toBe('2 ô nhiều khả năng sai, 1 tỷ lệ sai; 1 cảnh báo.');
    expect(await page.textContent('#summary .summary__where')).toBe('Bảng A1:P18 · trang tính “Phụ lục”');
    const sections = await page.$$eval('section.rule', (list) =>
      list.map((s) => [s.querySelector('.rule__title span')!.textContent, [...s.querySelectorAll('button.finding')].map((b) => b.getAttribute('data-cell'))]),
    );
    expect(sections).toEqual([
      ['Ô nhiều khả năng sai', ['D5', 'M9']],
      ['Lỗi khác', ['H18']],
      ['Cảnh báo', ['C14']],
    ]);
    const first = page.locator('button.finding').first();
    expect(await first.locator('.finding__cell').textContent()).toBe('Ô D5');
    expect(await first.locator('.finding__figures').textContent()).toBe('Đúng ra 1.061 · đang ghi 1.016');
    expect(await first.locator('.finding__message').textContent()).toBe('Ô D5 nhiều khả năng sai: đang ghi 1.016, đúng ra 1.061 — 2 phép kiểm tra không khớp.');
    // The card opens on the checks it groups.
    await page.click('li.card:first-child .card__details summary');
    expect(await page.$$eval('li.card:first-child .card__details li', (items) => items.map((li) => li.textContent))).toEqual([
      'Dòng “Hộ tịch”: (3)=(4)+(5)+(6) không khớp — ô C5 ghi 1.066, tổng các cột thành phần là 1.021 (lệch 45).',
      'Dòng “Tổng cộng”, cột (4): ô D17 ghi 3.556, tổng các dòng lĩnh vực là 3.511 (lệch 45).',
    ]);
    expect(await page.locator('button.finding[data-cell="H18"] .finding__figures').textContent()).toBe('Đúng ra 97,6% · đang ghi 97,5%');

    // In place: exactly the culprits and result cells, errors red, the warning amber, reasons as notes.
    const coloured = await fake<Array<[string, string]>>(
      page,
      "Object.entries(state.sheets['Phụ lục'].cells).filter(([, c]) => !c.fill.noFill).map(([a, c]) => [a, c.fill.color])",
    );
    expect(Object.fromEntries(coloured)).toEqual({ D5: RED, M9: RED, H18: RED, C14: AMBER });
    expect(await fake<string>(page, "state.sheets['Phụ lục'].cells.H18.note")).toBe(
      'Báo cáo TTHC – kiểm tra:\n• Tỷ lệ ở ô H18 ((8)/(3)) ghi 97,5%, tính từ số liệu là 3.488/3.575 = 97,6%.',
    );
    expect(await fake<string[]>(page, 'state.valueWrites')).toEqual([]);

    // A test artifact, and on request (`npm run screenshots`) the README's picture, before any click changes hover/focus.
    await page.screenshot({ path: path.join(ARTIFACTS, 'pane-vi.png'), fullPage: true });
    if (process.env.UPDATE_SCREENSHOTS === '1') await page.screenshot({ path: path.join(ROOT, 'docs', 'pane-screenshot.png'), fullPage: true });

    // Click a finding: Excel selects that cell (after activating its sheet).
    await page.click('button.finding[data-cell="M9"]');
    await page.waitForFunction(() => (window as unknown as { __fakeExcel: { selected: unknown } }).__fakeExcel.selected !== null);
    expect(await fake(page, 'state.selected')).toEqual({ sheet: 'Phụ lục', address: 'M9' });
    // Keyboard: Enter on a focused finding selects too.
    await page.focus('button.finding[data-cell="C14"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as { __fakeExcel: { selections: unknown[] } }).__fakeExcel.selections.length === 2);
    expect(await fake(page, 'state.selected')).toEqual({ sheet: 'Phụ lục', address: 'C14' });

    // Validate again does not stack; clear gives No Fill back and removes our notes.
    await page.click('#validate-button');
    await page.waitForSelector('#summary');
    await page.click('#clear-button');
    await page.waitForFunction(() => document.querySelector('#validate-status')?.textContent?.startsWith('Đã xoá đánh dấu'));
    expect(await page.textContent('#validate-status')).toBe('Đã xoá đánh dấu ở 4 ô; định dạng ban đầu đã được trả lại.');
    expect(await fake(page, "Object.values(state.sheets['Phụ lục'].cells).filter((c) => !c.fill.noFill || c.note != null).length")).toBe(0);
    expect(await fake<string[]>(page, 'state.valueWrites')).toEqual([]);

    expect(pageErrors).toEqual([]);
    expect(cspViolations).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  test('two mistakes without a single culprit: every candidate outlined, none filled; clearing gives the borders back', async () => {
    // The clean sample without its totals and rates rows, two parts of Hộ tịch's (3) changed.
    const sheet = JSON.parse(JSON.stringify(cleanSheet)) as FakeSheet;
    for (const address of Object.keys(sheet.cells)) if (/^[A-P](17|18)$/.test(address)) delete sheet.cells[address];
    sheet.cells.D5 = { ...sheet.cells.D5, value: 1062 };
    sheet.cells.F5 = { ...sheet.cells.F5, value: 6 };
    const { page, pageErrors } = await openPane({ sheets: [sheet], displayLanguage: 'vi-VN' });
    await page.click('#validate-button');
    await page.waitForSelector('#summary');
    expect(await page.textContent('#summary .summary__title')).toBe('1 chỗ không khớp chưa chỉ ra được ô sai.');
    expect(await page.textContent('button.finding.finding--undecided .finding__cell')).toBe('Ô D5, E5, F5');
    expect(await page.locator('button.finding--undecided .finding__figures').count()).toBe(0);
    const outlined = await fake<Record<string, string[]>>(
      page,
      "Object.fromEntries(Object.entries(state.sheets['Phụ lục'].cells).filter(([, c]) => c.borders).map(([a, c]) => [a, ['EdgeTop','EdgeBottom','EdgeLeft','EdgeRight'].map((e) => c.borders[e].style + ' ' + c.borders[e].color)]))",
    );
    expect(outlined).toEqual({ D5: Array(4).fill('Dash #C0504E'), E5: Array(4).fill('Dash #C0504E'), F5: Array(4).fill('Dash #C0504E') });
    expect(await fake<string[]>(page, "Object.entries(state.sheets['Phụ lục'].cells).filter(([, c]) => !c.fill.noFill).map(([a]) => a)")).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'pane-undecided.png'), fullPage: true });
    await page.click('#clear-button');
    await page.waitForFunction(() => document.querySelector('#validate-status')?.textContent?.startsWith('Đã xoá đánh dấu'));
    expect(await fake(page, "Object.values(state.sheets['Phụ lục'].cells).filter((c) => c.borders && c.borders.EdgeTop.style !== 'None').length")).toBe(0);
    expect(await fake<string[]>(page, 'state.valueWrites')).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  test('a totals row whose label does not say so is asked about, and the answer is used', async () => {
    const sheet = JSON.parse(JSON.stringify(cleanSheet)) as FakeSheet;
    sheet.cells.A17 = { ...sheet.cells.A17, value: 'Toàn xã' };
    const { page, pageErrors } = await openPane({ sheets: [sheet], displayLanguage: 'vi-VN' });
    await page.click('#validate-button');
    await page.waitForSelector('#summary');
    expect(await page.getAttribute('#summary', 'data-verdict')).toBe('incomplete');
    expect(await page.textContent('#summary .summary__title')).toBe(
      'Chưa kết luận được bảng hợp lệ: không có phép cộng nào sai, nhưng 1 dòng tổng cần xác nhận.',
    );
    await page.click('li.card button[data-choice="total"]');
    await page.waitForFunction(() => document.querySelector('#summary')?.getAttribute('data-verdict') === 'valid');
    expect(await page.textContent('#summary .summary__title')).toBe('Bảng hợp lệ: mọi phép cộng và tỷ lệ đều khớp.');
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  test('the ribbon command validates through the shared runtime and fills the pane', async () => {
    const { page, pageErrors } = await openPane({ sheets: [sampleSheet], displayLanguage: 'en-US' });
    expect(await page.textContent('#validate-button')).toBe('Validate report');
    expect(await fake(page, 'Object.keys(state.associations).sort()')).toEqual(['clearHighlights', 'validateReport']);
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const state = (window as unknown as { __fakeExcel: { associations: Record<string, (e: unknown) => void> } }).__fakeExcel;
          state.associations.validateReport({ completed: () => resolve() });
        }),
    );
    expect(await fake(page, 'state.paneShown')).toBe(1);
    expect(await page.textContent('#summary .summary__title')).toBe('2 cells most likely wrong, 1 wrong rate; 1 warning.');
    await page.screenshot({ path: path.join(ARTIFACTS, 'pane-en.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  test('commands.html (function file without the shared runtime) validates and highlights headless', async () => {
    const { page, pageErrors, foreignRequests } = await openPane({ sheets: [sampleSheet], displayLanguage: 'vi-VN' }, 'commands.html');
    await page.waitForFunction(() => 'validateReport' in (window as unknown as { __fakeExcel: { associations: object } }).__fakeExcel.associations);
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const state = (window as unknown as { __fakeExcel: { associations: Record<string, (e: unknown) => void> } }).__fakeExcel;
          state.associations.validateReport({ completed: () => resolve() });
        }),
    );
    const coloured = await fake<Array<[string, string]>>(
      page,
      "Object.entries(state.sheets['Phụ lục'].cells).filter(([, c]) => !c.fill.noFill).map(([a, c]) => [a, c.fill.color])",
    );
    expect(Object.fromEntries(coloured)).toEqual({ D5: RED, M9: RED, H18: RED, C14: AMBER });
    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  test('a field named like HTML shows as text and runs nothing', async () => {
    const hostile = JSON.parse(JSON.stringify(sampleSheet)) as typeof sampleSheet;
    const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
    hostile.cells.B5.value = `Hộ tịch ${payload}`;
    const { page, foreignRequests, cspViolations, pageErrors } = await openPane({ sheets: [hostile], displayLanguage: 'vi-VN' });
    await page.click('#validate-button');
    await page.waitForSelector('#summary');
    await page.click('li.card:first-child .card__details summary');
    expect(await page.locator('li.card:first-child .card__details li').first().textContent()).toContain(`Dòng “Hộ tịch ${payload}”`);
    expect(await page.$$eval('#findings img, #findings script', (nodes) => nodes.length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(pageErrors).toEqual([]);
    expect(cspViolations).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  test('on an older Excel (ExcelApi 1.8, no shared runtime) it degrades with a message, no crash', async () => {
    const { page, pageErrors } = await openPane({ sheets: [sampleSheet], displayLanguage: 'vi-VN', requirements: { ExcelApi: '1.8' } });
    await page.click('#validate-button');
    await page.waitForSelector('#summary');
    expect(await page.$$eval('.summary__notice', (nodes) => nodes.map((n) => n.textContent))).toEqual([
      'Đã đánh dấu 4 ô trên trang tính (tô màu hoặc kẻ viền; giá trị không bị thay đổi).',
      'Phiên bản Excel này chưa có ghi chú hay chú thích ô (cần ExcelApi 1.10): lý do chỉ hiện trong bảng này.',
      'Phiên bản Excel này không phân biệt ô nền trắng với ô không tô (cần ExcelApi 1.9): khi xoá đánh dấu, ô nền trắng sẽ thành không tô.',
    ]);
    expect(await fake(page, 'state.rangeAreaRequests.length')).toBe(0);
    expect(await fake(page, "Object.values(state.sheets['Phụ lục'].cells).filter((c) => c.note != null).length")).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  test('on Excel with only ExcelApi 1.1 (Excel 2016) the pane says what to use instead, and nothing runs', async () => {
    const { page, pageErrors } = await newFakeOfficePage(
      harness,
      { sheets: [sampleSheet], displayLanguage: 'vi-VN', requirements: { ExcelApi: '1.1' } },
      { viewport: { width: 320, height: 1100 } },
    );
    await page.goto(`${harness.baseUrl}/taskpane.html`);
    await page.waitForFunction(() => document.querySelector('#app')?.textContent?.includes('ExcelApi 1.4'));
    expect(await page.textContent('#app')).toBe(
      'Phiên bản Excel này chưa có ExcelApi 1.4 (Excel 2016 mua một lần chỉ có 1.1), nên bổ trợ không kiểm tra được trang tính. Hãy dùng trang kiểm tra ngoại tuyến tthc-report.html (mở bằng Chrome, Edge hoặc Firefox) hoặc lệnh tthc-report validate TỆP.xlsx --annotate BAN-DANH-DAU.xlsx; hoặc Excel trên web, Excel 2019 trở lên, Microsoft 365.',
    );
    expect(await page.$('#validate-button')).toBeNull();
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  test('the initial pane JavaScript stays under 250 KB minified', () => {
    const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]*\bsrc="?([^" >]+)"?/g)].map((m) => m[1]).filter((src) => !src.startsWith('https://'));
    // legacy-guard.js: the ES5 words for Excel 2016/2019's Internet Explorer webview, run first.
    expect(scripts).toEqual(['legacy-guard.js', 'taskpane.js']);
    expect(fs.statSync(path.join(DIST, 'taskpane.js')).size).toBeLessThan(250_000);
    expect(fs.statSync(path.join(DIST, 'legacy-guard.js')).size).toBeLessThan(4_000);
  });

  test('the pages carry a Content-Security-Policy without inline script', () => {
    for (const page of ['taskpane.html', 'commands.html']) {
      const html = fs.readFileSync(path.join(DIST, page), 'utf8');
      const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/i.exec(html)?.[1] ?? '';
      expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com https://ajax.aspnetcdn.com;");
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
      expect(csp).toContain("connect-src 'self';");
      expect(csp).toContain("object-src 'none'");
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i); // every script is an external file
      expect(html).toMatch(/<script src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?>/);
    }
  });
});
