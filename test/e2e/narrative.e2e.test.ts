// The "Báo cáo" panel in the built pane (dist/), in Debian's Chromium through playwright-core,
// office.js replaced by the stand-in of test/e2e/fake-office (the harness of support.ts, shared with pane and build).
// Asserts the real clipboard payload of "Copy to Word" (copy event + execCommand from a click),
// the .docx download, the warning on a table with errors, and paste-to-reconcile.
import * as fs from 'fs';
import * as path from 'path';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { readXlsxGrids } from '../../src/cli/xlsx';
import { REQUIRED_LINES, expectLinesInOrder } from '../core/narrative/seed-figures';
import { buildAnnexGrid, SEED_FIELDS } from '../helpers/annex';
import { ARTIFACTS, ROOT, SAMPLES, gridToFakeSheet, newFakeOfficePage, startBrowserHarness, type BrowserHarness, type FakeOfficePage, type FakeSheet } from './support';

jest.setTimeout(120_000);

const SEED_TEXT = fs.readFileSync(path.join(SAMPLES, 'bao-cao-quy-II-2026.txt'), 'utf8');

let harness: BrowserHarness;
const sheets: Record<string, FakeSheet> = {};

beforeAll(async () => {
  harness = await startBrowserHarness();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  for (const name of ['phu-luc-quy-II-2026.xlsx', 'phu-luc-quy-II-2026-co-loi.xlsx']) {
    const [grid] = await readXlsxGrids(path.join(SAMPLES, name));
    sheets[name] = gridToFakeSheet(grid);
  }
});

afterAll(async () => {
  await harness?.close();
});

/** Opens the pane on one sheet, shows the Báo cáo tab, records what each copy event carried. */
async function openNarrative(sheet: FakeSheet): Promise<FakeOfficePage> {
  const opened = await newFakeOfficePage(harness, { sheets: [sheet], displayLanguage: 'vi-VN' }, { viewport: { width: 340, height: 1400 }, acceptDownloads: true });
  const { page } = opened;
  await page.addInitScript(() => {
    // Runs after the pane's own capture-phase listener has filled clipboardData.
    window.addEventListener('copy', (event) => {
      const data = (event as ClipboardEvent).clipboardData;
      const record = { html: data?.getData('text/html') ?? '', text: data?.getData('text/plain') ?? '', prevented: event.defaultPrevented };
      ((window as unknown as { __copies: unknown[] }).__copies ??= []).push(record);
    });
  });
  await page.goto(`${harness.baseUrl}/taskpane.html`);
  await page.click('#tab-narrative');
  await page.waitForSelector('#narrative-write');
  return opened;
}

async function writeQ2(page: Page): Promise<void> {
  await page.selectOption('#narrative-period', 'Q2');
  await page.fill('#narrative-year', '2026');
  await page.fill('#narrative-unit', 'xã An Phú');
  await page.click('#narrative-write');
  await page.waitForSelector('#narrative-preview p');
}

const copies = (page: Page) => page.evaluate(() => (window as unknown as { __copies?: Array<{ html: string; text: string; prevented: boolean }> }).__copies ?? []);

