// The Báo cáo panel's full-report controls, vi and en.
import type { Lang } from '../../core/types';

export interface FullReportPaneTexts {
  title: string;
  intro: string;
  previousLabel: string;
  signerLabel: string;
  signerTitleLabel: string;
  signerTitlePlaceholder: string;
  download: string;
  building: string;
  downloaded: (file: string) => string;
  updated: (file: string, from: string) => string;
  mac: string;
  macWithPrevious: (file: string) => string;
  failed: (message: string) => string;
  reviewTitle: string;
}

export const fullReportPaneTexts: Record<Lang, FullReportPaneTexts> = {
  vi: {
    title: 'Báo cáo đầy đủ',
    intro:
      'Cả bản báo cáo theo thể thức Nghị định 30/2020/NĐ-CP, với bảng phụ lục trên một trang ngang. Chọn báo cáo kỳ trước để cập nhật nó thay vì viết mới.',
    previousLabel: 'Báo cáo kỳ trước (.docx, không bắt buộc)',
    signerLabel: 'Người ký',
    signerTitleLabel: 'Chức vụ ký (mỗi dòng cách nhau bởi |)',
    signerTitlePlaceholder: 'KT. CHỦ TỊCH|PHÓ CHỦ TỊCH',
    download: 'Tải báo cáo đầy đủ .docx',
    building: 'Đang tạo báo cáo…',
    downloaded: (file) => `Đã tạo ${file}: xem thư mục Tải xuống.`,
    updated: (file, from) => `Đã tạo ${file} từ ${from}: các chỗ tô màu và danh sách dưới đây cần xem lại.`,
    mac: 'Excel trên máy Mac không tải được tệp từ ô tác vụ: cả bản báo cáo đã được chép vào bộ nhớ tạm — mở Word, tạo tài liệu mới và dán (⌘V).',
    macWithPrevious: (file) =>
      `Đã tạo ${file}. Excel trên máy Mac thường không tải được tệp từ ô tác vụ; nếu không thấy tệp, bỏ chọn báo cáo kỳ trước để chép cả bản báo cáo mới vào bộ nhớ tạm, hoặc dùng lệnh tthc-report report … --previous-report trên máy tính.`,
    failed: (message) => `Không tạo được báo cáo (${message}).`,
    reviewTitle: 'Cần xem lại trong báo cáo',
  },
  en: {
    title: 'Whole report',
    intro:
      'The whole report in the layout of Decree 30/2020/NĐ-CP, with the annex on one landscape page. Pick last period’s report to bring it up to date instead of writing a new one.',
    previousLabel: 'Previous report (.docx, optional)',
    signerLabel: 'Signer',
    signerTitleLabel: 'Signing title (lines separated by |)',
    signerTitlePlaceholder: 'KT. CHỦ TỊCH|PHÓ CHỦ TỊCH',
    download: 'Download the whole report .docx',
    building: 'Building the report…',
    downloaded: (file) => `Created ${file}: see your Downloads folder.`,
    updated: (file, from) => `Created ${file} from ${from}: review the highlighted places and the list below.`,
    mac: 'Excel on a Mac cannot download files from a task pane: the whole report is on the clipboard — open Word, create a document and paste (⌘V).',
    macWithPrevious: (file) =>
      `Created ${file}. Excel on a Mac usually cannot download files from a task pane; if no file appears, clear the previous report to copy the whole new report to the clipboard, or use tthc-report report … --previous-report on a computer.`,
    failed: (message) => `Cannot build the report (${message}).`,
    reviewTitle: 'To review in the report',
  },
};
