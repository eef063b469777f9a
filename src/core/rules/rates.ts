// Rates: each rate cell equals its numerator over its denominator at the precision it shows.
// A rate is judged on the counts as typed and, when a culprit's correction changes its inputs, on
// the corrected counts too; a rate whose inputs sit in a failing identity without a culprit is
// said not to be checked, with the reason. Never silence.
import { readRate, type RateCell } from '../cells';
import { describeNumberFormat, percentHalfUp } from '../numbers';
import type { CellRef, Finding, FindingDetail, GroupNote, RateDefinition, TableRow } from '../types';
import { a1, cellKey, compareCells, sumCounts, type RuleContext } from './context';
import { causesOf, correctedSum, type Corrections } from './corrections';

/** What the sums found, for judging rates whose inputs are in question. */
export interface RateEvidence {
  corrections: Corrections;
  /** Cells of failing identities that have no culprit (by cellKey). */
  undecided: Set<string>;
}

export interface RateResults {
  findings: Finding[];
  notes: GroupNote[];
}

interface RateCheckInput {
  /** The rows whose counts the rate describes: the totals row, the field rows when there is none, or its own row. */
  sources: TableRow[];
  ratesRow: TableRow;
}

/** Plain numbers in a rates row are fractions when the received rate reads 1, percents when 100. */
function plainScale(context: RuleContext, ratesRow: number): 1 | 100 {
  const received = context.table.columns.find((c) => c.role === 'received');
  const probe = received ? context.sheet.value(ratesRow, received.col) : null;
  if (received && typeof probe === 'number' && !describeNumberFormat(context.sheet.format(ratesRow, received.col)).percent && probe > 0) {
    return probe <= 1.5 ? 1 : 100;
  }
  const plain = context.table.rates
    .map((def) => ({ value: context.sheet.value(ratesRow, def.col), format: context.sheet.format(ratesRow, def.col) }))
    .filter((cell) => typeof cell.value === 'number' && !describeNumberFormat(cell.format).percent)
    .map((cell) => cell.value as number);
  return plain.length > 0 && plain.every((v) => v <= 1) ? 1 : 100;
}

/** Plain numbers in a rate column are fractions when none exceeds 1, else percents. */
function columnScale(context: RuleContext, col: number): 1 | 100 {
  const plain = context.countRows
    .map((row) => ({ value: context.sheet.value(row.row, col), format: context.sheet.format(row.row, col) }))
    .filter((cell) => typeof cell.value === 'number' && !describeNumberFormat(cell.format).percent)
    .map((cell) => cell.value as number);
  return plain.length > 0 && plain.every((v) => v <= 1) ? 1 : 100;
}

/** The "Tỷ lệ" row: its rates describe the totals row, or the field rows when there is none. */
export function checkRatesRow(context: RuleContext, evidence: RateEvidence): RateResults {
  const results: RateResults = { findings: [], notes: [] };
  const ratesRow = context.table.rows.find((r) => r.kind === 'rates');
  if (!ratesRow) return results;
  const total = context.table.rows.find((r) => r.kind === 'total');
  const sources = total ? [total] : context.table.rows.filter((r) => r.kind === 'field');
  const scale = plainScale(context, ratesRow.row);
  for (const definition of context.table.rates.filter((d) => d.placement === 'row')) {
    checkRate(context, definition, { sources, ratesRow }, scale, evidence, results);
  }
  return results;
}

/** Rate columns ("Tỷ lệ trước và đúng hạn"): checked on every row that carries counts. */
export function checkRateColumns(context: RuleContext, evidence: RateEvidence): RateResults {
  const results: RateResults = { findings: [], notes: [] };
  for (const definition of context.table.rates.filter((d) => d.placement === 'column')) {
    const scale = columnScale(context, definition.col);
    for (const row of context.countRows) checkRate(context, definition, { sources: [row], ratesRow: row }, scale, evidence, results);
  }
  return results;
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
      detail: { kind: 'rate-unclear' as const, column: column?.letter ?? address, label: column?.label ?? '' },
    };
  });
}

type Sum = (rows: readonly number[], cols: readonly number[]) => number | null;

interface Judgement {
  ok: boolean;
  /** The rate the counts give, at the cell's precision (null for a zero denominator). */
  expected: number | null;
  numerator: number;
  denominator: number;
}