describe('Báo cáo panel in Chromium', () => {
  test('Copy to Word puts formatted HTML and plain text on the clipboard from the click', async () => {
    const { page, pageErrors, requests } = await openNarrative(sheets['phu-luc-quy-II-2026.xlsx']);
    // The docx chunk is fetched when the pane opens, not on the click.
    expect(requests.some((url) => /\/docx\.[0-9a-f]+\.js$/.test(url))).toBe(true);
    await writeQ2(page);
    const preview = await page.$$eval('#narrative-preview p', (ps) => ps.map((p) => p.textContent ?? ''));
    expectLinesInOrder(preview, REQUIRED_LINES);
    expect(await page.isHidden('#narrative-warning')).toBe(true);

    await page.click('#narrative-copy');
    await page.waitForFunction(() => document.querySelector('#narrative-feedback')?.textContent !== '');
    const [copy] = await copies(page);
    expect(copy.prevented).toBe(true);
    expectLinesInOrder(copy.text.split('\r\n'), [...REQUIRED_LINES, 'PHỤ LỤC', 'Kết quả giải quyết thủ tục hành chính quý II năm 2026 của xã An Phú']);
    expect(copy.html).toContain('<p style="margin:0 0 6pt 0;text-align:justify;text-indent:1.27cm;line-height:115%;font-family:\'Times New Roman\',serif;font-size:14pt"><b>2. Kết quả tiếp nhận');
    expect(copy.html).toContain('<td colspan="4" style="border:solid windowtext 1.0pt;');
    expect(copy.html).toContain('<span style="background:yellow;mso-highlight:yellow"');
    expect(await page.textContent('#narrative-feedback')).toBe('Đã sao chép 18 đoạn và bảng phụ lục. Mở Word và dán (Ctrl+V, trên máy Mac ⌘V).');
    await page.screenshot({ path: path.join(ARTIFACTS, 'narrative-vi.png'), fullPage: true });
    // The README's picture is refreshed on request only (`npm run screenshots`): a test run leaves the tree clean.
    if (process.env.UPDATE_SCREENSHOTS === '1') await page.screenshot({ path: path.join(ROOT, 'docs', 'narrative-panel.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  test('.docx downloads with the narrative and the landscape annex', async () => {
    const { page, pageErrors } = await openNarrative(sheets['phu-luc-quy-II-2026.xlsx']);
    await writeQ2(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#narrative-docx')]);
    expect(download.suggestedFilename()).toBe('bao-cao-tthc-quy-II-2026.docx');
    const file = path.join(ARTIFACTS, download.suggestedFilename());
    await download.saveAs(file);
    const { value } = await mammoth.extractRawText({ path: file });
    expectLinesInOrder(value.split('\n').map((l) => l.trim()).filter(Boolean), [...REQUIRED_LINES, 'PHỤ LỤC', 'Tổng cộng']);
    expect(fs.readFileSync(file).includes(Buffer.from('word/document.xml'))).toBe(true);
    await page.waitForFunction(() => document.querySelector('#narrative-feedback')?.textContent?.startsWith('Đã tạo'));
    expect(await page.textContent('#narrative-feedback')).toBe('Đã tạo bao-cao-tthc-quy-II-2026.docx: xem thư mục Tải xuống.');
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  test('a period contradicting the sheet’s title is shown with the ways on; forcing writes it', async () => {
    const titled = buildAnnexGrid(SEED_FIELDS, { titleRows: ['UBND XÃ AN PHÚ', 'KẾT QUẢ GIẢI QUYẾT TTHC QUÝ II NĂM 2026', '(Số liệu tính từ ngày 15/3 đến hết ngày 14/6/2026)', ''] });
    const { page, pageErrors } = await openNarrative(gridToFakeSheet(titled));
    await page.click('#narrative-write');
    await page.waitForSelector('#narrative-preview p');
    await page.selectOption('#narrative-period', '6M');
    await page.waitForSelector('#narrative-period-conflict:not([hidden])');
    expect(await page.textContent('#narrative-period-conflict .summary__title')).toBe('Kỳ báo cáo mâu thuẫn');
    expect(await page.textContent('#narrative-period-conflict p:nth-child(2)')).toBe(
      'Kỳ đã chọn “6 tháng đầu năm” là số cộng dồn 6 tháng đầu năm, còn bảng là số liệu quý II năm 2026 theo tiêu đề trang tính.',
    );
    expect(await page.isHidden('#narrative-output')).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'narrative-period-conflict.png'), fullPage: true });
    await page.click('#narrative-force');
    await page.waitForSelector('#narrative-output:not([hidden])');
    expect(await page.textContent('#narrative-preview p')).toBe('2. Kết quả tiếp nhận và trả kết quả giải quyết TTHC 6 tháng đầu năm 2026 (thời điểm từ ngày 15/12/2025 đến ngày 14/6/2026):');
    await page.click('#narrative-use-title');
    expect(await page.textContent('#narrative-preview p')).toBe(REQUIRED_LINES[0]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  test('a table with errors is said before copying; the seed text pasted is reconciled', async () => {
    const { page, pageErrors } = await openNarrative(sheets['phu-luc-quy-II-2026-co-loi.xlsx']);
    await writeQ2(page);
    expect(await page.isVisible('#narrative-warning')).toBe(true);
    expect(await page.textContent('#narrative-warning')).toBe('Bảng phụ lục chưa hợp lệ — 2 ô nhiều khả năng sai, 1 tỷ lệ sai; 1 cảnh báo. Các đoạn văn dưới đây có thể mang số liệu sai. Nên sửa bảng (thẻ Kiểm tra) trước khi sao chép.');
    await page.click('#narrative-reconcile-section summary');
    await page.fill('#narrative-reconcile-text', SEED_TEXT);
    await page.click('#narrative-reconcile');
    const first = await page.textContent('.reconcile__item');
    expect(first).toContain('Tiếp nhận trực tuyến: văn bản ghi 3.575 hồ sơ, bảng ghi');
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
