// The periods' words on the command line: `validate --previous / --periods`, `cumulate`, and
// `narrative` / `report --previous`.
import type { CumulateRefusal } from '../../core/periods/cumulate';
import type { CumulativePeriodProblem } from '../../core/periods/cumulative-period';
import type { PeriodTable } from '../../core/periods/types';
import { formatNumber } from '../../shared/numbers';
import type { Lang, LocalizedText } from '../../core/types';
import { reportingPeriodName } from '../calendar';
import { tablePeriodText } from './findings';

const quote = (names: string[]) => names.map((name) => `“${name}”`).join(', ');

/** "q1.xlsx › Quý I" (the sheet alone when the file is the one at hand). */
export function tableName(table: PeriodTable): string {
  return table.file !== undefined ? `${table.file} › ${table.grid.sheetName}` : table.grid.sheetName;
}

export const periodsCliTexts = {
  validateOptions: {
    vi: `Đối chiếu với kỳ trước:
  --previous KỲ_TRƯỚC.xlsx[:TRANG]  số “Từ kỳ trước” của bảng này phải bằng số hồ sơ đang giải quyết cuối kỳ
                                    trước, theo từng lĩnh vực và dòng tổng cộng (khi kỳ trước kết thúc ngay trước
                                    ngày bắt đầu kỳ này); bảng kỳ trước cũng được kiểm tra, lỗi của nó báo riêng
  --periods SỔ.xlsx                 kiểm tra mọi trang tính (Quý I, Quý II, …) theo thứ tự kỳ và số chuyển kỳ
                                    giữa hai kỳ liền nhau
  --field-map TỆP.json              tên lĩnh vực viết khác nhau giữa các kỳ: {"tên ở một bảng": "lĩnh vực"}
Mã thoát 1 cả khi số chuyển kỳ không khớp.`,
    en: `Checking against the previous period:
  --previous LAST.xlsx[:SHEET]  this table's "carried over" must equal what was pending at the end of the
                                previous period, per field and on the totals row (when that period ends the day
                                before this one starts); the previous table is checked too, its errors apart
  --periods BOOK.xlsx           checks every sheet (Quý I, Quý II, …) in period order and the carry-over
                                between consecutive ones
  --field-map FILE.json         field names written differently across periods: {"name in one table": "field"}
Exit code 1 also when the carry-over does not hold.`,
  } as LocalizedText,
  previousHeader: (table: PeriodTable, lang: Lang): string =>
    lang === 'vi' ? `Kỳ trước: ${tablePeriodText(table.period, 'vi')}` : `Previous period: ${tablePeriodText(table.period, 'en')}`,
  checkHeader: (before: PeriodTable, after: PeriodTable): LocalizedText => ({
    vi: `Đối chiếu số chuyển kỳ: “${tableName(before)}” → “${tableName(after)}”`,
    en: `Carry-over check: “${tableName(before)}” → “${tableName(after)}”`,
  }),
  bookHeader: (file: string, tables: PeriodTable[], order: 'periods' | 'workbook'): LocalizedText => {
    const list = (lang: Lang) => tables.map((t) => `${t.grid.sheetName} — ${tablePeriodText(t.period, lang)}`).join('; ');
    return {
      vi: `${file}: ${tables.length} kỳ ${order === 'periods' ? 'theo thứ tự kỳ' : 'theo thứ tự trang tính (có trang không ghi kỳ báo cáo)'}: ${list('vi')}.`,
      en: `${file}: ${tables.length} ${tables.length === 1 ? 'period' : 'periods'} ${order === 'periods' ? 'in period order' : 'in sheet order (a sheet states no period)'}: ${list('en')}.`,
    };
  },
  cumulativeSheets: (sheets: string[]): LocalizedText => ({
    vi: `  Trang cộng dồn (không tính vào chuỗi các quý): ${quote(sheets)}.`,
    en: `  Cumulative sheets (not links between the quarters): ${quote(sheets)}.`,
  }),
  withoutTable: (sheets: string[]): LocalizedText => ({ vi: `  Không có bảng phụ lục: ${quote(sheets)}.`, en: `  No annex table: ${quote(sheets)}.` }),
  bookTooSmall: (file: string): LocalizedText => ({
    vi: `${file}: chỉ có một trang tính có bảng phụ lục — không có hai kỳ để đối chiếu.`,
    en: `${file}: only one sheet holds an annex table — no two periods to check.`,
  }),
  previousWithOneFile: {
    vi: '--previous chỉ dùng với một tệp kỳ này.',
    en: '--previous takes one file of this period.',
  } as LocalizedText,
  periodsAlone: {
    vi: '--periods SỔ.xlsx kiểm tra cả sổ: không ghi thêm tệp, không dùng cùng --previous hay --sheet.',
    en: '--periods BOOK.xlsx checks the whole book: give no other file, and no --previous or --sheet.',
  } as LocalizedText,
  badFieldMap: (file: string, detail: string): LocalizedText => ({
    vi: `${file}: không đọc được bảng tên lĩnh vực (${detail}). Cần JSON dạng {"tên ở một bảng": "lĩnh vực"}.`,
    en: `${file}: the field map cannot be read (${detail}). It must be JSON like {"name in one table": "field"}.`,
  }),
  previousNotValid: (verdict: string): LocalizedText => ({
    vi: `Lưu ý: bảng kỳ trước chưa hợp lệ (${verdict}) — số so sánh lấy theo bảng như đã ghi.`,
    en: `Note: the previous table is not consistent (${verdict}) — the comparison uses it as written.`,
  }),
  comparedWith: (table: PeriodTable): LocalizedText => ({
    vi: `So sánh với: ${tableName(table)} — ${tablePeriodText(table.period, 'vi')}.`,
    en: `Compared with: ${tableName(table)} — ${tablePeriodText(table.period, 'en')}.`,
  }),
  carryOverBroken: (errors: number): LocalizedText => ({
    vi: `Lưu ý: ${errors} chỗ số chuyển kỳ không khớp với kỳ trước — xem tthc-report validate … --previous.`,
    en: `Note: ${errors} carry-over ${errors === 1 ? 'mismatch' : 'mismatches'} with the previous period — see tthc-report validate … --previous.`,
  }),
  notCompared: (lines: string[]): LocalizedText => ({
    vi: `Không so sánh được (bảng kỳ trước không có số): ${lines.join(', ')}.`,
    en: `Not compared (the previous table has no figure): ${lines.join(', ')}.`,
  }),
};

