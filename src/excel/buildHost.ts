// What the "Lập phụ lục" panel needs from Excel: its settings, writing the built sheets, the
// page-layout API check and selection events on the built annex. The only build code that
// calls Excel.run.
import { readBuildSettings, writeBuildSettings, type BuildSettings } from './buildSettings';
import type { BuildSheetsInput, BuildSheetsResult } from './buildSheet';

export interface BuildHost {
  readSettings(): Promise<BuildSettings>;
  writeSettings(settings: BuildSettings): Promise<void>;
  writeSheets(input: BuildSheetsInput): Promise<BuildSheetsResult>;
  /** ExcelApi 1.9 (page layout, print titles, auto filter). */
  pageLayoutSupported(): boolean;
  /**
   * Calls `onSelect` with the address the clerk selects on the built annex sheet (ExcelApi 1.7
   * selection events); resolves to the function that stops watching.
   */
  watchSelection(sheetName: string, onSelect: (address: string) => void): Promise<() => Promise<void>>;
}

async function watchOfficeSelection(sheetName: string, onSelect: (address: string) => void): Promise<() => Promise<void>> {
  if (typeof Office === 'undefined' || !Office.context.requirements.isSetSupported('ExcelApi', '1.7')) return async () => undefined;
  const registration = await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const handler = sheet.onSelectionChanged.add(async (event) => onSelect(event.address));
    await context.sync();
    return handler;
  });
  return () =>
    Excel.run(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    }).catch(() => undefined);
}

function excelApi19(): boolean {
  try {
    return typeof Office !== 'undefined' && Office.context.requirements.isSetSupported('ExcelApi', '1.9');
  } catch {
    return false;
  }
}

export const officeBuildHost: BuildHost = {
  readSettings: () => Excel.run((context) => readBuildSettings(context)),
  writeSettings: (settings) => Excel.run((context) => writeBuildSettings(context, settings)),
  // The sheet writer comes with the build's own chunk, loaded at the first build.
  writeSheets: (input) => Excel.run(async (context) => (await import(/* webpackChunkName: "build" */ './buildSheet')).writeBuildSheets(context, input)),
  pageLayoutSupported: excelApi19,
  watchSelection: watchOfficeSelection,
};
