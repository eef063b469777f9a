// The periods in the built pane (dist/), in Debian's Chromium: the "Kỳ trước" picker of Kiểm tra
// (another sheet, and a file read by the lazily loaded workbook chunk), the comparison in Báo cáo,
// and the "Cộng dồn" tab writing the 6-month annex — under the pane's CSP, no page error.
import * as fs from 'fs';
import * as path from 'path';
import type { Grid } from '../../src/core/types';
import { q1, seedQ2 } from '../cli/periods-files';
import { tempDir, writeWorkbook } from '../helpers/xlsx';
import {
  ARTIFACTS,
  FAKE_OFFICE,
  WRITE_EXTENSION,
  gridToFakeSheet,
  newFakeOfficePage,
  startBrowserHarness,
  type BrowserHarness,
  type FakeOfficePage,
} from './support';

jest.setTimeout(180_000);

let harness: BrowserHarness;

beforeAll(async () => {
  harness = await startBrowserHarness();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await harness?.close();
});

/** The pane on a workbook whose active sheet is the first one given. */
async function openPane(grids: Grid[]): Promise<FakeOfficePage> {
  const workbook = { sheets: grids.map(gridToFakeSheet), displayLanguage: 'vi-VN' };
  const opened = await newFakeOfficePage(harness, workbook, { viewport: { width: 360, height: 1500 }, officeScript: FAKE_OFFICE + WRITE_EXTENSION });
  await opened.page.goto(`${harness.baseUrl}/taskpane.html`);
  await opened.page.waitForSelector(grids.length > 1 ? '#validate-previous option[value^="sheet:"]' : '#validate-previous', { state: 'attached' });
  return opened;
}

describe('periods in Chromium', () => {
  test('Kiểm tra: the previous quarter on another sheet; the carry-over cards, the periods chunk loaded only then', async () => {
    const { page, pageErrors, requests, cspViolations } = await openPane([seedQ2(), q1({ 'Hộ tịch': 4 })]);
    await page.selectOption('#sheet-picker', 'Quý II');
    expect(requests.some((url) => /\/periods\.[0-9a-f]+\.js$/.test(url))).toBe(false);
    await page.selectOption('#validate-previous', 'sheet:Quý I');
    await page.click('#validate-button');
    await page.waitForSelector('#previous-period .periods__outcome');
    expect(await page.textContent('#previous-period .periods__outcome')).toBe('Số chuyển kỳ: 2 chỗ không khớp.');
    expect(await page.$$eval('#previous-period .finding__message', (nodes) => nodes.map((n) => n.textContent))).toEqual([
      'Hộ tịch: kỳ trước còn 4 hồ sơ đang giải quyết (Quý I!M8), kỳ này ghi từ kỳ trước 5 (F8).',
      'Tổng cộng: kỳ trước còn 18 hồ sơ đang giải quyết (Quý I!M20), kỳ này ghi từ kỳ trước 19 (F20).',
    ]);
    expect(requests.some((url) => /\/periods\.[0-9a-f]+\.js$/.test(url))).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'periods-validate.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
    expect(cspViolations).toEqual([]);
    await page.close();
  });

  test('Kiểm tra: a previous quarter from a file, read by the workbook chunk', async () => {
    const dir = tempDir('tthc-periods-e2e-');
    const file = await writeWorkbook(path.join(dir, 'quy-1.xlsx'), [q1()]);
    const { page, pageErrors } = await openPane([seedQ2()]);
    await page.setInputFiles('#validate-previous-file', file);
    await page.waitForFunction(() => (document.querySelector('#validate-previous') as HTMLSelectElement | null)?.value === 'file:0');
    await page.click('#validate-button');
    await page.waitForSelector('#previous-period .periods__outcome');
    expect(await page.textContent('#previous-period .summary__where')).toBe(
      'Kỳ trước: quy-1.xlsx › Quý I — quý I năm 2026 (từ ngày 15/12/2025 đến ngày 14/3/2026).',
    );
    expect(await page.textContent('#previous-period .periods__outcome')).toBe(
      'Số chuyển kỳ khớp: cột “Từ kỳ trước” bằng số hồ sơ đang giải quyết cuối kỳ trước (13 dòng đối chiếu).',
    );
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  test('Báo cáo: the comparison with the quarter picked', async () => {
    const { page, pageErrors } = await openPane([seedQ2(), q1()]);
    await page.click('#tab-narrative');
    await page.click('#narrative-write');
    await page.waitForSelector('#narrative-preview p');
    await page.selectOption('#narrative-previous', 'sheet:Quý I');
    await page.waitForFunction(() => /tăng 412 hồ sơ/.test(document.querySelector('#narrative-preview')?.textContent ?? ''));
    const lines = await page.$$eval('#narrative-preview p', (ps) => ps.map((p) => p.textContent));
    expect(lines).toContain('- Tổng số hồ sơ tiếp nhận là: 3.575 hồ sơ (tăng 412 hồ sơ, 13,0% so với quý I năm 2026). Trong đó:');
    expect(await page.textContent('#narrative-previous-note')).toBe('So sánh với Trang “Quý I” — quý I năm 2026 (từ ngày 15/12/2025 đến ngày 14/3/2026).');
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  test('Cộng dồn: the quarter sheets ticked, the 6-month annex written as a new sheet', async () => {
    const { page, pageErrors, cspViolations } = await openPane([q1(), seedQ2()]);
    await page.click('#tab-cumulate');
    await page.waitForSelector('#cumulate-sheets input');
    expect(await page.$$eval('#cumulate-sheets input', (boxes) => boxes.map((b) => [(b as HTMLInputElement).value, (b as HTMLInputElement).checked]))).toEqual([
      ['Quý I', true],
      ['Quý II', true],
    ]);
    await page.click('#cumulate-button');
    await page.waitForFunction(() => /Đã lập trang/.test(document.querySelector('#cumulate-status')?.textContent ?? ''));
    expect(await page.textContent('#cumulate-status')).toBe(
      'Đã lập trang “6 tháng 2026”: 6 tháng đầu năm 2026 (từ ngày 15/12/2025 đến ngày 14/6/2026). Bảng đã được kiểm tra: hợp lệ.',
    );
    const built = await page.evaluate(
      () => (window as unknown as { __built: { sheets: Record<string, { ranges: Array<{ formulas?: unknown[][] }> }>; active: string } }).__built,
    );
    expect(Object.keys(built.sheets)).toEqual(['6 tháng 2026', 'Nguồn cộng dồn']);
    const formulas = built.sheets['6 tháng 2026'].ranges.find((r) => r.formulas)!.formulas!;
    expect(formulas.slice(0, 3).map((row) => row[0])).toEqual([
      'UBND XÃ AN PHÚ',
      'KẾT QUẢ TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH 6 THÁNG ĐẦU NĂM 2026',
      '(Số liệu tính từ ngày 15/12/2025 đến hết ngày 14/06/2026)',
    ]);
    expect(built.active).toBe('6 tháng 2026');
    await page.screenshot({ path: path.join(ARTIFACTS, 'periods-cumulate.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
    expect(cspViolations).toEqual([]);
    await page.close();
  });
});