function periodProblemText(problem: CumulativePeriodProblem, lang: Lang, cli: boolean): string {
  const name = (kind: Parameters<typeof reportingPeriodName>[0]) => reportingPeriodName(kind, undefined, lang);
  switch (problem.problem) {
    case 'unknown':
      if (!cli)
        return lang === 'vi'
          ? 'Các bảng không ghi kỳ báo cáo (tiêu đề, tên trang tính): chọn kỳ cộng dồn và ghi năm.'
          : 'The tables state no reporting period (title, sheet name): choose the cumulative period and give the year.';
      return lang === 'vi'
        ? 'Các bảng không ghi kỳ báo cáo (tiêu đề, tên trang tính): cho biết --label 6T|9T|năm và --year.'
        : 'The tables state no reporting period (title, sheet name): give --label 6M|9M|year and --year.';
    case 'label':
      return lang === 'vi'
        ? `--label ${name(problem.label)} nhưng các bảng là ${problem.covered ? name(problem.covered) : 'một khoảng không phải kỳ chính thức'}.`
        : `--label ${name(problem.label)} but the tables cover ${problem.covered ? name(problem.covered) : 'a span that is no official period'}.`;
    case 'year':
      return lang === 'vi'
        ? `--year ${problem.year} nhưng các bảng là của năm ${problem.covered}.`
        : `--year ${problem.year} but the tables are of ${problem.covered}.`;
  }
}

const FORCE_ON_CLI: LocalizedText = { vi: 'thêm --force', en: 'add --force' };

