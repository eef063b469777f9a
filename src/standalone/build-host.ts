// What "Lập phụ lục" and "Cộng dồn" need on the page: the built workbook is written by the same
// writer as the CLI's (src/workbook/write) and downloaded as .xlsx, and its sheets are shown beside
// the clerk's (read back through src/workbook), so a count in the built annex can be clicked.
import type { BuildHost } from '../excel/buildHost';
import { emptyBuildSettings, parseBuildSettings, type BuildSettings } from '../excel/buildSettings';
import { freeSheetName, type BuildSheetsInput, type BuildSheetsResult } from '../excel/buildSheet';
import { readWorkbook } from '../workbook';
import { annexWorkbookBytes } from '../workbook/write/annex-workbook';
import type { FileSheetHost } from './file-host';

const SETTINGS_KEY = 'tthc-report.standalone.build';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface PageBuildDeps {
  host: FileSheetHost;
  download(bytes: Uint8Array, fileName: string, type: string): boolean;
  /** Where the column mapping and period are remembered between visits (localStorage). */
  storage?: Pick<Storage, 'getItem' | 'setItem'> | null;
  /** Told when the browser refused the download. */
  onDownloadBlocked(): void;
}

// eslint-disable-next-line no-control-regex
const NOT_IN_FILE_NAMES = /[\\/:*?"<>|\u0000-\u001f]+/g;

/** A file name from a sheet name: letters, digits, dashes; Vietnamese letters kept. */
export function fileNameFor(sheetName: string): string {
  const base = sheetName.normalize('NFC').replace(NOT_IN_FILE_NAMES, ' ').trim().replace(/\s+/g, '-');
  return `${base || 'phu-luc'}.xlsx`;
}

export function pageBuildHost(deps: PageBuildDeps): BuildHost {
  let memory: BuildSettings = emptyBuildSettings();
  return {
    async readSettings() {
      try {
        const stored = deps.storage?.getItem(SETTINGS_KEY);
        if (stored) memory = parseBuildSettings(stored);
      } catch {
        // Storage blocked (file:// in some browsers): the settings last for this visit.
      }
      return memory;
    },
    async writeSettings(settings) {
      memory = settings;
      try {
        deps.storage?.setItem(SETTINGS_KEY, JSON.stringify(settings));
      } catch {
        // As above: kept in memory only.
      }
    },
    async writeSheets(input: BuildSheetsInput): Promise<BuildSheetsResult> {
      const bytes = await annexWorkbookBytes(input.workbook);
      if (!deps.download(bytes, fileNameFor(input.workbook.annexName), XLSX_TYPE)) deps.onDownloadBlocked();
      const read = await readWorkbook(bytes, { fileName: 'built.xlsx' });
      const clerkSheets = (deps.host.workbook?.sheets ?? []).map((sheet) => sheet.sheetName);
      const renamed = read.sheets.map((sheet) => ({ ...sheet, sheetName: freeSheetName(sheet.sheetName, clerkSheets, []) }));
      deps.host.addBuiltSheets(renamed);
      return { annexName: renamed[0].sheetName, sheetNames: renamed.slice(1).map((sheet) => sheet.sheetName) };
    },
    pageLayoutSupported: () => true,
    async watchSelection(sheetName, onSelect) {
      const stop = deps.host.onChange((change) => {
        if (change.kind === 'select' && change.sheet === sheetName) onSelect(change.address);
      });
      return async () => void stop();
    },
  };
}
