// What is wrong with an export file (or the map file, or the output), naming the file and what to
// do: the same words in the CLI and the pane for the same files.
import type { Lang } from '../../core/types';
import type { ExportFileKind } from '../../core/build/export-files';
import type { ColumnKey } from '../../core/build/types';

type Texts = Record<Lang, string>;

/** Errors that name the file and what to do. */
export const FILE_ERROR = {
  xls: (file: string): Texts => ({
    vi: `${file}: tệp .xls (Excel 97-2003) không đọc được. Mở tệp trong Excel và chọn Lưu thành (Save As) → "Sổ làm việc Excel (*.xlsx)", rồi chạy lại với tệp .xlsx.`,
    en: `${file}: .xls (Excel 97-2003) files cannot be read. Open it in Excel, Save As "Excel Workbook (*.xlsx)" and run again with the .xlsx.`,
  }),
  htmlAsXls: (file: string): Texts => ({
    vi: `${file}: tệp này là trang HTML mang đuôi .xls (nhiều hệ thống xuất như vậy). Mở trong Excel và Lưu thành "Sổ làm việc Excel (*.xlsx)".`,
    en: `${file}: this is an HTML page named .xls (many platforms export so). Open it in Excel and Save As "Excel Workbook (*.xlsx)".`,
  }),
  empty: (file: string): Texts => ({ vi: `${file}: tệp trống.`, en: `${file}: the file is empty.` }),
  onlyHidden: (file: string): Texts => ({
    vi: `${file}: chỉ có trang tính bị ẩn; hiện trang tính chứa danh sách hồ sơ trong Excel rồi chạy lại.`,
    en: `${file}: only hidden sheets; unhide the sheet with the dossier list in Excel and run again.`,
  }),
  cannotWrite: (file: string, code: string): Texts => ({
    vi: `${file}: không ghi được tệp (${code})${code === 'EBUSY' || code === 'EPERM' || code === 'EACCES' ? ' — tệp có đang mở trong Excel không?' : ''}.`,
    en: `${file}: the file cannot be written (${code})${code === 'EBUSY' || code === 'EPERM' || code === 'EACCES' ? ' — is it open in Excel?' : ''}.`,
  }),
  notFound: (file: string): Texts => ({ vi: `${file}: không tìm thấy tệp.`, en: `${file}: file not found.` }),
  unsupported: (file: string): Texts => ({
    vi: `${file}: chỉ đọc được tệp .xlsx, .xls, .et (WPS), .ods và .csv.`,
    en: `${file}: only .xlsx, .xls, .et (WPS), .ods and .csv files can be read.`,
  }),
  unreadable: (file: string, detail: string): Texts => ({
    vi: `${file}: không đọc được tệp (${detail}).`,
    en: `${file}: the file cannot be read (${detail}).`,
  }),
  /** `keys` are the missing column keys; `file` the export's name, the key of its answers. */
  noHeader: (source: string, missing: string, keys: ColumnKey[], file: string): Texts => {
    const columns = keys.map((key) => `"${key}": "…"`).join(', ');
    const example = `{"sources": {${JSON.stringify(file)}: {"columns": {${columns}}}}}`;
    const field = keys.includes('field');
    return {
      vi: `${source}: không tìm thấy dòng tiêu đề có các cột ${missing}. Chỉ rõ tên cột trong tệp ánh xạ (--map): ${example}${field ? `; nếu cả tệp thuộc một lĩnh vực: --field ${JSON.stringify(`${file}=TÊN LĨNH VỰC`)}` : ''}.`,
      en: `${source}: no header row with the columns ${missing}. Name them in a map file (--map): ${example}${field ? `; if the whole file is one field: --field ${JSON.stringify(`${file}=FIELD NAME`)}` : ''}.`,
    };
  },
  badMap: (file: string, detail: string): Texts => ({
    vi: `${file}: tệp ánh xạ không hợp lệ (${detail}).`,
    en: `${file}: invalid map file (${detail}).`,
  }),
};

/** The message for a refused export file, the same in the CLI and the pane. */
export function refusedFileMessage(reason: Extract<ExportFileKind, { kind: 'refused' }>['reason'], file: string, lang: Lang): string {
  if (reason === 'xls') return FILE_ERROR.xls(file)[lang];
  if (reason === 'html-as-xls') return FILE_ERROR.htmlAsXls(file)[lang];
  if (reason === 'not-xlsx') return FILE_ERROR.unreadable(file, 'not a zip/xlsx container')[lang];
  return FILE_ERROR.unsupported(file)[lang];
}
