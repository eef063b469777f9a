// The figures of part I outside section I.2 in a previous report: those the table can check are
// reconciled (a differing one is replaced by the table's and marked); every other count, rate,
// score, rank, period word or date inside the old period is marked for the clerk to update and
// listed. Numbers and dates of cited documents ("Kế hoạch số 12/KH-UBND ngày 05/3/2026"), years,
// heading numbers and dates outside the old period are left alone.

import { compareDates, parseDate, type DateRange } from '../../calendar';
import type { Counts } from '../../narrative/counts';
import { reconcileText } from '../../narrative/reconcile/reconcile-text';
import type { ReconcileOptions } from '../../narrative/reconcile/types';
import { formatNumber } from '../../../shared/numbers';
import type { TextEdit } from './edits';

export type FindingKind = 'corrected' | 'count' | 'rate' | 'score' | 'rank' | 'date' | 'period';

export interface ReviewFinding {
  /** Index of the paragraph in the document's paragraphs. */
  paragraph: number;
  kind: FindingKind;
  /** The text as the previous report wrote it. */
  found: string;
  /** What it was replaced by (corrected figures only). */
  replacement?: string;
  /** The words around it, to find it in the document. */
  context: string;
  /** The section it stands in, "I.3", when part I numbers its sections. */
  section?: string;
}

export interface ReviewInput {
  totals: Counts;
  reconcile: ReconcileOptions;
  /** The previous report's own period, to tell its dates from older ones. */
  oldRange?: DateRange;
}

const DOCUMENT_KINDS =
  'nghị định|nghị quyết|quyết định|kế hoạch|công văn|thông tư|chỉ thị|báo cáo|đề án|kết luận|hướng dẫn|thông báo|luật|pháp lệnh|tờ trình|văn bản|quy định|chương trình';
/** A cited document's number, with its date when one follows: never an old-period figure. */
const CITED = new RegExp(
  `(?:(?:${DOCUMENT_KINDS})\\s+(?:số\\s*)?|số\\s*:?\\s*)[0-9][\\p{L}\\d/.&_-]*(?:\\s*,?\\s*ngày\\s+\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4})?|\\d+\\/\\d{4}\\/[\\p{Lu}Đ][\\p{L}\\d&.-]*|\\d+[-/][\\p{Lu}Đ]{2,}[\\p{L}\\d&/.-]*`,
  'giu',
);
/** A hotline or a portal number is a name. */
const NAMES = /(?:tổng đài|đường dây nóng|hotline|số điện thoại)\s*:?\s*[\d .]+/giu;
const FIGURE =
  /(?<![\p{L}\d/.,])(\d{1,2}\/\d{1,2}(?:\/\d{4})?(?![\d/])|\d+\/\d+(?![\d/])|(?:quý|QUÝ)\s+(?:IV|III|II|I)(?![\p{L}\d])|\d{1,3}(?:\.\d{3})+(?:,\d+)?%?|\d+(?:,\d+)?\s?%?)/gu;

function spans(text: string, pattern: RegExp): [number, number][] {
  return [...text.matchAll(pattern)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
}

function contextAround(text: string, start: number, end: number): string {
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, start - 40)));
  const to = text.indexOf(' ', Math.min(text.length, end + 40));
  const slice = text.slice(from, to < 0 ? text.length : to).trim();
  return `${from > 0 ? '…' : ''}${slice}${to >= 0 && to < text.length ? '…' : ''}`;
}

function kindOf(token: string, after: string, before: string): FindingKind | null {
  if (/^(quý|QUÝ)/u.test(token)) return 'period';
  if (/^\d{1,2}\/\d{1,2}(\/\d{4})?$/.test(token) && !/(hạng|thứ)\s*$/iu.test(before)) return 'date';
  if (/^\d+\/\d+$/.test(token)) return 'rank';
  if (token.endsWith('%')) return 'rate';
  if (/^\s*điểm/iu.test(after)) return 'score';
  if (/^(19|20)\d{2}$/.test(token)) return null;
  return 'count';
}

function inRange(token: string, range: DateRange | undefined): boolean {
  if (!range) return true;
  const date = parseDate(token, range.to.year);
  if (!date) return false;
  return compareDates(date, range.from) >= 0 && compareDates(date, range.to) <= 0;
}

/** The expected figure written as the stated one is: a count "3.556", a rate at the stated decimals "97,5%". */
function writtenLike(stated: string, expected: number, measure: 'count' | 'rate'): string {
  if (measure === 'count') return formatNumber(expected, 'vi');
  const decimals = /,(\d+)/.exec(stated)?.[1].length ?? 0;
  return `${formatNumber(expected, 'vi', decimals)}%`;
}

/** Edits and findings for one paragraph of part I (outside section I.2). */
export function reviewParagraph(text: string, paragraph: number, input: ReviewInput): { edits: TextEdit[]; findings: ReviewFinding[] } {
  const edits: TextEdit[] = [];
  const found: { at: number; finding: ReviewFinding }[] = [];
  const skipped = [...spans(text, CITED), ...spans(text, NAMES)];
  const taken = (start: number, end: number) => [...skipped, ...edits.map((e) => [e.start, e.end] as [number, number])].some(([a, b]) => start < b && end > a);
  // Figures the table can check: replaced where they differ.
  const report = reconcileText(text, input.totals, input.reconcile);
  let cursor = 0;
  for (const item of report.items) {
    const at = text.indexOf(item.statedText, cursor);
    if (at < 0) continue;
    const end = at + item.statedText.length;
    cursor = end;
    if (taken(at, end)) continue;
    if (item.status === 'consistent') {
      skipped.push([at, end]);
      continue;
    }
    if (item.status !== 'mismatch' || item.expected === null) continue;
    const replacement = writtenLike(item.statedText, item.expected, item.measure);
    edits.push({ start: at, end, text: replacement, mark: 'corrected' });
    found.push({ at, finding: { paragraph, kind: 'corrected', found: item.statedText, replacement, context: contextAround(text, at, end) } });
  }
  // Everything else of the old period: marked, listed, left as written.
  const heading = /^\s*\d{1,2}\s*[.)]\s/.exec(text);
  for (const match of text.matchAll(FIGURE)) {
    const token = match[0].trim();
    const start = match.index ?? 0;
    const end = start + token.length;
    if (heading && start < heading[0].length) continue;
    if (taken(start, end)) continue;
    const before = text.slice(Math.max(0, start - 12), start);
    if (/(năm|tháng)\s*$/iu.test(before)) continue;
    const kind = kindOf(token, text.slice(end, end + 8), before);
    if (!kind) continue;
    if (kind === 'date' && !inRange(token, input.oldRange)) continue;
    edits.push({ start, end, text: text.slice(start, end), mark: 'review' });
    found.push({ at: start, finding: { paragraph, kind, found: token, context: contextAround(text, start, end) } });
  }
  edits.sort((a, b) => a.start - b.start);
  return { edits, findings: found.sort((a, b) => a.at - b.at).map((f) => f.finding) };
}
