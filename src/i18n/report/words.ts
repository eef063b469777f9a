// The words of the whole report around section I.2, in the seed report's own wording (vi) and in
// English: header block, title, the parts and headings of the seed's structure, the places left
// to write, "Nơi nhận", the signing block and the annex page.
import type { Lang } from '../../core/types';

export interface ReportWords {
  nation: string;
  motto: string;
  defaultIssuer: string;
  /** The number line with the number left for the office. */
  number: string;
  /** "{place}, ngày {gap} tháng {month} năm {year}". */
  placeDate: string;
  dayGap: string;
  kind: string;
  /** "Kết quả hoạt động của Trung tâm … {period}, nhiệm vụ trọng tâm {next}". */
  summary: string;
  /** "(Số liệu tính từ ngày {from} đến hết ngày {to})". */
  summaryRange: string;
  intro: string;
  partResults: string;
  leadership: string;
  ranking: string;
  difficulties: string;
  partTasks: string;
  closing: string;
  /** What each empty place is for. */
  write: { direction: string; leadership: string; ranking: string; difficulties: string; tasks: string };
  recipientsLabel: string;
  recipients: string[];
  signerTitleHint: string;
  signerHint: string;
  placeHint: string;
  unitHint: string;
  annexLabel: string;
  annexTitle: string;
  annexAttached: string;
  annexOfUnit: string;
  annexRange: string;
  /** The issuer in a sentence: "Ủy ban nhân dân {unit}". */
  issuerInText: string;
  /** The period after 6 months. */
  secondHalf: { bare: string; withYear: string };
  nextYear: string;
  unknownNext: string;
  /** The period and the next in the summary: same year, or each with its year. */
  periodAndNext: { sameYear: string; years: string };
  documentTitle: string;
}

export const reportWords: Record<Lang, ReportWords> = {
  vi: {
    nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    defaultIssuer: 'ỦY BAN NHÂN DÂN',
    number: 'Số:        /BC-UBND',
    placeDate: '{place}, ngày {gap} tháng {month} năm {year}',
    dayGap: '      ',
    kind: 'BÁO CÁO',
    summary: 'Kết quả hoạt động của Trung tâm Phục vụ hành chính công {periodAndNext}',
    summaryRange: '(Số liệu tính từ ngày {from} đến hết ngày {to})',
    intro: 'Thực hiện sự chỉ đạo của {direction}, {issuer} báo cáo kết quả hoạt động của Trung tâm Phục vụ hành chính công {periodAndNext}, cụ thể như sau:',
    partResults: 'I. KẾT QUẢ HOẠT ĐỘNG {period}',
    leadership: '1. Công tác lãnh đạo, chỉ đạo',
    ranking: '3. Kết quả xếp hạng trên Dịch vụ công quốc gia về đánh giá chất lượng phục vụ:',
    difficulties: '4. Một số khó khăn, hạn chế',
    partTasks: 'II. NHIỆM VỤ TRỌNG TÂM {next}',
    closing: 'Trên đây là báo cáo kết quả hoạt động của Trung tâm Phục vụ hành chính công {unit} {periodAndNext}./.',
    write: {
      direction: 'cấp ủy, cơ quan chỉ đạo',
      leadership: 'Phần cần viết: các văn bản chỉ đạo đã triển khai và đã ban hành trong kỳ (số, ngày ghi ở chú thích cuối trang), các việc đã làm',
      ranking: 'Phần cần viết: điểm và thứ hạng đánh giá chất lượng phục vụ trên Cổng Dịch vụ công quốc gia, thời điểm tính',
      difficulties: 'Phần cần viết: những khó khăn, hạn chế trong kỳ và nguyên nhân',
      tasks: 'Phần cần viết: các nhiệm vụ trọng tâm, chỉ tiêu của kỳ tới',
    },
    recipientsLabel: 'Nơi nhận:',
    recipients: ['- Thường trực Đảng ủy;', '- Lãnh đạo UBND;', '- Các cơ quan, đơn vị liên quan;', '- Lưu: VT, HCC.'],
    signerTitleHint: 'quyền hạn, chức vụ người ký',
    signerHint: 'họ và tên người ký',
    placeHint: 'địa danh',
    unitHint: 'tên đơn vị',
    annexLabel: 'Phụ lục',
    annexTitle: 'KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH {period}',
    annexAttached: '(Kèm theo Báo cáo số        /BC-UBND ngày        của {issuer})',
    annexOfUnit: ' CỦA {unit}',
    annexRange: '(Số liệu tính {range})',
    issuerInText: 'Ủy ban nhân dân',
    secondHalf: { bare: '6 tháng cuối năm', withYear: '6 tháng cuối năm {year}' },
    nextYear: 'năm {year}',
    unknownNext: 'kỳ tới',
    periodAndNext: { sameYear: '{period}, nhiệm vụ trọng tâm {next} năm {year}', years: '{periodYear}, nhiệm vụ trọng tâm {nextYear}' },
    documentTitle: 'Báo cáo kết quả hoạt động của Trung tâm Phục vụ hành chính công {period}',
  },
  en: {
    nation: 'SOCIALIST REPUBLIC OF VIETNAM',
    motto: 'Independence - Freedom - Happiness',
    defaultIssuer: "PEOPLE'S COMMITTEE",
    number: 'No.:        /BC-UBND',
    placeDate: '{place}, {gap} {month}/{year}',
    dayGap: '      ',
    kind: 'REPORT',
    summary: 'Activities of the Public Administrative Service Centre in {periodAndNext}',
    summaryRange: '(Figures from {from} to the end of {to})',
    intro: 'As directed by {direction}, {issuer} reports the activities of the Public Administrative Service Centre in {periodAndNext}, as follows:',
    partResults: 'I. RESULTS OF {period}',
    leadership: '1. Leadership and direction',
    ranking: '3. Service-quality ranking on the National Public Service Portal:',
    difficulties: '4. Difficulties and shortcomings',
    partTasks: 'II. KEY TASKS FOR {next}',
    closing: 'This is the report on the activities of the Public Administrative Service Centre of {unit} in {periodAndNext}./.',
    write: {
      direction: 'the directing body',
      leadership: 'To write: the directives carried out and issued in the period (numbers and dates in footnotes), what was done',
      ranking: 'To write: the service-quality score and rank on the National Public Service Portal, and as of when',
      difficulties: 'To write: the difficulties and shortcomings of the period, and their causes',
      tasks: 'To write: the key tasks and targets of the next period',
    },
    recipientsLabel: 'Recipients:',
    recipients: ['- Standing Committee of the Party;', "- Leaders of the People's Committee;", '- Agencies and units concerned;', '- Archived: VT, HCC.'],
    signerTitleHint: "signer's authority and title",
    signerHint: "signer's full name",
    placeHint: 'place',
    unitHint: 'unit',
    annexLabel: 'Annex',
    annexTitle: 'RESULTS OF ADMINISTRATIVE PROCEDURES, {period}',
    annexAttached: '(Attached to Report No.        /BC-UBND of        by {issuer})',
    annexOfUnit: ', {unit}',
    annexRange: '(Figures {range})',
    issuerInText: "the People's Committee of",
    secondHalf: { bare: 'the second half', withYear: 'the second half of {year}' },
    nextYear: 'the year {year}',
    unknownNext: 'the next period',
    periodAndNext: { sameYear: '{period} and key tasks for {next} of {year}', years: '{periodYear} and key tasks for {nextYear}' },
    documentTitle: 'Report on the activities of the Public Administrative Service Centre, {period}',
  },
};
