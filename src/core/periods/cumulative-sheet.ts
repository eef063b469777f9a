// The cumulative annex laid out in the last period's own form (13 columns stay 13): its header
// rows and numbering row copied, one row per field, totals as SUM formulas of the field rows,
// every total column the formula of its parts, rates recomputed from the cumulative counts —
// never averaged. The same layout data every writer takes (exceljs, office.js).
import { parseA1Range, toA1 } from '../address';
import { COUNT_FORMAT, RATE_FORMAT, type AnnexSheetCell } from '../build/annex';
import type { AnnexLayout } from '../build/workbook-model';
import { cellValue } from '../cells';
import { romanQuarter } from '../calendar';
import type { CellRange, RateDefinition } from '../types';
import type { CumulativeModel, CumulativeRow } from './cumulate';

export interface CumulativeLayoutOptions {
  /** Lines above the table: the kept title lines and the cumulative period (worded by the caller). */
  titleLines: string[];
  /** Lines under the table (a broken carry-over's gap, when written with force). */
  noteLines?: string[];
  /** The totals row's label when the form's own has none ("Tổng cộng"). */
  totalLabel: string;
}

const HEADER_HEIGHT = 30;

/** "C5:C9,C11:C14": the rows as runs of consecutive rows in one column. */
export function rowRuns(rows: number[], col: number): string {
  const runs: Array<[number, number]> = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    if (last && last[1] + 1 === row) last[1] = row;
    else runs.push([row, row]);
  }
  return runs.map(([a, b]) => (a === b ? toA1(a, col) : `${toA1(a, col)}:${toA1(b, col)}`)).join(',');
}

export function sumFormula(cols: number[], row: number): string {
  const sorted = [...cols].sort((a, b) => a - b);
  const contiguous = sorted.every((col, i) => i === 0 || col === sorted[i - 1] + 1);
  if (contiguous && sorted.length > 1) return `SUM(${toA1(row, sorted[0])}:${toA1(row, sorted[sorted.length - 1])})`;
  return sorted.map((col) => toA1(row, col)).join('+');
}

