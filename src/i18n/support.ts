// Said in the pane when this Excel lacks what the add-in's core path needs (ExcelApi 1.4: the
// workbook's add-in settings and reads that tolerate a missing sheet).
import type { LocalizedText } from '../core/types';

export const unsupportedExcelText: LocalizedText = {
  vi: 'Phiên bản Excel này chưa có ExcelApi 1.4 (Excel 2016 mua một lần chỉ có 1.1), nên bổ trợ không kiểm tra được trang tính. Hãy dùng trang kiểm tra ngoại tuyến tthc-report.html (mở bằng Chrome, Edge hoặc Firefox) hoặc lệnh tthc-report validate TỆP.xlsx --annotate BAN-DANH-DAU.xlsx; hoặc Excel trên web, Excel 2019 trở lên, Microsoft 365.',
  en: 'This Excel lacks ExcelApi 1.4 (one-time-purchase Excel 2016 has only 1.1), so the add-in cannot check the sheet. Use the offline page tthc-report.html (in Chrome, Edge or Firefox) or tthc-report validate FILE.xlsx --annotate ANNOTATED.xlsx; or Excel on the web, Excel 2019 or later, Microsoft 365.',
};
