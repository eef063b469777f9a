// One worksheet part → the core's Grid: values as Excel shows them, formulas with their cached
// results, number formats, merged areas (their value in the top-left cell only), hidden rows.
import { parseA1, parseA1Range } from '../../core/address';
import type { CellRange, CellRef, CellValue } from '../../core/types';
import type { WorkbookSheet } from '../types';
import { fitsRectangle } from '../rectangle';
import { parseXml } from '../xml';
import { isDateFormat } from './number-formats';
import type { SheetEntry, WorkbookParts } from './parts';
import { stringItemCollector } from './parts';
import { shiftFormula } from './shared-formula';

const DAYS_1900_TO_1904 = 1462;

/** "C5" → {row: 4, col: 2}, without a regular expression: it runs once per cell. */
function cellRef(address: string): CellRef {
  let col = 0;
  let i = 0;
  for (; i < address.length; i++) {
    const code = address.charCodeAt(i);
    if (code === 36) continue; // "$"
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
  }
  const row = Number(address.slice(address[i] === '$' ? i + 1 : i));
  if (col === 0 || !Number.isInteger(row) || row < 1) return parseA1(address);
  return { row: row - 1, col: col - 1 };
}
const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH_OFFSET_DAYS = 25569;

interface CellInProgress {
  ref: CellRef;
  type: string;
  format: string | null;
  formula?: string;
  sharedGroup?: string;
  isSharedMaster: boolean;
  cachedText?: string;
  inlineText?: string;
}

/** An ISO date cell (t="d") as serial days of the wall-clock time it states. */
function isoToSerial(text: string): CellValue {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(text);
  if (!match) return text;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = match;
  return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)) / MS_PER_DAY + Number(s) / 86400 + EXCEL_EPOCH_OFFSET_DAYS;
}

function cellValue(cell: CellInProgress, parts: WorkbookParts): CellValue {
  const text = cell.cachedText;
  switch (cell.type) {
    case 'inlineStr':
      return cell.inlineText ?? text ?? null;
    case 's':
      return text === undefined ? null : (parts.sharedStrings[Number(text)] ?? null);
    case 'str':
      return text ?? null;
    case 'b':
      return text === undefined ? null : text.trim() === '1' || text.trim().toLowerCase() === 'true';
    case 'e':
      return text === undefined ? null : { error: text };
    case 'd':
      return text === undefined ? null : isoToSerial(text);
    default: {
      if (text === undefined || text.trim() === '') return null;
      const number = Number(text);
      if (!Number.isFinite(number)) return text;
      return parts.date1904 && isDateFormat(cell.format) ? number + DAYS_1900_TO_1904 : number;
    }
  }
}

interface SheetBuilder {
  values: CellValue[][];
  formulas: (string | null)[][];
  formats: (string | null)[][];
  uncached: CellRef[];
  lastRow: number;
  lastCol: number;
}

function place(builder: SheetBuilder, ref: CellRef, value: CellValue, formula: string | null, format: string | null): void {
  if (value === null && formula === null) return;
  const { row, col } = ref;
  while (builder.values.length <= row) {
    builder.values.push([]);
    builder.formulas.push([]);
    builder.formats.push([]);
  }
  builder.values[row][col] = value;
  builder.formulas[row][col] = formula;
  builder.formats[row][col] = format;
  if (row > builder.lastRow) builder.lastRow = row;
  if (col > builder.lastCol) builder.lastCol = col;
}

/** Rows from A1 to the last cell holding a value or formula, the gaps null. */
function densify<T>(rows: T[][], lastRow: number, lastCol: number): (T | null)[][] {
  const rectangular = fitsRectangle(lastRow, lastCol);
  const dense: (T | null)[][] = [];
  for (let r = 0; r <= lastRow; r++) {
    const line = rows[r] ?? [];
    const width = rectangular ? lastCol + 1 : line.length;
    const out = new Array<T | null>(width);
    for (let c = 0; c < width; c++) out[c] = line[c] ?? null;
    dense.push(out);
  }
  return dense;
}

