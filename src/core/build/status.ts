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
      'processing',
      'in progress',
    ],
  ],
  ['new', ['moi tiep nhan', 'da tiep nhan', 'tiep nhan', 'moi', 'new', 'received']],
];

/**
 * The status a platform's wording means, or null when it is not known.
 * `custom` (folded text → status) comes from the clerk's mapping and wins.
 */
export function normaliseStatus(text: string, custom?: Record<string, Status>): Status | null {
  const folded = foldText(text);
  if (folded === '') return null;
  if (custom) {
    for (const [wording, status] of Object.entries(custom)) {
      if (foldText(wording) === folded) return status;
    }
  }
  for (const [status, phrases] of STATUS_PHRASES) {
    if (phrases.some((phrase) => containsPhrase(folded, phrase))) return status;
  }
  return null;
}
