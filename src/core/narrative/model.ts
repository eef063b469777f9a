// The narrative as data: the lines of section I.2 with the figures, rates, field lists and blanks
// each states, and the period. src/i18n/narrative/render.ts puts them into words (vi, en); the
// plain text, clipboard HTML and .docx are written from those words.

import type { ComparedPeriod, CountChange, RateChange } from '../periods/comparison';
import type { Role } from '../types';
import type { ResolvedPeriod } from './period-choice';

/** A number taken or computed from the table. */
export interface Figure {
  role: Role;
  measure: 'count' | 'rate' | 'share';
  value: number;
}

/** heading: the "2. Kết quả…" line; item: a "- " line; subitem: a "+ " line; note: "(Có bảng…)". */
export type ParagraphStyle = 'heading' | 'item' | 'subitem' | 'note';

/** Lines that state one count and, when it can be computed, its rate: the roles of the resolved and pending groups, and online. */
export type RatedLineKey = 'received.online' | Extract<Role, `resolved${string}` | `pending${string}`>;

export interface FieldCount {
  /** The field's name as the table writes it, spacing collapsed. */
  name: string;
  count: Figure;
}

/** A line's change against another period: its count's, or its rate's (the on-time rate). */
export interface LineChange {
  against: ComparedPeriod;
  count?: CountChange;
  rate?: RateChange;
}

export type NarrativeLine =
  /** The heading: its words come from the model's period. */
  | { key: 'heading'; style: 'heading' }
  | { key: 'received'; style: 'item'; count: Figure; change?: LineChange }
  | { key: 'received.new'; style: 'subitem'; fresh: Figure; carried?: Figure }
  | { key: 'received.carried'; style: 'subitem'; carried: Figure }
  | { key: RatedLineKey; style: 'item' | 'subitem'; count: Figure; rate: Figure | null; change?: LineChange }
  /** What the annex cannot give: blanks for the clerk to fill. */
  | { key: 'payment' | 'digitisation'; style: 'item' }
  /** The largest fields by dossiers received, with their share of the total. */
  | { key: 'fields.top'; style: 'item'; fields: (FieldCount & { share: Figure | null })[] }
  | { key: 'fields.late' | 'fields.overdue'; style: 'item'; fields: FieldCount[] }
  | { key: 'fields.noOverdue'; style: 'item' }
  | { key: 'annexNote'; style: 'note' };

export type NarrativeLineKey = NarrativeLine['key'];

export interface OmittedLine {
  key: string;
  /** The roles the table lacks for this line. */
  missing: Role[];
}

export interface NarrativeModel {
  period: ResolvedPeriod;
  unit?: string;
  lines: NarrativeLine[];
  /** Lines left out because the form has no column for them. */
  omitted: OmittedLine[];
  /** Where the totals came from. */
  totalsSource: 'totals-row' | 'field-sum';
  /** With another period given: the period compared with, and the lines it has no figure for. */
  comparison?: { against: ComparedPeriod; missing: NarrativeLineKey[] };
}
