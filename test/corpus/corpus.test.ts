// The adversarial corpus (test/corpus/files, made by make-corpus.js) against the validator: every
// file's findings must match expected.json, which was written from the planted mistakes and the
// forms' identities, not from the validator's output.
import { readFileSync } from 'fs';
import * as path from 'path';
import { readXlsxGrids } from '../../src/cli/xlsx';
import type { Finding, ValidationReport } from '../../src/core/types';
import { validateWorkbook } from '../../src/core/validate';

interface CellFix {
  cell: string;
  found: number;
  expected: number;
}

interface Undecided {
  /** The cells that could each be wrong and that no passing identity confirms. */
  candidates: string[];
  /** When exactly one pair of corrections explains the row (both mistakes are then known), an engine may name both as culprits instead. */
  pair?: CellFix[];
}

interface Expectation {
  layout: string;
  planted: string[];
  verdict: 'valid' | 'invalid' | 'withheld';
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
function culpritsOf(findings: Finding[]): CellFix[] {
  const found = new Map<string, CellFix>();
  for (const finding of findings) {
    if (!finding.culprit) continue;
    const fix = { cell: finding.culprit, found: finding.actual as number, expected: finding.expected as number };
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
    if (!outcome.ok) throw new Error(`no table found: ${outcome.reason.en}`);
    report = outcome.report;
  });

  const countErrors = () => errors(report).filter((f) => ruleOf(f) !== 'rate');
  const rateErrors = () => errors(report).filter((f) => ruleOf(f) === 'rate');

  it(`verdict: ${expectation.verdict}`, () => {
    const warnings = report.findings.filter((f) => f.severity === 'warning').map(ruleOf);
    if (expectation.verdict === 'valid') {
      expect({ errors: errors(report).map((f) => `${f.rule} ${f.culprit ?? f.anchor}: ${f.message.en}`), blocking: warnings.filter((w) => BLOCKING_WARNINGS.includes(w)) }).toEqual({ errors: [], blocking: [] });
    } else {
      expect(isValid(report)).toBe(false);
      for (const warning of expectation.warnings ?? []) expect(warnings).toContain(warning);
    }
  });

  it('names every culprit the identities determine, with its true value', () => {
    const actual = culpritsOf(countErrors());
    const pairs = settledPairs(expectation, actual).flatMap((u) => u.pair ?? []);
    expect(actual).toEqual([...expectation.culprits, ...pairs].sort(byCell));
  });

  it('reports every wrong rate with its true value', () => {
    expect(culpritsOf(rateErrors())).toEqual([...expectation.rates].sort(byCell));
  });

  it('without a culprit, lists exactly the cells that could each be wrong', () => {
    const settled = new Set(settledPairs(expectation, culpritsOf(countErrors())));
    const expected = expectation.undecided.filter((u) => !settled.has(u)).map((u) => cellList(u.candidates));
    const withoutCulprit = errors(report).filter((f) => IDENTITY_RULES.includes(ruleOf(f)) && !f.culprit);
    const listed = withoutCulprit.map((f) => cellList(candidatesOf(f) ?? ['(no candidates)']));
    expect([...new Set(listed)].sort()).toEqual([...new Set(expected)].sort());
  });

  it('blames no other cell', () => {
    const allowed = new Set([...expectation.culprits, ...expectation.rates, ...expectation.undecided.flatMap((u) => u.pair ?? [])].map((c) => c.cell));
    const blamed = errors(report).map((f) => f.culprit).filter((c): c is string => c !== undefined);
    expect(blamed.filter((c) => !allowed.has(c))).toEqual([]);
  });
});
