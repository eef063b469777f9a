// The adversarial corpus (test/corpus/files, made by make-corpus.js) against the validator: every
// file's findings must match expected.json, which was written from the planted mistakes and the
// forms' identities, not from the validator's output.
import { readFileSync } from 'fs';
import * as path from 'path';
import { readXlsxGrids } from '../../src/cli/xlsx';
import type { Finding, ValidationReport } from '../../src/core/types';
import { validateWorkbook } from '../../src/core/validate';
import { findingText, outcomeProblemText } from '../../src/i18n/findings';

interface CellFix {
  cell: string;
  found: number;
  expected: number;
}

interface Undecided {
  /** The cells that could each be wrong and that no passing identity confirms; null when every cell is confirmed (counts moved within a row) and the choice is the engine's. */
  candidates: string[] | null;
  /** When exactly one pair of corrections explains the row (both mistakes are then known), an engine may name both as culprits instead. */
  pair?: CellFix[];
}

interface Expectation {
  layout: string;
  planted: string[];
  verdict: 'valid' | 'invalid' | 'withheld';
  /** What each row is, by 1-based sheet row; a row the form leaves open to doubt is not listed. */
  rows: Record<string, 'field' | 'group' | 'total' | 'rates'>;
  culprits: CellFix[];
  rates: CellFix[];
  undecided: Undecided[];
  /** Warnings a withheld verdict must carry. */
  warnings?: string[];
}

/** Warnings that leave the table unchecked somewhere: with any of them, "Bảng hợp lệ" may not be said. */
const BLOCKING_WARNINGS = ['unread-row', 'ambiguous-total', 'rate-not-checked'];
const IDENTITY_RULES = ['row-sum', 'cross-sum', 'column-total'];

const EXPECTED = JSON.parse(readFileSync(path.join(__dirname, 'expected.json'), 'utf8')) as Record<string, Expectation>;

const ruleOf = (finding: Finding): string => finding.rule;
const candidatesOf = (finding: Finding): string[] | undefined => (finding as Finding & { candidates?: string[] }).candidates;
const errors = (report: ValidationReport) => report.findings.filter((f) => f.severity === 'error');
const byAddress = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
const byCell = (a: CellFix, b: CellFix) => byAddress(a.cell, b.cell);
const cellList = (cells: string[]) => [...cells].sort(byAddress).join(' ');

function isValid(report: ValidationReport): boolean {
  return report.summary.errors === 0 && !report.findings.some((f) => f.severity === 'warning' && BLOCKING_WARNINGS.includes(ruleOf(f)));
}

/** One entry per culprit cell: the findings of one culprit count once, and must agree on its values. */
function culpritsOf(findings: Finding[], cellOf: (f: Finding) => string | undefined = (f) => f.culprit): CellFix[] {
  const found = new Map<string, CellFix>();
  for (const finding of findings) {
    const cell = cellOf(finding);
    if (!cell) continue;
    const fix = { cell, found: finding.actual as number, expected: finding.expected as number };
    const seen = found.get(fix.cell);
    if (seen && (seen.found !== fix.found || seen.expected !== fix.expected)) {
      throw new Error(`${fix.cell} is blamed with two values: ${JSON.stringify(seen)} and ${JSON.stringify(fix)}`);
    }
    found.set(fix.cell, fix);
  }
  return [...found.values()].sort(byCell);
}

/** Undecided entries whose pair the engine named as two culprits count as culprits. */
function settledPairs(expectation: Expectation, countCulprits: CellFix[]): Undecided[] {
  const named = new Set(countCulprits.map((c) => c.cell));
  return expectation.undecided.filter((u) => u.pair && u.pair.every((p) => named.has(p.cell)));
}

