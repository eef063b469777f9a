// What the build asks before it writes: a dossier's field, channel or status not known. One line
// per question for the console (with the option or map key that answers it), a shorter one for the pane.
import type { Lang } from '../../core/types';
import type { BuildQuestion } from '../../core/build/types';

function codeList(question: BuildQuestion): string {
  return question.codes.join(', ') + (question.count > question.codes.length ? ', …' : '');
}

const json = (text: string) => JSON.stringify(text);

/** One line per question, for the console: the file, what is missing, and the option or map key that answers it. */
export function describeQuestion(q: BuildQuestion, lang: Lang): string {
  const file = q.file;
  const codes = codeList(q);
  const column = q.header !== undefined ? `"${q.header}"` : '';
  const key = json(file);
  if (q.part === 'channel') {
    if (q.reason === 'wording') {
      return lang === 'vi'
        ? `${q.source}: ${q.count} hồ sơ tiếp nhận trong kỳ ghi kênh nộp "${q.value}" (cột ${column}), không rõ là trực tuyến hay trực tiếp (mã ${codes}). Trả lời trong tệp ánh xạ (--map): "channels": {${json(q.value!)}: "online"} hoặc "direct".`
        : `${q.source}: ${q.count} dossiers received in the period have the channel "${q.value}" (column ${column}), neither online nor in person as far as the tool knows (codes ${codes}). Answer in the map file (--map): "channels": {${json(q.value!)}: "online"} or "direct".`;
    }
    const what =
      q.reason === 'no-column'
        ? { vi: 'không có cột kênh nộp', en: 'has no channel column' }
        : { vi: `để trống cột ${column}`, en: `leaves column ${column} blank` };
    return lang === 'vi'
      ? `${q.source}: ${what.vi} — ${q.count} hồ sơ tiếp nhận trong kỳ chưa biết trực tuyến (4) hay trực tiếp, bưu chính (5) (mã ${codes}). Trả lời: --channel ${json(`${file}=online`)} hoặc ${json(`${file}=direct`)}, hay trong tệp ánh xạ "sources": {${key}: {"channel": "online"}}.`
      : `${q.source}: ${what.en} — ${q.count} dossiers received in the period are neither known online (4) nor in person or by post (5) (codes ${codes}). Answer: --channel ${json(`${file}=online`)} or ${json(`${file}=direct`)}, or in the map file "sources": {${key}: {"channel": "online"}}.`;
  }
  if (q.part === 'status') {
    if (q.reason === 'wording') {
      return lang === 'vi'
        ? `${q.source}: ${q.count} hồ sơ trong kỳ có trạng thái "${q.value}" (cột ${column}) chưa rõ nghĩa (mã ${codes}). Trả lời trong tệp ánh xạ (--map): "statuses": {${json(q.value!)}: "processing"} — một trong new, processing, supplement, returned, rejected, withdrawn.`
        : `${q.source}: ${q.count} dossiers of the period have the status "${q.value}" (column ${column}), which the tool does not understand (codes ${codes}). Answer in the map file (--map): "statuses": {${json(q.value!)}: "processing"} — one of new, processing, supplement, returned, rejected, withdrawn.`;
    }
    const what =
      q.reason === 'no-column'
        ? { vi: 'không có cột trạng thái', en: 'has no status column' }
        : { vi: `để trống cột ${column}`, en: `leaves column ${column} blank` };
    return lang === 'vi'
      ? `${q.source}: ${what.vi} — ${q.count} hồ sơ trong kỳ chưa biết đã trả kết quả, bị từ chối (11), rút (12) hay chờ bổ sung (16) (mã ${codes}). Trả lời: --status ${json(`${file}=dates`)} để xác định theo ngày trả kết quả (có ngày trả: đã giải quyết; không có: đang giải quyết), hay trong tệp ánh xạ "sources": {${key}: {"status": "dates"}}${q.reason === 'no-column' ? `; hoặc chỉ rõ cột trạng thái: "sources": {${key}: {"columns": {"status": "…"}}}` : ''}.`
      : `${q.source}: ${what.en} — for ${q.count} dossiers of the period it is not known whether they were returned, rejected (11), withdrawn (12) or are awaiting a supplement (16) (codes ${codes}). Answer: --status ${json(`${file}=dates`)} to read them from the return date (a return date: resolved; none: pending), or in the map file "sources": {${key}: {"status": "dates"}}${q.reason === 'no-column' ? `; or name the status column: "sources": {${key}: {"columns": {"status": "…"}}}` : ''}.`;
  }
  const what =
    q.reason === 'no-column' ? { vi: 'không có cột lĩnh vực', en: 'has no field column' } : { vi: `để trống cột ${column}`, en: `leaves column ${column} blank` };
  return lang === 'vi'
    ? `${q.source}: ${what.vi} — ${q.count} hồ sơ trong kỳ không biết tính vào lĩnh vực nào (mã ${codes}). Trả lời: điền lĩnh vực trong tệp xuất, hoặc --field ${json(`${file}=TÊN LĨNH VỰC`)} nếu các hồ sơ này cùng một lĩnh vực, hay trong tệp ánh xạ "sources": {${key}: {"field": "…"}}.`
    : `${q.source}: ${what.en} — ${q.count} dossiers of the period cannot be placed in a field (codes ${codes}). Answer: fill the field in the export, or --field ${json(`${file}=FIELD NAME`)} if these dossiers share one field, or in the map file "sources": {${key}: {"field": "…"}}.`;
}

