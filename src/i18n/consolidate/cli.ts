// `tthc-report consolidate` in the clerk's words: usage, the summary that leads with the units
// whose tables are wrong, one verdict line per input, and the files written.
import type { ConsolidatedModel } from '../../core/consolidate/types';
import type { Lang, LocalizedText } from '../../core/types';
import { formatNumber } from '../../shared/numbers';
import { sourceName, sourceVerdict, unreadReason } from './notes';

const n = (value: number, lang: Lang) => formatNumber(value, lang);

export const consolidateCliTexts = {
  usage: {
    vi: `Cách dùng: tthc-report consolidate TỆP.xlsx… --out TONG-HOP.xlsx [tùy chọn]
Tổng hợp phụ lục của nhiều đơn vị (hoặc các bảng theo hệ thống của một đơn vị) thành một bảng đã kiểm tra.
Mỗi bảng được kiểm tra trước; bảng có lỗi vẫn được tổng hợp như đã ghi nhưng được đánh dấu (mã thoát 1).
  --out TỆP.xlsx           tệp kết quả: trang Tổng hợp, Theo đơn vị, Kiểm tra, Biểu đồ
  --template PHỤ-LỤC.xlsx  thứ tự (và tên) lĩnh vực theo một phụ lục mẫu
  --fields TỆP.json        bảng ghép lĩnh vực đã lưu: {"tên ở một bảng": "lĩnh vực"}
  --save-fields TỆP.json   lưu các cách ghép lĩnh vực lần này để sửa và dùng lại
  --units TỆP.json         tên đơn vị, hệ thống hoặc bỏ bảng: {"tep.xlsx": "xã An Phú"},
                           {"tep.xlsx": {"unit": "xã An Phú", "platform": "Hệ thống các Bộ"}}, {"tep.xlsx": {"use": false}}
  --expected DS.txt        danh sách đơn vị phải nộp (mỗi dòng một đơn vị, có thể thêm "<TAB>nhóm"):
                           đơn vị chưa nộp được liệt kê, có dòng cộng theo nhóm
  --sheet TÊN              chỉ lấy trang tính này trong mỗi tệp
  --skip-invalid           bỏ các đơn vị có bảng lỗi ra khỏi tổng hợp (và ghi rõ)
  --json                   kết quả dạng JSON (schemas/consolidate-output.schema.json)
Mã thoát: 0 mọi bảng hợp lệ; 1 có bảng lỗi hoặc không đọc được; 2 không tổng hợp được (khác kỳ, cần trả lời về bảng trùng, tham số sai).`,
    en: `Usage: tthc-report consolidate FILE.xlsx… --out TONG-HOP.xlsx [options]
Consolidates many units' annexes (or one unit's per-platform tables) into one checked table.
Every table is validated first; a table with errors is still added as typed, but marked (exit code 1).
  --out FILE.xlsx          the result: sheets Tổng hợp, Theo đơn vị, Kiểm tra, Biểu đồ
  --template ANNEX.xlsx    field order (and names) of a template annex
  --fields FILE.json       saved field map: {"name in one table": "field"}
  --save-fields FILE.json  save this run's field matches to edit and reuse
  --units FILE.json        unit names, platforms, or tables to leave out: {"file.xlsx": "xã An Phú"},
                           {"file.xlsx": {"unit": "xã An Phú", "platform": "Hệ thống các Bộ"}}, {"file.xlsx": {"use": false}}
  --expected LIST.txt      units that must report (one a line, optionally "<TAB>group"): units that
                           sent nothing are listed, groups get subtotal rows
  --sheet NAME             only this sheet of each file
  --skip-invalid           leave units whose tables have errors out of the sums (said so)
  --json                   JSON output (schemas/consolidate-output.schema.json)
Exit codes: 0 every table consistent; 1 a table has errors or could not be read; 2 nothing consolidated (periods differ, duplicates to decide, bad arguments).`,
  } as LocalizedText,
  noInputs: { vi: 'Chưa có tệp nào để tổng hợp.', en: 'No file to consolidate.' } as LocalizedText,
  noOut: { vi: 'Thiếu --out TỆP.xlsx.', en: 'Missing --out FILE.xlsx.' } as LocalizedText,
  outIsInput: { vi: 'Tệp --out trùng với một tệp đầu vào: chọn tên khác.', en: 'The --out file is one of the inputs: choose another name.' } as LocalizedText,
  badJson: (file: string, reason: string): LocalizedText => ({ vi: `${file}: không đọc được JSON (${reason}).`, en: `${file}: not valid JSON (${reason}).` }),
  badUnits: (file: string, key: string): LocalizedText => ({
    vi: `${file}: mục "${key}" phải là tên đơn vị hoặc {"unit", "platform", "use"}.`,
    en: `${file}: entry "${key}" must be a unit name or {"unit", "platform", "use"}.`,
  }),
  templateHasNoTable: (file: string, reason: string): LocalizedText => ({ vi: `${file} (--template): ${reason}`, en: `${file} (--template): ${reason}` }),
  cannotWrite: (file: string, reason: string): LocalizedText => ({ vi: `Không ghi được ${file} (${reason}).`, en: `Cannot write ${file} (${reason}).` }),
  written: (file: string, model: ConsolidatedModel): LocalizedText => ({
    vi: `Đã ghi ${file}: ${n(model.fields.length, 'vi')} lĩnh vực, ${n(model.units.filter((u) => !u.skipped).length, 'vi')} đơn vị (trang Tổng hợp, Theo đơn vị, Kiểm tra, Biểu đồ).`,
    en: `Wrote ${file}: ${n(model.fields.length, 'en')} fields, ${n(model.units.filter((u) => !u.skipped).length, 'en')} units (sheets Tổng hợp, Theo đơn vị, Kiểm tra, Biểu đồ).`,
  }),
  savedFields: (file: string, count: number): LocalizedText => ({
    vi: `Đã lưu ${n(count, 'vi')} cách ghép lĩnh vực vào ${file}.`,
    en: `Saved ${n(count, 'en')} field matches to ${file}.`,
  }),
  selfCheckClean: { vi: 'Trang Tổng hợp đã được kiểm tra lại: hợp lệ.', en: 'The Tổng hợp sheet was validated again: consistent.' } as LocalizedText,
  selfCheckFound: (line: string): LocalizedText => ({
    vi: `Trang Tổng hợp kiểm tra lại có vấn đề (lỗi của chương trình, xin báo lại): ${line}`,
    en: `The Tổng hợp sheet fails its own check (a bug, please report it): ${line}`,
  }),
  selfCheckInherited: (line: string): LocalizedText => ({
    vi: `Trang Tổng hợp kiểm tra lại: ${line} (do bảng lỗi của đơn vị được cộng như đã ghi).`,
    en: `The Tổng hợp sheet validated again: ${line} (the units' wrong tables were added as typed).`,
  }),
  notesHeader: { vi: 'Các quyết định khi tổng hợp:', en: 'Decisions taken:' } as LocalizedText,
};

