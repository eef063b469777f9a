// The words a report uses for the figures of section I.2, and how its sections and lines are found.
// Patterns run on folded text (no accents, lower case, đ → d): see foldKeepingLength.
import { foldKeepingLength } from './tokens';
import type { Role } from '../../types';
import type { LabelSubject } from './types';

export type Block = 'received' | 'resolved' | 'pending' | null;

export interface LabelRule {
  pattern: RegExp;
  /** A fixed subject, or one that depends on the group the text is in ("quá hạn"). */
  subject: LabelSubject | ((block: Block) => LabelSubject | null);
}

// Patterns run on folded text (no accents, lower case, đ → d). Longer, more specific labels first.
const RULES: LabelRule[] = [
  { pattern: /thanh toan (phi|le phi|truc tuyen)|phi, le phi|paid online|fees? (and charges )?paid/, subject: 'payment' },
  { pattern: /so hoa|digiti[sz]/, subject: 'digitisation' },
  { pattern: /tong so ho so (da )?tiep nhan|total dossiers received|tong so tiep nhan|tiep nhan (tong so|tong cong)/, subject: 'received' },
  { pattern: /tiep nhan truc tuyen|nop truc tuyen|ho so truc tuyen|received online/, subject: 'received.online' },
  { pattern: /tiep nhan (truc tiep|qua buu chinh)|in person/, subject: 'received.direct' },
  { pattern: /tiep nhan (moi )?trong ky|tiep nhan moi|moi tiep nhan|received in the period/, subject: 'received.new' },
  { pattern: /ky truoc chuyen (sang|qua)|tu ky truoc|ton ky truoc|carried over/, subject: 'received.carried' },
  // The parts of "resolved" come before the group's own label: "đã giải quyết đúng hạn: N" is the part.
  {
    pattern: /(dung|truoc)( han)?(,| va| hoac) (truoc|dung) han|on time or early|early or on time|early and on time|on time and early/,
    subject: 'resolved.early+onTime',
  },
  { pattern: /(?<!dang )(tra |giai quyet )?truoc han|returned early/, subject: 'resolved.early' },
  { pattern: /(?<!dang )(tra |giai quyet )?dung han|returned on time/, subject: 'resolved.onTime' },
  { pattern: /tra qua han|(?<!dang )giai quyet qua han|returned late/, subject: 'resolved.late' },
  { pattern: /tu choi( (khong )?giai quyet)?|khong (duoc )?giai quyet|rejected/, subject: 'resolved.rejected' },
  // "Hồ sơ rút", "công dân rút 12 hồ sơ", "Số hồ sơ đã rút: 12"; not "rút ngắn thời gian", "rút kinh nghiệm".
  { pattern: /ho so rut|rut ho so|withdrawn|(?<![a-z])rut(?![a-z])(?! (gon|ngan|bot|ra|kinh nghiem))/, subject: 'resolved.withdrawn' },
  {
    pattern: /(da )?(xu ly|giai quyet) va tra ket qua|(?<![a-z])da (giai quyet|xu ly)|processed and returned|dossiers resolved/,
    subject: 'resolved',
  },
  // "Số hồ sơ tồn: 57", "tồn 57 hồ sơ", "còn tồn đọng 57"; not "tồn kỳ trước", "tồn tại".
  {
    pattern: /dang (giai quyet|xu ly)|chua (giai quyet|xu ly)|ho so ton(?![a-z])(?! ky| tu ky)|(?<![a-z])ton( dong)?(?=\s*:?\s*\d)|being processed/,
    subject: 'pending',
  },
  // "Đã giải quyết …, trong đó trong hạn …": resolved within the time limit is early plus on time.
  {
    pattern: /trong han|within the time limit/,
    subject: (block) => (block === 'pending' ? 'pending.inTime' : block === 'resolved' ? 'resolved.early+onTime' : null),
  },
  { pattern: /qua han|tre han|overdue/, subject: (block) => (block === 'pending' ? 'pending.overdue' : 'resolved.late') },
  { pattern: /bo sung|additional documents/, subject: 'pending.supplement' },
  // Prose: "trong đó trực tuyến 2.742 hồ sơ", "Tiếp nhận 2.836 hồ sơ, giải quyết 2.774 hồ sơ". A bare
  // channel word belongs to the received dossiers; under resolved or pending the annex has no such part.
  {
    pattern: /(?<![a-z])(?<!(phi|dich vu cong|dvc|thanh toan) )truc tuyen(?! toan trinh)/,
    subject: (block) => (block === 'received' || block === null ? 'received.online' : null),
  },
  {
    pattern: /(?<![a-z])truc tiep(?! (tai|den|voi))|qua (dich vu )?buu chinh/,
    subject: (block) => (block === 'received' || block === null ? 'received.direct' : null),
  },
  { pattern: /(?<![a-z])(da )?tiep nhan(?! (va|truc|trong|moi|giai quyet|xu ly))/, subject: 'received' },
  { pattern: /(?<![a-z])(da )?giai quyet(?! (tthc|thu tuc|dung|truoc|qua|xong|ho so tthc))/, subject: 'resolved' },
];

