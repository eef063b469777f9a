// The national portal's codes with their meanings, and the blanks filled from other records.
import type { Lang } from '../../core/types';
import type { CodeTally, FillablePart, FilledValue, Status } from '../../core/build/types';

type Texts = Record<Lang, string>;

/** The portal's names of its status codes. */
const PORTAL_STATUS_NAME: Record<number, Texts> = {
  1: { vi: 'Mới đăng ký', en: 'Registered' },
  2: { vi: 'Được tiếp nhận', en: 'Received' },
  3: { vi: 'Không được tiếp nhận', en: 'Not received' },
  4: { vi: 'Đang xử lý', en: 'Processing' },
  5: { vi: 'Yêu cầu bổ sung giấy tờ', en: 'Supplement requested' },
  6: { vi: 'Yêu cầu thực hiện nghĩa vụ tài chính', en: 'Financial obligation requested' },
  7: { vi: 'Công dân yêu cầu rút hồ sơ', en: 'Withdrawn by the citizen' },
  8: { vi: 'Dừng xử lý', en: 'Processing stopped' },
  9: { vi: 'Đã xử lý xong', en: 'Processed' },
  10: { vi: 'Đã trả kết quả', en: 'Result returned' },
};

const PORTAL_CHANNEL_NAME: Record<number, Texts> = {
  1: { vi: 'Trực tiếp', en: 'In person' },
  2: { vi: 'Trực tuyến', en: 'Online' },
  3: { vi: 'Dịch vụ bưu chính công ích', en: 'Public postal service' },
};

const STATUS_COUNTED: Record<Exclude<CodeTally['reading'], 'online' | 'direct' | null>, Texts> = {
  'not-received': { vi: 'không tính (chưa được tiếp nhận)', en: 'not counted (never received)' },
  processing: { vi: 'đang giải quyết (14)/(15)', en: 'pending (14)/(15)' },
  supplement: { vi: 'chờ bổ sung (16)', en: 'awaiting supplement (16)' },
  withdrawn: { vi: 'rút (12)', en: 'withdrawn (12)' },
  rejected: { vi: 'không giải quyết (11)', en: 'not resolved (11)' },
  returned: { vi: 'đã giải quyết (8)/(9)/(10)', en: 'resolved (8)/(9)/(10)' },
  new: { vi: 'đang giải quyết (14)/(15)', en: 'pending (14)/(15)' },
};

/** Where a status counts ("đã giải quyết (8)/(9)/(10)"): what a code written as digits means in the annex. */
export function statusCountedAs(status: Status, lang: Lang): string {
  return STATUS_COUNTED[status][lang];
}

/** "2 Được tiếp nhận → đang giải quyết (14)/(15): 12" for one code of a portal code column. */
export function describeCode(tally: CodeTally, lang: Lang): string {
  const names = tally.key === 'status' ? PORTAL_STATUS_NAME : PORTAL_CHANNEL_NAME;
  const name = names[tally.code]?.[lang];
  if (tally.reading === null || !name) return `${tally.code} → ${lang === 'vi' ? 'mã không rõ' : 'unknown code'}: ${tally.count}`;
  if (tally.reading === 'online' || tally.reading === 'direct') return `${tally.code} ${name} → (${tally.reading === 'online' ? 4 : 5}): ${tally.count}`;
  const ending =
    tally.code === 9 ? (lang === 'vi' ? ' theo ngày kết thúc xử lý' : ' on the end-of-processing date') : tally.code === 10 ? (lang === 'vi' ? ' theo ngày trả' : ' on the return date') : '';
  return `${tally.code} ${name} → ${STATUS_COUNTED[tally.reading][lang]}${ending}: ${tally.count}`;
}

/** "Mã trong cột "TrangThaiHoSo": …" per code column of a source. */
export function describeCodeColumns(tallies: CodeTally[], lang: Lang): string[] {
  const lines: string[] = [];
  for (const key of ['status', 'channel'] as const) {
    const own = tallies.filter((tally) => tally.key === key);
    if (own.length === 0) continue;
    const list = own.map((tally) => describeCode(tally, lang)).join('; ');
    lines.push(lang === 'vi' ? `Mã trong cột "${own[0].header}": ${list}` : `Codes in column "${own[0].header}": ${list}`);
  }
  return lines;
}

export const FILLABLE_LABEL: Record<FillablePart, Texts> = {
  channel: { vi: 'kênh nộp', en: 'channel' },
  due: { vi: 'ngày hẹn trả', en: 'due date' },
  field: { vi: 'lĩnh vực', en: 'field' },
  procedure: { vi: 'thủ tục', en: 'procedure' },
  supplementRequested: { vi: 'ngày yêu cầu bổ sung', en: 'supplement request date' },
};

const FILL_ORDER: readonly FillablePart[] = ['channel', 'field', 'due', 'supplementRequested', 'procedure'];

/** "Lấy từ bản ghi khác của cùng hồ sơ: kênh nộp 57 hồ sơ, ngày hẹn trả 3 hồ sơ"; null when nothing was filled. */
export function describeFills(filled: FilledValue[], lang: Lang): string | null {
  if (filled.length === 0) return null;
  const parts = FILL_ORDER.map((part) => [part, filled.filter((fill) => fill.part === part).length] as const)
    .filter(([, count]) => count > 0)
    .map(([part, count]) => (lang === 'vi' ? `${FILLABLE_LABEL[part].vi} ${count} hồ sơ` : `${FILLABLE_LABEL[part].en} for ${count} dossiers`));
  return lang === 'vi'
    ? `Thông tin để trống lấy từ bản ghi khác của cùng hồ sơ: ${parts.join(', ')}`
    : `Blanks taken from another record of the same dossier: ${parts.join(', ')}`;
}

/** The detail sheet's note on a dossier whose blanks were filled: "kênh nộp lấy từ dvcqg.xlsx: 12". */
export function describeFillNote(fills: FilledValue[], lang: Lang): string {
  return fills
    .map((fill) => `${FILLABLE_LABEL[fill.part][lang]} ${lang === 'vi' ? 'lấy từ' : 'from'} ${fill.from.source}: ${fill.from.line}`)
    .join('; ');
}