/** The stated rate against the counts given by `sum` (as typed, or corrected). */
function judge(definition: RateDefinition, rows: number[], cell: Extract<RateCell, { kind: 'rate' }>, sum: Sum): Judgement | null {
  const numerator = sum(rows, definition.numerator);
  const denominator = sum(rows, definition.denominator);
  if (numerator === null || denominator === null) return null;
  if (denominator === 0) return { ok: cell.percent === 0, expected: null, numerator, denominator };
  const expected = percentHalfUp(numerator, denominator, cell.decimals);
  if (Math.abs(expected - cell.percent) < 1e-9) return { ok: true, expected, numerator, denominator };
  // One of the readings other forms use for this cell (e.g. a part over its group's total).
  const alternative = (definition.alternatives ?? []).some((alt) => {
    const n = sum(rows, alt.numerator);
    const d = sum(rows, alt.denominator);
    return n !== null && d !== null && d > 0 && Math.abs(percentHalfUp(n, d, cell.decimals) - cell.percent) < 1e-9;
  });
  return { ok: alternative, expected, numerator, denominator };
}

function checkRate(
  context: RuleContext,
  definition: RateDefinition,
  input: RateCheckInput,
  scale: 1 | 100,
  evidence: RateEvidence,
  results: RateResults,
): void {
  const row = input.ratesRow.row;
  const address = a1(row, definition.col);
  const columns = [...new Set([...definition.numerator, ...definition.denominator])];
  const inputs: CellRef[] = input.sources.flatMap((source) => columns.map((col) => ({ row: source.row, col })));
  const sourceRows = input.sources.map((r) => r.row);
  const cellList = [address, ...(input.sources.length === 1 ? [...inputs].sort(compareCells).map((c) => a1(c.row, c.col)) : [])];
  const base = { rule: 'rate' as const, cells: cellList, anchor: address, identity: definition.text, rowLabel: input.ratesRow.label };
  const cell = readRate(context.sheet.value(row, definition.col), context.sheet.format(row, definition.col), scale);
  if (cell.kind === 'bad') {
    results.findings.push({
      ...base,
      rule: 'bad-value',
      severity: 'error',
      cells: [address],
      culprit: address,
      expected: null,
      actual: null,
      detail: { kind: 'bad-rate', cell: address, raw: cell.raw },
    });
    return;
  }
  if (cell.kind === 'not-applicable') return;

  const undecided = inputs.filter((c) => evidence.undecided.has(cellKey(c.row, c.col)));
  if (undecided.length > 0) {
    if (cell.kind === 'blank' && definition.optional) return;
    const inQuestion = undecided.map((c) => a1(c.row, c.col));
    results.findings.push({
      ...base,
      rule: 'rate-not-checked',
      severity: 'warning',
      cells: [address, ...inQuestion],
      expected: null,
      actual: cell.kind === 'rate' ? cell.percent : null,
      detail: { kind: 'rate-in-question', definition: definition.text, inputs: inQuestion },
    });
    return;
  }
  const stated: Sum = (rows, cols) => sumCounts(context, rows, cols);
  const corrected: Sum = (rows, cols) => correctedSum(context, evidence.corrections, rows, cols);
  const causes = causesOf(context, evidence.corrections, inputs);

  if (cell.kind === 'blank') {
    const numerator = corrected(sourceRows, definition.numerator);
    const denominator = corrected(sourceRows, definition.denominator);
    if (numerator === null || denominator === null || denominator === 0 || definition.optional) return;
    const expected = percentHalfUp(numerator, denominator, 1);
    results.findings.push({
      ...base,
      rule: 'missing-rate',
      severity: 'warning',
      expected,
      actual: null,
      detail: { kind: 'missing-rate', definition: definition.text, expected, decimals: 1 },
    });
    return;
  }
  const asTyped = judge(definition, sourceRows, cell, stated);
  if (!asTyped) return;
  const once = causes.length > 0 ? judge(definition, sourceRows, cell, corrected) : asTyped;
  if (!once) return;
  if (asTyped.ok && once.ok) return;
  if (!asTyped.ok && once.ok) {
    results.notes.push({ kind: 'rate-holds-after-fix', cell: address, culprit: causes[0], culprits: causes });
    return;
  }
  const finding: Finding = {
    ...base,
    severity: 'error',
    culprit: address,
    expected: once.expected,
    actual: cell.percent,
    detail: rateDetail(definition, cell, once, causes),
  };
  if (asTyped.ok) {
    finding.afterFix = causes;
    finding.detail = {
      kind: 'rate-after-fix',
      definition: definition.text,
      stated: cell.percent,
      expected: once.expected,
      decimals: cell.decimals,
      culprits: causes,
    };
  }
  results.findings.push(finding);
}

function rateDetail(definition: RateDefinition, cell: Extract<RateCell, { kind: 'rate' }>, judged: Judgement, causes: string[]): FindingDetail {
  if (judged.expected === null) return { kind: 'rate-zero-denominator', definition: definition.text, stated: cell.percent, decimals: cell.decimals };
  return {
    kind: 'rate',
    definition: definition.text,
    stated: cell.percent,
    expected: judged.expected,
    decimals: cell.decimals,
    numerator: judged.numerator,
    denominator: judged.denominator,
    correctedBy: causes,
  };
}
