// The national public-service portal's code columns: TrangThaiHoSo (status codes 1–10) and
// KenhThucHien (channel codes 1–3), as the portal's record defines them.
import { foldText } from '../text';
import type { StatusReading } from './status';
import type { Channel } from './types';

/** How a portal status code counts, and which date ends it. */
export interface PortalStatus {
  reading: StatusReading;
  /** 9 "Đã xử lý xong" ends on NgayKetThucXuLy, 10 "Đã trả kết quả" on NgayTra. */
  endsOn?: 'ended' | 'returned';
}

/**
 * 1 Mới đăng ký and 3 Không được tiếp nhận were never received; 2 Được tiếp nhận, 4 Đang xử lý and
 * 6 Yêu cầu thực hiện nghĩa vụ tài chính are pending; 5 Yêu cầu bổ sung giấy tờ awaits a
 * supplement; 7 Công dân yêu cầu rút hồ sơ is withdrawn; 8 Dừng xử lý is not resolved (rejected);
 * 9 Đã xử lý xong and 10 Đã trả kết quả are resolved.
 */
export const PORTAL_STATUS_CODES: Record<number, PortalStatus> = {
  1: { reading: 'not-received' },
  2: { reading: 'processing' },
  3: { reading: 'not-received' },
  4: { reading: 'processing' },
  5: { reading: 'supplement' },
  6: { reading: 'processing' },
  7: { reading: 'withdrawn' },
  8: { reading: 'rejected' },
  9: { reading: 'returned', endsOn: 'ended' },
  10: { reading: 'returned', endsOn: 'returned' },
};

/** The portal's names of its codes, folded: written out as text they count as the code. */
const PORTAL_STATUS_WORDS: Record<string, number> = {
  'moi dang ky': 1,
  'duoc tiep nhan': 2,
  'khong duoc tiep nhan': 3,
  'dang xu ly': 4,
  'yeu cau bo sung giay to': 5,
  'yeu cau thuc hien nghia vu tai chinh': 6,
  'cong dan yeu cau rut ho so': 7,
  'dung xu ly': 8,
  'da xu ly xong': 9,
  'da tra ket qua': 10,
};

/** A status written as the portal names one of its codes ("Đã xử lý xong"), or null. */
export function portalStatusByName(text: string): PortalStatus | null {
  const code = PORTAL_STATUS_WORDS[foldText(text).replace(/[^a-z0-9]+/g, ' ').trim()];
  return code === undefined ? null : PORTAL_STATUS_CODES[code];
}

/** 1 trực tiếp, 2 trực tuyến, 3 dịch vụ bưu chính công ích (counted with direct, column (5)). */
export const PORTAL_CHANNEL_CODES: Record<number, Channel> = { 1: 'direct', 2: 'online', 3: 'direct' };

/** Headers (folded, without spaces) under which the portal writes its codes. */
const STATUS_HEADERS = new Set(['trangthaihoso']);
const CHANNEL_HEADERS = new Set(['kenhthuchien']);

function compact(header: string): string {
  return foldText(header).replace(/[^a-z0-9]/g, '');
}

/** A status column named as the portal names it ("TrangThaiHoSo", "Trạng thái hồ sơ"). */
export function isPortalStatusHeader(header: string | undefined): boolean {
  return header !== undefined && STATUS_HEADERS.has(compact(header));
}

/** A channel column named as the portal names it ("KenhThucHien", "Kênh thực hiện"). */
export function isPortalChannelHeader(header: string | undefined): boolean {
  return header !== undefined && CHANNEL_HEADERS.has(compact(header));
}

/** "2", "02", "2.0" → 2; null when the text is not a whole number. */
export function codeNumber(text: string): number | null {
  const match = /^0*(\d{1,3})(?:[.,]0+)?$/.exec(text.trim());
  return match ? Number(match[1]) : null;
}
