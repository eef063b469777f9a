// The forms of /work/shared/forms/real-layouts.md as column lists: header paths, what each count
// column holds (from the counts of lib/counts.js), the identities the form states, its numbering.
'use strict';

const stt = (path = ['STT']) => ({ key: 'stt', path, kind: 'stt' });
const label = (path) => ({ key: 'field', path, kind: 'label' });
const count = (key, path, value = (c) => c[key]) => ({ key, path, kind: 'count', value });
const note = (key, path) => ({ key, path, kind: 'note' });
/** A rate column; `readings` are other ways forms compute it, which a planted rate must also contradict. */
const rate = (key, path, num, den, readings = []) => ({ key, path, kind: 'rate', rate: { num, den, readings } });

/** "(3)=(4)+(5)+(6)" for a parent column, "(n)" otherwise, from the form's identities. */
function numberedWithIdentities(columns, identities, { parenthesised = true, spaced = false } = {}) {
  const number = new Map(columns.map((c, i) => [c.key, i + 1]));
  const written = new Map(identities.filter(([, children]) => children.length > 0).map(([parent, children]) => [parent, children]));
  return (column, index) => {
    const n = index + 1;
    const children = written.get(column.key);
    if (!children) return parenthesised ? `(${n})` : String(n);
    if (spaced) return `(${n} = ${children.map((k) => number.get(k)).join(' + ')})`;
    return `(${n})=${children.map((k) => `(${number.get(k)})`).join('+')}`;
  };
}

const plainNumbers = (column, index) => String(index + 1);
const parenthesisedNumbers = (column, index) => `(${index + 1})`;

/** The seed's 16 columns; `words` 'seed' keeps its "Thực tuyến"/"Thực tiếp" spellings. */
function seed16({ words = 'correct', fieldHeader = 'Lĩnh vực giải quyết' } = {}) {
  const received = 'Số lượng hồ sơ tiếp nhận';
  const resolved = 'Số lượng hồ sơ đã giải quyết';
  const pending = 'Số lượng hồ sơ đang giải quyết';
  const online = words === 'seed' ? 'Thực tuyến' : 'Trực tuyến';
  const direct = words === 'seed' ? 'Thực tiếp, dịch vụ bưu chính' : 'Trực tiếp, dịch vụ bưu chính';
  const columns = [
    stt(),
    label([fieldHeader]),
    count('received', [received, 'Tổng số']),
    count('online', [received, 'Trong kỳ', online]),
    count('direct', [received, 'Trong kỳ', direct]),
    count('carried', [received, 'Từ kỳ trước']),
    count('resolved', [resolved, 'Tổng số']),
    count('early', [resolved, 'Trước hạn']),
    count('onTime', [resolved, 'Đúng hạn']),
    count('late', [resolved, 'Quá hạn']),
    count('rejected', [resolved, 'Từ chối, không giải quyết']),
    count('withdrawn', [resolved, 'Hồ sơ rút']),
    count('pending', [pending, 'Tổng số']),
    count('inTime', [pending, 'Trong hạn']),
    count('overdue', [pending, 'Quá hạn']),
    count('supplement', [pending, 'Yêu cầu bổ sung']),
  ];
  const identities = [
    ['received', ['online', 'direct', 'carried']],
    ['resolved', ['early', 'onTime', 'late', 'rejected', 'withdrawn']],
    ['pending', ['inTime', 'overdue', 'supplement']],
    ['received', ['resolved', 'pending']],
  ];
  const stated = identities.slice(0, 3);
  return { columns, identities, numbering: numberedWithIdentities(columns, stated) };
}

/**
 * The seed's rates row: every column over (3), online over new dossiers ((4)/((4)+(5))), the
 * channel split and the carry-over left blank. `readings` are the other readings forms use; a
 * planted rate must be wrong under all of them.
 */
function seedRates() {
  const over = (key, group) => ({
    num: [key],
    den: ['received'],
    readings: [
      { num: [key], den: [group] },
      { num: [key], den: ['online', 'direct'] },
    ],
  });
  const defs = {
    received: { num: ['received'], den: ['received'] },
    online: { num: ['online'], den: ['online', 'direct'], readings: [{ num: ['online'], den: ['received'] }] },
    direct: { blank: true },
    carried: { blank: true },
    resolved: over('resolved', 'received'),
    pending: over('pending', 'received'),
  };
  for (const key of ['early', 'onTime', 'late', 'rejected', 'withdrawn']) defs[key] = over(key, 'resolved');
  for (const key of ['inTime', 'overdue', 'supplement']) defs[key] = over(key, 'pending');
  return defs;
}

