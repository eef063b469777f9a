// Dates and the numbers of cited documents in a report's line: recognised as such and set apart,
// so that "Kế hoạch số 12/KH-UBND" or "ngày 15/6/2026" is never read as a count of dossiers.
// Patterns run on folded text (see foldKeepingLength); the original gives the case of codes.

export interface ReferenceSpan {
  kind: 'date' | 'document';
  index: number;
  end: number;
}

const KINDS =
  'nghi dinh|nghi quyet|quyet dinh|ke hoach|cong van|thong tu|thong tu lien tich|chi thi|bao cao|de an|to trinh|thong bao|huong dan|luat|van ban|cong dien|ket luan|decree|decision|plan|circular|resolution|official letter|directive';

// "Kế hoạch số 12/KH-UBND", "Quyết định 1085/QĐ-UBND", "Nghị quyết số 57-NQ/TW", "Đề án 06".
const CITED = new RegExp(`(?<![a-z])(${KINDS})(\\s+(so|no\\.?|number))?\\s+\\d+([/-][\\da-z&.đ-]*[\\da-z])*`, 'g');
// "3075/UBND-TTPVHCC", "118/2025/NĐ-CP", "57-NQ/TW": a number, "/" or "-", and a code in capitals.
const CODE = /(?<![\d.,/])\d+(?:\/\d{4})?[/-](?=[A-ZĐ])[A-ZĐ][\wĐ&.-]*(?:\/[A-ZĐ][\wĐ&.-]*)*/g;

const DATES: RegExp[] = [
  // "15/6/2026", "15-6-2026", "15.6.2026"
  /(?<![\d.,/])\d{1,2}([/.-])\d{1,2}\1\d{4}(?![\d/])/g,
  // "15/3" after "ngày", "từ", "đến (hết)", "from", "to": a day and a month.
  /(?<=(?:ngay|tu|den|het|from|to|on|until)\s{1,3})\d{1,2}\/\d{1,2}(?![\d/])/g,
  // "tháng 6/2026", "tháng 4", "quý I/2026", "quý 2 năm 2026", "6 tháng đầu năm 2026", "năm 2026"
  /(?<![a-z])thang\s+\d{1,2}(?:\/\d{4})?(?![\d/])/g,
  /(?<![a-z])quy\s+(?:[ivx]+|\d)\s*\/\s*\d{4}(?!\d)/g,
  /(?<![a-z])quy\s+\d(?![\d/])/g,
  /(?<![\d.,])\d{1,2}\s+thang\s+(?:dau|cuoi)\s+nam(?:\s+\d{4})?/g,
  /(?<![a-z])(?:nam|year)\s+\d{4}(?!\d)/g,
  // "quý II năm 2026", "tháng 6 năm 2026", "6 tháng đầu năm 2026": the period as one date.
  /(?<![a-z])(?:quy\s+(?:[ivx]+|\d)|thang\s+\d{1,2}|\d{1,2}\s+thang\s+(?:dau|cuoi))\s+nam\s+\d{4}(?!\d)/g,
  // "ngày 5", "ngày 30" without a month: still a date.
  /(?<![a-z])ngay\s+\d{1,2}(?![\d/.,])/g,
  // English narrative: "in Q2 2026", "2026" after "of"
  /(?<![a-z])q[1-4]\s+\d{4}(?!\d)/g,
];

function matches(pattern: RegExp, text: string, kind: ReferenceSpan['kind']): ReferenceSpan[] {
  return [...text.matchAll(pattern)]
    .map((match) => {
      const index = match.index ?? 0;
      return { kind, index, end: index + match[0].replace(/[.\-/]+$/, '').length };
    })
    .filter((span) => !/^[.,/]?\d/.test(text.slice(span.end, span.end + 2)));
}

function isDayMonth(folded: string, span: ReferenceSpan): boolean {
  const match = /^(\d{1,2})[/.-](\d{1,2})/.exec(folded.slice(span.index, span.end));
  if (!match) return true;
  const day = Number(match[1]);
  const month = Number(match[2]);
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

/** The dates and cited documents of one line, without overlaps, in the order written. */
export function referenceSpans(folded: string, original: string): ReferenceSpan[] {
  const found = [
    ...matches(CITED, folded, 'document'),
    ...matches(CODE, original, 'document'),
    ...DATES.flatMap((pattern) => matches(pattern, folded, 'date')).filter((span) => isDayMonth(folded, span)),
  ];
  // The longest first, so that "Nghị định số 118/2025/NĐ-CP" keeps its code and "14/6/2026" its year.
  found.sort((a, b) => b.end - b.index - (a.end - a.index) || a.index - b.index);
  const kept: ReferenceSpan[] = [];
  for (const span of found) {
    if (kept.some((k) => span.index < k.end && span.end > k.index)) continue;
    kept.push(span);
  }
  return kept.sort((a, b) => a.index - b.index);
}
