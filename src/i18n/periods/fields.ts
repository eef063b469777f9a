// How the field lists of two periods differ, in words: listed for the clerk, not errors (a field
// that vanished with dossiers pending, or a new one with dossiers carried over, is an error apart).
import type { FieldListComparison } from '../../core/periods/types';
import type { LocalizedText } from '../../core/types';

const quoted = (names: string[]) => names.map((name) => `“${name}”`).join(', ');

export function fieldListLines(fields: FieldListComparison): LocalizedText[] {
  const lines: LocalizedText[] = [];
  // Vanished with pending dossiers, or new with carried ones, are findings; the rest are listed here.
  const vanished = fields.vanished.filter((v) => v.pending === 0).map((v) => v.field);
  const added = fields.added.filter((a) => a.carried === 0).map((a) => a.field);
  if (vanished.length > 0) {
    lines.push({
      vi: `Lĩnh vực chỉ có ở kỳ trước (không còn hồ sơ đang giải quyết): ${quoted(vanished)}.`,
      en: `Fields only the previous table has (nothing pending): ${quoted(vanished)}.`,
    });
  }
  if (added.length > 0) lines.push({ vi: `Lĩnh vực mới ở kỳ này: ${quoted(added)}.`, en: `Fields new in this period: ${quoted(added)}.` });
  const renamed = fields.matched.filter((m) => m.how !== 'same' && m.previous !== m.current);
  if (renamed.length > 0) {
    const pairs = renamed.map((m) => `“${m.previous}” → “${m.current}”`).join('; ');
    lines.push({ vi: `Tên lĩnh vực viết khác giữa hai kỳ, coi là một: ${pairs}.`, en: `Field names written differently, taken as one field: ${pairs}.` });
  }
  for (const suggestion of fields.suggestions) {
    const candidates = quoted(suggestion.candidates.map((c) => c.field));
    lines.push({
      vi: `“${suggestion.name}” có thể là cùng lĩnh vực với ${candidates}: nếu đúng, hãy thống nhất tên lĩnh vực giữa hai kỳ.`,
      en: `“${suggestion.name}” may be the same field as ${candidates}: if so, write the field’s name the same way in both periods.`,
    });
  }
  return lines;
}
