// The application's sheet host on Excel: each operation in its own Excel.run batch.
import type { SheetHost } from '../app/host';
import { applyHighlights, clearHighlights } from './highlight';
import { listSheets, selectCell } from './navigate';
import { readSheet } from './read';
import { detectApiSupport, type ApiSupport } from './support';

export function officeExcelHost(): SheetHost {
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