/** The line above the questions. */
export function questionsHeading(dossiers: number, lang: Lang): string {
  return lang === 'vi'
    ? `Chưa lập phụ lục: ${dossiers} hồ sơ trong kỳ còn thiếu thông tin, không tính vào cột nào cho đến khi được trả lời:`
    : `The annex was not written: ${dossiers} dossiers of the period lack what the annex needs and are counted nowhere until answered:`;
}

/** The same questions in the pane, where the answer is chosen beside each. */
export function paneQuestion(q: BuildQuestion, lang: Lang): string {
  const codes = codeList(q);
  const column = q.header !== undefined ? `“${q.header}”` : '';
  const vi: Record<BuildQuestion['part'], Record<BuildQuestion['reason'], string>> = {
    channel: {
      'no-column': `không có cột kênh nộp: ${q.count} hồ sơ tiếp nhận trong kỳ chưa biết trực tuyến hay trực tiếp`,
      blank: `${q.count} hồ sơ tiếp nhận trong kỳ để trống cột ${column}: chưa biết trực tuyến hay trực tiếp`,
      wording: `${q.count} hồ sơ ghi kênh nộp “${q.value}”: trực tuyến hay trực tiếp?`,
    },
    status: {
      'no-column': `không có cột trạng thái: ${q.count} hồ sơ chưa biết đã trả, từ chối, rút hay chờ bổ sung`,
      blank: `${q.count} hồ sơ để trống cột ${column}: chưa biết đã trả, từ chối, rút hay chờ bổ sung`,
      wording: `${q.count} hồ sơ có trạng thái “${q.value}”: nghĩa là gì?`,
    },
    field: {
      'no-column': `không có cột lĩnh vực: ${q.count} hồ sơ chưa biết thuộc lĩnh vực nào`,
      blank: `${q.count} hồ sơ để trống cột ${column}: chưa biết thuộc lĩnh vực nào`,
      wording: `${q.count} hồ sơ chưa biết thuộc lĩnh vực nào`,
    },
  };
  const en: Record<BuildQuestion['part'], Record<BuildQuestion['reason'], string>> = {
    channel: {
      'no-column': `no channel column: ${q.count} dossiers received in the period, online or in person?`,
      blank: `${q.count} dossiers received in the period leave ${column} blank: online or in person?`,
      wording: `${q.count} dossiers with the channel “${q.value}”: online or in person?`,
    },
    status: {
      'no-column': `no status column: ${q.count} dossiers, returned, rejected, withdrawn or awaiting a supplement?`,
      blank: `${q.count} dossiers leave ${column} blank: returned, rejected, withdrawn or awaiting a supplement?`,
      wording: `${q.count} dossiers with the status “${q.value}”: what does it mean?`,
    },
    field: {
      'no-column': `no field column: ${q.count} dossiers without a field`,
      blank: `${q.count} dossiers leave ${column} blank: which field?`,
      wording: `${q.count} dossiers without a field`,
    },
  };
  const text = (lang === 'vi' ? vi : en)[q.part][q.reason];
  return lang === 'vi' ? `“${q.source}”: ${text} (mã ${codes})` : `“${q.source}”: ${text} (codes ${codes})`;
}
