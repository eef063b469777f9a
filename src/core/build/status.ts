// Dossier statuses as the platforms word them, and their order for merging.
import { containsPhrase, foldText } from '../text';
import type { Status } from './types';

/** mới tiếp nhận < đang xử lý < yêu cầu bổ sung < ended (đã trả kết quả, từ chối, rút). */
export const STATUS_RANK: Record<Status, number> = {
  new: 0,
  processing: 1,
  supplement: 2,
  returned: 3,
  rejected: 3,
  withdrawn: 3,
};

export function isEnded(status: Status): boolean {
  return STATUS_RANK[status] === 3;
}

/** Checked in this order: the first list with a phrase in the text decides. */
const STATUS_PHRASES: readonly [Status, readonly string[]][] = [
  ['withdrawn', ['rut', 'huy', 'withdrawn', 'withdraw', 'cancelled', 'canceled']],
  [
    'rejected',
    ['tu choi', 'khong giai quyet', 'khong du dieu kien', 'dung xu ly', 'dung giai quyet', 'tra lai', 'rejected', 'refused'],
  ],
  ['supplement', ['bo sung', 'supplement']],
  [
    'returned',
    [
      'tra ket qua',
      'tra kq',
      'co ket qua',
      'co kq',
      'hoan thanh',
      'hoan tat',
      'da giai quyet',
      'xu ly xong',
      'giai quyet xong',
      'ket thuc',
      'returned',
      'completed',
      'done',
      'finished',
    ],
  ],
  [
    'processing',
    [
      'dang xu ly',
      'dang giai quyet',
      'cho xu ly',
      'cho giai quyet',
      'xu ly',
      'tham dinh',
      'phe duyet',
      'cho ky',
      'trinh ky',
      'ky duyet',
      'phan cong',
      'chuyen',
      'qua han',
      'nghia vu tai chinh',
      'processing',
      'in progress',
    ],
  ],
  ['new', ['moi tiep nhan', 'da tiep nhan', 'tiep nhan', 'moi', 'new', 'received']],
];

/**
 * Wordings of a dossier that was never received: skipped with its reason, never counted. A draft
 * (lưu nháp, lưu tạm) and a registration not yet received (the portal's "Mới đăng ký") were
 * never submitted to the centre.
 */
const NOT_RECEIVED_PHRASES = [
  'khong tiep nhan',
  'khong duoc tiep nhan',
  'moi dang ky',
  'luu nhap',
  'luu tam',
  'ban nhap',
  'chua tiep nhan',
  'cho tiep nhan',
  'tu choi tiep nhan',
  'khong du dieu kien tiep nhan',
  'not received',
];

/** The citizen has sent what was asked for: the dossier is being processed again. */
const SUPPLEMENT_DONE_PHRASES = [
  'da bo sung',
  'bo sung xong',
  'nop bo sung',
  'tiep nhan bo sung',
  'hoan thanh bo sung',
  'hoan tat bo sung',
  'supplemented',
];

/** "chưa …" (not yet): what follows it did not happen. */
const NOT_YET_WORDS = ['chua', 'not yet'];

/** A status wording read: a status, a dossier never received, or null when not known. */
export type StatusReading = Status | 'not-received';

function statusOfPhrases(folded: string): Status | null {
  for (const [status, phrases] of STATUS_PHRASES) {
    if (phrases.some((phrase) => containsPhrase(folded, phrase))) return status;
  }
  return null;
}

/** The text before the first "chưa" and the text after it; null when there is no "chưa". */
function splitAtNotYet(folded: string): { before: string; after: string } | null {
  const words = ` ${folded.replace(/[^a-z0-9]+/g, ' ').trim()} `;
  let at = -1;
  let length = 0;
  for (const word of NOT_YET_WORDS) {
    const index = words.indexOf(` ${word} `);
    if (index >= 0 && (at < 0 || index < at)) {
      at = index;
      length = word.length + 2;
    }
  }
  if (at < 0) return null;
  return { before: words.slice(0, at).trim(), after: words.slice(at + length).trim() };
}

/**
 * The status a platform's wording means, or null when it is not known. Rules, in order:
 * - `custom` (folded text → status) comes from the clerk's mapping and wins;
 * - never received (*không tiếp nhận, chưa tiếp nhận, chờ tiếp nhận, từ chối tiếp nhận*) →
 *   'not-received';
 * - supplement received (*đã bổ sung, công dân đã bổ sung hồ sơ*) → processing again;
 * - *yêu cầu bổ sung* (also "trả lại yêu cầu bổ sung") → awaiting supplement, unless *từ chối*;
 * - "chưa …" negates what follows: the words before it decide when they name a status
 *   ("Đã trả kết quả, chưa đánh giá" is returned); else *chưa bổ sung* is awaiting supplement and
 *   anything else not yet done (*chưa trả kết quả, chưa có kết quả, chưa hoàn thành*) is processing;
 * - otherwise the first list of STATUS_PHRASES with a phrase in the text.
 */
export function readStatus(text: string, custom?: Record<string, Status>): StatusReading | null {
  const folded = foldText(text);
  if (folded === '') return null;
  if (custom) {
    for (const [wording, status] of Object.entries(custom)) {
      if (foldText(wording) === folded) return status;
    }
  }
  if (NOT_RECEIVED_PHRASES.some((phrase) => containsPhrase(folded, phrase))) return 'not-received';
  if (SUPPLEMENT_DONE_PHRASES.some((phrase) => containsPhrase(folded, phrase))) return 'processing';
  // "Trả lại yêu cầu bổ sung": sent back for documents, not a rejection.
  if (containsPhrase(folded, 'yeu cau bo sung') && !containsPhrase(folded, 'tu choi')) return 'supplement';
  const notYet = splitAtNotYet(folded);
  if (notYet) {
    const before = notYet.before === '' ? null : statusOfPhrases(notYet.before);
    if (before !== null) return before;
    return containsPhrase(notYet.after, 'bo sung') ? 'supplement' : 'processing';
  }
  return statusOfPhrases(folded);
}

/** The status a wording means; null when it is not known or names a dossier never received. */
export function normaliseStatus(text: string, custom?: Record<string, Status>): Status | null {
  const reading = readStatus(text, custom);
  return reading === 'not-received' ? null : reading;
}