describe.each(Object.entries(EXPECTED))('%s', (file, expectation) => {
  let report: ValidationReport;

  beforeAll(async () => {
    const outcome = validateWorkbook(await readXlsxGrids(path.join(__dirname, 'files', file)));
    if (!outcome.ok) throw new Error(`no table found: ${outcomeProblemText(outcome).en}`);
    report = outcome.report;
  });

  const countErrors = () => errors(report).filter((f) => ruleOf(f) !== 'rate');
  const rateErrors = () => errors(report).filter((f) => ruleOf(f) === 'rate');

  it(`verdict: ${expectation.verdict}`, () => {
    const warnings = report.findings.filter((f) => f.severity === 'warning').map(ruleOf);
    if (expectation.verdict === 'valid') {
      expect({
        errors: errors(report).map((f) => `${f.rule} ${f.culprit ?? f.anchor}: ${findingText(f).en}`),
        blocking: warnings.filter((w) => BLOCKING_WARNINGS.includes(w)),
      }).toEqual({ errors: [], blocking: [] });
    } else {
      expect(isValid(report)).toBe(false);
      for (const warning of expectation.warnings ?? []) expect(warnings).toContain(warning);
    }
  });

  it('reads every row as what it is', () => {
    // A group row of a consolidated table is a section that carries its own subtotal.
    const accepted = (kind: string) => (kind === 'group' ? ['section', 'subtotal'] : [kind]);
    const read = new Map(report.table.rows.map((r) => [String(r.row + 1), r.kind as string]));
    const misread = Object.entries(expectation.rows)
      .filter(([row, kind]) => !accepted(kind).includes(read.get(row) ?? 'unread'))
      .map(([row, kind]) => `row ${row}: ${kind}, read as ${read.get(row) ?? 'unread'}`);
    const invented = report.table.rows
      // Titles, notes and signature lines may be named as notes; anything else must be a row of the table.
      .filter((r) => !['blank', 'note'].includes(r.kind) && expectation.rows[String(r.row + 1)] === undefined && expectation.verdict !== 'withheld')
      .map((r) => `row ${r.row + 1} (“${r.label}”) is no row of the table, read as ${r.kind}`);
    expect([...misread, ...invented]).toEqual([]);
  });

  it('names every culprit the identities determine, with its true value', () => {
    const actual = culpritsOf(countErrors());
    const pairs = settledPairs(expectation, actual).flatMap((u) => u.pair ?? []);
    expect(actual).toEqual([...expectation.culprits, ...pairs].sort(byCell));
  });

  it('reports every wrong rate with its true value', () => {
    expect(culpritsOf(rateErrors(), (f) => f.culprit ?? f.anchor)).toEqual([...expectation.rates].sort(byCell));
  });

  it('without a culprit, lists exactly the cells that could each be wrong', () => {
    const settled = new Set(settledPairs(expectation, culpritsOf(countErrors())));
    // Once both cells of a pair are named, a finding that involves both may still list the two.
    const pairCells = [...settled].map((u) => new Set(u.candidates));
    const withinPair = (cells: string[]) => cells.length > 0 && pairCells.some((pair) => cells.every((c) => pair.has(c)));
    const open = expectation.undecided.filter((u) => !settled.has(u) && u.candidates === null);
    const expected = expectation.undecided.filter((u) => !settled.has(u) && u.candidates !== null).map((u) => cellList(u.candidates as string[]));
    const withoutCulprit = errors(report).filter((f) => IDENTITY_RULES.includes(ruleOf(f)) && !f.culprit);
    if (open.length > 0) {
      expect(withoutCulprit.length).toBeGreaterThan(0);
      return;
    }
    const listed = withoutCulprit.filter((f) => !withinPair(candidatesOf(f) ?? [])).map((f) => cellList(candidatesOf(f) ?? ['(no candidates)']));
    expect([...new Set(listed)].sort()).toEqual([...new Set(expected)].sort());
  });

  it('blames no other cell', () => {
    const allowed = new Set([...expectation.culprits, ...expectation.rates, ...expectation.undecided.flatMap((u) => u.pair ?? [])].map((c) => c.cell));
    const blamed = errors(report)
      .map((f) => f.culprit)
      .filter((c): c is string => c !== undefined);
    expect(blamed.filter((c) => !allowed.has(c))).toEqual([]);
  });
});
