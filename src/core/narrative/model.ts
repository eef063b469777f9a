// The narrative as data: paragraphs of runs, so that plain text, clipboard HTML and .docx all
// render the same words, and figures and blanks can be styled or checked.

import type { Lang, LocalizedText, Role } from '../types';
import type { ResolvedPeriod } from './period-choice';

export type NarrativeRun =
  | { type: 'text'; text: string }
  /** A number taken or computed from the table. */
  | { type: 'figure'; text: string; role: Role; measure: 'count' | 'rate' | 'share'; value: number }
  /** Something the annex cannot give, for the clerk to fill in. */
  | { type: 'blank'; hint: LocalizedText };

/** heading: the "2. Kết quả…" line; item: a "- " line; subitem: a "+ " line; note: "(Có bảng…)". */
export type ParagraphStyle = 'heading' | 'item' | 'subitem' | 'note';

export interface NarrativeParagraph {
  /** Stable name of the line, e.g. "received", "resolved.late", "fields.top". */
  key: string;
  style: ParagraphStyle;
  runs: NarrativeRun[];
}

export interface OmittedLine {
  key: string;
  /** The roles the table lacks for this line. */
  missing: Role[];
}

export interface NarrativeModel {
  lang: Lang;
  period: ResolvedPeriod;
  unit?: string;
  paragraphs: NarrativeParagraph[];
  /** Lines left out because the form has no column for them. */
  omitted: OmittedLine[];
  /** Where the totals came from. */
  totalsSource: 'totals-row' | 'field-sum';
}
