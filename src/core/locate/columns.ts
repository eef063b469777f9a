// The table's columns from its header: their number on the form, their words, their meaning; and
// how a column is named in identity texts ("(3)" when the form numbers its columns, else its letter).
import { columnLetter } from '../address';
import { groupOf, numberingTokenInHeader, roleOfPath, type Group, type HeaderBlock, type NumberingToken } from '../header';
import { foldText } from '../text';
import type { TableColumn } from '../types';

export function withoutNumbering(text: string): string {
  return text.replace(/\(\d{1,3}\)(\s*=.*)?$/, '').trim();
}

/**
 * Column numbers written in the header texts themselves ("Trực tuyến (4)"), when at least four
 * columns carry one and they increase from left to right.
 */
export function numberingFromHeaderTexts(header: HeaderBlock): Map<number, NumberingToken> | null {
  const tokens = new Map<number, NumberingToken>();
  let last = 0;
  for (const [col, path] of header.paths) {
    const token = path.length > 0 ? numberingTokenInHeader(path[path.length - 1]) : null;
    if (!token) continue;
    if (token.number <= last) return null;
    last = token.number;
    tokens.set(col, token);
  }
  return tokens.size >= 4 ? tokens : null;
}

export function buildColumns(header: HeaderBlock, tokens: Map<number, NumberingToken> | null): TableColumn[] {
  const paths = [...header.paths.entries()].map(([col, path]) => [col, path.map(withoutNumbering).filter((t) => t !== '')] as const);
  const hasEarly = paths.some(([, path]) => path.some((text) => foldText(text).includes('truoc han')));
  // A one-level header ("Tổng số hồ sơ tiếp nhận (3)", "Trực tuyến (4)") names its group only on
  // the group's first column: the columns after it belong to it until the next group starts.
  const singleLevel = paths.every(([, path]) => path.length <= 1);
  let current: Group | null = null;
  return paths.map(([col, path]) => {
    const own = groupOf(path);
    if (own) current = own;
    const role = roleOfPath(path, hasEarly, singleLevel ? current : null);
    if (role === 'stt' || role === 'field') current = null;
    return {
      col,
      letter: columnLetter(col),
      number: tokens?.get(col)?.number,
      label: (header.paths.get(col) ?? []).join(' / '),
      role,
    };
  });
}

/** Name of a column in identity texts: "(3)" when the form numbers its columns, else its letter. */
export function columnName(column: TableColumn | undefined): string {
  if (!column) return '?';
  return column.number !== undefined ? `(${column.number})` : column.letter;
}

/** A rate's numerator or denominator as written: "(7)" or "((8)+(9))". */
export function termName(columns: (TableColumn | undefined)[]): string {
  return columns.length === 1 ? columnName(columns[0]) : `(${columns.map(columnName).join('+')})`;
}

export function identityText(parent: TableColumn | undefined, children: (TableColumn | undefined)[]): string {
  return `${columnName(parent)}=${children.map(columnName).join('+')}`;
}
