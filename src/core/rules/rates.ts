// The "Tỷ lệ" row: each rate equals its numerator over its denominator at the precision it shows.
import { findingMessages } from '../../i18n/core';
import { cellNumberFormat, cellValue, readRate } from '../cells';
import { describeNumberFormat, percentHalfUp } from '../numbers';
import type { Finding, RateDefinition, TableRow } from '../types';
import { a1, cellKey, compareCells, sumCounts, type RuleContext } from './context';

/** Plain numbers in a rates row are fractions when the received rate reads 1, percents when 100. */
function plainScale(context: RuleContext, ratesRow: number): 1 | 100 {
  const received = context.table.columns.find((c) => c.role === 'received');
  const probe = received ? cellValue(context.grid, ratesRow, received.col) : null;
  if (typeof probe === 'number' && received && !describeNumberFormat(cellNumberFormat(context.grid, ratesRow, received.col)).percent && probe > 0) {
    return probe <= 1.5 ? 1 : 100;
  }
  const plain = context.table.rates
    .map((def) => ({ value: cellValue(context.grid, ratesRow, def.col), format: cellNumberFormat(context.grid, ratesRow, def.col) }))
    .filter((cell) => typeof cell.value === 'number' && !describeNumberFormat(cell.format).percent)
    .map((cell) => cell.value as number);
  return plain.length > 0 && plain.every((v) => v <= 1) ? 1 : 100;
}

export interface RateCheckInput {
  /** The rows whose counts the rates row describes: the totals row, or the field rows when there is none. */
  sources: TableRow[];
  ratesRow: TableRow;
  /** Cells in failing sum identities: rates built on them are checked once the counts add up. */
  doubtful: Set<string>;
}

export function checkRatesRow(context: RuleContext, input: RateCheckInput): Finding[] {
  const findings: Finding[] = [];
  const scale = plainScale(context, input.ratesRow.row);
  for (const definition of context.table.rates.filter((d) => d.placement === 'row')) {
    const finding = checkRate(context, definition, input, scale);
    if (finding) findings.push(finding);
  }
  return findings;
}

/** Plain numbers in a rate column are fractions when none exceeds 1, else percents. */
function columnScale(context: RuleContext, col: number): 1 | 100 {
  const plain = context.countRows
    .map((row) => ({ value: cellValue(context.grid, row.row, col), format: cellNumberFormat(context.grid, row.row, col) }))
    .filter((cell) => typeof cell.value === 'number' && !describeNumberFormat(cell.format).percent)
    .map((cell) => cell.value as number);
  return plain.length > 0 && plain.every((v) => v <= 1) ? 1 : 100;
}

/** Rate columns ("Tỷ lệ trước và đúng hạn"): checked on every row that carries counts. */
export function checkRateColumns(context: RuleContext, doubtful: Set<string>): Finding[] {
  const findings: Finding[] = [];
  for (const definition of context.table.rates.filter((d) => d.placement === 'column')) {
    const scale = columnScale(context, definition.col);
    for (const row of context.countRows) {
      const finding = checkRate(context, definition, { sources: [row], ratesRow: row, doubtful }, scale);
      if (finding) findings.push(finding);
    }
  }
  return findings;
}

/** A rate column whose meaning the form does not make clear is said to be unchecked, once. */
export function uncheckedRateColumns(context: RuleContext): Finding[] {
  return context.table.uncheckedRateColumns.map((col) => {
    const column = context.table.columns.find((c) => c.col === col);
    const address = a1(context.table.headerTop, col);
    return {
      rule: 'rate-not-checked' as const,
      severity: 'warning' as const,
      cells: [address],
      expected: null,
      actual: null,
      anchor: address,
      message: findingMessages.rateNotChecked(column?.letter ?? address, column?.label ?? ''),
    };
  });
}

/** The stated rate is one of the readings other forms use for this cell (e.g. a part over its group's total). */
function matchesAlternative(context: RuleContext, definition: RateDefinition, sourceRows: number[], percent: number, decimals: number): boolean {
  return (definition.alternatives ?? []).some((alternative) => {
    const numerator = sumCounts(context, sourceRows, alternative.numerator);
    const denominator = sumCounts(context, sourceRows, alternative.denominator);
    return numerator !== null && denominator !== null && denominator > 0 && Math.abs(percentHalfUp(numerator, denominator, decimals) - percent) < 1e-9;
  });
}

function checkRate(context: RuleContext, definition: RateDefinition, input: RateCheckInput, scale: 1 | 100): Finding | null {
  const row = input.ratesRow.row;
  const address = a1(row, definition.col);
  const columns = [...new Set([...definition.numerator, ...definition.denominator])];
  const inputs = input.sources.flatMap((source) => columns.map((col) => ({ row: source.row, col })));
  if (inputs.some((cell) => input.doubtful.has(cellKey(cell.row, cell.col)))) return null;
  const sourceRows = input.sources.map((r) => r.row);
  const numerator = sumCounts(context, sourceRows, definition.numerator);
  const denominator = sumCounts(context, sourceRows, definition.denominator);
  if (numerator === null || denominator === null) return null;

  const cell = readRate(cellValue(context.grid, row, definition.col), cellNumberFormat(context.grid, row, definition.col), scale);
  const cells = [address, ...(input.sources.length === 1 ? inputs.sort(compareCells).map((c) => a1(c.row, c.col)) : [])];
  const base = { rule: 'rate' as const, cells, anchor: address, identity: definition.text, rowLabel: input.ratesRow.label };
  switch (cell.kind) {
    case 'bad':
      return { ...base, rule: 'bad-value', severity: 'error', cells: [address], culprit: address, expected: null, actual: null, message: findingMessages.badRate(address, cell.raw) };
    case 'not-applicable':
      return null;
    case 'blank':
      if (denominator === 0 || definition.optional) return null;
      return {
        ...base,
        rule: 'missing-rate',
        severity: 'warning',
        expected: percentHalfUp(numerator, denominator, 1),
        actual: null,
        message: findingMessages.missingRate(address, definition.text, percentHalfUp(numerator, denominator, 1), 1),
      };
    case 'rate': {
      if (denominator === 0) {
        if (cell.percent === 0) return null;
        return { ...base, severity: 'error', culprit: address, expected: null, actual: cell.percent, message: findingMessages.rateZeroDenominator(address, definition.text, cell.percent, cell.decimals) };
      }
      const expected = percentHalfUp(numerator, denominator, cell.decimals);
      if (Math.abs(expected - cell.percent) < 1e-9) return null;
      if (matchesAlternative(context, definition, sourceRows, cell.percent, cell.decimals)) return null;
      return {
        ...base,
        severity: 'error',
        culprit: address,
        expected,
        actual: cell.percent,
        message: findingMessages.rate(address, definition.text, cell.percent, expected, cell.decimals, numerator, denominator),
      };
    }
  }
}
