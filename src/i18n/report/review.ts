// The words of `report --previous-report`: what was brought up to date, what was corrected from
// the table, and the review list of the old period's figures left for the clerk.
import type { FindingKind, ReviewFinding } from '../../core/report/previous/review';
import type { PlanProblem } from '../../core/report/previous/plan';
import type { Lang, LocalizedText } from '../../core/types';

export type PreviousReportProblemKind = 'word-97' | 'not-docx' | 'damaged';

const KIND: Record<Lang, Record<Exclude<FindingKind, 'corrected'>, string>> = {
  vi: { count: 'số lượng', rate: 'tỷ lệ', score: 'điểm', rank: 'thứ hạng', date: 'ngày', period: 'kỳ' },
  en: { count: 'count', rate: 'rate', score: 'score', rank: 'rank', date: 'date', period: 'period' },
};

export const previousReportTexts = {
  written: (out: string, from: string): LocalizedText => ({
    vi: `Đã ghi ${out} (cập nhật từ ${from}).`,
    en: `Wrote ${out} (brought up to date from ${from}).`,
  }),
  periodMoved: (count: number, period: string): LocalizedText => ({
    vi: `Kỳ báo cáo: đã đổi ${count} chỗ sang ${period} (trích yếu, ngày tháng, tiêu đề các phần, câu kết).`,
    en: `Period: ${count} places moved to ${period} (summary, date line, part headings, closing).`,
  }),
  sectionReplaced: (old: number, now: number): LocalizedText => ({
    vi: `Mục I.2: ${old} đoạn cũ đã thay bằng ${now} đoạn viết từ bảng.`,
    en: `Section I.2: ${old} old paragraphs replaced by ${now} written from the table.`,
  }),
  tablesKept: (count: number): LocalizedText => ({
    vi: `Mục I.2 cũ có ${count} bảng: đã giữ lại ngay sau mục mới — xem và xóa nếu không cần.`,
    en: `The old section I.2 held ${count} table(s): kept right after the new section — check and delete if not needed.`,
  }),
  correctedHeader: (count: number): LocalizedText => ({
    vi: `Đã sửa theo bảng (tô xanh) ${count} số liệu:`,
    en: `Corrected from the table (green) ${count} figure(s):`,
  }),
  reviewHeader: (count: number): LocalizedText => ({
    vi: `Cần xem lại (tô vàng) ${count} chỗ — số liệu, ngày của kỳ trước:`,
    en: `To review (yellow) ${count} place(s) — figures and dates of the previous period:`,
  }),
  nothingToReview: {
    vi: 'Không còn số liệu nào của kỳ trước cần xem lại trong phần I.',
    en: 'No figure of the previous period is left to review in part I.',
  } as LocalizedText,
  corrected: (finding: ReviewFinding): LocalizedText => ({
    vi: `“${finding.found}” → “${finding.replacement}”: ${finding.context}`,
    en: `“${finding.found}” → “${finding.replacement}”: ${finding.context}`,
  }),
  review: (finding: ReviewFinding, lang: Lang): string =>
    `${KIND[lang][finding.kind as Exclude<FindingKind, 'corrected'>]} “${finding.found}”: ${finding.context}`,
  problem: {
    'no-results-section': {
      vi: 'Không tìm thấy mục “Kết quả tiếp nhận và trả kết quả…” trong báo cáo kỳ trước: mục viết từ bảng chưa được đưa vào (lấy bằng lệnh narrative).',
      en: 'No “Kết quả tiếp nhận và trả kết quả…” section in the previous report: the section written from the table is not in it (get it with the narrative command).',
    },
    'no-part-one': {
      vi: 'Không tìm thấy phần “I.” trong báo cáo kỳ trước: số liệu phần I chưa được rà soát.',
      en: 'No part “I.” in the previous report: the figures of part I were not reviewed.',
    },
    'old-period-unknown': {
      vi: 'Không đọc được kỳ của báo cáo kỳ trước (quý, năm, “Số liệu tính từ ngày … đến hết ngày …”): kỳ báo cáo chưa được đổi.',
      en: 'The previous report names no period that could be read (quarter, year, “Số liệu tính từ ngày … đến hết ngày …”): the period was not changed.',
    },
    'period-not-quarter': {
      vi: 'Kỳ mới không phải một quý: các chữ “quý …” của báo cáo cũ được tô vàng để sửa tay.',
      en: 'The new period is not a quarter: the old report’s “quý …” words are highlighted for a manual change.',
    },
    'old-annex': {
      vi: 'Cuối báo cáo kỳ trước còn bảng phụ lục cũ: bảng mới đã được thêm vào trang cuối (khổ ngang); hãy xóa bảng cũ.',
      en: 'The previous report still ends with the old annex table: the new one is added on the last (landscape) page; delete the old one.',
    },
  } as Record<PlanProblem, LocalizedText>,
  fileProblem: (file: string, problem: PreviousReportProblemKind, detail: string): LocalizedText =>
    ({
      'word-97': {
        vi: `${file}: tệp Word 97-2003 (.doc). Hãy mở tệp trong Word, chọn Lưu thành (Save As) “Tài liệu Word (*.docx)”, rồi chạy lại với tệp .docx.`,
        en: `${file}: a Word 97-2003 file (.doc). Open it in Word, Save As “Word Document (*.docx)”, and run again with the .docx.`,
      },
      'not-docx': { vi: `${file}: không phải tệp Word .docx.`, en: `${file}: not a Word .docx file.` },
      damaged: { vi: `${file}: tệp .docx bị hỏng (${detail}).`, en: `${file}: the .docx is damaged (${detail}).` },
    })[problem],
};

/** The review list as lines: corrected figures, then the places to review, each with its section. */
export function reviewLines(findings: ReviewFinding[], lang: Lang, indent = '  '): string[] {
  const t = previousReportTexts;
  const where = (f: ReviewFinding) => (f.section ? `${f.section.padEnd(5)}` : '     ');
  const corrected = findings.filter((f) => f.kind === 'corrected');
  const review = findings.filter((f) => f.kind !== 'corrected');
  const lines: string[] = [];
  if (corrected.length > 0) {
    lines.push(t.correctedHeader(corrected.length)[lang]);
    for (const f of corrected) lines.push(`${indent}${where(f)}${t.corrected(f)[lang]}`);
  }
  if (review.length === 0) lines.push(t.nothingToReview[lang]);
  else {
    lines.push(t.reviewHeader(review.length)[lang]);
    for (const f of review) lines.push(`${indent}${where(f)}${t.review(f, lang)}`);
  }
  return lines;
}
