// The annex sheet in the seed's layout, as plain data: what every writer (exceljs in the CLI,
// office.js in the add-in) puts in the cells, and the Grid the validator reads back.
import { columnLetter, toA1 } from '../address';
import type { CellRange, Grid } from '../types';
import { countOf, receivedTotal } from './aggregate';

export { countOf } from './aggregate';
import { ANNEX_COUNT_COLUMNS, SEED_COLUMN_NUMBER } from './types';
import type { AnnexCountColumn, FieldCounts, Leaf, LeafCounts } from './types';
import { formHeader } from '../form/header';
import { SEED_COLUMNS, SEED_SUMS } from '../form/seed';

const HEADER_ROWS = formHeader(SEED_COLUMNS, SEED_SUMS).rows;

export type AnnexSheetCellStyle =
  | 'title'
  | 'header'
  | 'numbering'
  | 'stt'
  | 'fieldName'
  | 'count'
  | 'totalLabel'
  | 'totalCount'
  | 'rateLabel'
  | 'rate'
  /** A line of words under the table (a cumulative annex's note on a broken carry-over). */
  | 'note';

export interface AnnexSheetCell {
  row: number;
  col: number;
  /** The constant, or the formula's computed result. */
  value: string | number | null;
  /** "=SUM(D5:F5)"; absent for constants. */
  formula?: string;
  numFmt?: string;
  style: AnnexSheetCellStyle;
}

export interface AnnexSheet {
  cells: AnnexSheetCell[];
  merges: CellRange[];
  rowCount: number;
  colCount: number;
  /** 0-based rows repeated at the top of every printed page. */
  printTitleRows: { top: number; bottom: number };
  columnWidths: number[];
  /** 0-based sheet row → height in points, for the title and header rows. */
  rowHeights: { row: number; height: number }[];
  /** The table (header to rates row), e.g. A4:P20 with two title lines above. */
  table: CellRange;
  /** 0-based sheet row of each field, in order. */
  fieldRows: { field: string; row: number }[];
  totalRow: number;
  ratesRow: number;
  /** 0-based sheet column of each count column. */
  columnOf: Record<AnnexCountColumn, number>;
}

export const COUNT_FORMAT = '#,##0';
export const RATE_FORMAT = '0.0%';

const FIRST_COUNT_COL = 2;

/** Column c of the seed holds column number c + 1: (3) received is C. */
export const ANNEX_COLUMN_OF: Record<AnnexCountColumn, number> = Object.fromEntries(
  ANNEX_COUNT_COLUMNS.map((key) => [key, SEED_COLUMN_NUMBER[key] - 1]),
) as Record<AnnexCountColumn, number>;

/** The seed form's header: texts, merged areas, numbering row. */
const SEED_HEADER = formHeader(SEED_COLUMNS, SEED_SUMS);
const HEADER_TEXT = SEED_HEADER.texts;
const HEADER_MERGES = SEED_HEADER.merges;
const NUMBERING = SEED_HEADER.numbering;

/** Parent column → its leaf columns, as in the numbering row. */
const PARENTS = Object.fromEntries(SEED_SUMS.map((sum) => [sum.parent, sum.parts])) as Partial<Record<AnnexCountColumn, Leaf[]>>;

/**
 * The rates row: (3) against itself, (4) online against new received (4)+(5) as the seed
 * computes it, (5) and (6) left blank like the seed, every other column against (3).
 */
function rateFormula(column: AnnexCountColumn, totalRow: number): { formula: string; value: (t: LeafCounts) => number } | null {
  const at = (key: AnnexCountColumn) => toA1(totalRow, ANNEX_COLUMN_OF[key]);
  if (column === 'received.direct' || column === 'received.carried') return null;
  if (column === 'received.online') {
    const newReceived = `(${at('received.online')}+${at('received.direct')})`;
    return {
      formula: `=IF(${newReceived}=0,0,${at('received.online')}/${newReceived})`,
      value: (t) => {
        const denominator = t['received.online'] + t['received.direct'];
        return denominator === 0 ? 0 : t['received.online'] / denominator;
      },
    };
  }
  const total = at('received');
  return {
    formula: `=IF(${total}=0,0,${at(column)}/${total})`,
    value: (t) => {
      const denominator = receivedTotal(t);
      return denominator === 0 ? 0 : countOf(t, column) / denominator;
    },
  };
}

export interface AnnexLayoutOptions {
  /**
   * Title lines above the table (then a blank row), e.g. the period in the words the narrative
   * reads back: "(Số liệu tính từ ngày 15/3/2026 đến hết ngày 14/6/2026)". None: the table starts at A1.
   */
  titleLines?: string[];
}

