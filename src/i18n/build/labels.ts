// The build's names for what it counts: export columns, annex leaves, statuses, channels.
import type { Lang } from '../../core/types';
import type { Channel, ColumnKey, Leaf, Status } from '../../core/build/types';

type Texts = Record<Lang, string>;

export const COLUMN_KEY_LABEL: Record<ColumnKey, Texts> = {
  code: { vi: 'Mã hồ sơ', en: 'Dossier code' },
  procedure: { vi: 'Thủ tục hành chính', en: 'Procedure' },
  field: { vi: 'Lĩnh vực', en: 'Field' },
  channel: { vi: 'Kênh nộp', en: 'Channel' },
  received: { vi: 'Ngày tiếp nhận', en: 'Received on' },
  due: { vi: 'Ngày hẹn trả', en: 'Due on' },
  returned: { vi: 'Ngày trả kết quả', en: 'Returned on' },
  ended: { vi: 'Ngày kết thúc xử lý', en: 'Processing ended on' },
  status: { vi: 'Trạng thái', en: 'Status' },
  supplementRequested: { vi: 'Ngày yêu cầu bổ sung', en: 'Supplement requested on' },
};

/** What two records of one dossier can disagree on (MergeConflict.differences). */
const DIFFERENCE_LABEL: Record<string, Texts> = {
  status: { vi: 'trạng thái', en: 'status' },
  received: { vi: 'ngày tiếp nhận', en: 'receipt date' },
  ended: { vi: 'ngày kết thúc', en: 'end date' },
  due: { vi: 'ngày hẹn trả', en: 'due date' },
  channel: { vi: 'kênh nộp', en: 'channel' },
  field: { vi: 'lĩnh vực', en: 'field' },
};

export function describeDifferences(differences: string[], lang: Lang): string {
  return differences.map((key) => DIFFERENCE_LABEL[key]?.[lang] ?? key).join(', ');
}

export const LEAF_LABEL: Record<Leaf, Texts> = {
  'received.online': { vi: '(4) Tiếp nhận trực tuyến', en: '(4) Received online' },
  'received.direct': { vi: '(5) Tiếp nhận trực tiếp, bưu chính', en: '(5) Received in person or by post' },
  'received.carried': { vi: '(6) Từ kỳ trước', en: '(6) Carried over' },
  'resolved.early': { vi: '(8) Đã giải quyết trước hạn', en: '(8) Resolved early' },
  'resolved.onTime': { vi: '(9) Đã giải quyết đúng hạn', en: '(9) Resolved on time' },
  'resolved.late': { vi: '(10) Đã giải quyết quá hạn', en: '(10) Resolved late' },
  'resolved.rejected': { vi: '(11) Từ chối, không giải quyết', en: '(11) Rejected' },
  'resolved.withdrawn': { vi: '(12) Hồ sơ rút', en: '(12) Withdrawn' },
  'pending.inTime': { vi: '(14) Đang giải quyết trong hạn', en: '(14) Pending, in time' },
  'pending.overdue': { vi: '(15) Đang giải quyết quá hạn', en: '(15) Pending, overdue' },
  'pending.supplement': { vi: '(16) Yêu cầu bổ sung', en: '(16) Awaiting supplement' },
};

export const STATUS_LABEL: Record<Status, Texts> = {
  new: { vi: 'mới tiếp nhận', en: 'new' },
  processing: { vi: 'đang xử lý', en: 'processing' },
  supplement: { vi: 'yêu cầu bổ sung', en: 'awaiting supplement' },
  returned: { vi: 'đã trả kết quả', en: 'returned' },
  rejected: { vi: 'từ chối', en: 'rejected' },
  withdrawn: { vi: 'công dân rút', en: 'withdrawn' },
};

/** A record's status, or "không rõ" when the export does not say. */
export function statusLabel(status: Status | null, lang: Lang): string {
  return status === null ? (lang === 'vi' ? 'không rõ' : 'unknown') : STATUS_LABEL[status][lang];
}

export const CHANNEL_LABEL: Record<Channel, Texts> = {
  online: { vi: 'trực tuyến', en: 'online' },
  direct: { vi: 'trực tiếp, bưu chính', en: 'in person or by post' },
};

/** Column titles of the pane's count table: "(3)" … "(16)" with the leaf's meaning as tooltip. */
export const ANNEX_COLUMN_TITLE: Record<string, Texts> = {
  received: { vi: '(3) Tiếp nhận', en: '(3) Received' },
  resolved: { vi: '(7) Đã giải quyết', en: '(7) Resolved' },
  pending: { vi: '(13) Đang giải quyết', en: '(13) Pending' },
  ...LEAF_LABEL,
};
