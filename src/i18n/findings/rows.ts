// Rows the engine could not place with certainty.
import type { LocalizedText, RowReason } from '../../core/types';

export const rowsMessages = {
  unreadRow: (row: number, label: string, reason: RowReason, totalLabel: string | undefined): LocalizedText => {
    const nameVi = label ? `Dòng ${row} (“${label}”)` : `Dòng ${row}`;
    const nameEn = label ? `Row ${row} (“${label}”)` : `Row ${row}`;
    if (reason === 'after-totals') {
      return {
        vi: `${nameVi} có số liệu nhưng nằm dưới dòng tổng${totalLabel ? ` “${totalLabel}”` : ''}: dòng này không được cộng vào tổng nên chưa được kiểm tra như một lĩnh vực. Nếu đây là một lĩnh vực, hãy chuyển dòng lên trên dòng tổng và cộng vào tổng; nếu không thuộc bảng, hãy chuyển nó ra chỗ khác.`,
        en: `${nameEn} holds numbers but sits under the totals row${totalLabel ? ` “${totalLabel}”` : ''}: it is not added into the totals, so it was not checked as a field. If it is a field, move it above the totals row and add it in; if it is not part of the table, move it elsewhere.`,
      };
    }
    if (reason === 'extra-rates') {
      return {
        vi: `${nameVi} là dòng “Tỷ lệ” thứ hai của bảng: chỉ dòng tỷ lệ đầu tiên được kiểm tra.`,
        en: `${nameEn} is a second “Tỷ lệ” (rates) row: only the first rates row is checked.`,
      };
    }
    return {
      vi: `${nameVi} có số liệu nhưng không có STT hay tên lĩnh vực, và dòng tổng không cộng dòng này: không biết đây là dòng gì nên dòng này chưa được kiểm tra. Hãy ghi tên lĩnh vực (hoặc “Tổng cộng”) cho dòng này.`,
      en: `${nameEn} holds numbers but has neither a number nor a field name, and the totals do not add it up: it is unclear what it is, so it was not checked. Write its field name (or “Tổng cộng”) in it.`,
    };
  },
  ambiguousTotal: (row: number, label: string, reason: RowReason, totalLabel: string | undefined): LocalizedText => {
    const nameVi = label ? `Dòng ${row} (“${label}”)` : `Dòng ${row}`;
    const nameEn = label ? `Row ${row} (“${label}”)` : `Row ${row}`;
    if (reason === 'sum-of-others') {
      return {
        vi: `${nameVi} được đọc là một lĩnh vực nhưng số liệu bằng tổng các lĩnh vực khác: nếu đây là một dòng cộng, số liệu đang bị cộng hai lần vào dòng tổng${totalLabel ? ` “${totalLabel}”` : ''}. Hãy cho biết đây là dòng tổng hay một lĩnh vực.`,
        en: `${nameEn} was read as a field but its counts are the sum of the other fields: if it is a subtotal, its counts are added twice into the totals row${totalLabel ? ` “${totalLabel}”` : ''}. Say whether it is a totals row or a field.`,
      };
    }
    return {
      vi: `${nameVi} không ghi là dòng tổng nhưng số liệu bằng tổng các dòng còn lại: đã tạm đọc đây là dòng Tổng cộng để kiểm tra. Hãy xác nhận đây là dòng tổng, hoặc cho biết đây là một lĩnh vực.`,
      en: `${nameEn} is not labelled as a total but its counts are the sums of the other rows: it was read as the totals row for now. Confirm that it is the totals row, or say that it is a field.`,
    };
  },
};