/** The annex sheet for these field counts, in the seed's layout. */
export function layoutAnnex(fields: FieldCounts[], totals: LeafCounts, options: AnnexLayoutOptions = {}): AnnexSheet {
  const titleLines = options.titleLines ?? [];
  const top = titleLines.length > 0 ? titleLines.length + 1 : 0;
  const cells: AnnexSheetCell[] = [];
  const merges: CellRange[] = [];
  titleLines.forEach((text, row) => {
    cells.push({ row, col: 0, value: text, style: 'title' });
    merges.push({ top: row, left: 0, bottom: row, right: NUMBERING.length - 1 });
  });
  for (const [row, col, text] of HEADER_TEXT) cells.push({ row: top + row, col, value: text, style: 'header' });
  const headerCovered = new Set(HEADER_TEXT.map(([row, col]) => `${row}:${col}`));
  for (const merge of HEADER_MERGES) {
    for (let row = merge.top; row <= merge.bottom; row++) {
      for (let col = merge.left; col <= merge.right; col++) headerCovered.add(`${row}:${col}`);
    }
  }
  NUMBERING.forEach((text, col) => cells.push({ row: top + HEADER_ROWS, col, value: text, style: 'numbering' }));

  const firstFieldRow = top + HEADER_ROWS + 1;
  const fieldRows = fields.map((entry, index) => ({ field: entry.field, row: firstFieldRow + index }));
  const totalRow = firstFieldRow + fields.length;
  const ratesRow = totalRow + 1;

  for (const { field, row } of fieldRows) {
    const counts = fields[row - firstFieldRow].counts;
    cells.push({ row, col: 0, value: row - firstFieldRow + 1, style: 'stt' });
    cells.push({ row, col: 1, value: field, style: 'fieldName' });
    for (const column of ANNEX_COUNT_COLUMNS) {
      const col = ANNEX_COLUMN_OF[column];
      const leaves = PARENTS[column];
      const formula = leaves
        ? `=SUM(${toA1(row, ANNEX_COLUMN_OF[leaves[0]])}:${toA1(row, ANNEX_COLUMN_OF[leaves[leaves.length - 1]])})`
        : undefined;
      cells.push({ row, col, value: countOf(counts, column), formula, numFmt: COUNT_FORMAT, style: 'count' });
    }
  }

  cells.push({ row: totalRow, col: 0, value: 'Tổng cộng', style: 'totalLabel' });
  cells.push({ row: totalRow, col: 1, value: null, style: 'totalLabel' });
  for (const column of ANNEX_COUNT_COLUMNS) {
    const col = ANNEX_COLUMN_OF[column];
    const formula =
      fields.length > 0 ? `=SUM(${toA1(firstFieldRow, col)}:${toA1(totalRow - 1, col)})` : undefined;
    cells.push({ row: totalRow, col, value: countOf(totals, column), formula, numFmt: COUNT_FORMAT, style: 'totalCount' });
  }

  cells.push({ row: ratesRow, col: 0, value: 'Tỷ lệ:', style: 'rateLabel' });
  cells.push({ row: ratesRow, col: 1, value: null, style: 'rateLabel' });
  for (const column of ANNEX_COUNT_COLUMNS) {
    const col = ANNEX_COLUMN_OF[column];
    const rate = rateFormula(column, totalRow);
    cells.push(
      rate
        ? { row: ratesRow, col, value: rate.value(totals), formula: rate.formula, numFmt: RATE_FORMAT, style: 'rate' }
        : { row: ratesRow, col, value: null, numFmt: RATE_FORMAT, style: 'rate' },
    );
  }
  // Header cells inside merged areas (not their top-left) exist for borders only.
  for (let row = 0; row < HEADER_ROWS; row++) {
    for (let col = 0; col < NUMBERING.length; col++) {
      if (!HEADER_TEXT.some(([r, c]) => r === row && c === col) && headerCovered.has(`${row}:${col}`)) {
        cells.push({ row: top + row, col, value: null, style: 'header' });
      }
    }
  }

  return {
    cells,
    merges: [...merges, ...HEADER_MERGES.map((m) => ({ ...m, top: m.top + top, bottom: m.bottom + top }))],
    rowCount: ratesRow + 1,
    colCount: NUMBERING.length,
    printTitleRows: { top, bottom: top + HEADER_ROWS },
    columnWidths: [6, 40, ...Array.from({ length: NUMBERING.length - FIRST_COUNT_COL }, () => 11)],
    rowHeights: [
      ...titleLines.map((_, row) => ({ row, height: 20 })),
      ...[33, 30, 45, 30].map((height, row) => ({ row: top + row, height })),
    ],
    table: { top, left: 0, bottom: ratesRow, right: NUMBERING.length - 1 },
    fieldRows,
    totalRow,
    ratesRow,
    columnOf: { ...ANNEX_COLUMN_OF },
  };
}

/** The sheet as the core Grid (values as Excel shows them, formulas, formats, merges). */
export function annexToGrid(sheet: Pick<AnnexSheet, 'cells' | 'rowCount' | 'colCount' | 'merges'>, sheetName: string): Grid {
  const values: Grid['values'] = Array.from({ length: sheet.rowCount }, () =>
    Array.from({ length: sheet.colCount }, () => null),
  );
  const formulas: (string | null)[][] = values.map((line) => line.map(() => null));
  const numberFormats: (string | null)[][] = values.map((line) => line.map(() => 'General'));
  for (const cell of sheet.cells) {
    values[cell.row][cell.col] = cell.value;
    formulas[cell.row][cell.col] = cell.formula ?? null;
    if (cell.numFmt) numberFormats[cell.row][cell.col] = cell.numFmt;
  }
  return { sheetName, origin: { row: 0, col: 0 }, values, formulas, numberFormats, merges: sheet.merges };
}

/** "D7" for a dossier's leaf on its field's row. */
export function leafAddress(sheet: AnnexSheet, fieldRow: number, leaf: Leaf): string {
  return `${columnLetter(sheet.columnOf[leaf])}${fieldRow + 1}`;
}
