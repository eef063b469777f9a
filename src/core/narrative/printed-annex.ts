// The annex table as the Word outputs print it: header rows with their merged cells, the
// numbering row, field rows, totals and rates rows, each cell's text as the sheet shows it.

import { readRate } from '../cells';
import { formatNumber } from '../numbers';
import { parseA1Range } from '../address';
import type { CellRange, CellValue, Grid, Role, RowKind, TableModel } from '../types';

export type PrintedAnnexRowKind = 'header' | 'numbering' | RowKind;

export interface PrintedAnnexCell {
  /** 0-based column within the table where the cell starts. */
  column: number;
  text: string;
  colSpan: number;
  rowSpan: number;
  align: 'left' | 'center' | 'right';
}

export interface PrintedAnnexRow {
  kind: PrintedAnnexRowKind;
  /** Cells left to right; cells covered by a merged cell above or to the left are omitted. */
  cells: PrintedAnnexCell[];
}

export interface PrintedAnnex {
  columnCount: number;
  /** Relative column widths summing to 1. */
  columnWidths: number[];
  /** Header rows and the numbering row, repeated on each page. */
  headerRowCount: number;
  rows: PrintedAnnexRow[];
}

function valueAt(grid: Grid, row: number, col: number): CellValue {
  const value = grid.values[row - grid.origin.row]?.[col - grid.origin.col];
  return value === undefined ? null : value;
}

function formatAt(grid: Grid, row: number, col: number): string | null {
  return grid.numberFormats?.[row - grid.origin.row]?.[col - grid.origin.col] ?? null;
}

function plainText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'object') return value.error;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value).replace(/\s+/g, ' ').trim();
}

/** A count cell as the report writes it: 1066 → "1.066"; text stays as typed. */
function countText(value: CellValue, format: string | null): string {
  if (typeof value !== 'number') return plainText(value);
  if (format && format.includes('%')) return rateText(value, format, 1);
  return formatNumber(value, 'vi');
}

function rateText(value: CellValue, format: string | null, plainScale: 1 | 100): string {
  const rate = readRate(value, format, plainScale);
  if (rate.kind !== 'rate') return plainText(value);
  return `${formatNumber(rate.percent, 'vi', rate.decimals)}%`;
}

function roleOfColumn(table: TableModel, col: number): Role | undefined {
  return table.columns.find((c) => c.col === col)?.role;
}

/** Longest unbreakable word of a cell; the numbering row breaks after "=" and "+". */
function longestWord(text: string, kind: PrintedAnnexRowKind): number {
  const words = kind === 'numbering' ? text.split(/[\s=+]+/) : text.split(/\s+/);
  return Math.max(0, ...words.map((w) => w.length));
}

/** The field column holds this many characters a line at most before names wrap. */
const FIELD_COLUMN_CHARS = 22;

/**
 * Relative column widths from the content: each column as wide as its longest word (headers
 * included, so "Trước" or "không" never break mid-word), the field column up to FIELD_COLUMN_CHARS.
 */
function columnWidths(table: TableModel, rows: PrintedAnnexRow[], left: number, count: number): number[] {
  const chars = new Array<number>(count).fill(1);
  const isField = (c: number) => roleOfColumn(table, left + c) === 'field';
  for (const row of rows) {
    for (const cell of row.cells) {
      if (cell.colSpan !== 1) continue;
      const c = cell.column;
      const wanted = isField(c) && row.kind !== 'header' ? Math.min(cell.text.length, FIELD_COLUMN_CHARS) : longestWord(cell.text, row.kind);
      chars[cell.column] = Math.max(chars[c], wanted);
    }
  }
  const padded = chars.map((n) => n + 1.5);
  const total = padded.reduce((a, b) => a + b, 0);
  return padded.map((w) => w / total);
}

/**
 * A totals or rates label written in the STT column with an empty field cell beside it, or in the
 * field column with an empty STT cell, reads across both cells.
 */
