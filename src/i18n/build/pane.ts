// The task pane's "Lập phụ lục" panel, in Vietnamese and English.
import type { Lang } from '../../core/types';
import type { BuildPeriodProblem } from '../../core/build/period';

/** The task pane's "Lập phụ lục" panel. */
export interface BuildPaneTexts {
  title: string;
  intro: string;
  sourcesHeading: string;
  sheetsLabel: string;
  noSheets: string;
  refreshSheets: string;
  filesLabel: string;
  removeFile: string;
  periodHeading: string;
  from: string;
  to: string;
  quarter: string;
  /** The period kinds of the select: I–IV, then 6 months, 9 months, the year. */
  periodKinds: { value: string; text: string }[];
  year: string;
  fillQuarter: string;
  templateCheck: string;
  templateSheet: string;
  build: string;
  reading: (what: string) => string;
  writing: (done: number, total: number) => string;
  needSource: string;
  badFrom: string;
  badTo: string;
  reversed: string;
  badYear: string;
  noTemplate: (sheet: string) => string;
  noDossiers: string;
  sourceProblem: (source: string, missing: string) => string;
  built: (annex: string, detail: string, counted: number) => string;
  failed: (reason: string) => string;
  mappingHeading: (sources: number) => string;
  mappingHint: string;
  automatic: string;
  mappingSaved: string;
  defaultChannel: string;
  channelFromColumn: string;
  statusesHeading: string;
  skipStatus: string;
  questionsOpen: (dossiers: number) => string;
  questionsHeading: string;
  questionsHint: string;
  chooseAnswer: string;
  channelAnswer: string;
  statusAnswer: string;
  statusFromDates: string;
  fieldAnswer: string;
  fieldPlaceholder: string;
  saveAnswer: string;
  reportHeading: string;
  countsHeading: string;
  countsHint: string;
  fieldColumn: string;
  totalRow: string;
  dossiersIn: (field: string, column: string, cell: string, count: number) => string;
  showCell: string;
  moreDossiers: (more: number, cell: string, sheet: string) => string;
  dossierHeaders: string[];
}

