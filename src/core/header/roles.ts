// What a column means from its header words: the received / resolved / pending groups and each
// part (online, carried over, early, on time, late, rejected, withdrawn, in time, overdue, supplement).
import { containsPhrase, foldText } from '../text';
import type { Role } from '../types';

export type Group = 'received' | 'resolved' | 'pending';

export function groupOf(path: string[]): Group | null {
  return groupAt(path)?.group ?? null;
}

/** The group a header path belongs to, and the level of the text that says so. */
function groupAt(path: string[]): { group: Group; level: number } | null {
  for (let level = 0; level < path.length; level++) {
    const text = path[level];
    if (
      containsPhrase(text, 'dang giai quyet') ||
      containsPhrase(text, 'dang xu ly') ||
      containsPhrase(text, 'chua giai quyet') ||
      containsPhrase(text, 'chua xu ly') ||
      containsPhrase(text, 'ton dong')
    )
      return { group: 'pending', level };
    if (
      containsPhrase(text, 'da giai quyet') ||
      containsPhrase(text, 'da xu ly') ||
      containsPhrase(text, 'giai quyet xong') ||
      containsPhrase(text, 'da tra ket qua')
    )
      return { group: 'resolved', level };
    if (containsPhrase(text, 'tiep nhan') || containsPhrase(text, 'so ho so nhan')) return { group: 'received', level };
  }
  return null;
}

/** "Tổng số", "Tổng cộng", "Tổng", "Cộng": a column that totals its siblings. ("Công dân rút" is not.) */
export function isTotalText(text: string): boolean {
  const words = foldText(text)
    .replace(/[^a-z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return /^tong\b/.test(words) || words === 'cong';
}

function leafMatches(path: string[], phrases: string[]): boolean {
  const leaf = path[path.length - 1] ?? '';
  return phrases.some((phrase) => containsPhrase(leaf, phrase));
}

function pathMatches(path: string[], phrases: string[]): boolean {
  return path.some((text) => phrases.some((phrase) => containsPhrase(text, phrase)));
}

/** What a header path means, judged by its words; `hasEarly` tells whether the form splits "trước hạn" from "đúng hạn". */
export function roleOfPath(path: string[], hasEarly: boolean, inheritedGroup: Group | null = null): Role | undefined {
  if (path.length === 0) return undefined;
  const joined = path.join(' ');
  const first = foldText(path[0]);
  if (/^(stt|tt|so tt|so thu tu)$/.test(first)) return 'stt';
  if (containsPhrase(path[0], 'linh vuc') || containsPhrase(path[0], 'noi dung') || containsPhrase(path[0], 'ten thu tuc')) {
    if (!groupOf(path.slice(1)) && path.length <= 2) return 'field';
  }
  if (pathMatches(path, ['ty le'])) return 'rate';
  const own = groupAt(path);
  const group = own?.group ?? inheritedGroup;
  // A lone group header over no sub-columns ("Số hồ sơ tiếp nhận") is that group's total.
  const loneGroupHeader = own !== null && path.length === 1;
  // "Trong kỳ / Tổng": the total of a sub-group means what the sub-group means.
  const leafIndex = path.length - 1;
  const subGroupTotal = own !== null && isTotalText(path[leafIndex]) && leafIndex - own.level >= 2;
  const subject = subGroupTotal ? path.slice(0, leafIndex) : path;
  const isTotal = !subGroupTotal && (isTotalText(path[leafIndex]) || loneGroupHeader);
  if (group === 'received') {
    if (leafMatches(subject, ['truc tuyen', 'thuc tuyen', 'qua mang', 'dvc truc tuyen'])) return 'received.online';
    if (leafMatches(subject, ['truc tiep', 'thuc tiep', 'buu chinh'])) return 'received.direct';
    if (leafMatches(subject, ['ky truoc'])) return 'received.carried';
    if (leafMatches(subject, ['moi tiep nhan', 'trong ky', 'tiep nhan moi'])) return 'received.new';
    return isTotal ? 'received' : 'other';
  }
  if (group === 'resolved') {
    if (leafMatches(subject, ['truoc han'])) return 'resolved.early';
    if (leafMatches(subject, ['dung han', 'dung thoi han', 'trong han'])) return hasEarly ? 'resolved.onTime' : 'resolved.early+onTime';
    if (leafMatches(subject, ['qua han', 'tre han'])) return 'resolved.late';
    if (leafMatches(subject, ['tu choi', 'khong giai quyet'])) return 'resolved.rejected';
    if (leafMatches(subject, ['rut', 'rut ho so'])) return 'resolved.withdrawn';
    return isTotal ? 'resolved' : 'other';
  }
  if (group === 'pending') {
    if (leafMatches(subject, ['trong han', 'chua den han', 'chua toi han'])) return 'pending.inTime';
    if (leafMatches(subject, ['qua han', 'tre han'])) return 'pending.overdue';
    if (leafMatches(subject, ['bo sung'])) return 'pending.supplement';
    return isTotal ? 'pending' : 'other';
  }
  return joined.trim() === '' ? undefined : 'other';
}

/** The group a role belongs to, for building sums from the header structure. */
export function groupOfRole(role: Role | undefined): Group | null {
  if (!role) return null;
  if (role === 'received' || role.startsWith('received.')) return 'received';
  if (role === 'resolved' || role.startsWith('resolved.')) return 'resolved';
  if (role === 'pending' || role.startsWith('pending.')) return 'pending';
  return null;
}
