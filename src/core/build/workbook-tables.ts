// An export read by the workbook reader (.xls, WPS .et, .ods) as the build's tables: the same
// cells the .xlsx path gives (text NFC, dates as serial days, errors as their text), hidden sheets
// left out and named, as for an .xlsx export.
import type { CellValue } from '../types';
import type { ExportCell, ExportTable } from './types';

export interface ReadSheet {
  sheetName: string;
  origin: { row: number; col: number };
  values: CellValue[][];
  visibility: 'visible' | 'hidden' | 'veryHidden';
}

function exportCell(value: CellValue): ExportCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.normalize('NFC');
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value.error);
}

export function exportTablesFromSheets(fileName: string, sheets: readonly ReadSheet[], onHidden: (source: string) => void): ExportTable[] {
  const tables: ExportTable[] = [];
  for (const sheet of sheets) {
    const source = `${fileName} › ${sheet.sheetName}`;
    if (sheet.visibility !== 'visible') {
      onHidden(source);
      continue;
    }
    const rows: ExportCell[][] = Array.from({ length: sheet.origin.row }, () => []);
    for (const line of sheet.values) rows.push([...Array.from({ length: sheet.origin.col }, () => null), ...line.map(exportCell)]);
    while (rows.length > 0 && rows[rows.length - 1].every((cell) => cell === null || cell === '')) rows.pop();
    if (rows.length > 0) tables.push({ source, rows, firstLine: 1 });
  }
  return tables;
}
