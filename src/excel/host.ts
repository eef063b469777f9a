// The Excel operations the pane and the ribbon commands use, each in its own Excel.run batch.
// The pane depends on this interface only, so it can be driven by a test double.
import { applyHighlights, clearHighlights, type ClearResult, type HighlightRequest, type HighlightResult } from './highlight';
import { listSheets, selectCell, type SheetList } from './navigate';
import { readSheet, type SheetRead } from './read';
import { detectApiSupport, type ApiSupport } from './support';

export interface ExcelHost {
  support(): ApiSupport;
  readSheet(options: { sheetName?: string; onProgress?: (rowsRead: number, rowsTotal: number) => void }): Promise<SheetRead>;
  applyHighlights(request: Omit<HighlightRequest, 'support'>): Promise<HighlightResult>;
  clearHighlights(): Promise<ClearResult>;
  selectCell(sheetName: string, address: string): Promise<void>;
  listSheets(): Promise<SheetList>;
}

export function officeExcelHost(): ExcelHost {
  let support: ApiSupport | null = null;
  const getSupport = () => (support ??= detectApiSupport());
  return {
    support: getSupport,
    readSheet: (options) => Excel.run((context) => readSheet(context, { ...options, support: getSupport() })),
    applyHighlights: (request) => Excel.run((context) => applyHighlights(context, { ...request, support: getSupport() })),
    clearHighlights: () => Excel.run((context) => clearHighlights(context, getSupport())),
    selectCell: (sheetName, address) => Excel.run((context) => selectCell(context, sheetName, address)),
    listSheets: () => Excel.run((context) => listSheets(context)),
  };
}
