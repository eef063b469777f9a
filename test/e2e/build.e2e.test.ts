// The "Lập phụ lục" panel in the built pane (dist/), in Debian's Chromium through playwright-core.
// office.js is the stand-in of test/e2e/fake-office, extended here with what building writes
// (worksheets.add and writable ranges, recorded in window.__built). Proves, in a real browser
// under the pane's CSP: export sheets read through the Excel layer, the annex and Chi tiết written,
// the drill-down, and an .xlsx export chosen from disk read by the lazily loaded exceljs chunk.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { ExportTable } from '../../src/core/build/types';
import { ONE_STOP, PORTAL } from '../core/build/scenario';

jest.setTimeout(180_000);

const ROOT = path.join(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const SAMPLES = path.join(ROOT, 'assets', 'samples');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Appended to the stand-in: every Excel.run context can add sheets whose writes are recorded. */
const WRITE_EXTENSION = `
(function () {
  var built = (window.__built = { sheets: {}, deleted: [] });
  function recorder(sheetName, address) {
    var entry = { address: address, format: { font: {}, borders: {} } };
    (built.sheets[sheetName].ranges = built.sheets[sheetName].ranges || []).push(entry);
    entry.format.borders.getItem = function (edge) { return (entry.format.borders[edge] = entry.format.borders[edge] || {}); };
    return {
      get format() { return entry.format; },
      set formulas(v) { entry.formulas = v; },
      set values(v) { entry.values = v; },
      set numberFormat(v) { entry.numberFormat = v; },
      merge: function () { entry.merged = true; },
      select: function () { built.selected = sheetName + '!' + address; },
      _address: address,
    };
  }
  var run = window.Excel.run;
  window.Excel.run = function (batch) {
    return run(function (ctx) {
      var sheets = ctx.workbook.worksheets;
      var getItem = sheets.getItem;
      sheets.add = function (name) {
        built.sheets[name] = { name: name, calls: [] };
        var calls = built.sheets[name].calls;
        return {
          getRange: function (address) { return recorder(name, address); },
          activate: function () { built.active = name; },
          freezePanes: {
            freezeAt: function (range) { calls.push('freezeAt ' + range._address); },
            freezeRows: function (n) { calls.push('freezeRows ' + n); },
          },
          autoFilter: { apply: function (range) { calls.push('autoFilter ' + range._address); } },
          pageLayout: {
            headersFooters: { defaultForAllPages: {} },
            setPrintTitleRows: function (rows) { calls.push('printTitleRows ' + rows); },
          },
        };
      };
      sheets.getItem = function (name) {
        if (built.sheets[name]) return { delete: function () { built.deleted.push(name); } };
        return getItem(name);
      };
      return batch(ctx);
    });
  };
})();
`;

type FakeSheet = { name: string; cells: Record<string, { value: string | number | boolean }>; merges: string[] };

function toFakeSheet(table: ExportTable, name: string): FakeSheet {
  const cells: FakeSheet['cells'] = {};
  table.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null || value === '') return;
      cells[`${String.fromCharCode(65 + c)}${r + 1}`] = { value };
    }),
  );
  return { name, cells, merges: [] };
}

function serveDist(): Promise<http.Server> {
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png' };
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const file = path.join(DIST, path.normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, ''));
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let browser: Browser;
let server: http.Server;
let baseUrl: string;

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) {
    execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], { cwd: ROOT, stdio: 'inherit' });
  }
  server = await serveDist();
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function openBuildPanel(): Promise<{ page: Page; pageErrors: string[]; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 360, height: 1600 }, deviceScaleFactor: 1 });
  const pageErrors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('request', (request) => requests.push(request.url()));
  const fake = fs.readFileSync(path.join(__dirname, 'fake-office', 'office.js'), 'utf8') + WRITE_EXTENSION;
  await page.addInitScript((data) => {
    (window as unknown as { __fakeWorkbookData: unknown }).__fakeWorkbookData = data;
  }, { sheets: [toFakeSheet(ONE_STOP, 'Một cửa'), toFakeSheet(PORTAL, 'DVCQG')], displayLanguage: 'vi-VN' });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'text/javascript', body: fake });
    if (url.startsWith(baseUrl)) return route.continue();
    return route.abort();
  });
  await page.goto(`${baseUrl}/taskpane.html`);
  await page.click('#tab-build');
  await page.waitForSelector('#build-sheets input');
  return { page, pageErrors, requests };
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
    expect(await page.textContent('#build-status')).toBe('Đã lập phụ lục trên trang “Lập phụ lục từ dữ liệu hồ sơ” từ 15 hồ sơ; danh sách từng hồ sơ ở trang “Chi tiết”.');
    const built = await page.evaluate(() => (window as unknown as { __built: { sheets: Record<string, { ranges: Array<{ address: string; formulas?: unknown[][]; values?: unknown[][] }>; calls: string[] }>; active: string } }).__built);
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
