// Layouts of the other real forms: the one-stop software report (by field and by month), the
// portal statistics, the provincial template, and a commune's own table whose fields sound like totals.
'use strict';
const { communeWords, oneStop, portal, provincial } = require('./forms');
const { COMMUNE_FIELDS, drawFields, drawMonths, fieldRows } = require('./rows');
const { standardPlants, onRow, outsideSums } = require('./standard');
const { fieldBy, wrongCount } = require('./plants');

function oneStopReport() {
  return {
    id: 'one-stop',
    about:
      'One-stop software report: "Đã giải quyết" › Tổng, Trả trước hạn, Trả đúng hạn, Trả quá hạn, HS bị từ chối, HS Công dân rút; "Đang giải quyết" › Tổng, Chưa đến hạn, Quá hạn, Phải bổ sung; NVTC outside the sums; a "Tỷ lệ sớm và đúng hạn" column; numbered (1)…(15); zeros blank; offset to B5.',
    spec: {
      layout: oneStop(),
      origin: { row: 4, col: 1 },
      titles: [
        'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH',
        'Từ ngày 15/03/2026 đến ngày 14/06/2026',
        'Đơn vị: Trung tâm Phục vụ hành chính công xã An Phú',
        '',
      ],
      body: [...fieldRows(drawFields(91, COMMUNE_FIELDS, 14)), { kind: 'total', label: 'Tổng cộng', labelIn: 'label' }],
      zeros: 'blank',
      countFormat: 'General',
      rateColumnStyle: 'fraction',
    },
    plants: [
      ...standardPlants({
        count: { key: 'early', rank: 0, how: 'swap' },
        total: { key: 'pending', how: (v) => v + 5 },
        rate: { key: 'onTimeRate', column: true, rank: 1, how: -1.3 },
        pair: { keys: ['early', 'rejected'] },
        countRate: {
          count: { key: 'received', rank: 1, how: 'swap' },
          rate: { key: 'onTimeRate', column: true, rank: 0, how: -2.1, why: 'copied from last quarter' },
        },
      }),
      { id: 'outside-sums', apply: outsideSums('nvtc') },
    ],
  };
}

function monthsOneStop() {
  const months = drawMonths(141, ['Tháng 4', 'Tháng 5', 'Tháng 6']);
  return {
    id: 'months-one-stop',
    about: 'One-stop software columns with the months as rows ("Tháng 4", "Tháng 5", "Tháng 6") closed by "Cộng quý II"; zeros blank; NVTC outside the sums.',
    spec: {
      layout: oneStop({ fieldHeader: 'Tháng' }),
      origin: { row: 3, col: 0 },
      titles: ['TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH', 'Quý II năm 2026', ''],
      body: [...fieldRows(months), { kind: 'total', label: 'Cộng quý II', labelIn: 'label' }],
      zeros: 'blank',
      countFormat: 'General',
      rateColumnStyle: 'fraction',
    },
    plants: [
      ...standardPlants({
        count: { key: 'early', rank: 1, how: 'swap' },
        total: { key: 'resolved', how: (v) => v - 10 },
        pair: { keys: ['inTime', 'supplement'] },
        moved: { keys: ['early', 'onTime'] },
      }),
      { id: 'outside-sums', apply: outsideSums('nvtc') },
    ],
  };
}

function portalStatistics() {
  return {
    id: 'portal',
    about:
      'Portal statistics (OpenCPS-style): numbering row with identities written with spaces "(3 = 4 + 5)", "(6 = 7 + 8 + 9)", "(10 = 11 + 12)", "(13 = 9 + 12)"; returned and withdrawn outside the sums; "Cộng" total.',
    spec: {
      layout: portal(),
      origin: { row: 3, col: 0 },
      titles: ['THỐNG KÊ TÌNH HÌNH GIẢI QUYẾT HỒ SƠ', 'Kỳ thống kê: từ 15/03/2026 đến 14/06/2026', ''],
      body: [...fieldRows(drawFields(101, COMMUNE_FIELDS, 12)), { kind: 'total', label: 'Cộng', labelIn: 'label' }],
      zeros: 'show',
      countFormat: 'General',
    },
    plants: [
      ...standardPlants({
        count: { key: 'onTimeAll', rank: 0, how: 'swap' },
        total: { key: 'lateAll', how: (v) => v + 3 },
        pair: { keys: ['early', 'onTimeAll'] },
      }),
      { id: 'late', apply: (t) => [wrongCount(t, fieldBy(t, 'late', 0), 'late', (v) => v + 1)] },
      { id: 'outside-sums', apply: outsideSums('rejected') },
    ],
  };
}

