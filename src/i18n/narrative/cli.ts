// The `narrative`, `report` and `check-text` commands: usage, option errors, notes on stderr.
import type { LocalizedText } from '../../core/types';

/** The `narrative`, `report` and `check-text` commands. */
export const narrativeCliTexts = {
  narrativeUsage: {
    vi: `Cách dùng: tthc-report narrative TỆP.xlsx [--quarter II] [--year 2026] [--from 15/3/2026] [--to 14/6/2026]
                  [--unit "xã An Phú"] [--force] [--format text|html] [--annex] [--sheet TÊN] [--lang vi|en]

Viết mục 2 phần I của báo cáo (kết quả tiếp nhận và giải quyết TTHC) từ bảng phụ lục.
Kỳ báo cáo là kỳ ghi ở dòng tiêu đề của trang tính; --quarter (I, II, III, IV hoặc 1–4, 6T, 9T, năm), --year,
--from, --to chỉ bổ sung phần tiêu đề không ghi. Tham số mâu thuẫn với tiêu đề thì không viết (mã 2), trừ khi
có --force (viết theo tham số, kèm lưu ý). Kỳ không có ngày thì lấy theo lịch báo cáo của Nghị định
09/2019/NĐ-CP; kỳ không phải kỳ chính thức thì gọi theo ngày (“từ ngày 21/7 đến ngày 20/8/2026”).
--format html in ra HTML dán vào Word; --annex kèm bảng phụ lục.
--previous KỲ_TRƯỚC.xlsx[:TRANG] thêm so sánh với kỳ đó (quý trước, hoặc cùng kỳ năm trước): tăng/giảm số hồ sơ
tiếp nhận, đã giải quyết, đang giải quyết và điểm phần trăm của tỷ lệ trả đúng, trước hạn.
Mã thoát: 0 đã viết (bảng có lỗi thì báo ở stderr), 2 không đọc được tệp, tham số sai hoặc mâu thuẫn với tiêu đề.`,
    en: `Usage: tthc-report narrative FILE.xlsx [--quarter II] [--year 2026] [--from 15/3/2026] [--to 14/6/2026]
                  [--unit "xã An Phú"] [--force] [--format text|html] [--annex] [--sheet NAME] [--lang vi|en]

Writes section I.2 of the report (dossiers received and resolved) from the annex table.
The period is the one in the sheet's title rows; --quarter (I, II, III, IV or 1–4, 6M, 9M, year), --year,
--from, --to only complete what the title leaves out. Options that contradict the title write nothing (exit 2)
unless --force is given (written as the options say, with a warning). A period without dates gets the reporting
calendar of Decree 09/2019/NĐ-CP; a period that is no official one is named by its dates.
--format html prints HTML to paste into Word; --annex adds the annex table.
--previous LAST.xlsx[:SHEET] adds the comparison with that period (the previous quarter, or the same one last year):
the change in dossiers received, resolved and pending, and in points of the on-time rate.
Exit codes: 0 written (a table with errors is reported on stderr), 2 unreadable file, bad option or options that contradict the title.`,
  } as LocalizedText,
  reportUsage: {
    vi: `Cách dùng: tthc-report report TỆP.xlsx [--out BC.docx] [--previous-report BÁO-CÁO-KỲ-TRƯỚC.docx]
                  [--unit "xã An Phú"] [--superior "CƠ QUAN CẤP TRÊN"] [--issuer "ỦY BAN NHÂN DÂN"] [--place "An Phú"]
                  [--signer "Vũ Văn Quảng"] [--signer-title "KT. CHỦ TỊCH|PHÓ CHỦ TỊCH"]
                  [--quarter II] [--year 2026] [--from 15/3/2026] [--to 14/6/2026] [--force] [--previous KỲ_TRƯỚC.xlsx]
                  [--no-annex] [--section-only] [--sheet TÊN] [--lang vi|en]

Tạo cả bản báo cáo Word (.docx) theo thể thức Nghị định 30/2020/NĐ-CP: phần đầu (cơ quan ban hành, quốc hiệu,
số, địa danh và ngày), BÁO CÁO và trích yếu, phần I với mục 2 viết từ bảng, các mục khác để trống có đánh dấu,
phần II, nơi nhận, chữ ký; bảng phụ lục trên một trang A4 ngang.
--previous-report: cập nhật báo cáo kỳ trước (.docx) — giữ nguyên các đoạn, đổi kỳ, thay mục I.2, sửa và tô
  màu số liệu lệch với bảng, tô màu số liệu kỳ cũ cần xem lại và liệt kê chúng ở đây.
--section-only: chỉ mục 2 phần I và bảng phụ lục, như trước.
Không có --out thì ghi bao-cao-tthc-<kỳ>-<năm>.docx ở thư mục hiện tại.
Kỳ báo cáo như lệnh narrative: theo tiêu đề trang tính; tham số mâu thuẫn với tiêu đề cần --force.
--previous KỲ_TRƯỚC.xlsx[:TRANG]: so sánh với kỳ đó, như lệnh narrative.
Mã thoát: 0 đã ghi (bảng có lỗi thì báo ở stderr), 2 không đọc được tệp, tham số sai hoặc không ghi được.`,
    en: `Usage: tthc-report report FILE.xlsx [--out BC.docx] [--previous-report LAST-REPORT.docx]
                  [--unit "xã An Phú"] [--superior "SUPERIOR BODY"] [--issuer "ỦY BAN NHÂN DÂN"] [--place "An Phú"]
                  [--signer "Vũ Văn Quảng"] [--signer-title "KT. CHỦ TỊCH|PHÓ CHỦ TỊCH"]
                  [--quarter II] [--year 2026] [--from 15/3/2026] [--to 14/6/2026] [--force] [--previous LAST.xlsx]
                  [--no-annex] [--section-only] [--sheet NAME] [--lang vi|en]

Writes the whole report as a Word file (.docx) in the layout of Decree 30/2020/NĐ-CP: the header block (issuer,
national title, number, place and date), REPORT and its summary, part I with section 2 written from the table,
the other sections left as marked places to write, part II, recipients, signing block; the annex on one
landscape A4 page.
--previous-report: brings last period's report (.docx) up to date — every paragraph kept, the period changed,
  section I.2 replaced, figures that differ from the table corrected and highlighted, other figures of the old
  period highlighted for review and listed here.
--section-only: section I.2 and the annex only, as before.
Without --out it writes bao-cao-tthc-<period>-<year>.docx in the current folder.
The period as for narrative: the sheet's title's; options that contradict it need --force.
--previous LAST.xlsx[:SHEET]: the comparison with that period, as for narrative.
Exit codes: 0 written (a table with errors is reported on stderr), 2 unreadable input, bad option or write failure.`,
  } as LocalizedText,
  checkTextUsage: {
    vi: `Cách dùng: tthc-report check-text BÁO-CÁO.txt|.docx --table TỆP.xlsx [--sheet TÊN] [--previous KỲ-TRƯỚC.xlsx[:TRANG]] [--json] [--lang vi|en]

Đối chiếu từng con số của mục 2 phần I một báo cáo đã viết (hoặc cả văn bản, khi không có mục đó) với bảng
phụ lục, theo bất kỳ cách viết nào (“2.774/2.836 hồ sơ, đạt 97,8%”, “trong đó trực tuyến …”, “Lĩnh vực Chứng
thực … 1.573 hồ sơ”): khớp (ô nào), không khớp (kèm số của bảng), hay không đối chiếu được (kèm câu và lý do:
so sánh với kỳ khác, chỉ tiêu, số của việc khác, lĩnh vực không có trong bảng). Ngày tháng và số văn bản được
trích dẫn liệt kê riêng. Số không khớp in trước.
--previous: bảng kỳ trước, để đối chiếu cả các số so sánh (“tăng 120 hồ sơ, 4,4% so với quý I/2026”).
Mã thoát: 0 mọi số liệu đối chiếu được đều khớp, 1 có số liệu không khớp, 2 không đọc được tệp.`,
    en: `Usage: tthc-report check-text REPORT.txt|.docx --table FILE.xlsx [--sheet NAME] [--previous LAST.xlsx[:SHEET]] [--json] [--lang vi|en]

Checks every number of section I.2 of a written report (or of the whole text, without that section) against
the annex table, however it is phrased ("2.774/2.836 hồ sơ, đạt 97,8%", "trong đó trực tuyến …", "Lĩnh vực
Chứng thực … 1.573 hồ sơ"): agrees (which cell), differs (with the table's value), or cannot be checked (with
its sentence and why: a comparison, a target, a number of something else, a field the table lacks). Dates and
numbers of cited documents are listed apart. Differences come first.
--previous: the previous period's table, to check the comparisons too ("tăng 120 hồ sơ, 4,4% so với quý I/2026").
Exit codes: 0 every checkable figure agrees, 1 a figure differs, 2 unreadable input.`,
  } as LocalizedText,
  noFile: { vi: 'Thiếu tệp .xlsx.', en: 'No .xlsx file given.' } as LocalizedText,
  tooManyFiles: { vi: 'Chỉ nhận một tệp.', en: 'Takes one file only.' } as LocalizedText,
  noReport: { vi: 'Thiếu tệp báo cáo (.txt hoặc .docx).', en: 'No report file (.txt or .docx) given.' } as LocalizedText,
  noTable: { vi: 'Thiếu --table TỆP.xlsx (bảng phụ lục để đối chiếu).', en: 'Missing --table FILE.xlsx (the annex to check against).' } as LocalizedText,
  badQuarter: (value: string): LocalizedText => ({
    vi: `--quarter “${value}” không hợp lệ: dùng I, II, III, IV (hoặc 1–4), 6T, 9T hoặc năm.`,
    en: `--quarter “${value}” is not valid: use I, II, III, IV (or 1–4), 6M, 9M or year.`,
  }),
  badYear: (value: string): LocalizedText => ({
    vi: `--year “${value}” không hợp lệ: cần năm 4 chữ số, ví dụ 2026.`,
    en: `--year “${value}” is not valid: give a 4-digit year, e.g. 2026.`,
  }),
  badDate: (option: string, value: string): LocalizedText => ({
    vi: `${option} “${value}” không phải ngày hợp lệ: viết ngày/tháng/năm, ví dụ 15/3/2026.`,
    en: `${option} “${value}” is not a valid date: write day/month/year, e.g. 15/3/2026.`,
  }),
  periodReversed: (from: string, to: string, source: 'flags' | 'mixed' | 'sheet'): LocalizedText => {
    const where = {
      flags: { vi: '--from, --to', en: '--from, --to' },
      mixed: {
        vi: '--from/--to cùng với --quarter/--year hoặc tiêu đề trang tính',
        en: '--from/--to together with --quarter/--year or the sheet’s title rows',
      },
      sheet: { vi: 'tiêu đề trang tính', en: 'the sheet’s title rows' },
    }[source];
    return {
      vi: `Kỳ báo cáo không hợp lệ: ngày kết thúc ${to} đứng trước ngày bắt đầu ${from} (${where.vi}). Không viết đoạn văn; sửa ngày rồi chạy lại.`,
      en: `Invalid reporting period: the end ${to} is before the start ${from} (${where.en}). Nothing written; fix the dates and run again.`,
    };
  },
  dateNeedsYear: (option: string, value: string): LocalizedText => ({
    vi: `${option} “${value}” thiếu năm, và tiêu đề trang tính cũng không ghi năm: viết ngày/tháng/năm, ví dụ 30/6/2026, hoặc thêm --year.`,
    en: `${option} “${value}” has no year, nor does the sheet’s title: write day/month/year, e.g. 30/6/2026, or add --year.`,
  }),
  badFormat: (value: string): LocalizedText => ({
    vi: `--format “${value}” không hợp lệ: dùng text hoặc html.`,
    en: `--format “${value}” is not valid: use text or html.`,
  }),
  nothingCheckable: (file: string): LocalizedText => ({
    vi: `${file}: không có số liệu nào đối chiếu được với bảng — văn bản không nêu số hồ sơ hay tỷ lệ nào của mục I.2 (“Tổng số hồ sơ tiếp nhận…”, “Số hồ sơ đã giải quyết…”). Kiểm tra lại tệp văn bản.`,
    en: `${file}: no figure could be checked against the table — the text states no dossier count or rate of section I.2 (“Tổng số hồ sơ tiếp nhận…”, “Số hồ sơ đã giải quyết…”). Check the report file.`,
  }),
  tableNotValid: (file: string, verdict: LocalizedText): LocalizedText => ({
    vi: `Lưu ý: bảng trong ${file} chưa hợp lệ — ${verdict.vi} Đoạn văn có thể mang số liệu sai. Xem: tthc-report validate ${file}`,
    en: `Note: the table in ${file} is not consistent yet — ${verdict.en} The paragraphs may carry wrong figures. See: tthc-report validate ${file}`,
  }),
  totalsFromFields: {
    vi: 'Bảng không có dòng “Tổng cộng”: số tổng là tổng các dòng lĩnh vực.',
    en: 'The table has no “Tổng cộng” (totals) row: the totals are the sums of the field rows.',
  } as LocalizedText,
  omittedLines: (keys: string): LocalizedText => ({
    vi: `Bảng không có cột cho các dòng sau nên đã bỏ qua: ${keys}.`,
    en: `The table has no column for these lines, left out: ${keys}.`,
  }),
  written: (file: string): LocalizedText => ({ vi: `Đã ghi ${file}`, en: `Wrote ${file}` }),
  cannotWrite: (file: string, reason: string): LocalizedText => ({ vi: `Không ghi được ${file} (${reason}).`, en: `Cannot write ${file} (${reason}).` }),
  reportUnreadable: (file: string, reason: string): LocalizedText => ({
    vi: `${file}: không đọc được văn bản báo cáo (${reason}).`,
    en: `${file}: cannot read the report text (${reason}).`,
  }),
  reportMissing: (file: string): LocalizedText => ({ vi: `${file}: không tìm thấy tệp.`, en: `${file}: file not found.` }),
  reportKind: (file: string): LocalizedText => ({
    vi: `${file}: chỉ đọc được .txt hoặc .docx (tệp .doc cũ: mở trong Word và lưu thành .docx).`,
    en: `${file}: only .txt or .docx can be read (old .doc: open in Word and save as .docx).`,
  }),
  checkHeader: (report: string, table: string, sheet: string): LocalizedText => ({
    vi: `${report} đối chiếu với ${table} — trang “${sheet}”`,
    en: `${report} checked against ${table} — sheet “${sheet}”`,
  }),
};
