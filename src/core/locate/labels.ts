// What a row's label says it is: totals, rates, sections, breakdowns, footers. Totals are matched
// with their diacritics ("Cộng", not "Công chứng"); labels typed without diacritics get a stricter test.
import { foldText } from '../text';

/** Words after "Cộng"/"Tổng" that name a period or a part, not a field: "Cộng quý II", "Tổng 6 tháng". */
const PERIOD_OR_PART = '(quy|thang|nam|ky|muc|phan|toan|[ivx]+|[a-h]|\\d+)';

function lowerWords(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * "Tổng cộng", "Tổng số", "TỔNG", "Cộng", "Cộng quý II", "Cộng 6 tháng", "Tổng cộng toàn xã",
 * "Cộng mục I" — but not "Công chứng", "Công thương", "Cộng đồng …" or "Tổng hợp …".
 */
export function isTotalLabel(raw: string): boolean {
  const words = lowerWords(raw);
  if (words === '') return false;
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(words)) {
    if (/^tong (cong|so)( |$)/.test(words)) return true;
    return new RegExp(`^(tong|cong)( ${PERIOD_OR_PART}( .*)?)?$`).test(words);
  }
  if (/^tổng (cộng|số)( |$)/.test(words)) return true;
  if (/^cộng (đồng|tác|hòa|hoà|sản|sự|hưởng)( |$)/.test(words)) return false;
  if (/^cộng( |$)/.test(words)) return true;
  const folded = foldText(words);
  return /^tổng( |$)/.test(words) && new RegExp(`^tong( ${PERIOD_OR_PART}( .*)?)?$`).test(folded);
}

export function isRatesLabel(raw: string): boolean {
  return /^t[yi] le\b/.test(
    foldText(raw)
      .replace(/[^a-z0-9 ]/g, ' ')
      .trim(),
  );
}

/**
 * "I", "II.", "A", "B)" in the STT column, "I. Trên hệ thống…" or "Phần 1"/"Mục II" as the label.
 * Upper case only: "a)", "i)" number fields, not sections.
 */
export function isSectionMarker(stt: string, label: string): boolean {
  const marker = stt.replace(/[.)\s]/g, '');
  if (/^(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|[A-H])$/.test(marker)) return true;
  if (/^(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|[A-H])[.)]\s/.test(label.trim())) return true;
  return /^(phan|muc)\s+([0-9]+|[ivx]+)\b/.test(foldText(label));
}

/** A breakdown of the field above: "- Trong đó: Đăng ký khai sinh", STT "-" or "+" (when fields are numbered otherwise). */
export function isBreakdownLabel(stt: string, label: string, lastFieldStt: string | undefined): boolean {
  const marker = stt.trim();
  if (/^[-+•*–]$/.test(marker)) return lastFieldStt !== undefined && lastFieldStt !== marker;
  return /^([-+•*–]\s|trong do\b)/.test(foldText(label));
}

/** "1.1", "2.3." → its parent's number "1", "2". */
export function subNumberParent(stt: string): string | null {
  const match = /^(\d+)\.\d+\.?$/.exec(stt.trim());
  return match ? match[1] : null;
}

/** "1", "12." in the STT column. */
export function isFieldNumber(stt: string): boolean {
  return /^\d+\.?$/.test(stt.trim());
}

/** The signature block and notes under a table: where it ends. */
export function isFooterLabel(raw: string): boolean {
  return /^(ghi chu|nguoi lap|noi nhan|thu truong|lanh dao|xac nhan|chu tich|ket luan|kt\.? |t\/m|tm\.? )/.test(foldText(raw));
}