/** The summary's first lines: the units whose tables are wrong, then the unread files, then the rest. */
export function summaryLines(model: ConsolidatedModel, lang: Lang): string[] {
  const lines: string[] = [];
  const invalid = model.units.filter((u) => u.invalid);
  if (invalid.length > 0) {
    const skipped = invalid.some((u) => u.skipped);
    lines.push(
      lang === 'vi'
        ? `${n(invalid.length, 'vi')} đơn vị có bảng lỗi${skipped ? ' (bỏ ra theo --skip-invalid)' : ', vẫn được tổng hợp như đã ghi'}: ${invalid.map((u) => u.name).join(', ')}.`
        : `${n(invalid.length, 'en')} unit(s) whose tables have errors${skipped ? ' (left out, --skip-invalid)' : ', consolidated as typed'}: ${invalid.map((u) => u.name).join(', ')}.`,
    );
  }
  if (model.unread.length > 0)
    lines.push(
      lang === 'vi'
        ? `${n(model.unread.length, 'vi')} tệp không đọc được: ${model.unread.map(sourceName).join(', ')}.`
        : `${n(model.unread.length, 'en')} file(s) could not be read: ${model.unread.map(sourceName).join(', ')}.`,
    );
  if (model.missing.length > 0)
    lines.push(
      lang === 'vi'
        ? `Chưa nộp (${n(model.missing.length, 'vi')}): ${model.missing.map((m) => m.name).join(', ')}.`
        : `Sent nothing (${n(model.missing.length, 'en')}): ${model.missing.map((m) => m.name).join(', ')}.`,
    );
  if (lines.length === 0)
    lines.push(
      lang === 'vi'
        ? `Mọi bảng của ${n(model.units.length, 'vi')} đơn vị đều hợp lệ.`
        : `Every table of the ${n(model.units.length, 'en')} units is consistent.`,
    );
  return lines;
}

/** One line per input: "  hợp lệ     a.xlsx › Phụ lục — xã An Phú (A1:P20)". */
export function sourceLines(model: ConsolidatedModel, lang: Lang): string[] {
  const lines: string[] = [];
  for (const unit of model.units) {
    for (const source of unit.sources) {
      const platform = unit.sources.length > 1 && source.identity.platform ? `, ${source.identity.platform.name}` : '';
      lines.push(`  ${sourceName(source)} — ${unit.name}${platform} (${source.range}): ${sourceVerdict(source)[lang]}`);
    }
  }
  for (const unread of model.unread)
    lines.push(`  ${sourceName(unread)}: ${lang === 'vi' ? 'không đọc được' : 'could not be read'} — ${unreadReason(unread, lang)}`);
  return lines;
}