export const BUILD_PANE_TEXT: Record<Lang, BuildPaneTexts> = {
  vi: {
    title: 'Lập phụ lục',
    intro: 'Lập phụ lục từ danh sách hồ sơ xuất từ các hệ thống: chọn các trang (hoặc tệp .csv, .xlsx) chứa danh sách hồ sơ và kỳ báo cáo.',
    sourcesHeading: 'Dữ liệu hồ sơ',
    sheetsLabel: 'Các trang trong sổ làm việc này',
    noSheets: 'Không có trang nào khác ngoài các trang do phần bổ trợ lập.',
    refreshSheets: 'Làm mới',
    filesLabel: 'Hoặc chọn tệp xuất (.csv, .xlsx)',
    removeFile: 'Bỏ',
    periodHeading: 'Kỳ báo cáo',
    from: 'Từ ngày (dd/mm/yyyy)',
    to: 'Đến ngày (dd/mm/yyyy)',
    quarter: 'Kỳ',
    periodKinds: [
      { value: '1', text: 'Quý I' },
      { value: '2', text: 'Quý II' },
      { value: '3', text: 'Quý III' },
      { value: '4', text: 'Quý IV' },
      { value: '6T', text: '6 tháng đầu năm' },
      { value: '9T', text: '9 tháng' },
      { value: 'năm', text: 'Cả năm' },
    ],
    year: 'Năm',
    fillQuarter: 'Điền ngày theo kỳ (15 → 14)',
    templateCheck: 'Xếp lĩnh vực theo phụ lục của đơn vị trên trang',
    templateSheet: 'Trang phụ lục mẫu',
    build: 'Lập phụ lục',
    reading: (what) => `Đang đọc ${what}…`,
    writing: (done, total) => `Đang ghi trang Chi tiết: ${done}/${total} hồ sơ…`,
    needSource: 'Chọn ít nhất một trang hoặc một tệp chứa danh sách hồ sơ.',
    badFrom: 'Ngày bắt đầu kỳ không đọc được (dd/mm/yyyy).',
    badTo: 'Ngày kết thúc kỳ không đọc được (dd/mm/yyyy).',
    reversed: 'Ngày bắt đầu kỳ sau ngày kết thúc kỳ.',
    badYear: 'Năm phải có 4 chữ số.',
    noTemplate: (sheet) => `Không tìm thấy bảng phụ lục trên trang “${sheet}” để lấy thứ tự lĩnh vực.`,
    noDossiers: 'Không có hồ sơ nào trong kỳ để lập phụ lục (xem các dòng bị bỏ qua bên dưới).',
    sourceProblem: (source, missing) => `“${source}”: không tìm thấy các cột ${missing}. Chọn cột tương ứng trong phần Ánh xạ cột rồi bấm Lập phụ lục.`,
    built: (annex, detail, counted) => `Đã lập phụ lục trên trang “${annex}” từ ${counted} hồ sơ; danh sách từng hồ sơ ở trang “${detail}”.`,
    failed: (reason) => `Không lập được phụ lục: ${reason}`,
    mappingHeading: (sources) => `Ánh xạ cột (${sources} nguồn)`,
    mappingHint: 'Cột nào nhận sai, chọn lại; lựa chọn được lưu trong sổ làm việc cho các lần sau.',
    automatic: '— tự nhận —',
    mappingSaved: 'Đã lưu ánh xạ. Bấm Lập phụ lục để lập lại.',
    defaultChannel: 'Kênh nộp khi tệp không ghi',
    channelFromColumn: '— theo cột Kênh nộp —',
    statusesHeading: 'Nghĩa các trạng thái đã chọn',
    skipStatus: '— bỏ chọn —',
    questionsOpen: (dossiers) => `Chưa lập phụ lục: ${dossiers} hồ sơ trong kỳ còn thiếu thông tin. Trả lời các câu hỏi bên dưới rồi bấm Lập phụ lục.`,
    questionsHeading: 'Cần trả lời trước khi lập phụ lục',
    questionsHint: 'Các hồ sơ này chưa được tính vào cột nào: không rõ thì không tính là 0. Lựa chọn được lưu trong sổ làm việc.',
    chooseAnswer: '— chọn —',
    channelAnswer: 'Kênh nộp của các hồ sơ này',
    statusAnswer: 'Trạng thái',
    statusFromDates: 'Xác định theo ngày trả kết quả (có ngày trả: đã giải quyết; không có: đang giải quyết)',
    fieldAnswer: 'Lĩnh vực của các hồ sơ này',
    fieldPlaceholder: 'Tên lĩnh vực',
    saveAnswer: 'Lưu',
    reportHeading: 'Tóm tắt',
    countsHeading: 'Số liệu theo ô',
    countsHint: 'Bấm vào một số để xem các hồ sơ được tính ở ô đó.',
    fieldColumn: 'Lĩnh vực',
    totalRow: 'Tổng cộng',
    dossiersIn: (field, column, cell, count) => `${field} – ${column} (ô ${cell}): ${count} hồ sơ`,
    showCell: 'Chọn ô trên trang',
    moreDossiers: (more, cell, sheet) => `… và ${more} hồ sơ khác: lọc cột “Ô kết quả” hoặc “Ô tiếp nhận” = ${cell} trên trang “${sheet}”.`,
    dossierHeaders: ['Mã hồ sơ', 'Tiếp nhận', 'Hẹn trả', 'Kết thúc', 'Trạng thái', 'Nguồn'],
  },
  en: {
    title: 'Build annex',
    intro: 'Build the annex from the dossier lists the platforms export: choose the sheets (or .csv, .xlsx files) holding the lists, and the period.',
    sourcesHeading: 'Dossier data',
    sheetsLabel: 'Sheets of this workbook',
    noSheets: 'No sheets besides the ones the add-in made.',
    refreshSheets: 'Refresh',
    filesLabel: 'Or choose export files (.csv, .xlsx)',
    removeFile: 'Remove',
    periodHeading: 'Period',
    from: 'From (dd/mm/yyyy)',
    to: 'To (dd/mm/yyyy)',
    quarter: 'Period',
    periodKinds: [
      { value: '1', text: 'Quarter I' },
      { value: '2', text: 'Quarter II' },
      { value: '3', text: 'Quarter III' },
      { value: '4', text: 'Quarter IV' },
      { value: '6T', text: 'First 6 months' },
      { value: '9T', text: '9 months' },
      { value: 'năm', text: 'The year' },
    ],
    year: 'Year',
    fillQuarter: 'Fill the dates of the period (15th → 14th)',
    templateCheck: 'Order the fields as the unit’s annex on sheet',
    templateSheet: 'Template annex sheet',
    build: 'Build annex',
    reading: (what) => `Reading ${what}…`,
    writing: (done, total) => `Writing the details sheet: ${done}/${total} dossiers…`,
    needSource: 'Choose at least one sheet or file holding a dossier list.',
    badFrom: 'The start of the period cannot be read (dd/mm/yyyy).',
    badTo: 'The end of the period cannot be read (dd/mm/yyyy).',
    reversed: 'The period starts after it ends.',
    badYear: 'The year must have 4 digits.',
    noTemplate: (sheet) => `No annex table found on sheet “${sheet}” to take the field order from.`,
    noDossiers: 'No dossier in the period to build the annex from (see the skipped rows below).',
    sourceProblem: (source, missing) => `“${source}”: the columns ${missing} were not found. Pick them under Column mapping and build again.`,
    built: (annex, detail, counted) => `The annex is on sheet “${annex}”, built from ${counted} dossiers; each dossier is listed on sheet “${detail}”.`,
    failed: (reason) => `The annex could not be built: ${reason}`,
    mappingHeading: (sources) => `Column mapping (${sources} sources)`,
    mappingHint: 'Correct any column read wrongly; the choice is saved in the workbook for next time.',
    automatic: '— automatic —',
    mappingSaved: 'Mapping saved. Build again to use it.',
    defaultChannel: 'Channel when the file has none',
    channelFromColumn: '— from the channel column —',
    statusesHeading: 'Status wordings chosen',
    skipStatus: '— not chosen —',
    questionsOpen: (dossiers) => `The annex was not built: ${dossiers} dossiers of the period lack what it needs. Answer the questions below, then build again.`,
    questionsHeading: 'To answer before the annex is built',
    questionsHint: 'These dossiers are counted in no column yet: what is not known is not counted as 0. The answers are saved in the workbook.',
    chooseAnswer: '— choose —',
    channelAnswer: 'Channel of these dossiers',
    statusAnswer: 'Status',
    statusFromDates: 'Read from the return date (a return date: resolved; none: pending)',
    fieldAnswer: 'Field of these dossiers',
    fieldPlaceholder: 'Field name',
    saveAnswer: 'Save',
    reportHeading: 'Summary',
    countsHeading: 'Counts by cell',
    countsHint: 'Click a count to see the dossiers counted in it.',
    fieldColumn: 'Field',
    totalRow: 'Total',
    dossiersIn: (field, column, cell, count) => `${field} – ${column} (cell ${cell}): ${count} dossiers`,
    showCell: 'Select the cell',
    moreDossiers: (more, cell, sheet) => `… and ${more} more: filter column “Result cell” or “Received cell” = ${cell} on sheet “${sheet}”.`,
    dossierHeaders: ['Code', 'Received', 'Due', 'Ended', 'Status', 'Source'],
  },
};

/** The period's problem, naming the pane's fields. */
export function panePeriodProblem(problem: BuildPeriodProblem, texts: BuildPaneTexts): string {
  switch (problem.problem) {
    case 'missing':
    case 'bad-from':
      return texts.badFrom;
    case 'bad-to':
      return texts.badTo;
    case 'reversed':
      return texts.reversed;
    default:
      return texts.badYear;
  }
}
