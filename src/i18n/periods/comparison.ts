// The comparison with another period in the report's words: "tăng 412 hồ sơ, 13,0% so với quý I
// năm 2026", "giảm 1,2 điểm phần trăm so với quý II năm 2025", "bằng quý I năm 2026".
import type { LineChange } from '../../core/narrative/model';
import type { ComparedPeriod, CountChange, RateChange } from '../../core/periods/comparison';
import { formatNumber } from '../../shared/numbers';
import type { Lang } from '../../core/types';
import { rangeName, reportingPeriodName } from '../calendar';

const WORDS = {
  vi: {
    up: 'tăng',
    down: 'giảm',
    countWithPercent: '{direction} {by} hồ sơ, {percent} so với {period}',
    count: '{direction} {by} hồ sơ so với {period}',
    rate: '{direction} {points} điểm phần trăm so với {period}',
    same: 'bằng {period}',
    byDates: 'kỳ {range}',
    unknownPeriod: 'kỳ trước',
  },
  en: {
    up: 'up',
    down: 'down',
    countWithPercent: '{direction} {by} dossiers or {percent} on {period}',
    count: '{direction} {by} dossiers on {period}',
    rate: '{direction} {points} percentage points on {period}',
    same: 'the same as {period}',
    byDates: 'the period {range}',
    unknownPeriod: 'the previous period',
  },
} satisfies Record<Lang, Record<string, string>>;

function fill(template: string, slots: Record<string, string>): string {
  return template.replace(/\{([a-z]+)\}/g, (_, name: string) => slots[name] ?? '');
}

/** "quý I năm 2026", else "kỳ từ ngày 15/12/2025 đến ngày 14/3/2026", else "kỳ trước". */
export function comparedPeriodName(period: ComparedPeriod, lang: Lang): string {
  if (period.kind !== undefined && period.year !== undefined) return reportingPeriodName(period.kind, period.year, lang);
  if (period.from && period.to) return fill(WORDS[lang].byDates, { range: rangeName({ from: period.from, to: period.to }, lang) });
  if (period.kind !== undefined) return reportingPeriodName(period.kind, undefined, lang);
  return WORDS[lang].unknownPeriod;
}

export function countChangeText(change: CountChange, period: ComparedPeriod, lang: Lang): string {
  const words = WORDS[lang];
  const name = comparedPeriodName(period, lang);
  if (change.direction === 'same') return fill(words.same, { period: name });
  const slots = { direction: words[change.direction], by: formatNumber(change.by, lang), period: name };
  if (change.percent === null) return fill(words.count, slots);
  return fill(words.countWithPercent, { ...slots, percent: `${formatNumber(change.percent, lang, 1)}%` });
}

export function rateChangeText(change: RateChange, period: ComparedPeriod, lang: Lang): string {
  const words = WORDS[lang];
  const name = comparedPeriodName(period, lang);
  if (change.direction === 'same') return fill(words.same, { period: name });
  return fill(words.rate, { direction: words[change.direction], points: formatNumber(change.points, lang, 1), period: name });
}

/** The line's change in words, or '' when it has none. */
export function lineChangeText(change: LineChange | undefined, lang: Lang): string {
  if (!change) return '';
  if (change.count) return countChangeText(change.count, change.against, lang);
  if (change.rate) return rateChangeText(change.rate, change.against, lang);
  return '';
}
