// What the browser tests share: the built pane (dist/) served on 127.0.0.1, Debian's Chromium
// through playwright-core, and pages whose office.js is the stand-in of test/e2e/fake-office
// holding a workbook the test chose, with every request outside the served pane blocked.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { rangeToA1, toA1 } from '../../src/core/address';
import type { ExportCell } from '../../src/core/build/types';
import type { Grid } from '../../src/core/types';

export const ROOT = path.join(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');
export const ARTIFACTS = path.join(ROOT, 'test-artifacts');
export const SAMPLES = path.join(ROOT, 'assets', 'samples');
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
export const FAKE_OFFICE = fs.readFileSync(path.join(__dirname, 'fake-office', 'office.js'), 'utf8');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** One cell as the stand-in reads it from window.__fakeWorkbookData (absent numberFormat = General). */
export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  valueType?: string;
}

export interface FakeSheet {
  name: string;
  cells: Record<string, FakeCell>;
  merges: string[];
}

export interface FakeWorkbookData {
  sheets: FakeSheet[];
  displayLanguage: string;
  requirements?: Record<string, string>;
}

/** A grid as the stand-in's sheet: empty cells left out, error values as Excel's valueType 'Error'. */
export function gridToFakeSheet(grid: Grid): FakeSheet {
  const cells: Record<string, FakeCell> = {};
  grid.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const formula = grid.formulas?.[r]?.[c] ?? undefined;
      if (value === null && !formula) return;
      const isError = value !== null && typeof value === 'object';
      cells[toA1(grid.origin.row + r, grid.origin.col + c)] = {
        value: value === null ? '' : isError ? value.error : value,
        formula,
        numberFormat: grid.numberFormats?.[r]?.[c] ?? 'General',
        valueType: isError ? 'Error' : undefined,
      };
    }),
  );
  return { name: grid.sheetName, cells, merges: (grid.merges ?? []).map(rangeToA1) };
}

/** Plain values (an export's rows) as a grid from A1 of sheet `sheetName`; '' counts as empty. */
export function valuesToGrid(rows: ReadonlyArray<ReadonlyArray<ExportCell>>, sheetName: string): Grid {
  return { sheetName, origin: { row: 0, col: 0 }, values: rows.map((row) => row.map((value) => (value === '' ? null : value))) };
}

/** Builds dist/ with webpack when a test run starts without it. */
export function ensureDistBuilt(): void {
  if (fs.existsSync(path.join(DIST, 'taskpane.html'))) return;
  execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], { cwd: ROOT, stdio: 'inherit' });
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

/** A static server of dist/ on 127.0.0.1 at a free port; nothing outside dist/ is served. */
export function serveDist(): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const file = path.join(DIST, path.normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, ''));
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

export interface BrowserHarness {
  browser: Browser;
  /** http://127.0.0.1:<port>, where dist/ is served. */
  baseUrl: string;
  close(): Promise<void>;
}

/** dist/ built if missing, served, and Chromium launched; close() stops both. */
export async function startBrowserHarness(): Promise<BrowserHarness> {
  ensureDistBuilt();
  const server = await serveDist();
  const closeServer = () => new Promise<void>((resolve) => server.close(() => resolve()));
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    await closeServer();
    throw error;
  }
  return {
    browser,
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      await browser.close();
      await closeServer();
    },
  };
}

export interface FakeOfficePage {
  page: Page;
  /** Uncaught errors thrown in the page. */
  pageErrors: string[];
  /** Every URL the page asked for, served or blocked. */
  requests: string[];
  /** URLs outside the served dist/ (other than office.js), all blocked. */
  foreignRequests: string[];
  /** Console messages that report a Content-Security-Policy violation. */
  cspViolations: string[];
}

export interface FakeOfficePageOptions {
  viewport: { width: number; height: number };
  acceptDownloads?: boolean;
  /** The script served for the office.js URL: the plain stand-in unless a test extends it. */
  officeScript?: string;
}

/**
 * A new page, not yet navigated, whose office.js is the stand-in holding `workbook` and whose
 * requests outside `harness.baseUrl` are blocked and recorded. Add init scripts, then goto.
 */
export async function newFakeOfficePage(harness: BrowserHarness, workbook: FakeWorkbookData, options: FakeOfficePageOptions): Promise<FakeOfficePage> {
  const page = await harness.browser.newPage({ viewport: options.viewport, deviceScaleFactor: 1, acceptDownloads: options.acceptDownloads });
  const officeScript = options.officeScript ?? FAKE_OFFICE;
  const opened: FakeOfficePage = { page, pageErrors: [], requests: [], foreignRequests: [], cspViolations: [] };
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) opened.cspViolations.push(message.text());
  });
  page.on('pageerror', (error) => opened.pageErrors.push(error.message));
  page.on('request', (request) => opened.requests.push(request.url()));
  await page.addInitScript((data) => {
    (window as unknown as { __fakeWorkbookData: unknown }).__fakeWorkbookData = data;
  }, workbook);
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'text/javascript', body: officeScript });
    if (url.startsWith(harness.baseUrl)) return route.continue();
    opened.foreignRequests.push(url);
    return route.abort();
  });
  return opened;
}

/** Appended to the stand-in: every Excel.run context can add sheets whose writes are recorded. */
export const WRITE_EXTENSION = `
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