/** Why nothing was written, naming the tables (in period order); `force` says how to write it all the same. */
export function cumulateRefusalText(refusal: CumulateRefusal, tables: PeriodTable[], lang: Lang, force: LocalizedText = FORCE_ON_CLI): string {
  const vi = lang === 'vi';
  switch (refusal.kind) {
    case 'too-few':
      return vi ? 'Cần ít nhất hai kỳ liền nhau để cộng dồn.' : 'At least two consecutive periods are needed.';
    case 'not-consecutive': {
      const [before, after] = [tables[refusal.index - 1], tables[refusal.index]];
      return vi
        ? `“${tableName(before)}” — ${tablePeriodText(before.period, 'vi')} — và “${tableName(after)}” — ${tablePeriodText(after.period, 'vi')} — không phải hai kỳ liền nhau: thiếu kỳ ở giữa hoặc trùng kỳ. Không lập bảng cộng dồn.`
        : `“${tableName(before)}” — ${tablePeriodText(before.period, 'en')} — and “${tableName(after)}” — ${tablePeriodText(after.period, 'en')} — are not consecutive periods: one is missing between them, or they overlap. Nothing written.`;
    }
    case 'forms-differ': {
      const roles = [...refusal.missing, ...refusal.extra].join(', ');
      return vi
        ? `“${tableName(tables[refusal.index])}” có các cột khác với mẫu của kỳ cuối (${roles}): các kỳ phải cùng một mẫu biểu.`
        : `“${tableName(tables[refusal.index])}” has other columns than the last period's form (${roles}): the periods must use one form.`;
    }
    case 'unreadable': {
      const cells = refusal.cells.map((c) => `${c.file !== undefined ? `${c.file} › ` : ''}${c.sheet}!${c.address}`).join(', ');
      return vi
        ? `Ô không phải là số: ${cells}. Sửa rồi chạy lại (không ô nào bị coi là 0).`
        : `Cells that are not counts: ${cells}. Fix them and run again (none is taken as 0).`;
    }
    case 'column-unknown': {
      const labels = refusal.columns.map((c) => `${c.letter} “${c.label}”`).join(', ');
      return vi
        ? `Không biết cộng dồn cột ${labels} (là số phát sinh hay số tồn?).`
        : `Cannot tell how to cumulate column ${labels} (received in the period, or pending?).`;
    }
    case 'period':
      return periodProblemText(refusal.problem, lang, force === FORCE_ON_CLI);
    case 'carry-over':
      return vi
        ? `${formatNumber(refusal.errors, 'vi')} chỗ số chuyển kỳ không khớp giữa các kỳ (xem trên). Sửa bảng, hoặc ${force.vi} để vẫn lập bảng, ghi rõ chỗ lệch (3)=(7)+(13).`
        : `${formatNumber(refusal.errors, 'en')} carry-over ${refusal.errors === 1 ? 'mismatch' : 'mismatches'} between the periods (above). Fix the tables, or ${force.en} to write the annex with the gap in (3)=(7)+(13) stated.`;
    case 'input-errors': {
      const names = quote(refusal.tables.map((i) => tableName(tables[i])));
      return vi
        ? `Bảng ${names} có lỗi khi kiểm tra. Sửa, hoặc ${force.vi} để cộng dồn như đã ghi.`
        : `Table ${names} has errors. Fix it, or ${force.en} to cumulate it as written.`;
    }
    case 'input-unread': {
      const names = quote(refusal.tables.map((i) => tableName(tables[i])));
      return vi
        ? `Bảng ${names} có dòng không đọc được hoặc dòng tổng cần xác nhận (kiểm tra bảng đó): các dòng đó sẽ bị bỏ sót, nên không cộng dồn.`
        : `Table ${names} has rows that could not be read or a totals row to confirm (check that table): they would be left out, so nothing is cumulated.`;
    }
  }
}

