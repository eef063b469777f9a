// Reading one cell of the grid the way a clerk means it.
import { decimalsOf, describeNumberFormat, parseNumberText, shiftHalfUp } from './numbers';
import { foldText } from './text';
import type { CellError, CellValue, Grid } from './types';

export function isCellError(value: CellValue): value is CellError {
  return typeof value === 'object' && value !== null && typeof (value as CellError).error === 'string';
}

/** The cell at absolute (row, col), or null outside the grid. */
export function cellValue(grid: Grid, row: number, col: number): CellValue {
  const r = row - grid.origin.row;
  const c = col - grid.origin.col;
  const line = grid.values[r];
  if (!line || c < 0) return null;
  const value = line[c];
  return value === undefined ? null : value;
}

export function cellFormula(grid: Grid, row: number, col: number): string | null {
  const line = grid.formulas?.[row - grid.origin.row];
  const formula = line?.[col - grid.origin.col];
  return typeof formula === 'string' && formula.startsWith('=') ? formula : null;
}

export function cellNumberFormat(grid: Grid, row: number, col: number): string | null {
  return grid.numberFormats?.[row - grid.origin.row]?.[col - grid.origin.col] ?? null;
}

/** Text of a cell for matching labels: strings as they are, numbers as digits, else "". */
export function cellText(grid: Grid, row: number, col: number): string {
  const value = cellValue(grid, row, col);
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  return '';
}

export function isBlankValue(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/** "-", "x", "Không phát sinh": what clerks write where there is nothing to count. */
export function isNotApplicableText(text: string): boolean {
  const folded = foldText(text);
  return /^([-–—x]|k\/?c|n\/?a)$/.test(folded) || /^khong (phat sinh|co ho so|co)\b/.test(folded);
}

export type CountCell =
  | { kind: 'blank' }
  | { kind: 'count'; value: number; fromText: boolean }
  | { kind: 'bad'; problem: 'error' | 'negative' | 'decimal' | 'text'; raw: string; value?: number };

function describeRaw(value: CellValue): string {
  if (isCellError(value)) return value.error;
  return String(value);
}

/**
 * A count cell: a blank is 0 (clerks leave zeros empty); a number or a Vietnamese text number
 * must be a whole, non-negative number. Anything else is a `bad` cell, never a silent 0.
 */
export function readCount(value: CellValue): CountCell {
  if (value === null || isBlankValue(value)) return { kind: 'blank' };
  if (isCellError(value)) return { kind: 'bad', problem: 'error', raw: value.error };
  if (typeof value === 'boolean') return { kind: 'bad', problem: 'text', raw: String(value) };
  let number: number;
  let fromText = false;
  if (typeof value === 'number') {
    number = value;
  } else {
    if (isNotApplicableText(value)) return { kind: 'blank' };
    const parsed = parseNumberText(value);
    if (!parsed || parsed.percent) return { kind: 'bad', problem: 'text', raw: describeRaw(value) };
    number = parsed.value;
    fromText = true;
  }
  if (!Number.isFinite(number)) return { kind: 'bad', problem: 'text', raw: describeRaw(value) };
  if (number < 0) return { kind: 'bad', problem: 'negative', raw: describeRaw(value), value: number };
  if (!Number.isInteger(number)) return { kind: 'bad', problem: 'decimal', raw: describeRaw(value), value: number };
  return { kind: 'count', value: number, fromText };
}

/** A rate cell in percent units at the precision it displays. */
export type RateCell =
  | { kind: 'blank' }
  /** "-", #DIV/0!, "N/A": what a form writes when the denominator is 0. */
  | { kind: 'not-applicable'; raw: string }
  | { kind: 'rate'; percent: number; decimals: number; scale: 'percent-format' | 'text-percent' | 'plain'; plain?: number }
  | { kind: 'bad'; raw: string };

/** Beyond this many decimals a General-format rate is a formula result shown at full precision. */
const MAX_RATE_DECIMALS = 6;

/**
 * Reads a rate cell. `plainScale` says how to read plain numbers without a % format:
 * 100 when they are percents (98.4), 1 when fractions (0.984).
 */
export function readRate(value: CellValue, numberFormat: string | null, plainScale: 1 | 100): RateCell {
  if (value === null || isBlankValue(value)) return { kind: 'blank' };
  if (isCellError(value)) {
    return value.error.toUpperCase() === '#DIV/0!' ? { kind: 'not-applicable', raw: value.error } : { kind: 'bad', raw: value.error };
  }
  if (typeof value === 'string') {
    const text = value.trim();
    if (isNotApplicableText(text)) return { kind: 'not-applicable', raw: text };
    const parsed = parseNumberText(text);
    if (!parsed) return { kind: 'bad', raw: text };
    if (parsed.percent) return { kind: 'rate', percent: parsed.value, decimals: parsed.decimals, scale: 'text-percent' };
    return plainRate(parsed.value, parsed.decimals, plainScale);
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return { kind: 'bad', raw: String(value) };
  const format = describeNumberFormat(numberFormat);
  if (format.percent) {
    const decimals = format.decimals ?? Math.max(decimalsOf(value) - 2, 0);
    const capped = Math.min(decimals, MAX_RATE_DECIMALS);
    return { kind: 'rate', percent: shiftHalfUp(value, 2, capped), decimals: capped, scale: 'percent-format' };
  }
  return plainRate(value, format.decimals ?? decimalsOf(value), plainScale);
}

function plainRate(value: number, ownDecimals: number, plainScale: 1 | 100): RateCell {
  const decimals = Math.min(plainScale === 1 ? Math.max(ownDecimals - 2, 0) : ownDecimals, MAX_RATE_DECIMALS);
  const percent = shiftHalfUp(value, plainScale === 1 ? 2 : 0, decimals);
  return { kind: 'rate', percent, decimals, scale: 'plain', plain: value };
}
