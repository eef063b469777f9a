// The annex's own words: sheet names, the title lines above the table, the printed page header.
// They are part of the Vietnamese form, so the title stays Vietnamese in both languages.
import type { Lang } from '../../core/types';
import { formatDay } from '../../shared/dates';
import type { Period, PeriodSpan } from '../../core/build/types';

type Texts = Record<Lang, string>;

export const DETAIL_SHEET_NAME: Texts = { vi: 'Chi tiết', en: 'Details' };
export const SUMMARY_SHEET_NAME: Texts = { vi: 'Tóm tắt', en: 'Summary' };
export const ANNEX_SHEET_NAME: Texts = { vi: 'Phụ lục', en: 'Annex' };
/** The add-in's sheet (≤ 31 characters, Excel's limit). */
export const ADDIN_SHEET_NAME: Texts = { vi: 'Lập phụ lục từ dữ liệu hồ sơ', en: 'Annex built from dossiers' };

export interface AnnexSheetNames {
  annex: string;
  detail: string;
  summary: string;
}

/** The CLI's sheets, named in the clerk's language. */
export function workbookSheetNames(lang: Lang): AnnexSheetNames {
  return { annex: ANNEX_SHEET_NAME[lang], detail: DETAIL_SHEET_NAME[lang], summary: SUMMARY_SHEET_NAME[lang] };
}

/** The add-in's sheets stay Vietnamese, like the form: switching the pane's language must not leave a second annex behind. */
export const ADDIN_SHEET_NAMES: AnnexSheetNames = { annex: ADDIN_SHEET_NAME.vi, detail: DETAIL_SHEET_NAME.vi, summary: SUMMARY_SHEET_NAME.vi };

/** "quý II năm 2026", "6 tháng đầu năm 2026", "9 tháng năm 2026", "năm 2026"; undefined without a kind. */
export function periodName(quarter: string | undefined, year: number, span?: PeriodSpan): Texts | undefined {
  if (span === '6M') return { vi: `6 tháng đầu năm ${year}`, en: `first 6 months of ${year}` };
  if (span === '9M') return { vi: `9 tháng năm ${year}`, en: `9 months of ${year}` };
  if (span === 'Y') return { vi: `năm ${year}`, en: `year ${year}` };
  if (quarter) return { vi: `quý ${quarter} năm ${year}`, en: `quarter ${quarter} ${year}` };
  return undefined;
}

/** Printed at the top of every page of the annex. */
export function annexPrintTitle(
  from: string,
  to: string,
  quarter: string | undefined,
  year: number | undefined,
  span?: PeriodSpan,
): Texts {
  const name = year ? periodName(quarter, year, span) : undefined;
  const when = name ? ` ${name.vi}` : '';
  const whenEn = name ? ` ${name.en}` : '';
  return {
    vi: `Kết quả tiếp nhận, giải quyết hồ sơ TTHC${when} (từ ngày ${from} đến ngày ${to})`,
    en: `Dossiers received and resolved${whenEn} (${from} to ${to})`,
  };
}

/**
 * The title above the built annex. It is part of the Vietnamese form (like its column headers),
 * so it stays Vietnamese in both languages; the narrative reads the period back from it.
 */
export function annexTitleLines(
  from: string,
  to: string,
  quarter: string | undefined,
  year: number | undefined,
  span?: PeriodSpan,
): string[] {
  const name = year ? periodName(quarter, year, span) : undefined;
  const when = name ? ` ${name.vi.toLocaleUpperCase('vi')}` : '';
  return [`KẾT QUẢ TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH${when}`, `(Số liệu tính từ ngày ${from} đến hết ngày ${to})`];
}

/** The title lines of the annex built for `period`. */
export function periodTitleLines(period: Period): string[] {
  return annexTitleLines(formatDay(period.from), formatDay(period.to), period.quarter, period.year, period.span);
}

/** The page header of the annex built for `period`. */
export function periodPrintTitle(period: Period, lang: Lang): string {
  return annexPrintTitle(formatDay(period.from), formatDay(period.to), period.quarter, period.year, period.span)[lang];
}
