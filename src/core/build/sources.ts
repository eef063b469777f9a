// Export tables from what the add-in reads: a workbook sheet (the core Grid) or an .xlsx file
// opened with exceljs in the pane. Pure: no Office, no Node.
import type { CellValue, Grid } from '../types';
import type { ExportCell, ExportTable } from './types';

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH_OFFSET = 25_569;

/** Texts of exports in Unicode NFC, whatever form the exporter wrote (decomposed tones). */
function nfc(text: string): string {
  return text.normalize('NFC');
}

export function exportCellFromGrid(value: CellValue): ExportCell {
  if (value !== null && typeof value === 'object') return value.error;
  return typeof value === 'string' ? nfc(value) : value;
}

/** A sheet of this workbook that holds an export (pasted or moved in by the clerk). */
export function tableFromGrid(grid: Grid): ExportTable {
  return {
    source: grid.sheetName,
    rows: grid.values.map((row) => row.map(exportCellFromGrid)),
    firstLine: grid.origin.row + 1,
  };
}

/**
 * An exceljs cell value (a plain value, a Date holding the wall-clock time as UTC, a formula with
 * its result, rich text, a hyperlink, an error) as the build reads it.
 */
export function exportCellFromExcelJs(raw: unknown): ExportCell {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string') return nfc(raw);
  if (typeof raw === 'number' || typeof raw === 'boolean') return raw;
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : raw.getTime() / MS_PER_DAY + EXCEL_EPOCH_OFFSET;
  if (typeof raw === 'object') {
    const value = raw as Record<string, unknown>;
    if ('result' in value) return exportCellFromExcelJs(value.result);
    if ('formula' in value || 'sharedFormula' in value) return null;
    if (Array.isArray(value.richText)) return nfc(value.richText.map((part) => String((part as { text?: unknown }).text ?? '')).join(''));
    if ('text' in value) return exportCellFromExcelJs(value.text);
    if ('error' in value) return String(value.error);
  }
  return String(raw);
}