export function layoutCumulative(model: CumulativeModel, options: CumulativeLayoutOptions): AnnexLayout {
  const { grid, table } = model.template;
  const range = parseA1Range(table.range);
  const left = range.left;
  const width = range.right - range.left + 1;
  const headerEnd = Math.max(table.numberingRow ?? table.headerBottom, table.headerBottom);
  const headerCount = headerEnd - table.headerTop + 1;
  const top = options.titleLines.length > 0 ? options.titleLines.length + 1 : 0;
  const cells: AnnexSheetCell[] = [];
  const merges: CellRange[] = [];
  const at = (col: number) => col - left;

  options.titleLines.forEach((text, row) => {
    cells.push({ row, col: 0, value: text, style: 'title' });
    merges.push({ top: row, left: 0, bottom: row, right: width - 1 });
  });
  const headerMerges = (grid.merges ?? []).filter((m) => m.top >= table.headerTop && m.bottom <= headerEnd && m.left >= left && m.right <= range.right);
  const covered = (row: number, col: number) =>
    headerMerges.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && !(row === m.top && col === m.left));
  for (let row = table.headerTop; row <= headerEnd; row++) {
    for (let col = left; col <= range.right; col++) {
      const raw = covered(row, col) ? null : cellValue(grid, row, col);
      const value = typeof raw === 'string' || typeof raw === 'number' ? raw : null;
      cells.push({ row: top + row - table.headerTop, col: at(col), value, style: row === table.numberingRow ? 'numbering' : 'header' });
    }
  }
  for (const m of headerMerges)
    merges.push({ top: top + m.top - table.headerTop, bottom: top + m.bottom - table.headerTop, left: at(m.left), right: at(m.right) });

  const sttCol = table.columns.find((c) => c.role === 'stt')?.col;
  const fieldCol = table.columns.find((c) => c.role === 'field')?.col;
  const firstBody = top + headerCount;
  const rowOf = new Map<CumulativeRow, number>(model.rows.map((r, i) => [r, firstBody + i]));
  const fieldRows = model.rows.filter((r) => r.kind === 'field');
  const fieldSheetRows = fieldRows.map((r) => rowOf.get(r) as number);
  const totalRow = rowOf.get(model.rows[model.rows.length - 1]) as number;
  const templateTotal = table.rows.find((r) => r.kind === 'total');
  const templateRates = table.rows.find((r) => r.kind === 'rates');
  const countCols = new Map(model.columns.map((c) => [c.column.col, c]));
  const rateColumns = table.rates.filter((r) => r.placement === 'column');

  let number = 0;
  let section = 0;
  for (const row of model.rows) {
    const sheetRow = rowOf.get(row) as number;
    const label = (style: AnnexSheetCell['style'], text: string | number | null, col: number | undefined) => {
      if (col !== undefined) cells.push({ row: sheetRow, col: at(col), value: text, style });
    };
    if (row.kind === 'section') {
      number = 0;
      label('stt', romanQuarter(++section) ?? String(section), sttCol);
      label('fieldName', row.label, fieldCol);
    } else if (row.kind === 'field') {
      label('stt', ++number, sttCol);
      label('fieldName', row.label, fieldCol);
    } else {
      for (const col of [sttCol, fieldCol]) {
        const text = templateTotal && col !== undefined ? cellValue(grid, templateTotal.row, col) : null;
        label('totalLabel', typeof text === 'string' ? text : !templateTotal && col === (sttCol ?? fieldCol) ? options.totalLabel : null, col);
      }
    }
    const style = row.kind === 'total' ? 'totalCount' : 'count';
    for (let col = left; col <= range.right; col++) {
      if (col === sttCol || col === fieldCol) continue;
      const counted = countCols.get(col);
      const rate = rateColumns.find((r) => r.col === col);
      if (row.kind === 'section') cells.push({ row: sheetRow, col: at(col), value: null, style });
      else if (rate) cells.push(rateCell(rate, row, sheetRow, at, 'rate'));
      else if (!counted) cells.push({ row: sheetRow, col: at(col), value: null, style });
      else if (row.kind === 'total')
        cells.push({
          row: sheetRow,
          col: at(col),
          value: row.values.get(col) ?? 0,
          formula: `=SUM(${rowRuns(fieldSheetRows, at(col))})`,
          numFmt: COUNT_FORMAT,
          style,
        });
      else if (counted.how === 'parent')
        cells.push({
          row: sheetRow,
          col: at(col),
          value: row.values.get(col) ?? 0,
          formula: `=${sumFormula((counted.children ?? []).map(at), sheetRow)}`,
          numFmt: COUNT_FORMAT,
          style,
        });
      else cells.push({ row: sheetRow, col: at(col), value: row.values.get(col) ?? 0, numFmt: COUNT_FORMAT, style });
    }
  }

  let ratesRow = totalRow;
  if (templateRates) {
    ratesRow = totalRow + 1;
    const totals = model.rows[model.rows.length - 1];
    for (let col = left; col <= range.right; col++) {
      if (col === sttCol || col === fieldCol) {
        const text = cellValue(grid, templateRates.row, col);
        cells.push({ row: ratesRow, col: at(col), value: typeof text === 'string' ? text : null, style: 'rateLabel' });
        continue;
      }
      const rate = table.rates.find((r) => r.placement === 'row' && r.col === col);
      const blankInForm = cellValue(grid, templateRates.row, col) === null;
      if (rate && !(rate.optional && blankInForm)) cells.push(rateCell(rate, totals, totalRow, at, 'rate', ratesRow));
      else cells.push({ row: ratesRow, col: at(col), value: null, numFmt: RATE_FORMAT, style: 'rate' });
    }
  }
  const notes = options.noteLines ?? [];
  notes.forEach((text, i) => cells.push({ row: ratesRow + 2 + i, col: 0, value: text, style: 'note' }));
  const rowCount = notes.length > 0 ? ratesRow + 2 + notes.length : ratesRow + 1;
  return {
    cells,
    merges,
    rowCount,
    colCount: width,
    printTitleRows: { top, bottom: top + headerCount - 1 },
    columnWidths: Array.from({ length: width }, (_, c) => (c + left === sttCol ? 6 : c + left === fieldCol ? 40 : 11)),
    rowHeights: [
      ...options.titleLines.map((_, row) => ({ row, height: 20 })),
      ...Array.from({ length: headerCount }, (_, i) => ({ row: top + i, height: HEADER_HEIGHT })),
    ],
    table: { top, left: 0, bottom: ratesRow, right: width - 1 },
    fieldRows: fieldRows.map((r) => ({ field: r.label, row: rowOf.get(r) as number })),
    totalRow,
    ratesRow,
  };
}

/** A rate recomputed from the counts of `row` (written on `sheetRow`, or on the rates row). */
function rateCell(
  rate: RateDefinition,
  row: CumulativeRow,
  sheetRow: number,
  at: (col: number) => number,
  style: AnnexSheetCell['style'],
  writeRow = sheetRow,
): AnnexSheetCell {
  const sum = (cols: number[]) => cols.reduce((total, col) => total + (row.values.get(col) ?? 0), 0);
  const part = (cols: number[]) => (cols.length === 1 ? toA1(sheetRow, at(cols[0])) : `(${cols.map((col) => toA1(sheetRow, at(col))).join('+')})`);
  const denominator = sum(rate.denominator);
  const value = denominator === 0 ? 0 : sum(rate.numerator) / denominator;
  return {
    row: writeRow,
    col: at(rate.col),
    value,
    formula: `=IF(${part(rate.denominator)}=0,0,${part(rate.numerator)}/${part(rate.denominator)})`,
    numFmt: RATE_FORMAT,
    style,
  };
}
