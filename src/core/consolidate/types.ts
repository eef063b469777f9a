// The consolidation's data (Tổng hợp): each unit's annex read into a small source (its identity,
// period, verdict and field counts by role — the grid is let go), the decisions taken on them, and
// the consolidated model the writers lay out. Findings are data; the words are in src/i18n/consolidate.
import type { FieldMatchHow, FieldNameMap } from '../match/fields';
import type { TablePeriod } from '../periods/types';
import type { Finding, LocalizedText, Role, ValidationSummary } from '../types';
import type { LegacyEncoding } from './legacy-text';
import type { UnitIdentity } from './unit-identity';

export interface SourceRef {
  file: string;
  sheet?: string;
}

export interface SourceField {
  /** The name as written (converted to Unicode when typed in a legacy encoding). */
  name: string;
  /** Counts by leaf role, summed over the rows that carry the name. */
  counts: Partial<Record<Role, number>>;
}

/** A located, validated annex of one unit, reduced to what the consolidation needs. */
export interface UnitSource extends SourceRef {
  sheet: string;
  range: string;
  identity: UnitIdentity;
  period: TablePeriod;
  summary: ValidationSummary;
  /** The first findings, with their cells (Kiểm tra lists them). */
  findings: Finding[];
  /** Leaf roles the form has (seed: 11 leaves; II.06a: 8). */
  leaves: Role[];
  fields: SourceField[];
  /** Where a typed total (3), (7), (13) differs from its parts. */
  typedTotals: Array<{ field: string; address: string; role: Role; stated: number; parts: number }>;
  /** Count cells that are no number ("abc", #REF!): not added, listed. */
  badCells: Array<{ address: string; raw: string }>;
  /** Breakdown rows ("- Trong đó …"): not added into the fields. */
  detailRows: number;
  /** Field names converted from a legacy encoding. */
  converted?: LegacyEncoding;
}

/** A file (or sheet) that gave nothing to add: unreadable, or no annex table in it. */
export interface UnreadSource extends SourceRef {
  /** The reader's or locator's reason, in the caller's words. */
  reason: LocalizedText;
}

/** What the units file (--units) says about one input: its unit, its platform, or to leave it out. */
export interface UnitDecision {
  unit?: string;
  platform?: string;
  use?: boolean;
}
export type UnitsFile = Record<string, string | UnitDecision>;

export interface ExpectedUnit {
  name: string;
  group?: string;
}

export interface ConsolidateOptions {
  /** Field order (and names) of a template annex. */
  template?: string[];
  fieldMap?: FieldNameMap;
  units?: UnitsFile;
  expected?: ExpectedUnit[];
  skipInvalid?: boolean;
}

export type ConsolidatedForm = 'seed' | 'ii06a';

export interface ConsolidatedUnit {
  name: string;
  key: string;
  group?: string;
  /** The sources added into the unit's row (several: one per platform). */
  sources: UnitSource[];
  counts: Record<string, number>;
  /** A source has errors: consolidated as typed, marked everywhere. */
  invalid: boolean;
  /** Left out of the sums (--skip-invalid). */
  skipped: boolean;
}

export interface ConsolidatedField {
  name: string;
  matchedFrom: Array<SourceRef & { unit: string; name: string; how: FieldMatchHow }>;
  counts: Record<string, number>;
}

export type ConsolidateNote =
  | { kind: 'folded'; sources: SourceRef[] }
  | { kind: 'matched'; field: string; name: string; how: Exclude<FieldMatchHow, 'same' | 'own'>; sources: SourceRef[] }
  | { kind: 'own-field'; name: string; sources: SourceRef[]; candidates: Array<{ field: string; similarity: number }> }
  | { kind: 'typed-total'; source: SourceRef; field: string; address: string; role: Role; stated: number; parts: number }
  | { kind: 'platforms-added'; unit: string; sources: Array<SourceRef & { platform: string }> }
  | { kind: 'converted'; source: SourceRef; encoding: LegacyEncoding }
  | { kind: 'excluded'; source: SourceRef; reason: 'units-file' | 'skip-invalid' | 'form'; missing?: Role[] }
  | { kind: 'bad-cell'; source: SourceRef; address: string; raw: string }
  | { kind: 'unexpected-unit'; unit: string }
  | { kind: 'name-from-file'; source: SourceRef; unit: string }
  | { kind: 'detail-rows'; source: SourceRef; count: number };

export interface ConsolidatedModel {
  form: ConsolidatedForm;
  /** Leaf roles of the consolidated form, in column order. */
  leaves: Role[];
  fields: ConsolidatedField[];
  /** Units in input order (within their group when groups are given). */
  units: ConsolidatedUnit[];
  totals: Record<string, number>;
  /** Units expected (--expected) that sent nothing. */
  missing: ExpectedUnit[];
  /** Group names in order, when --expected gives groups. */
  groups: string[];
  unread: UnreadSource[];
  notes: ConsolidateNote[];
  /** The inputs' common period (when one states it). */
  period?: TablePeriod;
}

export interface DuplicateQuestion {
  unit: string;
  kind: 'national-portal' | 'sent-twice';
  sources: Array<SourceRef & { platform?: string }>;
}

export type ConsolidateRefusal =
  | { kind: 'periods-differ'; sources: Array<SourceRef & { period: TablePeriod }> }
  | { kind: 'duplicates'; questions: DuplicateQuestion[] }
  | { kind: 'nothing' };

export type ConsolidateOutcome = { ok: true; model: ConsolidatedModel } | { ok: false; refusal: ConsolidateRefusal; unread: UnreadSource[] };
