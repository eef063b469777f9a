// The consolidation's decisions and refusals in the clerk's words (vi first, en).
import type { ConsolidateNote, ConsolidateRefusal, SourceRef, UnitSource } from '../../core/consolidate/types';
import type { Lang, LocalizedText, Role } from '../../core/types';
import { formatNumber } from '../../shared/numbers';
import { roleNames } from '../columns';
import { findingText } from '../findings';
import { tablePeriodText } from '../periods/period-text';

export function sourceName(source: SourceRef): string {
  return source.sheet !== undefined ? `${source.file} › ${source.sheet}` : source.file;
}

/** The reader's reason without the file name it starts with (the line names the file already). */
export function unreadReason(unread: SourceRef & { reason: LocalizedText }, lang: Lang): string {
  const text = unread.reason[lang];
  return text.startsWith(`${unread.file}: `) ? text.slice(unread.file.length + 2) : text;
}

const list = (sources: SourceRef[]) => sources.map(sourceName).join('; ');
const n = (value: number, lang: Lang) => formatNumber(value, lang);
const role = (r: Role, lang: Lang) => roleNames[r]?.[lang] ?? r;
const ENCODING: Record<string, string> = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI' };

/** "hợp lệ", "3 lỗi", "chưa kết luận được": a source's verdict in a few words. */
export function sourceVerdict(source: UnitSource): LocalizedText {
  const { errors, warnings, verdict } = source.summary;
  if (verdict === 'valid') return { vi: 'hợp lệ', en: 'consistent' };
  if (verdict === 'incomplete') return { vi: 'chưa kết luận được (có phần chưa kiểm tra được)', en: 'not conclusive (part of it could not be checked)' };
  const tail = (lang: Lang) => (warnings > 0 ? (lang === 'vi' ? `, ${n(warnings, lang)} cảnh báo` : `, ${n(warnings, lang)} warning(s)`) : '');
  return { vi: `${n(errors, 'vi')} lỗi${tail('vi')}`, en: `${n(errors, 'en')} error${errors === 1 ? '' : 's'}${tail('en')}` };
}

/** The first findings of a source, with their cells. */
export function sourceFindingLines(source: UnitSource): LocalizedText[] {
  return source.findings.map((f) => {
    const text = findingText(f);
    const cell = f.culprit ?? f.anchor;
    return { vi: `${cell}: ${text.vi}`, en: `${cell}: ${text.en}` };
  });
}

