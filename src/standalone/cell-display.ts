// A cell as the page shows it: numbers Vietnamese-style after the cell's number format (1.066,
// 98,4%), dates dd/mm/yyyy, errors as Excel writes them. Only what the grid needs: the decimals
// and percent of the format's first section, never a full format engine.
import type { CellValue, Lang } from '../core/types';
import { civilFromDay } from '../shared/civil';
import { formatNumber } from '../shared/numbers';
import { isDateFormat } from '../workbook/xlsx/number-formats';

/** Excel serial of 1970-01-01 (day number 0) in the 1900 date system. */
const EXCEL_EPOCH_OFFSET = 25_569;

export interface CellDisplay {
  text: string;
  numeric: boolean;
}

/** The first section of a format with quoted text, brackets and escapes removed. */
function bareSection(format: string): string {
  return format
    .split(';')[0]
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
}

function decimalsOfFormat(section: string): number {
  const point = /\.([0#?]+)/.exec(section);
  return point ? point[1].length : 0;
}

function dateText(serial: number): string {
  const { year, month, day } = civilFromDay(Math.floor(serial) - EXCEL_EPOCH_OFFSET);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/** Thousands grouped only where the format asks for it (#,##0), as Excel does. */
function grouped(text: string, grouping: boolean, lang: Lang): string {
  return grouping ? text : text.split(lang === 'vi' ? '.' : ',').join('');
}

export function numberText(value: number, format: string | null | undefined, lang: Lang): string {
  if (!format || /^general$/i.test(format.trim()) || format.includes('@')) return grouped(formatNumber(value, lang), false, lang);
  if (isDateFormat(format) && value >= 1 && value < 2_958_466) return dateText(value);
  const section = bareSection(format);
  const decimals = decimalsOfFormat(section);
  const grouping = /[#0?],[#0?]/.test(section);
  if (section.includes('%')) return `${grouped(formatNumber(value * 100, lang, decimals), grouping, lang)}%`;
  // "%" kept as literal text ("0.0"%"" or 0.0\%): the value is shown as it stands, then the sign.
  const literalPercent = /"%"/.test(format.split(';')[0]);
  return grouped(formatNumber(value, lang, decimals), grouping, lang) + (literalPercent ? '%' : '');
}

export function cellDisplay(value: CellValue, format: string | null | undefined, lang: Lang): CellDisplay {
  if (value === null || value === undefined) return { text: '', numeric: false };
  if (typeof value === 'number') return { text: numberText(value, format, lang), numeric: true };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', numeric: false };
  if (typeof value === 'object') return { text: value.error, numeric: false };
  return { text: value, numeric: false };
}
