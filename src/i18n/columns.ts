// The table's columns in words, in one place, keyed by what a column means (its role): its title
// as the build's sheets and the pane head it ("Tiếp nhận trực tuyến"), its name inside a sentence
// ("tiếp nhận trực tuyến"), and the figure a report states ("Tiếp nhận trực tuyến: 3.556 hồ sơ").
// The form's column numbers are data of the form (src/core/form/seed.ts): a caller gives them.
import type { LocalizedText, Role } from '../core/types';

/** Titles of the count columns (the seed form's meanings). */
export const columnTitles: Partial<Record<Role, LocalizedText>> = {
  received: { vi: 'Tiếp nhận', en: 'Received' },
  'received.online': { vi: 'Tiếp nhận trực tuyến', en: 'Received online' },
  'received.direct': { vi: 'Tiếp nhận trực tiếp, bưu chính', en: 'Received in person or by post' },
  'received.carried': { vi: 'Từ kỳ trước', en: 'Carried over' },
  resolved: { vi: 'Đã giải quyết', en: 'Resolved' },
  'resolved.early': { vi: 'Đã giải quyết trước hạn', en: 'Resolved early' },
  'resolved.onTime': { vi: 'Đã giải quyết đúng hạn', en: 'Resolved on time' },
  'resolved.late': { vi: 'Đã giải quyết quá hạn', en: 'Resolved late' },
  'resolved.rejected': { vi: 'Từ chối, không giải quyết', en: 'Rejected' },
  'resolved.withdrawn': { vi: 'Hồ sơ rút', en: 'Withdrawn' },
  pending: { vi: 'Đang giải quyết', en: 'Pending' },
  'pending.inTime': { vi: 'Đang giải quyết trong hạn', en: 'Pending, in time' },
  'pending.overdue': { vi: 'Đang giải quyết quá hạn', en: 'Pending, overdue' },
  'pending.supplement': { vi: 'Yêu cầu bổ sung', en: 'Awaiting supplement' },
};

/** "(4) Tiếp nhận trực tuyến": a column's number on the form, then its title. */
export function numberedColumnTitle(number: number, role: Role): LocalizedText {
  const title = columnTitles[role] ?? { vi: role, en: role };
  return { vi: `(${number}) ${title.vi}`, en: `(${number}) ${title.en}` };
}

/** Column meanings as a clerk names them (for messages that list what was recognised). */
export const roleNames: Record<string, LocalizedText> = {
  stt: { vi: 'STT', en: 'row number' },
  field: { vi: 'lĩnh vực', en: 'field' },
  received: { vi: 'tổng số tiếp nhận', en: 'received, total' },
  'received.new': { vi: 'tiếp nhận trong kỳ', en: 'received in the period' },
  'received.online': { vi: 'tiếp nhận trực tuyến', en: 'received online' },
  'received.direct': { vi: 'tiếp nhận trực tiếp, bưu chính', en: 'received in person or by post' },
  'received.carried': { vi: 'kỳ trước chuyển sang', en: 'carried over' },
  resolved: { vi: 'tổng số đã giải quyết', en: 'resolved, total' },
  'resolved.early': { vi: 'giải quyết trước hạn', en: 'resolved early' },
  'resolved.onTime': { vi: 'giải quyết đúng hạn', en: 'resolved on time' },
  'resolved.early+onTime': { vi: 'giải quyết đúng hạn', en: 'resolved on time' },
  'resolved.late': { vi: 'giải quyết quá hạn', en: 'resolved late' },
  'resolved.rejected': { vi: 'từ chối', en: 'rejected' },
  'resolved.withdrawn': { vi: 'rút hồ sơ', en: 'withdrawn' },
  pending: { vi: 'tổng số đang giải quyết', en: 'pending, total' },
  'pending.inTime': { vi: 'đang giải quyết trong hạn', en: 'pending in time' },
  'pending.overdue': { vi: 'đang giải quyết quá hạn', en: 'pending overdue' },
  'pending.supplement': { vi: 'chờ bổ sung', en: 'awaiting supplement' },
  rate: { vi: 'tỷ lệ', en: 'rate' },
};

/** The figures of section I.2 by subject (a column role, or what the annex lacks), as a report names them. */
export const figureLabels: Record<string, LocalizedText> = {
  received: { vi: 'Tổng số hồ sơ tiếp nhận', en: 'Total dossiers received' },
  'received.new': { vi: 'Tiếp nhận trong kỳ', en: 'Received in the period' },
  'received.carried': { vi: 'Kỳ trước chuyển sang', en: 'Carried over' },
  'received.online': { vi: 'Tiếp nhận trực tuyến', en: 'Received online' },
  'received.direct': { vi: 'Tiếp nhận trực tiếp, bưu chính', en: 'Received in person or by post' },
  resolved: { vi: 'Đã xử lý và trả kết quả', en: 'Processed and returned' },
  'resolved.early+onTime': { vi: 'Trả đúng, trước hạn', en: 'Returned on time or early' },
  'resolved.early': { vi: 'Trả trước hạn', en: 'Returned early' },
  'resolved.onTime': { vi: 'Trả đúng hạn', en: 'Returned on time' },
  'resolved.late': { vi: 'Trả quá hạn', en: 'Returned late' },
  'resolved.rejected': { vi: 'Từ chối không giải quyết', en: 'Rejected' },
  'resolved.withdrawn': { vi: 'Hồ sơ rút', en: 'Withdrawn' },
  pending: { vi: 'Đang giải quyết', en: 'Being processed' },
  'pending.inTime': { vi: 'Đang giải quyết trong hạn', en: 'Being processed, within the time limit' },
  'pending.overdue': { vi: 'Đang giải quyết quá hạn', en: 'Being processed, overdue' },
  'pending.supplement': { vi: 'Yêu cầu bổ sung', en: 'Awaiting additional documents' },
  payment: { vi: 'Thanh toán phí, lệ phí trực tuyến', en: 'Fees paid online' },
  digitisation: { vi: 'Số hóa hồ sơ, kết quả', en: 'Digitisation' },
};
