// What the clerk reads when the period given contradicts the sheet's title (or itself): the reason,
// the title's own words, and the way to go on — in the CLI's words (flags) and the pane's (fields).
import type { PeriodKind } from '../../core/calendar';
import type { PeriodChoice, PeriodConflict, PeriodInputPart, ResolvedPeriod } from '../../core/narrative/period-choice';
import type { Lang } from '../../core/types';
import { reportingPeriodName, periodOrYearName, rangeEndsName, rangeName, rangeWithLength } from '../calendar';

/** How the caller names the clerk's inputs: "--quarter 6T", or "Kỳ báo cáo “6 tháng đầu năm”". */
export type InputNamer = (parts: PeriodInputPart[]) => string;

const CUMULATIVE: readonly PeriodKind[] = ['6M', '9M', 'Y'];
const isQuarter = (kind: PeriodKind) => !CUMULATIVE.includes(kind);

/** One conflict, as a clause: "--quarter 6T là số cộng dồn 6 tháng đầu năm, còn bảng là số liệu quý II năm 2026 theo tiêu đề trang tính". */
export function periodConflictReason(conflict: PeriodConflict, name: InputNamer, lang: Lang): string {
  const vi = lang === 'vi';
  const input = name(conflict.parts);
  switch (conflict.type) {
    case 'kind': {
      const clerk = reportingPeriodName(conflict.clerk, undefined, lang);
      const title = reportingPeriodName(conflict.title, conflict.year, lang);
      if (!isQuarter(conflict.clerk) && isQuarter(conflict.title)) {
        return vi
          ? `${input} là số cộng dồn ${clerk}, còn bảng là số liệu ${title} theo tiêu đề trang tính`
          : `${input} is a cumulative period (${clerk}), but the sheet’s title says the table holds ${title}`;
      }
      return vi ? `${input} (${clerk}) khác với kỳ ghi ở tiêu đề trang tính: ${title}` : `${input} (${clerk}) is not the period of the sheet’s title: ${title}`;
    }
    case 'kind-vs-title-dates': {
      const clerk = reportingPeriodName(conflict.clerk, conflict.year, lang);
      const title = rangeWithLength(conflict.title, lang);
      return vi
        ? `${input} (${clerk}) không khớp với ngày ghi ở tiêu đề trang tính: ${title}`
        : `${input} (${clerk}) does not fit the dates of the sheet’s title: ${title}`;
    }
    case 'year':
      return vi ? `${input} khác với năm ghi ở tiêu đề trang tính: ${conflict.title}` : `${input} is not the year of the sheet’s title: ${conflict.title}`;
    case 'dates': {
      const clerk = rangeEndsName(conflict.clerk, lang);
      const title = rangeName(conflict.title, lang);
      return vi
        ? `${input} (${clerk}) khác với ngày ghi ở tiêu đề trang tính: ${title}`
        : `${input} (${clerk}) differs from the dates of the sheet’s title: ${title}`;
    }
    case 'dates-outside-title': {
      const clerk = rangeWithLength(conflict.clerk, lang);
      const title = periodOrYearName(conflict.titleKind, conflict.titleYear, lang);
      return vi ? `${input} (${clerk}) không phải ${title} như tiêu đề trang tính ghi` : `${input} (${clerk}) is not ${title}, the period of the sheet’s title`;
    }
    case 'clerk-kind-vs-dates': {
      const kindInput = name(['kind']);
      const datesInput = name(conflict.parts.filter((part) => part !== 'kind'));
      const kind = reportingPeriodName(conflict.kind, conflict.year, lang);
      const dates = rangeWithLength(conflict.dates, lang);
      return vi
        ? `${kindInput} (${kind}) và ${datesInput} (${dates}) không cùng một kỳ`
        : `${kindInput} (${kind}) and ${datesInput} (${dates}) are not the same period`;
    }
    case 'title-inconsistent': {
      const words = periodOrYearName(conflict.kind, conflict.year, lang);
      const dates = rangeWithLength(conflict.dates, lang);
      return vi
        ? `tiêu đề trang tính ghi ${words} nhưng ngày ghi kèm (${dates}) không phải kỳ đó`
        : `the sheet’s title says ${words} but its dates (${dates}) are not that period`;
    }
  }
}

function quoted(texts: string[]): string {
  return texts.map((text) => `“${text.replace(/\s+/g, ' ')}”`).join(', ');
}

export interface PeriodConflictParts {
  /** "Kỳ báo cáo mâu thuẫn". */
  lead: string;
  /** One clause per conflict. */
  reasons: string[];
  /** "Tiêu đề trang tính: “…”, “…”." when a conflict is about the title. */
  titleQuote?: string;
}