export function noteText(note: ConsolidateNote): LocalizedText {
  switch (note.kind) {
    case 'folded':
      return {
        vi: `Các đơn vị dùng mẫu 16 cột được gộp vào mẫu Biểu II.06a (13 cột) như các hệ thống lập Biểu II.06a tính: (9)+(11)+(12) vào "Đúng hạn", (14)+(16) vào "Trong hạn" — ${list(note.sources)}.`,
        en: `Units on the 16-column form were folded into Biểu II.06a's 13 columns as the systems producing II.06a count them: (9)+(11)+(12) into "on time", (14)+(16) into "in time" — ${list(note.sources)}.`,
      };
    case 'matched': {
      const how = {
        normalised: { vi: 'cùng tên khi bỏ qua chữ hoa, khoảng trắng, "Lĩnh vực"', en: 'the same name once case, spaces and "Lĩnh vực" are set aside' },
        accents: { vi: 'cùng tên khi bỏ dấu (không có tên nào khác trùng)', en: 'the same name without accents (no other name folds to it)' },
        map: { vi: 'theo bảng ghép lĩnh vực (--fields)', en: 'by the saved field map (--fields)' },
      }[note.how];
      return {
        vi: `Lĩnh vực "${note.name}" được cộng vào "${note.field}": ${how.vi} — ${list(note.sources)}.`,
        en: `Field "${note.name}" was added into "${note.field}": ${how.en} — ${list(note.sources)}.`,
      };
    }
    case 'own-field': {
      const maybe = (lang: Lang) =>
        note.candidates.length > 0
          ? lang === 'vi'
            ? ` Có thể là: ${note.candidates.map((c) => `"${c.field}" (${Math.round(c.similarity * 100)}%)`).join(', ')} — nếu đúng, ghi vào tệp --fields.`
            : ` It may be: ${note.candidates.map((c) => `"${c.field}" (${Math.round(c.similarity * 100)}%)`).join(', ')} — if so, say it in the --fields file.`
          : '';
      return {
        vi: `Lĩnh vực "${note.name}" chỉ có ở một bảng (${list(note.sources)}): để thành dòng riêng.${maybe('vi')}`,
        en: `Field "${note.name}" is in one table only (${list(note.sources)}): kept as its own row.${maybe('en')}`,
      };
    }
    case 'typed-total':
      return {
        vi: `${sourceName(note.source)}!${note.address} (${note.field}, ${role(note.role, 'vi')}): ghi ${n(note.stated, 'vi')}, cộng các cột thành phần được ${n(note.parts, 'vi')}; bảng tổng hợp cộng theo các cột thành phần.`,
        en: `${sourceName(note.source)}!${note.address} (${note.field}, ${role(note.role, 'en')}): typed ${n(note.stated, 'en')}, its parts add up to ${n(note.parts, 'en')}; the consolidation adds the parts.`,
      };
    case 'platforms-added':
      return {
        vi: `${note.unit}: cộng số liệu các hệ thống — ${note.sources.map((s) => `${s.platform} (${sourceName(s)})`).join(' + ')}.`,
        en: `${note.unit}: the platforms were added — ${note.sources.map((s) => `${s.platform} (${sourceName(s)})`).join(' + ')}.`,
      };
    case 'converted':
      return {
        vi: `${sourceName(note.source)}: tên đơn vị, lĩnh vực gõ bằng bảng mã ${ENCODING[note.encoding]}, đã chuyển sang Unicode.`,
        en: `${sourceName(note.source)}: unit and field names typed in ${ENCODING[note.encoding]}, converted to Unicode.`,
      };
    case 'excluded': {
      const why = {
        'units-file': { vi: 'tệp đơn vị (--units) ghi không dùng', en: 'the units file (--units) says not to use it' },
        'skip-invalid': { vi: 'bảng có lỗi, bỏ ra theo --skip-invalid', en: 'the table has errors, left out (--skip-invalid)' },
        form: {
          vi: `mẫu biểu thiếu cột ${(note.missing ?? []).map((r) => role(r, 'vi')).join(', ')}, không cộng được`,
          en: `the form lacks ${(note.missing ?? []).map((r) => role(r, 'en')).join(', ')}: it cannot be added`,
        },
      }[note.reason];
      return { vi: `Không cộng ${sourceName(note.source)}: ${why.vi}.`, en: `Not added: ${sourceName(note.source)}: ${why.en}.` };
    }
    case 'bad-cell':
      return {
        vi: `${sourceName(note.source)}!${note.address}: "${note.raw}" không phải là số, không được cộng.`,
        en: `${sourceName(note.source)}!${note.address}: "${note.raw}" is no number, not added.`,
      };
    case 'unexpected-unit':
      return {
        vi: `${note.unit} không có trong danh sách đơn vị (--expected): vẫn được tổng hợp.`,
        en: `${note.unit} is not in the list of units (--expected): consolidated all the same.`,
      };
    case 'name-from-file':
      return {
        vi: `${sourceName(note.source)}: tiêu đề không ghi tên đơn vị, lấy theo tên tệp: "${note.unit}" (sửa bằng --units).`,
        en: `${sourceName(note.source)}: the title names no unit; named after the file: "${note.unit}" (change it with --units).`,
      };
    case 'detail-rows':
      return {
        vi: `${sourceName(note.source)}: ${n(note.count, 'vi')} dòng "Trong đó" không cộng thêm vào lĩnh vực.`,
        en: `${sourceName(note.source)}: ${n(note.count, 'en')} breakdown row(s) ("Trong đó") not added again.`,
      };
  }
}

export function refusalText(refusal: ConsolidateRefusal): LocalizedText {
  switch (refusal.kind) {
    case 'periods-differ': {
      const each = (lang: Lang) => refusal.sources.map((s) => `${sourceName(s)}: ${tablePeriodText(s.period, lang)}`).join('; ');
      return {
        vi: `Các bảng không cùng kỳ báo cáo, không tổng hợp: ${each('vi')}.`,
        en: `The tables are not of one period; nothing consolidated: ${each('en')}.`,
      };
    }
    case 'duplicates': {
      const lines = (lang: Lang) =>
        refusal.questions
          .map((q) => {
            const files = q.sources.map((s) => `${sourceName(s)}${s.platform ? ` (${s.platform})` : ''}`).join('; ');
            if (q.kind === 'national-portal')
              return lang === 'vi'
                ? `- ${q.unit}: có bảng của Cổng Dịch vụ công quốc gia (có thể đã gồm hồ sơ đồng bộ từ các hệ thống khác) cùng bảng khác: ${files}`
                : `- ${q.unit}: a national-portal table (which may already hold the dossiers synced from the other systems) with another one: ${files}`;
            return lang === 'vi'
              ? `- ${q.unit}: gửi nhiều bảng mà tiêu đề không ghi là các hệ thống khác nhau: ${files}`
              : `- ${q.unit}: several tables whose titles do not say they are different platforms: ${files}`;
          })
          .join('\n');
      return {
        vi: `Chưa tổng hợp: cần biết các bảng sau có được cộng vào nhau không.\n${lines('vi')}\nGhi vào tệp --units, ví dụ {"tep.xlsx": {"use": false}} để bỏ một bảng, hoặc {"tep.xlsx": {"platform": "Hệ thống các Bộ"}} để cộng.`,
        en: `Not consolidated: say whether these tables are to be added together.\n${lines('en')}\nSay it in a --units file, e.g. {"file.xlsx": {"use": false}} to leave one out, or {"file.xlsx": {"platform": "Hệ thống các Bộ"}} to add it.`,
      };
    }
    case 'nothing':
      return { vi: 'Không có bảng nào để tổng hợp.', en: 'There is no table to consolidate.' };
  }
}
