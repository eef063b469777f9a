// Findings, cards and locate problems in words: the one way every caller (CLI, JSON, pane, page,
// annotated copy, consolidation) renders what validation found.
import type { CellMark } from '../../core/marks';
import type { Finding, FindingDetail, FindingGroup, GroupNote, LocalizedText, ValidateOutcome, ValidationReport } from '../../core/types';
import { cardsMessages } from './cards';
import { cellsMessages } from './cells';
import { locateProblemText } from './locate';
import { ratesMessages } from './rates';
import { rowsMessages } from './rows';
import { sumsMessages } from './sums';

export { locateProblemText } from './locate';
export { roleNames } from '../columns';

function join(a: LocalizedText, b: LocalizedText): LocalizedText {
  return { vi: a.vi + b.vi, en: a.en + b.en };
}

/** What the check found, by its figures (for sums: what does not add up, without the conclusion). */
function detailText(finding: Finding, detail: FindingDetail): LocalizedText {
  switch (detail.kind) {
    case 'sum':
      return finding.rule === 'cross-sum'
        ? sumsMessages.crossSum(finding.rowLabel, finding.identity ?? '', detail.parentCell, detail.stated, detail.sum)
        : sumsMessages.rowSum(finding.rowLabel, finding.identity ?? '', detail.parentCell, detail.stated, detail.sum);
    case 'column-total': {
      const rows = detail.section ? sumsMessages.sectionRows(detail.section) : sumsMessages.fieldRows();
      return sumsMessages.columnTotal(detail.totalLabel, detail.column, detail.totalCell, detail.stated, detail.sum, rows);
    }
    case 'rate':
      return ratesMessages.rate(
        finding.anchor,
        detail.definition,
        detail.stated,
        detail.expected,
        detail.decimals,
        detail.numerator,
        detail.denominator,
        detail.correctedBy,
      );
    case 'rate-after-fix':
      return ratesMessages.rateWrongAfterFix(finding.anchor, detail.definition, detail.stated, detail.expected, detail.decimals, detail.culprits);
    case 'rate-zero-denominator':
      return ratesMessages.rateZeroDenominator(finding.anchor, detail.definition, detail.stated, detail.decimals);
    case 'missing-rate':
      return ratesMessages.missingRate(finding.anchor, detail.definition, detail.expected, detail.decimals);
    case 'rate-unclear':
      return ratesMessages.rateNotChecked(detail.column, detail.label);
    case 'rate-in-question':
      return ratesMessages.rateInputsInQuestion(finding.anchor, detail.definition, detail.inputs);
    case 'bad-rate':
      return ratesMessages.badRate(detail.cell, detail.raw);
    case 'bad-count':
      switch (detail.problem) {
        case 'error':
          return cellsMessages.badError(detail.cell, detail.raw);
        case 'negative':
          return cellsMessages.badNegative(detail.cell, detail.raw);
        case 'decimal':
          return cellsMessages.badDecimal(detail.cell, detail.value ?? Number.NaN, detail.thousandsReading ?? null);
        case 'text':
          return cellsMessages.badText(detail.cell, detail.raw);
      }
      break;
    case 'text-number':
      return cellsMessages.textNumber(detail.cell, detail.raw);
    case 'constant-total':
      return cellsMessages.constantTotal(detail.cell);
    case 'no-cached-value':
      return cellsMessages.noCachedValue(detail.cell);
    case 'sum-range':
      return cellsMessages.sumRange(detail.cell, detail.formula, detail.rows);
    case 'row':
      return finding.rule === 'unread-row'
        ? rowsMessages.unreadRow(detail.row, detail.label, detail.reason, detail.totalLabel)
        : rowsMessages.ambiguousTotal(detail.row, detail.label, detail.reason, detail.totalLabel);
  }
  throw new Error(`No words for ${finding.rule}`);
}

/** A failing sum's conclusion: the culprit, the pair, or the candidates; null for other findings. */
function conclusionText(finding: Finding): LocalizedText | null {
  if (finding.detail.kind !== 'sum' && finding.detail.kind !== 'column-total') return null;
  const culprits = finding.culprits ?? [];
  if (culprits.length > 1) return sumsMessages.culprits(culprits);
  const [culprit] = culprits;
  if (culprit?.storedAsText) return sumsMessages.culpritStoredAsText(culprit.cell, culprit.expected);
  if (culprit) return sumsMessages.culprit(culprit.cell, culprit.found, culprit.expected);
  return sumsMessages.candidates(finding.candidates ?? []);
}

/** A finding's whole message: what does not add up, and which cell is most likely wrong. */
export function findingText(finding: Finding): LocalizedText {
  const statement = detailText(finding, finding.detail);
  const conclusion = conclusionText(finding);
  return conclusion ? join(statement, conclusion) : statement;
}

/** What does not add up, without the conclusion (a card's headline says that). */
export function findingStatementText(finding: Finding): LocalizedText {
  return detailText(finding, finding.detail);
}

/** A card's headline ("Ô D5 nhiều khả năng sai: …"). */
export function groupText(group: FindingGroup, report: ValidationReport): LocalizedText {
  switch (group.kind) {
    case 'culprit':
      return group.storedAsText
        ? cardsMessages.storedAsTextCard(group.cell, group.actual ?? 0, group.checks)
        : cardsMessages.culpritCard(group.cell, group.actual ?? 0, group.expected ?? 0, group.checks, group.partners ?? []);
    case 'undecided':
      return cardsMessages.undecidedCard(group.candidates ?? [], group.checks);
    case 'single':
      return findingText(report.findings[group.findings[0]]);
  }
}

export function groupNoteText(note: GroupNote): LocalizedText {
  return cardsMessages.rateHoldsAfterFix(note.cell, note.culprits);
}

/** The lines of a card: its headline, then what it groups (the identities, the rates its correction decides). */
export function groupLines(report: ValidationReport, group: FindingGroup): LocalizedText[] {
  const headline = groupText(group, report);
  if (group.kind === 'single') return [headline];
  return [headline, ...group.findings.map((i) => findingStatementText(report.findings[i])), ...group.notes.map(groupNoteText)];
}

/** What the note on a marked cell says: the lines of every card that marks it, once each. */
export function markLines(report: ValidationReport, mark: CellMark): LocalizedText[] {
  const lines: LocalizedText[] = [];
  for (const index of mark.groups) for (const line of groupLines(report, report.groups[index])) if (!lines.some((l) => l.vi === line.vi)) lines.push(line);
  return lines;
}

/** Why no table could be validated. */
export function outcomeProblemText(outcome: Extract<ValidateOutcome, { ok: false }>): LocalizedText {
  return locateProblemText(outcome.problem);
}
