// The seed's form (the annex the product writes and that clerks' variants are read against): its
// column tree, the form's column numbers, each column's meaning and header words. The build's annex
// writer, the rates row, the narrative and the i18n names of the columns derive from this one
// definition; variants of the form are what locate reads from the sheet.
import type { Role } from '../types';

export interface FormColumn {
  role: Role;
  /** The form's column number: (1) STT … (16). */
  number: number;
  /** Header texts from the top row to the leaf, as the form prints them. */
  path: string[];
}

export const SEED_COLUMNS: readonly FormColumn[] = [
  { role: 'stt', number: 1, path: ['STT'] },
  { role: 'field', number: 2, path: ['Lĩnh vực giải quyết'] },
  { role: 'received', number: 3, path: ['Số lượng hồ sơ tiếp nhận', 'Tổng số'] },
  { role: 'received.online', number: 4, path: ['Số lượng hồ sơ tiếp nhận', 'Trong kỳ', 'Trực tuyến'] },
  { role: 'received.direct', number: 5, path: ['Số lượng hồ sơ tiếp nhận', 'Trong kỳ', 'Trực tiếp, dịch vụ bưu chính'] },
  { role: 'received.carried', number: 6, path: ['Số lượng hồ sơ tiếp nhận', 'Từ kỳ trước'] },
  { role: 'resolved', number: 7, path: ['Số lượng hồ sơ đã giải quyết', 'Tổng số'] },
  { role: 'resolved.early', number: 8, path: ['Số lượng hồ sơ đã giải quyết', 'Trước hạn'] },
  { role: 'resolved.onTime', number: 9, path: ['Số lượng hồ sơ đã giải quyết', 'Đúng hạn'] },
  { role: 'resolved.late', number: 10, path: ['Số lượng hồ sơ đã giải quyết', 'Quá hạn'] },
  { role: 'resolved.rejected', number: 11, path: ['Số lượng hồ sơ đã giải quyết', 'Từ chối, không giải quyết'] },
  { role: 'resolved.withdrawn', number: 12, path: ['Số lượng hồ sơ đã giải quyết', 'Hồ sơ rút'] },
  { role: 'pending', number: 13, path: ['Số lượng hồ sơ đang giải quyết', 'Tổng số'] },
  { role: 'pending.inTime', number: 14, path: ['Số lượng hồ sơ đang giải quyết', 'Trong hạn'] },
  { role: 'pending.overdue', number: 15, path: ['Số lượng hồ sơ đang giải quyết', 'Quá hạn'] },
  { role: 'pending.supplement', number: 16, path: ['Số lượng hồ sơ đang giải quyết', 'Yêu cầu bổ sung'] },
];

/** Each group total and the parts it adds up, as the numbering row writes it: (3)=(4)+(5)+(6). */
export const SEED_SUMS: ReadonlyArray<{ parent: Role; parts: Role[] }> = [
  { parent: 'received', parts: ['received.online', 'received.direct', 'received.carried'] },
  { parent: 'resolved', parts: ['resolved.early', 'resolved.onTime', 'resolved.late', 'resolved.rejected', 'resolved.withdrawn'] },
  { parent: 'pending', parts: ['pending.inTime', 'pending.overdue', 'pending.supplement'] },
];

export function seedColumn(role: Role): FormColumn {
  const column = SEED_COLUMNS.find((c) => c.role === role);
  if (!column) throw new Error(`The seed form has no column ${role}`);
  return column;
}
