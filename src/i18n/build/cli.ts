// The build command's words: usage, option errors and the period's problems.
import type { Lang } from '../../core/types';
import { formatDay } from '../../shared/dates';
import type { BuildPeriodProblem } from '../../core/build/period';
import { periodName } from './forms';

type Texts = Record<Lang, string>;

export const CLI_TEXT = {
  usage: {
    vi: `Cách dùng: tthc-report build TỆP_XUẤT... --from 15/3/2026 --to 14/6/2026 --out phu-luc.xlsx
       [--quarter II --year 2026] [--template PHỤ_LỤC.xlsx] [--map ÁNH_XẠ.json] [--save-map ÁNH_XẠ.json]
       [--channel TỆP=online|direct] [--status TỆP=dates] [--field TỆP=TÊN] [--lang vi|en]

  TỆP_XUẤT      danh sách hồ sơ xuất từ các hệ thống (.xlsx hoặc .csv), một hay nhiều tệp
  --from/--to   kỳ báo cáo (dd/MM/yyyy); hoặc --quarter I..IV|6T|9T|năm --year yyyy (quý II = 15/3–14/6)
  --template    phụ lục của đơn vị: lấy thứ tự và tên các lĩnh vực
  --channel TỆP=online|direct   kênh nộp của các hồ sơ mà tệp không ghi (tệp không có cột kênh, ô để trống)
  --status TỆP=dates            trạng thái của các hồ sơ mà tệp không ghi: xác định theo ngày trả kết quả
  --field "TỆP=TÊN LĨNH VỰC"     lĩnh vực của các hồ sơ mà tệp không ghi (như sổ theo dõi của một lĩnh vực)
  --map         tệp ánh xạ cột / trạng thái / kênh / lĩnh vực đã lưu
  --save-map    ghi ánh xạ đang dùng ra tệp để sửa và dùng lại
  --out         tệp .xlsx kết quả (phụ lục, Chi tiết, Tóm tắt)`,
    en: `Usage: tthc-report build EXPORT... --from 15/3/2026 --to 14/6/2026 --out annex.xlsx
       [--quarter II --year 2026] [--template ANNEX.xlsx] [--map MAP.json] [--save-map MAP.json]
       [--channel FILE=online|direct] [--status FILE=dates] [--field FILE=NAME] [--lang vi|en]

  EXPORT        dossier lists exported from the platforms (.xlsx or .csv), one or more
  --from/--to   the period (dd/MM/yyyy); or --quarter I..IV|6T|9T|năm --year yyyy (quarter II = 15/3–14/6)
  --template    the clerk's own annex: field order and names
  --channel FILE=online|direct  the channel of the file's dossiers that do not give one (no column, blank cells)
  --status FILE=dates           the status of the file's dossiers that do not give one: read from the return date
  --field "FILE=FIELD NAME"      the field of the file's dossiers that do not give one (a one-field register)
  --map         saved column / status / channel / field mapping
  --save-map    write the mapping in use to a file, to correct and reuse
  --out         the .xlsx to write (annex, details, summary)`,
  },
  missingExports: { vi: 'Thiếu tệp dữ liệu hồ sơ (.xlsx hoặc .csv).', en: 'No export file given (.xlsx or .csv).' },
  missingOut: { vi: 'Thiếu --out TỆP.xlsx.', en: 'Missing --out FILE.xlsx.' },
  outNotXlsx: { vi: '--out phải là tệp .xlsx.', en: '--out must be an .xlsx file.' },
  outIsInput: {
    vi: '--out trùng với một tệp đầu vào: chọn tên khác để không ghi đè dữ liệu.',
    en: '--out is one of the input files: choose another name so no data is overwritten.',
  },
  missingPeriod: {
    vi: 'Thiếu kỳ báo cáo: --from dd/MM/yyyy --to dd/MM/yyyy, hoặc --quarter II --year 2026.',
    en: 'Missing period: --from dd/MM/yyyy --to dd/MM/yyyy, or --quarter II --year 2026.',
  },
  periodReversed: { vi: 'Ngày bắt đầu kỳ sau ngày kết thúc kỳ.', en: 'The period starts after it ends.' },
  badQuarter: (value: string): Texts => ({
    vi: `--quarter “${value}” không hợp lệ: dùng I, II, III, IV (hoặc 1–4), 6T, 9T hoặc năm.`,
    en: `--quarter “${value}” is not valid: use I, II, III, IV (or 1–4), 6T, 9T or năm (year).`,
  }),
  periodContradicts: (from: string, to: string, name: Texts, officialFrom: string, officialTo: string): Texts => ({
    vi: `--from/--to (${from} – ${to}) không khớp với ${name.vi} (${officialFrom} – ${officialTo}): bỏ --quarter/--year để dùng đúng các ngày đã nhập, hoặc bỏ --from/--to.`,
    en: `--from/--to (${from} – ${to}) contradict ${name.en} (${officialFrom} – ${officialTo}): drop --quarter/--year to use the dates as typed, or drop --from/--to.`,
  }),
  noDossiers: {
    vi: 'Không có hồ sơ nào để lập phụ lục (xem các dòng bị bỏ qua ở trên).',
    en: 'No dossier to build the annex from (see the skipped rows above).',
  },
  templateNoTable: {
    vi: 'Không tìm thấy bảng phụ lục trong tệp mẫu',
    en: 'No annex table found in the template',
  },
  badAnswer: (option: 'channel' | 'status' | 'field', given: string): Texts => {
    const form = { channel: 'TỆP=online|direct', status: 'TỆP=dates', field: 'TỆP=TÊN LĨNH VỰC' }[option];
    const formEn = { channel: 'FILE=online|direct', status: 'FILE=dates', field: 'FILE=FIELD NAME' }[option];
    return { vi: `--${option} “${given}” không hợp lệ: dùng --${option} ${form}.`, en: `--${option} “${given}” is not valid: use --${option} ${formEn}.` };
  },
  answerNotAnExport: (option: 'channel' | 'status' | 'field', file: string, exports: string[]): Texts => ({
    vi: `--${option}: “${file}” không phải là tệp xuất đã cho (${exports.join(', ')}).`,
    en: `--${option}: “${file}” is not one of the exports given (${exports.join(', ')}).`,
  }),
  written: { vi: 'Đã ghi', en: 'Written' },
  mapSaved: { vi: 'Đã lưu ánh xạ vào', en: 'Mapping saved to' },
} satisfies Record<string, Texts | ((...args: never[]) => Texts)>;

/** The period's problem, naming the command's options. */
export function cliPeriodProblem(problem: BuildPeriodProblem, lang: Lang): string {
  switch (problem.problem) {
    case 'missing':
      return CLI_TEXT.missingPeriod[lang];
    case 'bad-kind':
      return CLI_TEXT.badQuarter(problem.value)[lang];
    case 'bad-year':
      return `--year ${problem.value}: yyyy`;
    case 'bad-from':
      return `--from ${problem.value}: dd/MM/yyyy`;
    case 'bad-to':
      return `--to ${problem.value}: dd/MM/yyyy`;
    case 'reversed':
      return CLI_TEXT.periodReversed[lang];
    case 'contradicts': {
      const { official } = problem;
      const name = periodName(official.quarter, official.year!, official.span)!;
      return CLI_TEXT.periodContradicts(formatDay(problem.from), formatDay(problem.to), name, formatDay(official.from), formatDay(official.to))[lang];
    }
  }
}