function spanLabelIntoFieldCell(row: PrintedAnnexRow, table: TableModel, left: number): void {
  if (row.kind !== 'total' && row.kind !== 'rates' && row.kind !== 'subtotal' && row.kind !== 'section') return;
  const sttIndex = row.cells.findIndex((c) => roleOfColumn(table, left + c.column) === 'stt');
  const stt = row.cells[sttIndex];
  const next = row.cells[sttIndex + 1];
  if (!stt || !next || stt.rowSpan !== 1 || next.rowSpan !== 1) return;
  if (roleOfColumn(table, left + next.column) !== 'field' || next.column !== stt.column + stt.colSpan) return;
  const labelInStt = stt.text !== '' && next.text === '';
  const labelInField = stt.text === '' && next.text !== '' && row.kind !== 'section';
  if (!labelInStt && !labelInField) return;
  stt.text = labelInStt ? stt.text : next.text;
  stt.colSpan += next.colSpan;
  stt.align = 'center';
  row.cells.splice(sttIndex + 1, 1);
}

/** The annex table of a located table, clipped to the table's range. */
export function printedAnnex(grid: Grid, table: TableModel): PrintedAnnex {
  const range = parseA1Range(table.range);
  const kindOfRow = new Map(table.rows.map((r) => [r.row, r.kind]));
  const merges: CellRange[] = (grid.merges ?? [])
    .map((m) => ({
      top: Math.max(m.top, range.top),
      left: Math.max(m.left, range.left),
      bottom: Math.min(m.bottom, range.bottom),
      right: Math.min(m.right, range.right),
    }))
    .filter((m) => m.top <= m.bottom && m.left <= m.right);
  const mergeAt = (row: number, col: number) => merges.find((m) => m.top === row && m.left === col);
  const covered = (row: number, col: number) =>
    merges.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && !(m.top === row && m.left === col));

  // Rates rows written as fractions (0.984) or as percents (98.4) without a % format.
  const ratesScale = (row: number): 1 | 100 => {
    const numbers: number[] = [];
    for (let col = range.left; col <= range.right; col++) {
      const value = valueAt(grid, row, col);
      if (typeof value === 'number' && !(formatAt(grid, row, col) ?? '').includes('%')) numbers.push(value);
    }
    return numbers.every((n) => n <= 1) ? 1 : 100;
  };

  const rows: PrintedAnnexRow[] = [];
  for (let row = range.top; row <= range.bottom; row++) {
    const kind: PrintedAnnexRowKind = row === table.numberingRow ? 'numbering' : row <= table.headerBottom ? 'header' : (kindOfRow.get(row) ?? 'blank');
    const scale = kind === 'rates' ? ratesScale(row) : 100;
    const cells: PrintedAnnexCell[] = [];
    for (let col = range.left; col <= range.right; col++) {
      if (covered(row, col)) continue;
      const merge = mergeAt(row, col);
      const value = valueAt(grid, row, col);
      const role = roleOfColumn(table, col);
      const isCountColumn = role !== undefined && role !== 'stt' && role !== 'field' && role !== 'other';
      let text: string;
      if (kind === 'header' || kind === 'numbering' || !isCountColumn) text = plainText(value);
      else if (kind === 'rates' || role === 'rate') text = rateText(value, formatAt(grid, row, col), scale);
      else text = countText(value, formatAt(grid, row, col));
      const align: PrintedAnnexCell['align'] =
        kind === 'header' || kind === 'numbering' ? 'center' : role === 'field' && kind !== 'total' && kind !== 'rates' ? 'left' : 'center';
      cells.push({
        column: col - range.left,
        text,
        colSpan: merge ? merge.right - merge.left + 1 : 1,
        rowSpan: merge ? merge.bottom - merge.top + 1 : 1,
        align,
      });
    }
    const annexRow: PrintedAnnexRow = { kind, cells };
    spanLabelIntoFieldCell(annexRow, table, range.left);
    rows.push(annexRow);
  }
  const headerRowCount = Math.max(table.numberingRow ?? table.headerBottom, table.headerBottom) - range.top + 1;
  const columnCount = range.right - range.left + 1;
  return { columnCount, columnWidths: columnWidths(table, rows, range.left, columnCount), headerRowCount, rows };
}
