// What the application needs from the spreadsheet it runs on: read a sheet, mark and unmark cells,
// select a cell, list the sheets. Excel (src/excel/host.ts) implements it with office.js; a
// file-backed host does the same for the standalone page; tests use doubles.
import type { ClearResult, HighlightRequest, HighlightResult } from '../excel/highlight';
import type { SheetList } from '../excel/navigate';
import type { SheetRead } from '../excel/read';
import type { ApiSupport } from '../excel/support';

export type { ClearResult, HighlightRequest, HighlightResult, HighlightTarget } from '../excel/highlight';
export type { SheetList } from '../excel/navigate';
export type { SheetRead } from '../excel/read';
export type { ApiSupport } from '../excel/support';

export interface SheetHost {
  support(): ApiSupport;
  readSheet(options: { sheetName?: string; onProgress?: (rowsRead: number, rowsTotal: number) => void }): Promise<SheetRead>;
  applyHighlights(request: Omit<HighlightRequest, 'support'>): Promise<HighlightResult>;
  clearHighlights(): Promise<ClearResult>;
  selectCell(sheetName: string, address: string): Promise<void>;
  listSheets(): Promise<SheetList>;
}
