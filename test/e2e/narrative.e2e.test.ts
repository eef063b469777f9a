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
import {
  ARTIFACTS,
  ROOT,
  SAMPLES,
  gridToFakeSheet,
  newFakeOfficePage,
  startBrowserHarness,
  type BrowserHarness,
  type FakeOfficePage,
  type FakeSheet,
} from './support';

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
  const opened = await newFakeOfficePage(
    harness,
    { sheets: [sheet], displayLanguage: 'vi-VN' },
    { viewport: { width: 340, height: 1400 }, acceptDownloads: true },
  );
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

const copies = (page: Page) =>
  page.evaluate(() => (window as unknown as { __copies?: Array<{ html: string; text: string; prevented: boolean }> }).__copies ?? []);

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
    expect(copy.html).toContain(
      '<p style="margin:0 0 6pt 0;text-align:justify;text-indent:1.27cm;line-height:115%;font-family:\'Times New Roman\',serif;font-size:14pt"><b>2. Kết quả tiếp nhận',
    );
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
    expectLinesInOrder(
      value
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
      [...REQUIRED_LINES, 'PHỤ LỤC', 'Tổng cộng'],
    );
    expect(fs.readFileSync(file).includes(Buffer.from('word/document.xml'))).toBe(true);
    await page.waitForFunction(() => document.querySelector('#narrative-feedback')?.textContent?.startsWith('Đã tạo'));
    expect(await page.textContent('#narrative-feedback')).toBe('Đã tạo bao-cao-tthc-quy-II-2026.docx: xem thư mục Tải xuống.');
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  test('a period contradicting the sheet’s title is shown with the ways on; forcing writes it', async () => {
    const titled = buildAnnexGrid(SEED_FIELDS, {
      titleRows: ['UBND XÃ AN PHÚ', 'KẾT QUẢ GIẢI QUYẾT TTHC QUÝ II NĂM 2026', '(Số liệu tính từ ngày 15/3 đến hết ngày 14/6/2026)', ''],
    });
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
    expect(await page.textContent('#narrative-preview p')).toBe(
      '2. Kết quả tiếp nhận và trả kết quả giải quyết TTHC 6 tháng đầu năm 2026 (thời điểm từ ngày 15/12/2025 đến ngày 14/6/2026):',
    );
    await page.click('#narrative-use-title');
    expect(await page.textContent('#narrative-preview p')).toBe(REQUIRED_LINES[0]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  test('a table with errors is said before copying; the seed text pasted is reconciled', async () => {
    const { page, pageErrors } = await openNarrative(sheets['phu-luc-quy-II-2026-co-loi.xlsx']);
    await writeQ2(page);
    expect(await page.isVisible('#narrative-warning')).toBe(true);
    expect(await page.textContent('#narrative-warning')).toBe(
      'Bảng phụ lục chưa hợp lệ — 2 ô nhiều khả năng sai, 1 tỷ lệ sai; 1 cảnh báo. Các đoạn văn dưới đây có thể mang số liệu sai. Nên sửa bảng (thẻ Kiểm tra) trước khi sao chép.',
    );
    await page.click('#narrative-reconcile-section summary');
    await page.fill('#narrative-reconcile-text', SEED_TEXT);
    await page.click('#narrative-reconcile');
    const first = await page.textContent('.reconcile__item');
    expect(first).toContain('Tiếp nhận trực tuyến: văn bản ghi 3.575 hồ sơ, bảng ghi');
    expect(await page.textContent('#reconcile-references summary')).toBe(
      'Nhận biết riêng, không đối chiếu với bảng: 7 ngày tháng, 0 số văn bản được trích dẫn.',
    );
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  test('prose in another style: mismatches first, then matches, then what cannot be checked with its sentence; dates and documents apart', async () => {
    const { page, pageErrors } = await openNarrative(sheets['phu-luc-quy-II-2026.xlsx']);
    await writeQ2(page);
    await page.click('#narrative-reconcile-section summary');
    const prose = [
      'Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2026, trong quý Trung tâm đã tiếp nhận 3.575 hồ sơ (trong đó trực tuyến 3.556 hồ sơ, đạt 100%); đã giải quyết 3.518/3.575 hồ sơ, đạt 98,4%, tăng 412 hồ sơ so với quý I/2026.',
      'Lĩnh vực Chứng thực tiếp nhận 1.922 hồ sơ, chiếm 53,8%; lĩnh vực Hộ tịch 1.060 hồ sơ; lĩnh vực Tư pháp 15 hồ sơ.',
    ].join('\n');
    await page.fill('#narrative-reconcile-text', prose);
    await page.click('#narrative-reconcile');
    expect(await page.textContent('#reconcile-summary .summary__title')).toBe('8 số liệu khớp, 1 không khớp, 2 không đối chiếu được.');
    const statuses = await page.$$eval('#narrative-reconcile-results > .reconcile__list > .reconcile__item', (items) =>
      items.map((item) => item.getAttribute('data-status')),
    );
    expect(statuses).toEqual(['mismatch', ...Array(8).fill('consistent'), 'not-checkable', 'not-checkable']);
    expect(await page.textContent('.reconcile__item--mismatch')).toContain(
      'Lĩnh vực “Hộ tịch”, tổng số hồ sơ tiếp nhận: văn bản ghi 1.060 hồ sơ, dòng của lĩnh vực trong bảng ghi 1.066.',
    );
    expect(await page.textContent('.reconcile__item--not-checkable')).toContain(
      '412 — số so sánh với kỳ khác, không phải ô của bảng này, không đối chiếu được: “đã giải quyết 3.518/3.575 hồ sơ, đạt 98,4%, tăng 412 hồ sơ so với quý I/2026”',
    );
    await page.click('#reconcile-references summary');
    expect(await page.$$eval('.reconcile__item--reference', (items) => items.map((item) => item.textContent))).toEqual([
      'số văn bảnKế hoạch số 12/KH-UBND — Dòng 1',
      'ngày tháng05/01/2026 — Dòng 1',
      'ngày thángquý I/2026 — Dòng 1',
    ]);
    await page.locator('#narrative-reconcile-section').screenshot({ path: path.join(ARTIFACTS, 'narrative-reconcile-prose.png') });
    if (process.env.UPDATE_SCREENSHOTS === '1')
      await page.locator('#narrative-reconcile-section').screenshot({ path: path.join(ROOT, 'docs', 'reconcile-prose.png') });
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
