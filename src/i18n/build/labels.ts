// The build's names for what it counts: export columns, annex leaves, statuses, channels.
import type { Lang } from '../../core/types';
import type { Channel, ColumnKey, Status } from '../../core/build/types';

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

