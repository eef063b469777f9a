// Biểu II.06a/VPCP/KSTT (Thông tư 01/2020/TT-VPCP): the 13-column form the systems that produce it
// count as follows — rejected and withdrawn dossiers are "Đúng hạn", awaiting supplement is
// "Trong hạn" (the consolidation folds the seed's 16 columns into it the same way).
import type { Role } from '../types';
import type { FormColumn } from './seed';

export const II06A_COLUMNS: readonly FormColumn[] = [
  { role: 'stt', number: 1, path: ['STT'] },
  { role: 'field', number: 2, path: ['Lĩnh vực giải quyết'] },
  { role: 'received', number: 3, path: ['Số hồ sơ nhận giải quyết', 'Tổng số'] },
  { role: 'received.online', number: 4, path: ['Số hồ sơ nhận giải quyết', 'Trong đó', 'Trực tuyến'] },
  { role: 'received.direct', number: 5, path: ['Số hồ sơ nhận giải quyết', 'Trong đó', 'Trực tiếp, dịch vụ bưu chính'] },
  { role: 'received.carried', number: 6, path: ['Số hồ sơ nhận giải quyết', 'Trong đó', 'Từ kỳ trước'] },
  { role: 'resolved', number: 7, path: ['Kết quả giải quyết', 'Số hồ sơ đã giải quyết', 'Tổng số'] },
  { role: 'resolved.early', number: 8, path: ['Kết quả giải quyết', 'Số hồ sơ đã giải quyết', 'Trả trước hạn'] },
  { role: 'resolved.onTime', number: 9, path: ['Kết quả giải quyết', 'Số hồ sơ đã giải quyết', 'Trả đúng thời hạn'] },
  { role: 'resolved.late', number: 10, path: ['Kết quả giải quyết', 'Số hồ sơ đã giải quyết', 'Trả quá hạn'] },
  { role: 'pending', number: 11, path: ['Kết quả giải quyết', 'Số hồ sơ đang giải quyết', 'Tổng số'] },
  { role: 'pending.inTime', number: 12, path: ['Kết quả giải quyết', 'Số hồ sơ đang giải quyết', 'Chưa đến hạn'] },
  { role: 'pending.overdue', number: 13, path: ['Kết quả giải quyết', 'Số hồ sơ đang giải quyết', 'Quá hạn'] },
];

export const II06A_SUMS: ReadonlyArray<{ parent: Role; parts: Role[] }> = [
  { parent: 'received', parts: ['received.online', 'received.direct', 'received.carried'] },
  { parent: 'resolved', parts: ['resolved.early', 'resolved.onTime', 'resolved.late'] },
  { parent: 'pending', parts: ['pending.inTime', 'pending.overdue'] },
];

/** The seed's leaves folded into II.06a's: (9)+(11)+(12) → Đúng hạn, (14)+(16) → Trong hạn. */
export const II06A_FOLDING: Partial<Record<Role, Role[]>> = {
  'resolved.onTime': ['resolved.onTime', 'resolved.rejected', 'resolved.withdrawn'],
  'pending.inTime': ['pending.inTime', 'pending.supplement'],
};