export const cumulateCliTexts = {
  usage: {
    vi: `Cách dùng: tthc-report cumulate Q1.xlsx[:TRANG] Q2.xlsx[:TRANG] [Q3.xlsx Q4.xlsx] --out 6-thang.xlsx
                  [--label 6T|9T|năm] [--year 2026] [--force] [--field-map TỆP.json] [--lang vi|en]
       tthc-report cumulate SỔ.xlsx --out nam-2026.xlsx      (các trang Quý I, Quý II, … của một sổ)

Lập bảng phụ lục 6 tháng, 9 tháng, cả năm từ các bảng quý (không cộng tay):
tiếp nhận trong kỳ (4), (5) và đã giải quyết (7)…(12) cộng các quý; từ kỳ trước (6) lấy của quý đầu;
đang giải quyết (13)…(16) lấy của quý cuối; (3) = (4)+(5)+(6); tỷ lệ tính lại từ số cộng dồn.
Các quý phải liền nhau (theo tiêu đề, hoặc thứ tự đã cho) và số chuyển kỳ giữa hai quý phải khớp;
--force vẫn lập khi số chuyển kỳ không khớp, ghi rõ chỗ lệch trên trang tính. Bảng theo mẫu của quý cuối.
Mã thoát: 0 đã ghi, 1 đã ghi với --force dù có chỗ lệch, 2 không lập (lý do ở stderr).`,
    en: `Usage: tthc-report cumulate Q1.xlsx[:SHEET] Q2.xlsx[:SHEET] [Q3.xlsx Q4.xlsx] --out 6-months.xlsx
                  [--label 6M|9M|year] [--year 2026] [--force] [--field-map FILE.json] [--lang vi|en]
       tthc-report cumulate BOOK.xlsx --out year-2026.xlsx    (the sheets Quý I, Quý II, … of one book)

Makes the 6-month, 9-month or annual annex from the quarters' annexes (no adding by hand):
received in the period (4), (5) and resolved (7)…(12) summed; carried over (6) the first quarter's;
pending (13)…(16) the last quarter's; (3) = (4)+(5)+(6); rates recomputed from the cumulative counts.
The quarters must be consecutive (by their titles, or the order given) and the carry-over must hold between
each pair; --force writes the annex all the same, the gap stated on the sheet. Written in the last quarter's form.
Exit codes: 0 written, 1 written with --force despite a gap, 2 not written (the reason on stderr).`,
  } as LocalizedText,
  noOut: { vi: 'Thiếu --out TỆP.xlsx.', en: 'Missing --out FILE.xlsx.' } as LocalizedText,
  noInputs: { vi: 'Cần các tệp quý (hoặc một sổ có các trang quý).', en: 'Give the quarters’ files (or one book with the quarters’ sheets).' } as LocalizedText,
  badLabel: (value: string): LocalizedText => ({
    vi: `--label “${value}” không hợp lệ: dùng 6T, 9T hoặc năm.`,
    en: `--label “${value}” is not valid: use 6M, 9M or year.`,
  }),
  badYear: (value: string): LocalizedText => ({
    vi: `--year “${value}” không hợp lệ: cần năm 4 chữ số, ví dụ 2026.`,
    en: `--year “${value}” is not valid: give a 4-digit year, e.g. 2026.`,
  }),
  inputs: (tables: PeriodTable[], lang: Lang): string =>
    (lang === 'vi' ? 'Cộng dồn: ' : 'Cumulating: ') + tables.map((t) => `${tableName(t)} — ${tablePeriodText(t.period, lang)}`).join('; '),
  written: (file: string, sheet: string, period: string): LocalizedText => ({
    vi: `Đã ghi ${file}: trang “${sheet}”, ${period}.`,
    en: `Written ${file}: sheet “${sheet}”, ${period}.`,
  }),
  selfCheckClean: { vi: 'Bảng cộng dồn đã được kiểm tra: hợp lệ.', en: 'The cumulative annex was checked: consistent.' } as LocalizedText,
  selfCheckFound: (verdict: string): LocalizedText => ({ vi: `Kiểm tra bảng cộng dồn: ${verdict}`, en: `Check of the cumulative annex: ${verdict}` }),
  forced: { vi: 'Đã lập theo --force: chỗ lệch được ghi dưới bảng.', en: 'Written with --force: the gap is stated under the table.' } as LocalizedText,
  notCumulated: (labels: string[]): LocalizedText => ({
    vi: `Cột để trống (không rõ cộng dồn thế nào): ${quote(labels)}.`,
    en: `Columns left blank (how to cumulate them is unknown): ${quote(labels)}.`,
  }),
  detailRows: (labels: string[]): LocalizedText => ({
    vi: `Dòng chi tiết không cộng dồn: ${quote(labels)}.`,
    en: `Breakdown rows not cumulated: ${quote(labels)}.`,
  }),
  cannotWrite: (file: string, detail: string): LocalizedText => ({ vi: `Không ghi được ${file}: ${detail}`, en: `Cannot write ${file}: ${detail}` }),
  outIsInput: { vi: 'Tệp --out trùng với một tệp đầu vào: chọn tên khác.', en: 'The --out file is one of the inputs: choose another name.' } as LocalizedText,
};
