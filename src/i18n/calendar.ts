// Names of reporting periods and date ranges, in Vietnamese and English.
import { daysInRange, type CalendarDate, type DateRange } from '../shared/civil';
import { formatDate, formatDateRange, quarterOf, romanQuarter } from '../shared/dates';
import type { PeriodInput, PeriodKind } from '../core/calendar';
import type { Lang } from '../core/types';

/** "quý II năm 2026", "6 tháng đầu năm 2026"; without a year "quý II", "6 tháng đầu năm". */
export function reportingPeriodName(kind: PeriodKind, year: number | undefined, lang: Lang): string {
  const y = year === undefined ? undefined : String(year);
  const quarter = quarterOf(kind);
  if (quarter !== undefined) {
    const numeral = romanQuarter(quarter);
    if (lang === 'vi') return y ? `quý ${numeral} năm ${y}` : `quý ${numeral}`;
    return y ? `quarter ${numeral} of ${y}` : `quarter ${numeral}`;
  }
  const names: Record<'6M' | '9M' | 'Y', Record<Lang, [string, (year: string) => string]>> = {
    '6M': { vi: ['6 tháng đầu năm', (v) => `6 tháng đầu năm ${v}`], en: ['the first 6 months', (v) => `the first 6 months of ${v}`] },
    '9M': { vi: ['9 tháng', (v) => `9 tháng năm ${v}`], en: ['the first 9 months', (v) => `the first 9 months of ${v}`] },
    Y: { vi: ['cả năm', (v) => `năm ${v}`], en: ['the whole year', (v) => `the year ${v}`] },
  };
  const [bare, withYear] = names[kind as '6M' | '9M' | 'Y'][lang];
  return y ? withYear(y) : bare;
}

/** A period known by its kind, its year, or both: "quý II năm 2026", "quý II", "năm 2026". */
export function periodOrYearName(kind: PeriodKind | undefined, year: number | undefined, lang: Lang): string {
  if (kind !== undefined) return reportingPeriodName(kind, year, lang);
  return lang === 'vi' ? `năm ${year}` : `the year ${year}`;
}

/** "từ ngày 15/3 đến ngày 14/6/2026" / "from 15/3 to 14/6/2026". */
export function rangeName(range: DateRange, lang: Lang): string {
  const { from, to } = formatDateRange(range.from, range.to);
  return lang === 'vi' ? `từ ngày ${from} đến ngày ${to}` : `from ${from} to ${to}`;
}

/** The ends given: "từ ngày 15/6/2026", "đến ngày 30/6/2026", or both as a range. */
export function rangeEndsName(ends: { from?: CalendarDate; to?: CalendarDate }, lang: Lang): string {
  if (ends.from && ends.to) return rangeName({ from: ends.from, to: ends.to }, lang);
  if (ends.from) return lang === 'vi' ? `từ ngày ${formatDate(ends.from)}` : `from ${formatDate(ends.from)}`;
  const to = ends.to ? formatDate(ends.to) : '';
  return lang === 'vi' ? `đến ngày ${to}` : `to ${to}`;
}

/** "từ ngày 15/6 đến ngày 30/6/2026, 16 ngày". */
export function rangeWithLength(range: DateRange, lang: Lang): string {
  const days = daysInRange(range);
  return lang === 'vi' ? `${rangeName(range, lang)}, ${days} ngày` : `${rangeName(range, lang)}, ${days} day${days === 1 ? '' : 's'}`;
}

/** A period by what is known of it: "quý II năm 2026", else its dates, else "năm 2026"; '' when nothing. */
export function periodLabel(period: PeriodInput, lang: Lang): string {
  if (period.kind !== undefined) return reportingPeriodName(period.kind, period.year, lang);
  if (period.from && period.to) return rangeName({ from: period.from, to: period.to }, lang);
  return period.year !== undefined ? periodOrYearName(undefined, period.year, lang) : '';
}
