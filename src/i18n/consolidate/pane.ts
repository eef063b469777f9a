// The "Tổng hợp" panel's words (vi, en).
import type { Lang } from '../../core/types';

export interface ConsolidatePaneTexts {
  title: string;
  intro: string;
  sheetsLabel: string;
  noSheets: string;
  filesLabel: string;
  filesChosen: (count: number) => string;
  consolidateButton: string;
  writeButton: string;
  reading: string;
  nothingChosen: string;
  unitsHeading: string;
  fieldsHeading: string;
  noFieldQuestions: string;
  keepOwn: string;
  mergeInto: (field: string) => string;
  duplicatesHeading: string;
  addPlatform: string;
  leaveOut: string;
  decideAndRetry: string;
  ready: (fields: number, units: number, invalid: number) => string;
  written: (sheets: string[]) => string;
  writtenWithErrors: (sheets: string[], line: string) => string;
  writeFailed: (reason: string) => string;
  openWorkbook: string;
}

export const consolidatePaneTexts: Record<Lang, ConsolidatePaneTexts> = {
  vi: {
    title: 'Tổng hợp',
    intro:
      'Tổng hợp phụ lục của nhiều đơn vị: chọn các trang tính trong sổ này và/hoặc các tệp các đơn vị gửi. Mỗi bảng được kiểm tra trước; bảng có lỗi vẫn được cộng như đã ghi và được đánh dấu.',
    sheetsLabel: 'Trang tính trong sổ đang mở',
    noSheets: 'Sổ này không có trang nào chứa bảng phụ lục.',
    filesLabel: 'Tệp của các đơn vị (.xlsx, .xls, .ods)',
    filesChosen: (count) => `Đã chọn ${count} tệp.`,
    consolidateButton: 'Kiểm tra và tổng hợp',
    writeButton: 'Ghi các trang Tổng hợp, Theo đơn vị, Kiểm tra',
    reading: 'Đang đọc và kiểm tra các bảng…',
    nothingChosen: 'Chưa chọn trang tính hay tệp nào.',
    unitsHeading: 'Kết quả kiểm tra từng đơn vị',
    fieldsHeading: 'Ghép lĩnh vực (xem và xác nhận)',
    noFieldQuestions: 'Mọi lĩnh vực đều cùng tên giữa các bảng.',
    keepOwn: 'Để thành dòng riêng',
    mergeInto: (field) => `Cộng vào “${field}”`,
    duplicatesHeading: 'Cần trả lời: các bảng sau có được cộng vào nhau không?',
    addPlatform: 'Cộng vào (hệ thống khác)',
    leaveOut: 'Không dùng bảng này',
    decideAndRetry: 'Chọn cho từng bảng rồi bấm lại “Kiểm tra và tổng hợp”.',
    ready: (fields, units, invalid) => `Sẵn sàng: ${fields} lĩnh vực, ${units} đơn vị${invalid > 0 ? `; ${invalid} đơn vị có bảng lỗi (được đánh dấu)` : ''}.`,
    written: (sheets) => `Đã ghi các trang ${sheets.map((s) => `“${s}”`).join(', ')}. Trang Tổng hợp đã được kiểm tra lại: hợp lệ.`,
    writtenWithErrors: (sheets, line) => `Đã ghi các trang ${sheets.map((s) => `“${s}”`).join(', ')}. Trang Tổng hợp kiểm tra lại: ${line}`,
    writeFailed: (reason) => `Không ghi được các trang: ${reason}`,
    openWorkbook: 'Sổ đang mở',
  },
  en: {
    title: 'Consolidate',
    intro:
      'Consolidate many units’ annexes: choose sheets of this workbook and/or the files the units sent. Every table is validated first; a table with errors is still added as typed, and marked.',
    sheetsLabel: 'Sheets of the open workbook',
    noSheets: 'No sheet of this workbook holds an annex table.',
    filesLabel: 'The units’ files (.xlsx, .xls, .ods)',
    filesChosen: (count) => `${count} file(s) chosen.`,
    consolidateButton: 'Check and consolidate',
    writeButton: 'Write the Tổng hợp, Theo đơn vị, Kiểm tra sheets',
    reading: 'Reading and checking the tables…',
    nothingChosen: 'No sheet or file chosen.',
    unitsHeading: 'Each unit’s check',
    fieldsHeading: 'Field matches (review and confirm)',
    noFieldQuestions: 'Every field has the same name in every table.',
    keepOwn: 'Keep as its own row',
    mergeInto: (field) => `Add into “${field}”`,
    duplicatesHeading: 'To decide: are these tables to be added together?',
    addPlatform: 'Add (another platform)',
    leaveOut: 'Leave this table out',
    decideAndRetry: 'Choose for each table, then click “Check and consolidate” again.',
    ready: (fields, units, invalid) => `Ready: ${fields} fields, ${units} units${invalid > 0 ? `; ${invalid} unit(s) with wrong tables (marked)` : ''}.`,
    written: (sheets) => `Wrote the sheets ${sheets.map((s) => `“${s}”`).join(', ')}. The Tổng hợp sheet was validated again: consistent.`,
    writtenWithErrors: (sheets, line) => `Wrote the sheets ${sheets.map((s) => `“${s}”`).join(', ')}. The Tổng hợp sheet validated again: ${line}`,
    writeFailed: (reason) => `Could not write the sheets: ${reason}`,
    openWorkbook: 'Open workbook',
  },
};
