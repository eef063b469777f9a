// Numbers as a report writes them ("3.575", "3 575", "98,4%", "1.000%"), found in folded text
// whose indexes are the original's.
import { parseNumberText } from '../../numbers';
/**
 * A number followed by another unit is not a dossier count: "đã giải quyết 02 ý kiến phản ánh",
 * "sửa đổi, bổ sung 25 thủ tục", "rút ngắn 5 ngày".
 */
export const OTHER_UNIT =
  /^\s*(thu tuc|tthc|y kien|phan anh|kien nghi|cong van|van ban|quyet dinh|ke hoach|bao cao|luot|nguoi|can bo|cong chuc|vien chuc|ngay|thang|nam|gio|phut|lan|don vi|linh vuc|dich vu|diem|xa|phuong|tuoi|cuoc goi|buoi|hoi nghi|lop|procedures?|days?|months?|times|people|comments?|points?)(?![a-z])/;

/** Folds each character alone so that indexes in the folded text are indexes in the original. */
export function foldKeepingLength(text: string): string {
  let out = '';
  for (const ch of text) {
    let folded = ch
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    if (folded === 'đ') folded = 'd';
    out += folded.length === ch.length ? folded : ch.length === 1 ? ' ' : ch;
  }
  return out;
}

// "3.575", "3,575", "3 575", "98,4%", "98.4 %": parseNumberText decides which separator is which.
// A number glued to letters ("Covid19") is not a figure; "2.774/2.836" is two numbers.
const NUMBER_TOKEN = /(?<![a-z\d.,])(\d{1,3}(?:[  ]\d{3})+(?![\d/-])|\d+(?:[.,]\d+)*)(?![a-z\d]|[.,]\d)(\s*%)?/g;

export interface NumberToken {
  index: number;
  /** Where the number (and its "%") ends. */
  end: number;
  /** Followed by a unit other than dossiers ("25 thủ tục"). */
  otherUnit: boolean;
  raw: string;
  value: number;
  decimals: number;
  percent: boolean;
  /** "1.000%" is 1 in English and 1000 in Vietnamese: the other reading, when there is one. */
  grouped?: number;
}

/** Every number of `text` (folded), dates and document numbers included: the caller sets those apart. */
export function numberTokens(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const match of text.matchAll(NUMBER_TOKEN)) {
    const raw = match[0].replace(/\s+%$/, '%');
    const parsed = parseNumberText(raw.replace(/[  ]/g, ''));
    if (!parsed) continue;
    const index = match.index ?? 0;
    const end = index + match[0].length;
    const otherUnit = !parsed.percent && OTHER_UNIT.test(text.slice(end, end + 24));
    const token: NumberToken = { index, end, otherUnit, raw, value: parsed.value, decimals: parsed.decimals, percent: parsed.percent };
    if (parsed.percent && /^\d{1,3}([.,]\d{3})+%$/.test(raw)) token.grouped = Number(raw.replace(/[.,%]/g, ''));
    tokens.push(token);
  }
  return tokens;
}

/** The unit after a number, as written ("công văn", "điểm"), when it is not dossiers. */
export function unitAfter(folded: string, original: string, end: number): string | null {
  const match = OTHER_UNIT.exec(folded.slice(end, end + 24));
  if (!match) return null;
  const start = end + match[0].length - match[0].trimStart().length;
  return original.slice(start, end + match[0].length);
}
