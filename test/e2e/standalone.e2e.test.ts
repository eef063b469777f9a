// The standalone page as a clerk uses it: dist/standalone/tthc-report.html opened from disk
// (file://) in Chromium, workbooks chosen with the file picker. Nothing may leave the page: every
// request is recorded and only the page itself, data: and blob: URLs are allowed.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { readWorkbook } from '../../src/workbook';
import { ARTIFACTS, DIST, ROOT, SAMPLES, ensureDistBuilt, launchChromium, serveDist } from './support';
import type { AddressInfo } from 'net';

jest.setTimeout(180_000);

const PAGE_FILE = path.join(DIST, 'standalone', 'tthc-report.html');
const PAGE_URL = pathToFileURL(PAGE_FILE).href;
const WITH_MISTAKES = path.join(SAMPLES, 'phu-luc-quy-II-2026-co-loi.xlsx');
const CLEAN = path.join(SAMPLES, 'phu-luc-quy-II-2026.xlsx');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'workbooks');

let browser: Browser;
let scratch: string;

beforeAll(async () => {
  if (!fs.existsSync(PAGE_FILE)) fs.rmSync(path.join(DIST, 'taskpane.html'), { force: true });
  ensureDistBuilt();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'tthc-standalone-'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

interface OpenedPage {
  page: Page;
  requests: string[];
  /** Requests other than the page itself, data: and blob: URLs. */
  foreign: string[];
  pageErrors: string[];
  cspViolations: string[];
}

async function openPage(url = PAGE_URL, viewport = { width: 1400, height: 860 }): Promise<OpenedPage> {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1, acceptDownloads: true });
  const opened: OpenedPage = { page, requests: [], foreign: [], pageErrors: [], cspViolations: [] };
  page.on('request', (request) => {
    const target = request.url();
    opened.requests.push(target);
    if (target !== url && !/^(data|blob):/.test(target)) opened.foreign.push(target);
  });
  page.on('pageerror', (error) => opened.pageErrors.push(error.message));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) opened.cspViolations.push(message.text());
  });
  await page.goto(url);
  await page.waitForSelector('#file-input', { state: 'attached' });
  return opened;
}

async function openFile(page: Page, file: string): Promise<void> {
  await page.setInputFiles('#file-input', file);
  await page.waitForFunction(() => {
    const status = document.querySelector('#file-status');
    return status && !/^Đang đọc|^Reading/.test(status.textContent ?? '') && status.textContent !== '';
  });
}

async function validated(page: Page): Promise<void> {
  await page.waitForSelector('#summary');
}

const marks = (page: Page) =>
  page.$$eval('#sheet-grid td[data-mark]', (cells) => Object.fromEntries(cells.map((td) => [td.getAttribute('data-address'), td.getAttribute('data-mark')])));

