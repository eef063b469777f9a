// Numbers, percents, row names and cell lists as the validation messages write them.
import { formatNumber } from '../../shared/numbers';

export const viNum = (n: number) => formatNumber(n, 'vi');
export const enNum = (n: number) => formatNumber(n, 'en');
export const viPct = (n: number, decimals: number) => `${formatNumber(n, 'vi', decimals)}%`;
export const enPct = (n: number, decimals: number) => `${formatNumber(n, 'en', decimals)}%`;

export function quoteVi(label: string | undefined): string {
  return label ? `Dòng “${label}”` : 'Dòng';
}

export function quoteEn(label: string | undefined): string {
  return label ? `Row “${label}”` : 'Row';
}

/** Beyond this many cells a list is cut, with the count of the rest. */
const MAX_LISTED = 8;

export function listCells(cells: string[], and: string, more: (n: number) => string): string {
  if (cells.length <= 1) return cells.join('');
  const shown = cells.slice(0, MAX_LISTED);
  const rest = cells.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} ${more(rest)}`;
  return `${shown.slice(0, -1).join(', ')} ${and} ${shown[shown.length - 1]}`;
}

export function cellsVi(cells: string[]): string {
  return `${cells.length === 1 ? 'ô' : 'các ô'} ${listCells(cells, 'và', (n) => `và ${viNum(n)} ô khác`)}`;
}

export function cellsEn(cells: string[]): string {
  return listCells(cells, 'and', (n) => `and ${enNum(n)} more`);
}