/** Biểu số II.06a/VPCP/KSTT: 13 columns, numbered 1…13. Returned and withdrawn count inside "Đúng hạn". */
function bieu06a({ fieldHeader = 'Lĩnh vực, công việc giải quyết theo cấp', withStt = true } = {}) {
  const received = 'Số hồ sơ nhận giải quyết';
  const resolved = 'Số hồ sơ đã giải quyết';
  const pending = 'Số lượng hồ sơ đang giải quyết';
  const columns = [
    ...(withStt ? [stt()] : []),
    label([fieldHeader]),
    count('received', [received, 'Tổng số']),
    count('online', [received, 'Trong đó', 'Trực tuyến']),
    count('direct', [received, 'Trong đó', 'Trực tiếp, dịch vụ bưu chính']),
    count('carried', [received, 'Trong đó', 'Từ kỳ trước']),
    count('resolved', [resolved, 'Tổng số']),
    count('early', [resolved, 'Trước hạn']),
    count('onTimeAll', [resolved, 'Đúng hạn']),
    count('late', [resolved, 'Quá hạn']),
    count('pending', [pending, 'Tổng số']),
    count('inTimeAll', [pending, 'Trong hạn']),
    count('overdue', [pending, 'Quá hạn']),
  ];
  const identities = [
    ['received', ['online', 'direct', 'carried']],
    ['resolved', ['early', 'onTimeAll', 'late']],
    ['pending', ['inTimeAll', 'overdue']],
    ['received', ['resolved', 'pending']],
  ];
  return { columns, identities, numbering: plainNumbers };
}

/** A commune's own table without numbering: one header level under each group, no STT column. */
function communeWords() {
  const received = 'Số hồ sơ tiếp nhận';
  const resolved = 'Số hồ sơ đã giải quyết';
  const pending = 'Số hồ sơ đang giải quyết';
  const columns = [
    label(['Lĩnh vực']),
    count('received', [received, 'Tổng số']),
    count('online', [received, 'Trực tuyến']),
    count('direct', [received, 'Trực tiếp']),
    count('carried', [received, 'Kỳ trước chuyển sang']),
    count('resolved', [resolved, 'Tổng số']),
    count('early', [resolved, 'Trước hạn']),
    count('onTimeAll', [resolved, 'Đúng hạn']),
    count('late', [resolved, 'Quá hạn']),
    count('pending', [pending, 'Tổng số']),
    count('inTimeAll', [pending, 'Trong hạn']),
    count('overdue', [pending, 'Quá hạn']),
  ];
  const identities = bieu06a().identities;
  return { columns, identities, numbering: null };
}

/** One-stop software: one received column, "Đã giải quyết" › 6, "Đang giải quyết" › 4, NVTC outside the sums, a rate column; (1)…(15). */
function oneStop({ fieldHeader = 'Lĩnh vực' } = {}) {
  const resolved = 'Đã giải quyết';
  const pending = 'Đang giải quyết';
  const columns = [
    stt(),
    label([fieldHeader]),
    count('received', ['Số hồ sơ tiếp nhận']),
    count('resolved', [resolved, 'Tổng']),
    count('early', [resolved, 'Trả trước hạn']),
    count('onTime', [resolved, 'Trả đúng hạn']),
    count('late', [resolved, 'Trả quá hạn']),
    count('rejected', [resolved, 'HS bị từ chối']),
    count('withdrawn', [resolved, 'HS Công dân rút']),
    count('pending', [pending, 'Tổng']),
    count('inTime', [pending, 'Chưa đến hạn']),
    count('overdue', [pending, 'Quá hạn']),
    count('supplement', [pending, 'Phải bổ sung']),
    count('nvtc', ['Đang thực hiện NVTC']),
    // Timeliness is judged on the dossiers returned: early and on time over early, on time and late.
    rate('onTimeRate', ['Tỷ lệ sớm và đúng hạn'], ['early', 'onTime'], ['early', 'onTime', 'late'], [{ num: ['early', 'onTime'], den: ['resolved'] }]),
  ];
  const identities = [
    ['resolved', ['early', 'onTime', 'late', 'rejected', 'withdrawn']],
    ['pending', ['inTime', 'overdue', 'supplement']],
    ['received', ['resolved', 'pending']],
  ];
  return { columns, identities, numbering: parenthesisedNumbers };
}