/** A copy of a sample with cells changed, written by exceljs. */
async function variant(source: string, name: string, change: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(source);
  change(workbook.worksheets[0]);
  const file = path.join(scratch, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

describe('standalone page from file://', () => {
  test('the sample with planted mistakes: findings, marked cells, Vietnamese numbers; a click outlines the cell; nothing leaves the page', async () => {
    const { page, foreign, requests, pageErrors, cspViolations } = await openPage();
    expect(await page.textContent('#file-choose')).toBe('Chọn tệp…');
    const started = Date.now();
    await page.setInputFiles('#file-input', WITH_MISTAKES);
    await validated(page);
    const openAndValidateMs = Date.now() - started;
    fs.writeFileSync(
      path.join(DIST, 'standalone', 'timing.json'),
      `${JSON.stringify({ sample: path.basename(WITH_MISTAKES), openAndValidateMs, goalMs: 2000, measuredAt: new Date().toISOString() }, null, 2)}\n`,
    );

    expect(await page.textContent('#file-status')).toBe('phu-luc-quy-II-2026-co-loi.xlsx — đọc dạng Excel (.xlsx), 1 trang tính.');
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
    expect(await page.locator('button.finding').first().locator('.finding__message').textContent()).toBe(
      'Ô D5 nhiều khả năng sai: đang ghi 1.016, đúng ra 1.061 — 2 phép kiểm tra không khớp.',
    );

    // The grid: exactly the marked cells, shown as the clerk's Excel shows them.
    expect(await marks(page)).toEqual({ D5: 'fill error', M9: 'fill error', H18: 'fill error', C14: 'fill warning' });
    expect(await page.textContent('td[data-address="D5"]')).toBe('1.016');
    expect(await page.textContent('td[data-address="C17"]')).toBe('3.575');
    expect(await page.textContent('td[data-address="H18"]')).toBe('97,5%');
    expect(await page.getAttribute('td[data-address="H18"]', 'title')).toBe(
      'H18: Báo cáo TTHC – kiểm tra:\n• Tỷ lệ ở ô H18 ((8)/(3)) ghi 97,5%, tính từ số liệu là 3.488/3.575 = 97,6%.',
    );
    expect(await page.$$eval('#sheet-grid tr.grid__row--frozen', (rows) => rows.map((r) => r.getAttribute('data-row')))).toEqual(['1', '2', '3', '4']);
    await page.screenshot({ path: path.join(ARTIFACTS, 'standalone-vi.png') });
    if (process.env.UPDATE_SCREENSHOTS === '1') await page.screenshot({ path: path.join(ROOT, 'docs', 'standalone-page.png') });

    // Click a finding: the grid scrolls to its cell and outlines it; the cell bar says why.
    await page.click('button.finding[data-cell="M9"]');
    await page.waitForSelector('td.grid__cell--selected');
    expect(await page.$$eval('td.grid__cell--selected', (cells) => cells.map((td) => td.getAttribute('data-address')))).toEqual(['M9']);
    expect(await page.locator('td[data-address="M9"]').isVisible()).toBe(true);
    expect(await page.textContent('#cell-address')).toBe('M9');
    expect(await page.textContent('#cell-detail')).toMatch(/^20 · Lý do: Báo cáo TTHC – kiểm tra:/);
    await page.click('button.finding[data-cell="C14"]');
    await page.waitForFunction(() => document.querySelector('td.grid__cell--selected')?.getAttribute('data-address') === 'C14');

    // Clearing takes the marks off the grid.
    await page.click('#clear-button');
    await page.waitForFunction(() => document.querySelectorAll('#sheet-grid td[data-mark]').length === 0);
    expect(await page.textContent('#validate-status')).toBe('Đã xoá đánh dấu ở 4 ô; định dạng ban đầu đã được trả lại.');

    expect(pageErrors).toEqual([]);
    expect(cspViolations).toEqual([]);
    expect(foreign).toEqual([]);
    expect(requests).toEqual([PAGE_URL]);
    await page.close();
  });

  test('Tải bản đã đánh dấu: the copy keeps every value, fills the flagged cells with a note each, adds the results sheet', async () => {
    const { page, foreign, pageErrors } = await openPage();
    await page.click('#download-annotated');
    expect(await page.textContent('#annotated-status')).toBe('Chưa mở tệp nào: hãy chọn hoặc kéo thả tệp phụ lục vào trang.');
    await page.setInputFiles('#file-input', WITH_MISTAKES);
    await validated(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-annotated')]);
    expect(download.suggestedFilename()).toBe('phu-luc-quy-II-2026-co-loi - đã đánh dấu.xlsx');
    expect(await page.textContent('#annotated-status')).toBe(
      'Đã tải về phu-luc-quy-II-2026-co-loi - đã đánh dấu.xlsx: 4 ô được đánh dấu, kèm trang “Kết quả kiểm tra”.',
    );
    const file = path.join(scratch, download.suggestedFilename());
    await download.saveAs(file);

    // Values, formulas and formats unchanged, cell by cell; one sheet more.
    const original = await readWorkbook(new Uint8Array(fs.readFileSync(WITH_MISTAKES)));
    const copy = await readWorkbook(new Uint8Array(fs.readFileSync(file)));
    expect(copy.sheets.map((sheet) => sheet.sheetName)).toEqual(['Phụ lục', 'Kết quả kiểm tra']);
    const [before, after] = [original.sheets[0], copy.sheets[0]];
    expect(after.values).toEqual(before.values);
    expect(after.formulas).toEqual(before.formulas);
    expect(after.numberFormats).toEqual(before.numberFormats);
    expect(after.merges).toEqual(before.merges);

    // Fills and notes where the page marked, nowhere else.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('Phụ lục')!;
    const filled: Record<string, string> = {};
    const noted: Record<string, string> = {};
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const fill = cell.fill as { type?: string; pattern?: string; fgColor?: { argb?: string } } | undefined;
        if (fill?.type === 'pattern' && fill.pattern === 'solid') filled[cell.address] = fill.fgColor?.argb ?? '';
        const note = cell.note as string | { texts: Array<{ text: string }> } | undefined;
        if (note) noted[cell.address] = typeof note === 'string' ? note : note.texts.map((t) => t.text).join('');
      }),
    );
    expect(filled).toEqual({ D5: 'FFFFB3BA', M9: 'FFFFB3BA', H18: 'FFFFB3BA', C14: 'FFFFE699' });
    expect(Object.keys(noted).sort()).toEqual(['C14', 'D5', 'H18', 'M9']);
    expect(noted.H18).toBe(
      await page.evaluate(() =>
        document
          .querySelector('td[data-address="H18"]')!
          .getAttribute('title')!
          .replace(/^H18: /, ''),
      ),
    );
    const results = copy.sheets[1];
    expect(results.values.slice(0, 2)).toEqual([
      ['Mức độ', 'Ô', 'Dòng', 'Nội dung'],
      ['Kết luận', null, null, '2 ô nhiều khả năng sai, 1 tỷ lệ sai; 1 cảnh báo.'],
    ]);
    expect(results.values.filter((row) => row[0] === 'Lỗi').map((row) => row[1])).toEqual(expect.arrayContaining(['D5', 'M9', 'H18']));

    // An .ods cannot be copied this way: one line saying how to get an .xlsx.
    await openFile(page, path.join(FIXTURES, 'lo-everything.ods'));
    await page.click('#download-annotated');
    expect(await page.textContent('#annotated-status')).toMatch(/^Bản đã đánh dấu chỉ làm được từ tệp \.xlsx \(tệp này là LibreOffice Calc \(\.ods\)\)\./);
    expect(foreign).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  test('a file dropped on the page is opened; the language switch speaks English', async () => {
    const { page, foreign, pageErrors } = await openPage();
    expect(await page.textContent('#sheet-empty')).toContain('Kéo thả tệp phụ lục vào đây');
    const bytes = [...fs.readFileSync(WITH_MISTAKES)];
    await page.evaluate((data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], 'keo-tha.xlsx'));
      document.body.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer, bubbles: true }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, bytes);
    await validated(page);
    expect(await page.textContent('#file-status')).toBe('keo-tha.xlsx — đọc dạng Excel (.xlsx), 1 trang tính.');
    expect(await page.getAttribute('#drop-overlay', 'class')).toBe('drop-overlay');
    await page.selectOption('#language-picker', 'en');
    expect(await page.textContent('#file-status')).toBe('keo-tha.xlsx — read as Excel (.xlsx), 1 sheet.');
    expect(await page.textContent('#download-annotated')).toBe('Download the marked copy');
    expect(await page.textContent('#file-choose')).toBe('Choose a file…');
    expect(foreign).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  test('a hostile field name is shown as text and runs nothing', async () => {
    const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
    const file = await variant(CLEAN, 'hostile.xlsx', (sheet) => {
      sheet.getCell('B5').value = `Hộ tịch ${payload}`;
    });
    const { page, foreign, pageErrors } = await openPage();
    await page.setInputFiles('#file-input', file);
    await validated(page);
    expect(await page.textContent('td[data-address="B5"]')).toBe(`Hộ tịch ${payload}`);
    expect(await page.$$eval('img[src="x"], #sheet-grid script, #app script', (found) => found.length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(foreign).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  test('files that are not an .xlsx: an .ods is read and said so; a password-protected workbook gets one line', async () => {
    const { page, foreign, pageErrors } = await openPage();
    await openFile(page, path.join(FIXTURES, 'lo-password.xlsx'));
    expect(await page.textContent('#file-status')).toBe(
      'lo-password.xlsx: tệp Excel (.xlsx) được đặt mật khẩu mở, nên không đọc được. Hãy mở tệp (nhập mật khẩu), bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu, xóa trống) rồi lưu thành .xlsx.',
    );
    expect(await page.getAttribute('#file-status', 'role')).toBe('alert');
    const notAWorkbook = path.join(scratch, 'bao-cao.xlsx');
    fs.writeFileSync(notAWorkbook, 'Báo cáo quý II');
    await openFile(page, notAWorkbook);
    expect(await page.textContent('#file-status')).toBe('bao-cao.xlsx: không phải tệp bảng tính (.xlsx, .xls, .ods, .et). Hãy chọn tệp Excel có bảng phụ lục.');
    await openFile(page, path.join(FIXTURES, 'lo-everything.ods'));
    expect(await page.textContent('#file-status')).toMatch(/^lo-everything\.ods — đọc dạng LibreOffice Calc \(\.ods\), \d+ trang tính\.$/);
    expect(await page.$$eval('#sheet-tabs button', (tabs) => tabs.length)).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  test('Báo cáo: the narrative downloads as .docx; Lập phụ lục: the built annex downloads as .xlsx and is shown', async () => {
    const { page, foreign, pageErrors } = await openPage();
    await page.setInputFiles('#file-input', CLEAN);
    await validated(page);
    expect(await page.textContent('#summary .summary__title')).toBe('Bảng hợp lệ: mọi phép cộng và tỷ lệ đều khớp.');

    await page.click('#tab-narrative');
    await page.selectOption('#narrative-period', 'Q2');
    await page.fill('#narrative-year', '2026');
    await page.fill('#narrative-unit', 'xã An Phú');
    await page.click('#narrative-write');
    await page.waitForSelector('#narrative-preview p');
    expect(await page.textContent('#narrative-preview')).toContain('3.575');
    await page.evaluate(() =>
      window.addEventListener('copy', (event) => {
        const data = (event as ClipboardEvent).clipboardData;
        (window as unknown as { __copied?: { html: string; text: string } }).__copied = {
          html: data?.getData('text/html') ?? '',
          text: data?.getData('text/plain') ?? '',
        };
      }),
    );
    await page.click('#narrative-copy');
    await page.waitForFunction(() => /^Đã sao chép/.test(document.querySelector('#narrative-feedback')?.textContent ?? ''));
    const copied = await page.evaluate(() => (window as unknown as { __copied?: { html: string; text: string } }).__copied);
    expect(copied?.text).toContain('Tổng số hồ sơ tiếp nhận');
    expect(copied?.html).toContain("font-family:'Times New Roman',serif");
    const [docx] = await Promise.all([page.waitForEvent('download'), page.click('#narrative-docx')]);
    expect(docx.suggestedFilename()).toBe('bao-cao-tthc-quy-II-2026.docx');
    const docxFile = path.join(scratch, docx.suggestedFilename());
    await docx.saveAs(docxFile);
    expect(fs.readFileSync(docxFile).includes(Buffer.from('word/document.xml'))).toBe(true);

    await page.click('#tab-build');
    await page.setInputFiles('#build-files', path.join(SAMPLES, 'ho-so-dvcqg-quy-II-2026.xlsx'));
    await page.waitForSelector('#build-file-list li');
    await page.fill('#build-from', '15/3/2026');
    await page.fill('#build-to', '14/6/2026');
    const [built] = await Promise.all([page.waitForEvent('download'), page.click('#build-button')]);
    await page.waitForFunction(() => /Đã lập phụ lục/.test(document.querySelector('#build-status')?.textContent ?? ''));
    expect(built.suggestedFilename()).toMatch(/\.xlsx$/);
    const builtFile = path.join(scratch, built.suggestedFilename());
    await built.saveAs(builtFile);
    const read = await readWorkbook(new Uint8Array(fs.readFileSync(builtFile)));
    const tabs = await page.$$eval('#sheet-tabs button', (buttons) => buttons.map((b) => b.getAttribute('data-sheet')));
    expect(tabs).toEqual(['Phụ lục', ...read.sheets.map((sheet) => (sheet.sheetName === 'Phụ lục' ? 'Phụ lục (2)' : sheet.sheetName))]);
    expect(foreign).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  test('served over http it works the same', async () => {
    const server = await serveDist();
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/standalone/tthc-report.html`;
      const { page, foreign, pageErrors, cspViolations } = await openPage(url);
      await page.setInputFiles('#file-input', WITH_MISTAKES);
      await validated(page);
      expect(await marks(page)).toEqual({ D5: 'fill error', M9: 'fill error', H18: 'fill error', C14: 'fill warning' });
      expect(foreign).toEqual([]);
      expect(pageErrors).toEqual([]);
      expect(cspViolations).toEqual([]);
      await page.close();
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
