// Why no annex table could be validated, and the column meanings named in those messages.
import type { LocalizedText, LocateProblem, TableColumn } from '../../core/types';
import { roleNames } from '../columns';

export const locateMessages = {
  emptySheet: (sheet: string): LocalizedText => ({
    vi: `Trang tính “${sheet}” không có dữ liệu.`,
    en: `Sheet “${sheet}” is empty.`,
  }),
  noHeader: (sheet: string, legacyEncoding = false): LocalizedText => ({
    vi: `Không tìm thấy bảng phụ lục trên trang tính “${sheet}”: không có dòng tiêu đề nào chứa các cột “Lĩnh vực”, “Tiếp nhận”, “Đã giải quyết”, “Đang giải quyết”.${legacyEncoding ? ' Chữ trên trang tính có vẻ gõ bằng bảng mã TCVN3 (phông .VnTime): hãy chuyển sang Unicode (ví dụ bằng Unikey › Công cụ chuyển mã) rồi kiểm tra lại.' : ''}`,
    en: `No annex table found on sheet “${sheet}”: no header row with the columns “Lĩnh vực” (field), “Tiếp nhận” (received), “Đã giải quyết” (resolved), “Đang giải quyết” (pending).${legacyEncoding ? ' The text looks typed in the legacy TCVN3 encoding (.VnTime fonts): convert it to Unicode (e.g. Unikey’s converter) and check again.' : ''}`,
  }),
  noIdentities: (
    sheet: string,
    columns: TableColumn[],
    missing: Array<{ group: 'received' | 'resolved' | 'pending'; missing: 'group' | 'total' | 'parts' }>,
  ): LocalizedText => {
    const recognised = columns.filter((c) => c.role && c.role !== 'other').map((c) => `${c.letter} = ${roleNames[c.role as string]?.en ?? c.role}`);
    const recognisedVi = columns.filter((c) => c.role && c.role !== 'other').map((c) => `${c.letter} = ${roleNames[c.role as string]?.vi ?? c.role}`);
    const groupVi = { received: '“Tiếp nhận”', resolved: '“Đã giải quyết”', pending: '“Đang giải quyết”' };
    const groupEn = { received: 'received (“Tiếp nhận”)', resolved: 'resolved (“Đã giải quyết”)', pending: 'pending (“Đang giải quyết”)' };
    const whatVi = { group: 'không có nhóm cột', total: 'không có cột “Tổng số” của nhóm', parts: 'không có đủ cột thành phần của nhóm' };
    const whatEn = { group: 'no column group', total: 'no “Tổng số” (total) column in group', parts: 'too few part columns in group' };
    const lacksVi = missing.map((m) => `${whatVi[m.missing]} ${groupVi[m.group]}`).join('; ');
    const lacksEn = missing.map((m) => `${whatEn[m.missing]} ${groupEn[m.group]}`).join('; ');
    return {
      vi: `Trang tính “${sheet}”: có tiêu đề bảng nhưng không xác định được phép cộng nào để kiểm tra. Đã nhận ra: ${recognisedVi.join(', ') || 'không cột nào'}. Còn thiếu: ${lacksVi || 'dòng đánh số cột kiểu “(3)=(4)+(5)+(6)”'}.`,
      en: `Sheet “${sheet}”: found a table header but no sum to check could be derived. Recognised: ${recognised.join(', ') || 'no column'}. Missing: ${lacksEn || 'a numbering row like “(3)=(4)+(5)+(6)”'}.`,
    };
  },
  headerMisread: (sheet: string, identities: string[], columns: TableColumn[]): LocalizedText => {
    const recognised = columns.filter((c) => c.role && c.role !== 'other').map((c) => `${c.letter} = ${roleNames[c.role as string]?.vi ?? c.role}`);
    const recognisedEn = columns.filter((c) => c.role && c.role !== 'other').map((c) => `${c.letter} = ${roleNames[c.role as string]?.en ?? c.role}`);
    return {
      vi: `Trang tính “${sheet}”: không hiểu chắc chắn tiêu đề bảng — phép cộng suy ra từ tiêu đề (${identities.join('; ')}) sai ở hầu hết các dòng, nên không kiểm tra để tránh báo lỗi sai. Đã nhận ra: ${recognised.join(', ')}. Hãy gộp ô (Merge) các tiêu đề nhóm trên đúng các cột của nhóm, hoặc thêm dòng đánh số cột kiểu “(3)=(4)+(5)+(6)”.`,
      en: `Sheet “${sheet}”: the table header could not be understood with confidence — the sums derived from it (${identities.join('; ')}) fail on most rows, so they were not checked, to avoid false errors. Recognised: ${recognisedEn.join(', ')}. Merge each group title over exactly its columns, or add a numbering row like “(3)=(4)+(5)+(6)”.`,
    };
  },
  noRows: (sheet: string): LocalizedText => ({
    vi: `Trang tính “${sheet}”: bảng phụ lục không có dòng lĩnh vực hay dòng tổng cộng nào dưới tiêu đề.`,
    en: `Sheet “${sheet}”: the annex table has no field rows or totals row under its header.`,
  }),
  noTableInWorkbook: (): LocalizedText => ({
    vi: 'Không trang tính nào chứa bảng phụ lục.',
    en: 'No sheet holds an annex table.',
  }),
  noSuchSheet: (sheet: string, available: string[]): LocalizedText => ({
    vi: `Không có trang tính “${sheet}” (có: ${available.join(', ')}).`,
    en: `No sheet named “${sheet}” (available: ${available.join(', ')}).`,
  }),
};

export function locateProblemText(problem: LocateProblem): LocalizedText {
  switch (problem.kind) {
    case 'empty-sheet':
      return locateMessages.emptySheet(problem.sheet);
    case 'no-header':
      return locateMessages.noHeader(problem.sheet, problem.legacyEncoding);
    case 'no-identities':
      return locateMessages.noIdentities(problem.sheet, problem.columns, problem.missing);
    case 'header-misread':
      return locateMessages.headerMisread(problem.sheet, problem.identities, problem.columns);
    case 'no-rows':
      return locateMessages.noRows(problem.sheet);
    case 'no-table-in-workbook':
      return locateMessages.noTableInWorkbook();
    case 'no-such-sheet':
      return locateMessages.noSuchSheet(problem.sheet, problem.available);
  }
}
