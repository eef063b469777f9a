// Where the parts of a previous report are, by their paragraphs' text: the parts "I." and "II.",
// the section I.2 ("Kết quả tiếp nhận và trả kết quả…", whatever its number), the date line and
// the closing sentence. Indexes are into the list of paragraphs, in document order.

import { foldText } from '../../text';

export interface ParagraphSpan {
  start: number;
  /** Inclusive. */
  end: number;
}

export interface PreviousOutline {
  /** Part I: its heading to the paragraph before part II's heading. */
  partOne: ParagraphSpan | null;
  /** Part II: its heading to the paragraph before the closing sentence (or the last paragraph). */
  partTwo: ParagraphSpan | null;
  /** Section I.2, heading included. */
  resultsSection: ParagraphSpan | null;
  /** The section headings inside part I ("1. Công tác…"), I.2's included. */
  sectionHeadings: number[];
  /** "An Phú, ngày … tháng 3 năm 2026". */
  dateLine: number | null;
  /** "Trên đây là báo cáo…". */
  closing: number | null;
}

const PART = /^(I|II|III|IV|V|VI)\s*[.:]\s*\S/;
const SECTION = /^\d{1,2}\s*[.)]\s*\S/;
export const DATE_LINE = /ngày[\s\d…._]*tháng\s*\d{1,2}\s*năm\s*\d{4}/iu;

function partNumeral(text: string): string | null {
  return PART.exec(text)?.[1] ?? null;
}

/** Section I.2's heading, as clerks word it: "2. Kết quả tiếp nhận và trả kết quả giải quyết TTHC…". */
export function isResultsHeading(text: string): boolean {
  if (!SECTION.test(text)) return false;
  const folded = foldText(text);
  return /ket qua tiep nhan/.test(folded) && /(tra ket qua|giai quyet)/.test(folded);
}

export function outlinePreviousReport(texts: string[]): PreviousOutline {
  const trimmed = texts.map((t) => t.replace(/\s+/g, ' ').trim());
  const partOneAt = trimmed.findIndex((t) => partNumeral(t) === 'I');
  const partTwoAt = partOneAt < 0 ? -1 : trimmed.findIndex((t, i) => i > partOneAt && partNumeral(t) === 'II');
  const closingAt = trimmed.findIndex((t, i) => i > Math.max(partOneAt, partTwoAt) && /^trên đây là báo cáo/iu.test(t));
  const closing = closingAt < 0 ? null : closingAt;
  const partOneEnd = partTwoAt >= 0 ? partTwoAt - 1 : closing !== null ? closing - 1 : trimmed.length - 1;
  const partOne = partOneAt < 0 ? null : { start: partOneAt, end: partOneEnd };
  const partTwo = partTwoAt < 0 ? null : { start: partTwoAt, end: closing !== null ? closing - 1 : trimmed.length - 1 };
  const sectionHeadings: number[] = [];
  if (partOne) for (let i = partOne.start + 1; i <= partOne.end; i++) if (SECTION.test(trimmed[i])) sectionHeadings.push(i);
  const resultsAt = sectionHeadings.find((i) => isResultsHeading(trimmed[i]));
  let resultsSection: ParagraphSpan | null = null;
  if (resultsAt !== undefined && partOne) {
    const next = sectionHeadings.find((i) => i > resultsAt);
    resultsSection = { start: resultsAt, end: next !== undefined ? next - 1 : partOne.end };
  }
  const headerEnd = partOneAt < 0 ? trimmed.length : partOneAt;
  const dateAt = trimmed.slice(0, headerEnd).findIndex((t) => DATE_LINE.test(t));
  return { partOne, partTwo, resultsSection, sectionHeadings, dateLine: dateAt < 0 ? null : dateAt, closing };
}
