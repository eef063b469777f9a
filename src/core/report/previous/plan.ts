// What bringing a previous report up to date changes, paragraph by paragraph, decided from the
// paragraphs' text alone: period words in the title, summary, date line, part headings and
// closing; section I.2 replaced; the rest of part I reviewed; part II (targets and plans) and
// everything after it left as written. src/word/previous-report/ applies the plan to the XML.

import { quarterOf, type DateRange } from '../../calendar';
import type { ResolvedPeriod } from '../../narrative/period-choice';
import type { TextEdit } from './edits';
import { outlinePreviousReport, type ParagraphSpan, type PreviousOutline } from './outline';
import { dateLineEdits, periodEdits, statedPeriod, statedRange, type StatedPeriod } from './period';
import { reviewParagraph, type ReviewFinding, type ReviewInput } from './review';

/** What the plan could not do, for the clerk to know. */
export type PlanProblem =
  /** No "Kết quả tiếp nhận và trả kết quả…" heading: the generated section goes nowhere. */
  | 'no-results-section'
  /** No part "I." heading: part I's figures are not reviewed. */
  | 'no-part-one'
  /** The old report names no quarter, year or dates the new period could replace. */
  | 'old-period-unknown'
  /** The new period is not a quarter: "quý …" words are marked, not replaced. */
  | 'period-not-quarter'
  /** An annex table of the old period stands after the report: the new one is added, the old one left for the clerk to delete. */
  | 'old-annex';

export interface UpdatePlan {
  outline: PreviousOutline;
  stated: StatedPeriod;
  /** Edits by paragraph index. */
  edits: Map<number, TextEdit[]>;
  /** Section I.2's paragraphs, to be replaced by the generated section. */
  replaceSection: ParagraphSpan | null;
  findings: ReviewFinding[];
  problems: PlanProblem[];
  /** How many period words were moved to the new period. */
  periodChanges: number;
}

export interface UpdateInput extends Omit<ReviewInput, 'oldRange'> {
  /** The paragraphs' text, in document order. */
  texts: string[];
  period: ResolvedPeriod;
}

const QUARTER_WORD = /quý\s+(?:IV|III|II|I)(?![\p{L}\d])/giu;

function add(map: Map<number, TextEdit[]>, index: number, edits: TextEdit[]): void {
  if (edits.length === 0) return;
  map.set(index, [...(map.get(index) ?? []), ...edits]);
}

/** The paragraphs whose period words name the report's own period. */
function periodParagraphs(outline: PreviousOutline, count: number): number[] {
  const before = outline.partOne ? outline.partOne.start : outline.resultsSection ? outline.resultsSection.start : Math.min(count, 12);
  const indexes = Array.from({ length: before + (outline.partOne ? 1 : 0) }, (_, i) => i);
  if (outline.partTwo) indexes.push(outline.partTwo.start);
  if (outline.closing !== null) indexes.push(outline.closing);
  return indexes;
}

export function planUpdate(input: UpdateInput): UpdatePlan {
  const { texts, period } = input;
  const outline = outlinePreviousReport(texts);
  const problems: PlanProblem[] = [];
  const edits = new Map<number, TextEdit[]>();
  const findings: ReviewFinding[] = [];
  const periodAt = periodParagraphs(outline, texts.length);
  const stated = statedPeriod(periodAt.map((i) => texts[i]));
  const quarter = period.kind ? quarterOf(period.kind) : undefined;
  const range: DateRange | undefined = period.from && period.to ? { from: period.from, to: period.to } : undefined;
  const move = { from: stated, to: { quarter, year: period.year, range } };
  if (stated.quarter === undefined && stated.year === undefined && !stated.range) problems.push('old-period-unknown');
  if (stated.quarter !== undefined && quarter === undefined) problems.push('period-not-quarter');
  let periodChanges = 0;
  for (const i of periodAt) {
    const moved = i === outline.dateLine ? dateLineEdits(texts[i], period.to) : periodEdits(texts[i], move);
    periodChanges += moved.length;
    add(edits, i, moved);
    if (quarter === undefined && i !== outline.dateLine) {
      for (const match of texts[i].matchAll(QUARTER_WORD)) {
        const start = match.index ?? 0;
        add(edits, i, [{ start, end: start + match[0].length, text: match[0], mark: 'review' }]);
        findings.push({ paragraph: i, kind: 'period', found: match[0], context: texts[i].trim() });
      }
    }
  }
  if (!outline.resultsSection) problems.push('no-results-section');
  if (!outline.partOne) problems.push('no-part-one');
  else {
    const review: ReviewInput = { totals: input.totals, reconcile: input.reconcile, oldRange: statedRange(stated) };
    const section = outline.resultsSection;
    for (let i = outline.partOne.start + 1; i <= outline.partOne.end; i++) {
      if (section && i >= section.start && i <= section.end) continue;
      const reviewed = reviewParagraph(texts[i], i, review);
      add(edits, i, reviewed.edits);
      findings.push(...reviewed.findings);
    }
  }
  const after = outline.closing ?? outline.partTwo?.end ?? texts.length;
  if (texts.slice(after + 1).some((t) => /^\(\s*3\s*\)\s*=\s*\(\s*4\s*\)/.test(t.trim()) || /^tổng cộng$/iu.test(t.trim()))) problems.push('old-annex');
  findings.sort((a, b) => a.paragraph - b.paragraph);
  for (const finding of findings) {
    const heading = [...outline.sectionHeadings].reverse().find((i) => i <= finding.paragraph);
    const number =
      heading !== undefined && outline.partOne && finding.paragraph > outline.partOne.start ? /^\s*(\d{1,2})/.exec(texts[heading])?.[1] : undefined;
    if (number) finding.section = `I.${number}`;
  }
  return { outline, stated, edits, replaceSection: outline.resultsSection, findings, problems, periodChanges };
}
