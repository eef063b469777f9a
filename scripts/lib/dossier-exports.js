// Fictional dossier exports in the shapes the platforms use, for the sample files and the bench.
// Deterministic (seeded); every name and code is invented.
'use strict';

const FIELDS = [
  ['Chứng thực', 30, ['Chứng thực bản sao từ bản chính', 'Chứng thực chữ ký', 'Chứng thực hợp đồng, giao dịch']],
  ['Hộ tịch', 18, ['Đăng ký khai sinh', 'Đăng ký kết hôn', 'Đăng ký khai tử', 'Trích lục bản sao giấy tờ hộ tịch', 'Xác nhận tình trạng hôn nhân']],
  ['Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)', 6, ['Đăng ký thành lập hộ kinh doanh', 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh']],
  ['Đất đai', 4, ['Đăng ký biến động quyền sử dụng đất', 'Cấp giấy chứng nhận quyền sử dụng đất lần đầu']],
  ['Bảo trợ xã hội', 3, ['Trợ cấp xã hội hằng tháng', 'Hỗ trợ chi phí mai táng']],
  ['Người có công', 1, ['Giải quyết chế độ mai táng phí']],
  ['Hoạt động xây dựng', 1, ['Cấp giấy phép xây dựng nhà ở riêng lẻ']],
];

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

const DAY = 86400000;
const dayOf = (y, m, d) => Date.UTC(y, m - 1, d) / DAY;
const pad = (n, w = 2) => String(n).padStart(w, '0');
function civil(day) {
  const date = new Date(day * DAY);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}
const dmy = (day) => {
  const [y, m, d] = civil(day);
  return `${pad(d)}/${pad(m)}/${y}`;
};
const compact = (day, hour, minute) => {
  const [y, m, d] = civil(day);
  return `${y}${pad(m)}${pad(d)}${pad(hour)}${pad(minute)}00`;
};
const serial = (day, hour = 0, minute = 0) => day + 25569 + (hour * 60 + minute) / 1440;

/**
 * Dossiers received between `firstDay` and `lastDay` (day numbers), with a life: due date,
 * maybe an end (returned early/on time/late, rejected, withdrawn), maybe a supplement request.
 * `asOf` is the export date: nothing ends after it.
 */
function generateDossiers({ count, firstDay, lastDay, asOf, seed }) {
  const rand = random(seed);
  const pick = (items) => items[Math.floor(rand() * items.length)];
  const weights = FIELDS.reduce((sum, field) => sum + field[1], 0);
  const dossiers = [];
  for (let i = 0; i < count; i++) {
    let w = rand() * weights;
    let field = FIELDS[0];
    for (const candidate of FIELDS) {
      w -= candidate[1];
      if (w <= 0) {
        field = candidate;
        break;
      }
    }
    const received = firstDay + Math.floor(rand() * (lastDay - firstDay + 1));
    const days = field[0] === 'Chứng thực' ? 0 : field[0] === 'Đất đai' ? 10 + Math.floor(rand() * 20) : 3 + Math.floor(rand() * 5);
    const due = received + days;
    const online = rand() < 0.93;
    const roll = rand();
    let status = 'Đang xử lý';
    let ended = null;
    let supplement = null;
    if (roll < 0.015) {
      status = 'Từ chối giải quyết';
      ended = received + Math.floor(rand() * 3);
    } else if (roll < 0.03) {
      status = 'Công dân rút hồ sơ';
      ended = received + Math.floor(rand() * 3);
    } else if (roll < 0.05) {
      status = 'Yêu cầu bổ sung';
      supplement = received + 1 + Math.floor(rand() * 2);
    } else if (roll < 0.98) {
      status = 'Đã trả kết quả';
      const late = rand() < 0.02;
      ended = late ? due + 1 + Math.floor(rand() * 3) : Math.max(received, due - Math.floor(rand() * (days + 1)));
    }
    if (ended !== null && ended > asOf) {
      status = 'Đang xử lý';
      ended = null;
    }
    if (supplement !== null && supplement > asOf) supplement = null;
    dossiers.push({
      index: i,
      field: field[0],
      procedure: pick(field[2]),
      online,
      received,
      hour: 7 + Math.floor(rand() * 10),
      minute: Math.floor(rand() * 60),
      due,
      ended,
      status,
      supplement,
    });
  }
  return dossiers;
}

function oneStopCode(d) {
  const [y, m, dd] = civil(d.received);
  return `AP.${String(y).slice(2)}${pad(m)}${pad(dd)}.${pad(d.index + 1, 5)}`;
}

/** The provincial one-stop system's CSV: title block, `;`, dd/MM/yyyy HH:mm:ss, BOM. */
function oneStopCsv(dossiers) {
  const quote = (text) => (/[;"\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const lines = [
    'HỆ THỐNG THÔNG TIN GIẢI QUYẾT TTHC (DỮ LIỆU MẪU, HƯ CẤU)',
    'Danh sách hồ sơ — Trung tâm Phục vụ hành chính công xã An Phú',
    '',
    ['STT', 'Số hồ sơ', 'Tên thủ tục hành chính', 'Lĩnh vực', 'Hình thức nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Trạng thái'].join(';'),
  ];
  dossiers.forEach((d, i) => {
    lines.push(
      [
        String(i + 1),
        oneStopCode(d),
        d.procedure,
        d.field,
        d.online ? 'Trực tuyến' : i % 7 === 0 ? 'Dịch vụ bưu chính công ích' : 'Trực tiếp',
        `${dmy(d.received)} ${pad(d.hour)}:${pad(d.minute)}:00`,
        dmy(d.due),
        d.ended !== null ? `${dmy(d.ended)} 16:00:00` : '',
        d.status,
      ]
        .map(quote)
        .join(';'),
    );
  });
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The national portal's list: compact datetimes as text, Excel dates, supplement dates. */
function portalRows(dossiers) {
  const header = [
    'Mã hồ sơ',
    'Mã TTHC',
    'Tên TTHC',
    'Lĩnh vực',
    'Kênh nộp',
    'Thời gian tiếp nhận',
    'Hạn xử lý',
    'Ngày kết thúc xử lý',
    'Trạng thái hồ sơ',
    'Ngày yêu cầu bổ sung',
  ];
  const rows = dossiers.map((d) => [
    oneStopCode(d).toLowerCase().replace(/\./g, '.'),
    `1.00${1000 + ((d.procedure.length * 37) % 8999)}`,
    d.procedure,
    d.field,
    'Trực tuyến',
    compact(d.received, d.hour, d.minute),
    { date: serial(d.due, 17, 0) },
    d.ended !== null ? { date: serial(d.ended, 15, 30) } : null,
    d.status,
    d.supplement !== null ? { date: serial(d.supplement) } : null,
  ]);
  return { header, rows };
}

module.exports = { FIELDS, generateDossiers, oneStopCsv, portalRows, oneStopCode, dayOf, dmy, compact, serial };
