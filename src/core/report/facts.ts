// What the whole report document states besides section I.2: who issues it, where and when, the
// period and the one after it ("nhiệm vụ trọng tâm quý III"), and who signs. Data only; the words
// are in src/i18n/report/.

import { quarterOf, type CalendarDate, type PeriodKind } from '../calendar';
import type { ResolvedPeriod } from '../narrative/period-choice';

/** The period whose tasks the report plans: the quarter after a quarter, the second half after 6 months… */
export type NextPeriod = { kind: 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'H2' | 'Y'; year: number };

export interface ReportOptions {
  /** The issuing unit, as the clerk writes it: "xã An Phú". */
  unit?: string;
  /** The body above the issuer, only where there is one ("UBND THÀNH PHỐ HÀ NỘI" above a department). */
  superior?: string;
  /** The issuing body's name before the unit; "ỦY BAN NHÂN DÂN" when not given. */
  issuer?: string;
  /** The place of the date line; the unit's proper name ("An Phú") when not given. */
  place?: string;
  signer?: string;
  /** The signing lines, "KT. CHỦ TỊCH|PHÓ CHỦ TỊCH". */
  signerTitle?: string;
}

export interface ReportFacts {
  period: ResolvedPeriod;
  next: NextPeriod | null;
  unit?: string;
  superior?: string;
  issuer?: string;
  place?: string;
  /** Month and year of the date line: the period's last month (the report is sent as it ends). */
  dated: { month?: number; year?: number };
  signer?: string;
  signerTitle: string[];
}

const UNIT_KINDS = /^(xã|phường|thị trấn|đặc khu|thị xã|thành phố|huyện|quận|tỉnh|tp\.?)\s+/iu;

/** "xã An Phú" → "An Phú": the date line names the place, not the kind of unit. */
export function placeOfUnit(unit: string): string {
  const trimmed = unit.replace(/\s+/g, ' ').trim();
  const bare = trimmed.replace(UNIT_KINDS, '');
  return bare === '' ? trimmed : bare;
}

/** The period after `kind` of `year`, whose tasks the report's part II plans. */
export function nextPeriodOf(kind: PeriodKind | undefined, year: number | undefined): NextPeriod | null {
  if (kind === undefined || year === undefined) return null;
  const quarter = quarterOf(kind);
  if (quarter !== undefined) return quarter === 4 ? { kind: 'Q1', year: year + 1 } : { kind: `Q${quarter + 1}` as NextPeriod['kind'], year };
  if (kind === '6M') return { kind: 'H2', year };
  if (kind === '9M') return { kind: 'Q4', year };
  return { kind: 'Y', year: year + 1 };
}

function datedBy(period: ResolvedPeriod): ReportFacts['dated'] {
  const end: CalendarDate | undefined = period.to;
  if (end) return { month: end.month, year: end.year };
  return { year: period.year };
}

/** "KT. CHỦ TỊCH|PHÓ CHỦ TỊCH" → its lines, blank lines dropped. */
export function signingLines(title: string | undefined): string[] {
  return (title ?? '')
    .split('|')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}

export function reportFacts(period: ResolvedPeriod, options: ReportOptions): ReportFacts {
  const unit = options.unit?.replace(/\s+/g, ' ').trim() || undefined;
  const place = options.place?.trim() || (unit ? placeOfUnit(unit) : undefined);
  return {
    period,
    next: nextPeriodOf(period.kind, period.year),
    unit,
    superior: options.superior?.trim() || undefined,
    issuer: options.issuer?.trim() || undefined,
    place,
    dated: datedBy(period),
    signer: options.signer?.trim() || undefined,
    signerTitle: signingLines(options.signerTitle),
  };
}
