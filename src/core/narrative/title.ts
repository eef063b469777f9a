// What the sheet's title rows say about the period and the unit, e.g.
// "KẾT QUẢ GIẢI QUYẾT TTHC QUÝ II NĂM 2026", "(Số liệu tính từ ngày 15/3 đến hết ngày 14/6/2026)",
// "UBND XÃ AN PHÚ".

import type { Grid } from '../types';
import { foldText } from '../text';
import { isValidDate, officialKindOfDates, parsePeriodKind, type CalendarDate, type PeriodInput } from '../calendar';

export interface TitleInfo extends PeriodInput {
  unit?: string;
  /** The title texts read, top to bottom. */
  texts: string[];
  /** The texts the period (kind, year or dates) was read from, to quote to the clerk. */
  periodTexts: string[];
}

/** Title rows are at most this many rows above the table's header; more is a different block. */
const MAX_TITLE_ROWS = 12;

/** Reads the text cells above the table's first header row (absolute row `headerTop`). */
export function readTitleRows(grid: Grid, headerTop: number): TitleInfo {
  const lastRow = Math.min(headerTop - grid.origin.row, grid.values.length) - 1;
  const firstRow = Math.max(0, lastRow - MAX_TITLE_ROWS + 1);
  const texts: string[] = [];
  for (let r = firstRow; r <= lastRow; r++) {
    const seen = new Set<string>();
    for (const value of grid.values[r] ?? []) {
      // Merged titles may repeat their text in every covered cell: read each text once per row.
      if (typeof value === 'string' && value.trim() !== '' && !seen.has(value.trim())) {
        seen.add(value.trim());
        texts.push(value.trim());
      }
    }
  }
  return { ...parseTitleTexts(texts), texts };
}

const DATE = String.raw`(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?`;
const RANGE_PATTERNS = [
  new RegExp(String.raw`tu(?: ngay)?\s+${DATE}\s+(?:den|toi)(?: het)?(?: ngay)?\s+${DATE}`),
  new RegExp(String.raw`${DATE}\s*(?:-|–|den)\s*${DATE}`),
];

const SIGNING_DATE = /(?:^|[\s,])ngay\s*[\d.…_ ]*thang\s*[\d.…_ ]*nam\s+\d{4}/;

/** Period and unit from free title texts; the first text that states each part wins. */
export function parseTitleTexts(texts: string[]): Omit<TitleInfo, 'texts'> {
  const info: Omit<TitleInfo, 'texts'> = { periodTexts: [] };
  for (const text of texts) {
    const folded = foldText(text);
    // "An Phú, ngày 05 tháng 01 năm 2027" is when the report is signed, not its period.
    if (SIGNING_DATE.test(folded)) continue;
    let statesPeriod = false;
    if (!info.from) {
      const range = readDateRange(folded);
      if (range.from) {
        Object.assign(info, range);
        statesPeriod = true;
      }
    }
    if (!info.kind) {
      const kind = readPeriodKind(folded);
      if (kind) {
        info.kind = kind;
        statesPeriod = true;
      }
    }
    if (info.year === undefined) {
      const year = /(?:^|[^\d])nam\s+(\d{4})(?!\d)/.exec(folded) ?? /(?:quy\s+[ivx\d]+|thang)\s*(?:\/|-)\s*(\d{4})/.exec(folded);
      if (year) {
        info.year = Number(year[1]);
        statesPeriod = true;
      }
    }
    if (statesPeriod) info.periodTexts.push(text);
    if (!info.unit) {
      const unit = readUnit(text);
      if (unit) info.unit = unit;
    }
  }
  if (!info.kind && info.from && info.to) info.kind = officialKindOfDates(info.from, info.to);
  if (info.year === undefined && info.to) info.year = info.to.year;
  return info;
}

/** The period kind named in a folded text: "quy ii", "6 thang", "ca nam 2026". */
export function readPeriodKind(folded: string): PeriodInput['kind'] | undefined {
  const quarter = /(?:^|[^a-z])quy\s+(iv|i{1,3}|[1-4])(?![a-z\d])/.exec(folded);
  if (quarter) return parsePeriodKind(quarter[1]) ?? undefined;
  if (/(?:^|[^\d])6\s+thang/.test(folded)) return '6M';
  if (/(?:^|[^\d])9\s+thang/.test(folded)) return '9M';
  if (/ca nam\s+\d{4}|bao cao nam\s+\d{4}/.test(folded)) return 'Y';
  return undefined;
}

function readDateRange(folded: string): { from?: CalendarDate; to?: CalendarDate } {
  for (const pattern of RANGE_PATTERNS) {
    const m = pattern.exec(folded);
    if (!m || m[6] === undefined) continue;
    const to = { day: Number(m[4]), month: Number(m[5]), year: Number(m[6]) };
    // A start without a year is in the end's year, unless that would put it after the end.
    let fromYear = m[3] !== undefined ? Number(m[3]) : to.year;
    if (m[3] === undefined && (Number(m[2]) > to.month || (Number(m[2]) === to.month && Number(m[1]) > to.day))) fromYear -= 1;
    const from = { day: Number(m[1]), month: Number(m[2]), year: fromYear };
    if (isValidDate(from) && isValidDate(to)) return { from, to };
  }
  return {};
}

const UNIT_PATTERN = /(?<![\p{L}])(xã|phường|thị trấn|đặc khu)\s+((?:[\p{Lu}\d][\p{L}\d]*)(?:\s+[\p{Lu}\d][\p{L}\d]*)*)/iu;

/**
 * The commune-level unit named in a title: "UBND XÃ AN PHÚ" → "xã An Phú",
 * "Trung tâm Phục vụ hành chính công phường Bến Thành" → "phường Bến Thành".
 */
export function readUnit(text: string): string | undefined {
  const normalized = text.normalize('NFC').replace(/\s+/g, ' ');
  const match = UNIT_PATTERN.exec(normalized);
  if (!match) return undefined;
  const kindWord = match[1].toLocaleLowerCase('vi');
  const words = match[2].split(' ');
  // Stop at the first lower-case word (ordinary text after the name), as the i flag lets any case through.
  const nameWords: string[] = [];
  for (const [i, word] of words.entries()) {
    if (!/^[\p{Lu}\d]/u.test(word)) break;
    const upper = word.toLocaleUpperCase('vi');
    const startsCityName = upper === 'THÀNH' && words[i + 1]?.toLocaleUpperCase('vi') === 'PHỐ';
    if (nameWords.length > 0 && (startsCityName || /^(QUÝ|NĂM|THÁNG|TỪ|ĐẾN|HUYỆN|TỈNH)$/u.test(upper))) break;
    nameWords.push(word);
  }
  if (nameWords.length === 0) return undefined;
  const allCaps = nameWords.every((w) => w === w.toLocaleUpperCase('vi'));
  const name = allCaps ? nameWords.map(titleCase).join(' ') : nameWords.join(' ');
  return `${kindWord} ${name}`;
}

function titleCase(word: string): string {
  const lower = word.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}