/**
 * The group a figure with a fixed subject puts the text in: "đang giải quyết 57" and "chờ bổ sung
 * 10" are about pending dossiers, so a later bare "quá hạn" is pending overdue. Taken from the
 * words, not from bullets: Word list bullets, flat "-" lists and running prose carry no markers.
 */
export function groupOf(subject: LabelSubject): Block {
  if (subject === 'payment' || subject === 'digitisation') return null;
  const group = subject.split('.')[0];
  return group === 'received' || group === 'resolved' || group === 'pending' ? group : null;
}

/** The fields paragraph names per-field counts: not totals of section I.2. */
export const FIELD_LINE = /^[-–•+]?\s*(cac linh vuc|linh vuc|khong co linh vuc|fields? (with|of)|no field)/;

const SECTION_HEADING = /^\s*(?:i\.\s*)?2\s*[.)]\s*(ket qua tiep nhan|ket qua giai quyet|tiep nhan va)|^\s*2\.\s*administrative-procedure/;
const NEXT_HEADING = /^\s*(?:\d+\s*[.)]|[ivx]+\s*[.)])\s+\S/;

export interface LabelHit {
  index: number;
  end: number;
  rule: LabelRule;
}

export function labelHits(folded: string): LabelHit[] {
  const hits: LabelHit[] = [];
  for (const rule of RULES) {
    const global = new RegExp(rule.pattern.source, 'g');
    for (const match of folded.matchAll(global)) {
      const index = match.index ?? 0;
      const end = index + match[0].length;
      if (hits.some((h) => index < h.end && end > h.index)) continue;
      hits.push({ index, end, rule });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}

// The annex after the report ("PHỤ LỤC", or the table's "STT" header): its cells are the table, not prose.
const ANNEX_START = /^\s*(phu luc(?![a-z])(?!\s+(so|kem|dinh kem|gui kem))|stt(\s|$))/;

/** The index of the first line of the annex appended to the text, or the number of lines. */
export function annexStart(lines: string[], from = 0): number {
  for (let i = from; i < lines.length; i++) if (ANNEX_START.test(foldKeepingLength(lines[i].normalize('NFC')))) return i;
  return lines.length;
}

export function findSection(lines: string[]): { start: number; end: number } | null {
  const start = lines.findIndex((line) => SECTION_HEADING.test(foldKeepingLength(line.normalize('NFC'))));
  if (start < 0) return null;
  let end = annexStart(lines, start + 1) - 1;
  for (let i = start + 1; i <= end; i++) {
    if (NEXT_HEADING.test(foldKeepingLength(lines[i].normalize('NFC')))) {
      end = i - 1;
      break;
    }
  }
  return { start, end };
}

/** What a fields line lists: received with shares, returned late, or pending overdue. */
export function fieldLineRole(folded: string): Role | null {
  if (/dang giai quyet qua han|overdue dossiers being processed/.test(folded)) return 'pending.overdue';
  if (/tra qua han|returned late/.test(folded)) return 'resolved.late';
  if (/tiep nhan|received/.test(folded)) return 'received';
  return null;
}