export function readSheet(xml: string, entry: SheetEntry, parts: WorkbookParts): WorkbookSheet {
  const builder: SheetBuilder = { values: [], formulas: [], formats: [], uncached: [], lastRow: -1, lastCol: -1 };
  const merges: CellRange[] = [];
  const hiddenRows: number[] = [];
  const sharedMasters = new Map<string, { formula: string; ref: CellRef }>();
  const inline = stringItemCollector();
  let rowIndex = -1;
  let colIndex = -1;
  let cell: CellInProgress | undefined;
  let inInline = false;
  let capture: 'v' | 'f' | null = null;
  let captured = '';

  parseXml(xml, {
    open: (name, attributes) => {
      if (name === 'row') {
        rowIndex = attributes.r ? Number(attributes.r) - 1 : rowIndex + 1;
        colIndex = -1;
        if (attributes.hidden === '1' || attributes.hidden === 'true') hiddenRows.push(rowIndex);
      } else if (name === 'c') {
        const ref = attributes.r ? cellRef(attributes.r) : { row: rowIndex, col: colIndex + 1 };
        colIndex = ref.col;
        const style = attributes.s ? Number(attributes.s) : 0;
        cell = { ref, type: attributes.t ?? 'n', format: parts.cellFormats[style] ?? null, isSharedMaster: false };
      } else if (cell && name === 'f') {
        capture = 'f';
        captured = '';
        if (attributes.t === 'shared' && attributes.si !== undefined) {
          cell.sharedGroup = attributes.si;
          cell.isSharedMaster = attributes.ref !== undefined;
        }
      } else if (cell && name === 'v') {
        capture = 'v';
        captured = '';
      } else if (cell && name === 'is') {
        inInline = true;
        inline.take();
      } else if (inInline) {
        inline.open(name);
      } else if (name === 'mergeCell' && attributes.ref) {
        merges.push(parseA1Range(attributes.ref));
      }
    },
    text: (text) => {
      if (capture) captured += text;
      else if (inInline) inline.text(text);
    },
    close: (name) => {
      if (!cell) return;
      if (name === 'f' && capture === 'f') {
        capture = null;
        if (captured !== '') cell.formula = captured;
        if (cell.isSharedMaster && cell.formula !== undefined) sharedMasters.set(cell.sharedGroup!, { formula: cell.formula, ref: cell.ref });
      } else if (name === 'v' && capture === 'v') {
        capture = null;
        cell.cachedText = captured;
      } else if (name === 'is') {
        inInline = false;
        cell.inlineText = inline.take();
      } else if (inInline) {
        inline.close(name);
      } else if (name === 'c') {
        finishCell(cell);
        cell = undefined;
      }
    },
  });

  function finishCell(done: CellInProgress): void {
    let formula = done.formula;
    if (formula === undefined && done.sharedGroup !== undefined) {
      const master = sharedMasters.get(done.sharedGroup);
      if (master) formula = shiftFormula(master.formula, done.ref.row - master.ref.row, done.ref.col - master.ref.col);
    }
    const value = cellValue(done, parts);
    if (formula !== undefined && done.cachedText === undefined) builder.uncached.push(done.ref);
    place(builder, done.ref, value, formula === undefined ? null : `=${formula}`, done.format);
  }

  // Excel shows a merged area's value in its top-left cell; some writers repeat it in the others.
  for (const merge of merges) {
    for (let r = merge.top; r <= Math.min(merge.bottom, builder.lastRow); r++) {
      for (let c = merge.left; c <= merge.right; c++) {
        if ((r === merge.top && c === merge.left) || !builder.values[r]) continue;
        builder.values[r][c] = null;
        builder.formulas[r][c] = null;
        builder.formats[r][c] = null;
      }
    }
  }

  const sheet: WorkbookSheet = {
    sheetName: entry.name,
    origin: { row: 0, col: 0 },
    values: densify(builder.values, builder.lastRow, builder.lastCol),
    formulas: densify(builder.formulas, builder.lastRow, builder.lastCol),
    numberFormats: densify(builder.formats, builder.lastRow, builder.lastCol),
    merges,
    uncached: builder.uncached,
    visibility: entry.visibility,
    hiddenRows,
  };
  if (entry.visibility !== 'visible') sheet.hidden = true;
  return sheet;
}
