// The whole report as a document: the header block, the title, the body's paragraphs with their
// runs, "Nơi nhận", the signing block and the annex. src/i18n/report/render.ts fills it with
// words; src/word/report-docx.ts and src/word/report-html.ts write it.

import type { PrintedAnnex } from '../narrative/printed-annex';
import type { Lang } from '../types';

export type DocRun =
  | { type: 'text'; text: string }
  /** A number taken or computed from the table. */
  | { type: 'figure'; text: string }
  /** A short gap the clerk fills ("[…]"): `hint` says what. */
  | { type: 'blank'; hint: string }
  /** A clearly marked empty place to write a whole passage. */
  | { type: 'write'; hint: string };

/**
 * part: "I. KẾT QUẢ…" (bold); heading: "1. Công tác…" (bold); item "- …"; subitem "+ …";
 * note: "(Có bảng…)" (italic); body: the opening and closing sentences; write: a place to write.
 */
export type DocStyle = 'part' | 'heading' | 'item' | 'subitem' | 'note' | 'body' | 'write';

export interface DocParagraph {
  key: string;
  style: DocStyle;
  runs: DocRun[];
}

export interface ReportHeader {
  /** The superior body, in capitals, only where there is one. */
  superior?: string;
  /** The issuing body, in bold capitals, one line each: "ỦY BAN NHÂN DÂN", "XÃ AN PHÚ". */
  issuer: DocRun[][];
  /** "Số:      /BC-UBND": the number left for the office. */
  number: string;
  nation: string;
  motto: string;
  /** "An Phú, ngày      tháng 6 năm 2026" (italic). */
  placeDate: DocRun[];
}

export interface ReportAnnexPage {
  /** "Phụ lục". */
  label: string;
  /** The annex's title, in capitals. */
  title: string;
  /** "(Số liệu tính từ…)", "(Kèm theo Báo cáo số …/BC-UBND ngày … của …)". */
  lines: string[];
  table: PrintedAnnex;
}

export interface ReportDocument {
  lang: Lang;
  /** The file's title property. */
  title: string;
  header: ReportHeader;
  /** "BÁO CÁO". */
  kind: string;
  /** The summary line under the kind, and the range line under it when the dates are known. */
  summary: DocRun[][];
  body: DocParagraph[];
  recipients: { label: string; items: string[] };
  signing: { title: DocRun[][]; name: DocRun[] };
  annex?: ReportAnnexPage;
}

/** The text of runs, with blanks and places to write as their mark. */
export function runsText(runs: DocRun[], mark: (run: Extract<DocRun, { type: 'blank' | 'write' }>) => string): string {
  return runs.map((run) => (run.type === 'blank' || run.type === 'write' ? mark(run) : run.text)).join('');
}