export function periodConflictParts(choice: PeriodChoice, name: InputNamer, lang: Lang): PeriodConflictParts {
  const reasons = choice.conflicts.map((conflict) => periodConflictReason(conflict, name, lang));
  const aboutTitle = choice.conflicts.some((conflict) => conflict.type !== 'clerk-kind-vs-dates');
  const quote = quoted(choice.sheet.texts);
  const titleQuote =
    aboutTitle && choice.sheet.texts.length > 0 ? (lang === 'vi' ? `Tiêu đề trang tính: ${quote}.` : `The sheet’s title: ${quote}.`) : undefined;
  return { lead: lang === 'vi' ? 'Kỳ báo cáo mâu thuẫn' : 'Contradicting reporting period', reasons, titleQuote };
}

/** "Kỳ báo cáo mâu thuẫn: <reasons>. Tiêu đề trang tính: “…”." */
export function periodConflictSummary(choice: PeriodChoice, name: InputNamer, lang: Lang): string {
  const parts = periodConflictParts(choice, name, lang);
  return `${parts.lead}: ${parts.reasons.join('; ')}.${parts.titleQuote ? ` ${parts.titleQuote}` : ''}`;
}

/** The clerk's inputs that contradict the title (not those that only contradict each other). */
function inputsAgainstTitle(conflicts: PeriodConflict[]): PeriodInputPart[] {
  const parts = new Set<PeriodInputPart>();
  for (const conflict of conflicts) if (conflict.type !== 'clerk-kind-vs-dates') conflict.parts.forEach((part) => parts.add(part));
  return (['kind', 'year', 'from', 'to'] as const).filter((part) => parts.has(part));
}

/** "quý II năm 2026, từ ngày 15/3 đến ngày 14/6/2026": the period as written. */
export function writtenPeriodName(period: ResolvedPeriod, lang: Lang): string {
  const range = period.from && period.to ? rangeName({ from: period.from, to: period.to }, lang) : undefined;
  if (period.kind === undefined) return range ?? (period.year !== undefined ? periodOrYearName(undefined, period.year, lang) : '');
  const name = reportingPeriodName(period.kind, period.year, lang);
  return range ? `${name}, ${range}` : name;
}

const FLAG_OF: Record<PeriodInputPart, string> = { kind: '--quarter', year: '--year', from: '--from', to: '--to' };

/** The CLI's refusal (exit 2): the conflicts, the title's words, and what to do. */
export function periodRefusedCli(choice: PeriodChoice, name: InputNamer, lang: Lang): string {
  const againstTitle = inputsAgainstTitle(choice.conflicts);
  const flags = againstTitle.map((part) => FLAG_OF[part]).join(', ');
  const ownFlags = [...new Set(choice.conflicts.flatMap((conflict) => conflict.parts))].map((part) => FLAG_OF[part]).join(', ');
  const vi = lang === 'vi';
  let advice: string;
  if (againstTitle.length > 0)
    advice = vi
      ? `bỏ ${flags} để viết theo tiêu đề, hoặc thêm --force nếu tiêu đề ghi sai kỳ`
      : `drop ${flags} to write the title’s period, or add --force if the title is wrong`;
  else if (choice.conflicts.some((conflict) => conflict.type === 'title-inconsistent')) {
    advice = vi
      ? 'sửa tiêu đề trang tính, hoặc ghi rõ kỳ bằng --quarter, --year, --from, --to kèm --force'
      : 'fix the sheet’s title, or state the period with --quarter, --year, --from, --to and --force';
  } else advice = vi ? `sửa ${ownFlags} cho cùng một kỳ, hoặc thêm --force` : `make ${ownFlags} name one period, or add --force`;
  const nothing = vi ? `Không viết đoạn văn: ${advice}.` : `Nothing written: ${advice}.`;
  return `${periodConflictSummary(choice, name, lang)} ${nothing}`;
}

/** The CLI's warning when --force wrote the clerk's period over a contradiction. */
export function periodForcedCli(choice: PeriodChoice, name: InputNamer, lang: Lang): string {
  const written = writtenPeriodName(choice.period, lang);
  const flags = [...new Set(choice.conflicts.flatMap((conflict) => conflict.parts))].map((part) => FLAG_OF[part]).join(', ');
  const summary = periodConflictSummary(choice, name, lang);
  if (lang === 'en') return `Note: ${summary} Written ${flags ? `as ${flags} say` : 'anyway'}, because of --force: ${written}.`;
  return `Lưu ý: ${summary.charAt(0).toLocaleLowerCase('vi')}${summary.slice(1)} Đã viết ${flags ? `theo ${flags} ` : ''}vì có --force: ${written}.`;
}
