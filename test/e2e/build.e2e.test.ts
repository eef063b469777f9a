// The "Lập phụ lục" panel in the built pane (dist/), in Debian's Chromium through playwright-core.
// office.js is the stand-in of test/e2e/fake-office, extended here with what building writes
// (worksheets.add and writable ranges, recorded in window.__built). Proves, in a real browser
// under the pane's CSP: export sheets read through the Excel layer, the annex and Chi tiết written,
// the drill-down, and an .xlsx export chosen from disk read by the lazily loaded exceljs chunk.
import * as path from 'path';
import { ONE_STOP, PORTAL } from '../core/build/scenario';
import {
  FAKE_OFFICE,
  SAMPLES,
  WRITE_EXTENSION,
  gridToFakeSheet,
  newFakeOfficePage,
  startBrowserHarness,
  valuesToGrid,
  type BrowserHarness,
  type FakeOfficePage,
} from './support';

jest.setTimeout(180_000);

let harness: BrowserHarness;

beforeAll(async () => {
  harness = await startBrowserHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** The portal's list without its channel column: the pane must ask before writing anything. */
const NO_CHANNEL = [
  ['Mã hồ sơ', 'Lĩnh vực', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Trạng thái hồ sơ'],
  ['Q1', 'Hộ tịch', '01/04/2026', '05/04/2026', 'Đang xử lý'],
  ['Q2', 'Hộ tịch', '02/04/2026', '20/06/2026', 'Đang xử lý'],
];

async function openBuildPanel(): Promise<FakeOfficePage> {
  const sheets = [valuesToGrid(ONE_STOP.rows, 'Một cửa'), valuesToGrid(PORTAL.rows, 'DVCQG'), valuesToGrid(NO_CHANNEL, 'Cổng')];
  const workbook = { sheets: sheets.map(gridToFakeSheet), displayLanguage: 'vi-VN' };
  const opened = await newFakeOfficePage(harness, workbook, { viewport: { width: 360, height: 1600 }, officeScript: FAKE_OFFICE + WRITE_EXTENSION });
  await opened.page.goto(`${harness.baseUrl}/taskpane.html`);
  await opened.page.click('#tab-build');
  await opened.page.waitForSelector('#build-sheets input');
  return opened;
}

describe('Lập phụ lục panel in Chromium', () => {
  test('builds from two sheets, writes the annex and Chi tiết, and drills into a count', async () => {
    const { page, pageErrors } = await openBuildPanel();
    await page.check('#build-sheets input[value="Một cửa"]');
    await page.check('#build-sheets input[value="DVCQG"]');
    await page.fill('#build-from', '15/3/2026');
    await page.fill('#build-to', '14/6/2026');
    await page.click('#build-button');
    await page.waitForFunction(() => /Đã lập phụ lục/.test(document.querySelector('#build-status')?.textContent ?? ''));
    expect(await page.textContent('#build-status')).toBe(
      'Đã lập phụ lục trên trang “Lập phụ lục từ dữ liệu hồ sơ” từ 15 hồ sơ; danh sách từng hồ sơ ở trang “Chi tiết”.',
    );
    const built = await page.evaluate(
      () =>
        (
          window as unknown as {
            __built: {
              sheets: Record<string, { ranges: Array<{ address: string; formulas?: unknown[][]; values?: unknown[][] }>; calls: string[] }>;
              active: string;
            };
          }
        ).__built,
    );
    const annex = built.sheets['Lập phụ lục từ dữ liệu hồ sơ'];
    const formulas = annex.ranges.find((r) => r.formulas)!.formulas!;
    expect(formulas[7]).toEqual([1, 'Hộ tịch', '=SUM(D8:F8)', 5, 2, 1, '=SUM(H8:L8)', 2, 2, 0, 0, 0, '=SUM(N8:P8)', 2, 1, 1]);
    expect(annex.calls).toEqual(['freezeAt A1:B7', 'printTitleRows $4:$7']);
    const detail = built.sheets['Chi tiết'].ranges.filter((r) => r.values).map((r) => r.address);
    expect(detail).toEqual(['A1:O1', 'A2:O16']);
    expect(built.active).toBe('Lập phụ lục từ dữ liệu hồ sơ');
    await page.click('#build-count-table button[data-cell="P8"]');
    expect(await page.textContent('#build-drill h3')).toBe('Hộ tịch – (16) Yêu cầu bổ sung (ô P8): 1 hồ sơ');
    expect(await page.$$eval('#build-dossiers tbody tr', (rows) => rows.map((row) => row.children[0].textContent))).toEqual(['A-13']);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  test('a list without a channel column is asked about in plain view; answered, the annex is written', async () => {
    const { page, pageErrors } = await openBuildPanel();
    await page.check('#build-sheets input[value="Cổng"]');
    await page.fill('#build-from', '15/3/2026');
    await page.fill('#build-to', '14/6/2026');
    await page.click('#build-button');
    await page.waitForSelector('#build-questions li');
    expect(await page.textContent('#build-status')).toBe(
      'Chưa lập phụ lục: 2 hồ sơ trong kỳ còn thiếu thông tin. Trả lời các câu hỏi bên dưới rồi bấm Lập phụ lục.',
    );
    expect(await page.isVisible('#build-questions select[data-part="channel"]')).toBe(true);
    expect(await page.evaluate(() => Object.keys((window as unknown as { __built: { sheets: object } }).__built.sheets))).toEqual([]);
    await page.selectOption('#build-questions select[data-part="channel"]', 'online');
    await page.waitForFunction(() => /Đã lưu ánh xạ/.test(document.querySelector('#build-status')?.textContent ?? ''));
    await page.click('#build-button');
    await page.waitForFunction(() => /Đã lập phụ lục/.test(document.querySelector('#build-status')?.textContent ?? ''));
    const rows = await page.$$eval('#build-count-table tbody tr', (trs) => trs.map((tr) => [...tr.children].slice(0, 5).map((c) => c.textContent)));
    expect(rows).toEqual([
      ['Hộ tịch', '2', '2', '0', '0'],
      ['Tổng cộng', '2', '2', '0', '0'],
    ]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  test('an .xlsx export chosen from disk is read by the exceljs chunk, loaded only then', async () => {
    const { page, pageErrors, requests } = await openBuildPanel();
    expect(requests.some((url) => /\/exceljs\.[0-9a-f]+\.js$/.test(url))).toBe(false);
    await page.setInputFiles('#build-files', path.join(SAMPLES, 'ho-so-dvcqg-quy-II-2026.xlsx'));
    await page.waitForSelector('#build-file-list li');
    expect(requests.some((url) => /\/exceljs\.[0-9a-f]+\.js$/.test(url))).toBe(true);
    await page.fill('#build-from', '15/3/2026');
    await page.fill('#build-to', '14/6/2026');
    await page.click('#build-button');
    await page.waitForFunction(() => /Đã lập phụ lục/.test(document.querySelector('#build-status')?.textContent ?? ''));
    expect(await page.textContent('#build-report pre')).toContain('ho-so-dvcqg-quy-II-2026.xlsx › DanhSachHoSo: 314 dòng');
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
