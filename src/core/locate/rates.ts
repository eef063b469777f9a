// Rate definitions: the "Tỷ lệ" row's (a column over received, (4) over new dossiers, the readings
// Biểu 06a uses) and rate columns' (from the numbering row, the clerk's formulas, or their words).
import { cellFormula } from '../cells';
import { rateFromFormula } from '../formula';
import { groupOfRole, type NumberingToken } from '../header';
import { foldText } from '../text';
import type { Grid, Identity, RateDefinition, Role, TableColumn, TableRow } from '../types';
import { columnName, termName } from './columns';

/** Roles whose rate the form may leave blank: the channel split and carry-over of received. */
const OPTIONAL_RATE_ROLES: Role[] = ['received.direct', 'received.carried', 'received.new', 'other'];

export function rowRateDefinitions(columns: TableColumn[], identities: Identity[]): RateDefinition[] {
  const received = columns.find((c) => c.role === 'received');
  if (!received) return [];
  const online = columns.find((c) => c.role === 'received.online');
  const direct = columns.find((c) => c.role === 'received.direct');
  const byCol = new Map(columns.map((c) => [c.col, c]));
  const inIdentity = new Set(identities.flatMap((i) => [i.parent, ...i.children]));
  const ratio = (numerator: TableColumn[], denominator: TableColumn[]) => ({
    numerator: numerator.map((c) => c.col),
    denominator: denominator.map((c) => c.col),
    text: `${columnName(numerator[0])}/${termName(denominator)}`,
  });
  const rates: RateDefinition[] = [];
  for (const column of columns) {
    if (!inIdentity.has(column.col) || column.role === 'rate') continue;
    const channels = online && direct && (column === online || column === direct) ? [online, direct] : null;
    const primary = column === online && channels ? ratio([column], channels) : ratio([column], [received]);
    const alternatives: NonNullable<RateDefinition['alternatives']> = [];
    if (channels && column === direct) alternatives.push(ratio([column], channels));
    const group = identities.find((i) => i.kind === 'row-sum' && i.children.includes(column.col) && i.parent !== received.col);
    const groupTotal = group ? byCol.get(group.parent) : undefined;
    if (groupTotal) alternatives.push(ratio([column], [groupTotal]));
    rates.push({
      col: column.col,
      ...primary,
      placement: 'row',
      optional: OPTIONAL_RATE_ROLES.includes(column.role ?? 'other') || undefined,
      alternatives: alternatives.length > 0 ? alternatives : undefined,
    });
  }
  return rates;
}

function ratesFromNumbering(columns: TableColumn[], tokens: Map<number, NumberingToken>): RateDefinition[] {
  const byNumber = new Map(columns.filter((c) => c.number !== undefined).map((c) => [c.number as number, c]));
  const rates: RateDefinition[] = [];
  for (const [col, token] of tokens) {
    if (!token.rate) continue;
    const numerator = token.rate.numerator.map((n) => byNumber.get(n));
    const denominator = token.rate.denominator.map((n) => byNumber.get(n));
    if ([...numerator, ...denominator].some((c) => c === undefined)) continue;
    rates.push({
      col,
      numerator: numerator.map((c) => (c as TableColumn).col),
      denominator: denominator.map((c) => (c as TableColumn).col),
      text: `${columnName(columns.find((c) => c.col === col))}=${termName(numerator)}/${termName(denominator)}`,
      placement: 'column',
    });
  }
  return rates;
}

/**
 * A rate column by its words: "Tỷ lệ trước và đúng hạn" / "Tỷ lệ đúng hạn" = (trước hạn + đúng hạn) /
 * (trước hạn + đúng hạn + quá hạn) of resolved dossiers; "Tỷ lệ trực tuyến" = online / (online + direct);
 * a bare "Tỷ lệ (%)" right after a group = that group's total over received, as in the form's rates row.
 */
function rateFromWords(column: TableColumn, columns: TableColumn[]): RateDefinition | null {
  const find = (role: Role) => columns.find((c) => c.role === role);
  const text = foldText(column.label);
  const make = (numerator: TableColumn[], denominator: TableColumn[]): RateDefinition => ({
    col: column.col,
    numerator: numerator.map((c) => c.col),
    denominator: denominator.map((c) => c.col),
    text: `${columnName(column)}=${termName(numerator)}/${termName(denominator)}`,
    placement: 'column',
  });
  const onTimeParts = [find('resolved.early'), find('resolved.onTime'), find('resolved.early+onTime')].filter((c): c is TableColumn => c !== undefined);
  const late = find('resolved.late');
  if ((text.includes('dung han') || text.includes('truoc han')) && onTimeParts.length > 0 && late) {
    return make(onTimeParts, [...onTimeParts, late]);
  }
  const online = find('received.online');
  const direct = find('received.direct');
  if ((text.includes('truc tuyen') || text.includes('thuc tuyen')) && online && direct) return make([online], [online, direct]);
  const bare = /^ty le( \(?%\)?)?( \/.*)?$/.test(text.replace(/\(\d+\)/g, '').trim()) || /(^| \/ )ty le( \(?%\)?)?$/.test(text);
  const received = find('received');
  if (!bare || !received) return null;
  const before = [...columns].reverse().find((c) => c.col < column.col && c.role !== 'rate' && c.role !== 'other');
  const group = groupOfRole(before?.role);
  const total = group ? find(group) : undefined;
  if (!total || group === 'received') return null;
  return make([total], [received]);
}

/**
 * A rate column that carries formulas says what it computes: the clerk's formula is the definition
 * (the same on every row, else unchecked). A formula that cannot be read leaves it unchecked.
 */
function rateFromColumnFormulas(grid: Grid, column: TableColumn, columns: TableColumn[], rows: TableRow[]): RateDefinition | null | 'unreadable' {
  const withFormula = rows
    .filter((r) => r.kind === 'field' || r.kind === 'total')
    .map((r) => ({ row: r.row, formula: cellFormula(grid, r.row, column.col) }))
    .filter((f) => f.formula !== null);
  if (withFormula.length === 0) return null;
  const readings = withFormula.map((f) => rateFromFormula(f.formula as string, f.row, columns));
  const first = readings[0];
  if (!first || readings.some((r) => !r || r.numerator.join() !== first.numerator.join() || r.denominator.join() !== first.denominator.join()))
    return 'unreadable';
  const byCol = new Map(columns.map((c) => [c.col, c]));
  const name = (cols: number[]) => termName(cols.map((c) => byCol.get(c)));
  return { col: column.col, ...first, text: `${columnName(column)}=${name(first.numerator)}/${name(first.denominator)}`, placement: 'column' };
}

export function columnRateDefinitions(
  grid: Grid,
  columns: TableColumn[],
  tokens: Map<number, NumberingToken> | null,
  rows: TableRow[],
): { rates: RateDefinition[]; unchecked: number[] } {
  const fromNumbering = tokens ? ratesFromNumbering(columns, tokens) : [];
  const rates: RateDefinition[] = [...fromNumbering];
  const unchecked: number[] = [];
  for (const column of columns.filter((c) => c.role === 'rate')) {
    if (rates.some((r) => r.col === column.col)) continue;
    const fromFormulas = rateFromColumnFormulas(grid, column, columns, rows);
    const definition = fromFormulas === 'unreadable' ? null : (fromFormulas ?? rateFromWords(column, columns));
    if (definition) rates.push(definition);
    else unchecked.push(column.col);
  }
  return { rates, unchecked };
}