/** Portal statistics (OpenCPS-style): identities written with spaces in the numbering row, "(13 = 9 + 12)". */
function portal() {
  const received = 'Hồ sơ tiếp nhận';
  const resolved = 'Hồ sơ đã giải quyết xong';
  const pending = 'Hồ sơ đang giải quyết';
  const columns = [
    stt(),
    label(['Lĩnh vực']),
    count('received', [received, 'Tổng số']),
    count('carried', [received, 'Kỳ trước chuyển qua']),
    count('fresh', [received, 'Tiếp nhận trong kỳ']),
    count('resolved', [resolved, 'Tổng số']),
    count('early', [resolved, 'Sớm hạn']),
    count('onTimeAll', [resolved, 'Đúng hạn']),
    count('late', [resolved, 'Trễ hạn']),
    count('pending', [pending, 'Tổng số']),
    count('inTimeAll', [pending, 'Chưa đến hạn']),
    count('overdue', [pending, 'Quá hạn']),
    count('lateAll', ['Tổng số trễ hạn']),
    count('rejected', ['Hồ sơ trả lại']),
    count('withdrawn', ['Hồ sơ rút']),
  ];
  const written = [
    ['received', ['carried', 'fresh']],
    ['resolved', ['early', 'onTimeAll', 'late']],
    ['pending', ['inTimeAll', 'overdue']],
    ['lateAll', ['late', 'overdue']],
  ];
  const identities = [...written, ['received', ['resolved', 'pending']]];
  return { columns, identities, numbering: numberedWithIdentities(columns, written, { spaced: true }) };
}

/** The provincial template, numbered 1…22: online by level, carried, new by channel; a rate column; counts outside the sums; notes. */
function provincial() {
  const received = 'Số hồ sơ tiếp nhận';
  const resolved = 'Số hồ sơ đã giải quyết';
  const pending = 'Số hồ sơ đang giải quyết';
  const columns = [
    stt(),
    label(['Lĩnh vực']),
    count('received', [received, 'Tổng số']),
    count('level3', [received, 'Số mới tiếp nhận trực tuyến', 'Mức 3']),
    count('level4', [received, 'Số mới tiếp nhận trực tuyến', 'Mức 4']),
    count('carried', [received, 'Số kỳ trước chuyển qua']),
    count('counter', [received, 'Số mới tiếp nhận', 'Trực tiếp']),
    count('bcci', [received, 'Số mới tiếp nhận', 'Qua BCCI']),
    count('resolved', [resolved, 'Tổng số']),
    count('early', [resolved, 'Trả trước hạn']),
    count('onTime', [resolved, 'Trả đúng thời hạn']),
    count('late', [resolved, 'Trả quá hạn']),
    count('returnedWithdrawn', [resolved, 'Hồ sơ trả lại / Xin rút']),
    count('pending', [pending, 'Tổng số']),
    count('inTime', [pending, 'Chưa đến hạn']),
    count('overdue', [pending, 'Quá hạn']),
    count('supplement', [pending, 'Hồ sơ chờ bổ sung']),
    rate(
      'onTimeRate',
      ['Tỷ lệ giải quyết trước và đúng hạn (%)'],
      ['early', 'onTime'],
      ['early', 'onTime', 'late'],
      [{ num: ['early', 'onTime'], den: ['resolved'] }],
    ),
    count('apology', ['Hồ sơ quá hạn đã có văn bản xin lỗi']),
    count('paidOnline', ['Hồ sơ thanh toán phí, lệ phí trực tuyến']),
    count('digitized', ['Hồ sơ được số hóa'], (c) => c.received),
    note('notes', ['Ghi chú']),
  ];
  const identities = [
    ['received', ['level3', 'level4', 'carried', 'counter', 'bcci']],
    ['resolved', ['early', 'onTime', 'late', 'returnedWithdrawn']],
    ['pending', ['inTime', 'overdue', 'supplement']],
    ['received', ['resolved', 'pending']],
  ];
  return { columns, identities, numbering: plainNumbers };
}

const BIEU_06A_TITLES = [
  'Biểu số II.06a/VPCP/KSTT',
  'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG',
  'Kỳ báo cáo: Quý II năm 2026 (Từ ngày 15/3/2026 đến ngày 14/6/2026)',
  '- Đơn vị báo cáo: UBND xã An Phú',
  '- Đơn vị nhận báo cáo: UBND thành phố',
  'Đơn vị tính: Số hồ sơ TTHC',
  '',
];
/** The signature line under a table: the preparer on the left, the head of the office on the right. */
const SIGNATURES = [['NGƯỜI LẬP BIỂU', 'THỦ TRƯỞNG ĐƠN VỊ']];

module.exports = { seed16, seedRates, bieu06a, communeWords, oneStop, portal, provincial, BIEU_06A_TITLES, SIGNATURES };