function provincialTemplate() {
  const fields = drawFields(111, COMMUNE_FIELDS, 12);
  const body = fieldRows(fields);
  body[1].notes = 'Liên thông với cơ quan BHXH';
  body[4].notes = 'Có hồ sơ chờ nghĩa vụ tài chính';
  return {
    id: 'provincial',
    about:
      'Provincial template numbered 1…22: "Số mới tiếp nhận trực tuyến" › Mức 3, Mức 4; "Số kỳ trước chuyển qua"; "Số mới tiếp nhận" › Trực tiếp, Qua BCCI; a rate column in percent points (98,4 in General cells); counts outside the sums; notes.',
    spec: {
      layout: provincial(),
      origin: { row: 3, col: 0 },
      titles: ['TÌNH HÌNH TIẾP NHẬN VÀ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH', 'Quý II năm 2026', ''],
      body: [...body, { kind: 'total', label: 'Tổng số', labelIn: 'label' }],
      zeros: 'show',
      rateColumnStyle: 'points',
    },
    plants: [
      ...standardPlants({
        count: { key: 'level4', rank: 0, how: 'swap' },
        total: { key: 'received', how: (v) => v - 1000 },
        rate: { key: 'onTimeRate', column: true, rank: 2, how: -0.3 },
        pair: { keys: ['early', 'onTime'] },
        countRate: { count: { key: 'carried', rank: 0, how: (v) => v + 7 }, rate: { key: 'onTimeRate', column: true, rank: 1, how: -1.5 } },
      }),
      { id: 'outside-sums', apply: outsideSums('paidOnline') },
    ],
  };
}

function totalsNeighbours() {
  const names = ['Công chứng', 'Công thương', 'Hộ tịch', 'Chứng thực', 'Đất đai', 'Người có công', 'Bảo trợ xã hội', 'Lao động, tiền lương', 'Văn hóa cơ sở'];
  const rows = fieldRows(drawFields(121, names), { numbered: false });
  return {
    id: 'commune-words',
    about:
      'A commune\'s own table: no STT column, no numbering row (identities from header words), fields "Công chứng" and "Công thương" (folded, "cong" like "Cộng"), blank rows inside, "Tổng cộng toàn xã", offset to B6.',
    spec: {
      layout: communeWords(),
      origin: { row: 5, col: 1 },
      titles: ['ỦY BAN NHÂN DÂN XÃ AN PHÚ', 'KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH QUÝ II NĂM 2026', '(Số liệu từ ngày 15/3/2026 đến ngày 14/6/2026)', '', ''],
      body: [...rows.slice(0, 4), { kind: 'blank' }, ...rows.slice(4), { kind: 'blank' }, { kind: 'total', label: 'Tổng cộng toàn xã', labelIn: 'label' }],
      zeros: 'show',
    },
    plants: [
      ...standardPlants({
        count: { key: 'early', rank: 3, how: 'swap' },
        total: { key: 'resolved', how: (v) => v + 20 },
        pair: { keys: ['early', 'onTimeAll'] },
      }),
      { id: 'cong-thuong', apply: onRow('Công thương', 'online', 'swap') },
      { id: 'cong-chung', apply: onRow('Công chứng', 'received', (v) => v - 10) },
    ],
  };
}

module.exports = {
  formCases: () => [oneStopReport(), monthsOneStop(), portalStatistics(), provincialTemplate(), totalsNeighbours()],
};
