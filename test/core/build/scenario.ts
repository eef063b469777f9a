// A two-system scenario written by hand: boundary dates, every status, mixed date formats,
// a dossier in both systems that disagree, an exact duplicate, and rows that must be skipped.
import { parsePeriodDate } from '../../../src/core/calendar';
import type { ExportTable, Period } from '../../../src/core/build/types';

export const PERIOD: Period = {
  from: parsePeriodDate('15/03/2026')!,
  to: parsePeriodDate('14/06/2026')!,
  quarter: 'II',
  year: 2026,
};

/** The provincial one-stop system: a title block, day-first text dates. */
export const ONE_STOP: ExportTable = {
  source: 'mot-cua.csv',
  rows: [
    ['DANH SÁCH HỒ SƠ TIẾP NHẬN', '', '', '', '', '', '', '', ''],
    ['', '', '', '', '', '', '', '', ''],
    ['STT', 'Số hồ sơ', 'Tên thủ tục', 'Lĩnh vực', 'Hình thức nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Trạng thái'],
    ['1', 'A-1', 'Đăng ký khai sinh', 'Hộ tịch', 'Trực tuyến', '15/03/2026 08:00', '20/03/2026', '19/03/2026', 'Đã trả kết quả'],
    ['2', 'A-2', 'Đăng ký kết hôn', 'Hộ tịch', 'Trực tiếp', '14/06/2026 16:30:00', '20/06/2026', '', 'Đang xử lý'],
    ['3', 'A-3', 'Đăng ký khai tử', 'Hộ tịch', 'Bưu chính', '15/06/2026', '20/06/2026', '', 'Mới tiếp nhận'],
    ['4', 'A-4', 'Đăng ký khai sinh', 'Hộ tịch', 'Trực tiếp', '10/03/2026', '14/03/2026', '14/03/2026', 'Đã trả kết quả'],
    ['5', 'A-5', 'Đăng ký khai sinh', 'Hộ tịch', 'Trực tiếp', '10/03/2026', '16/03/2026', '15/03/2026', 'Đã trả kết quả'],
    ['6', 'A-6', 'Đăng ký khai sinh', 'Hộ tịch', 'Trực tuyến', '01/04/2026', '05/04/2026', '05/04/2026 10:00', 'Đã trả kết quả'],
    ['7', 'A-7', 'Đăng ký đất đai', 'Đất đai', 'Trực tiếp', '01/04/2026', '05/04/2026', '06/04/2026', 'Đã trả kết quả'],
    ['8', 'A-8', 'Đăng ký đất đai', 'Đất đai', 'Trực tiếp', '01/05/2026', '10/05/2026', '03/05/2026', 'Từ chối giải quyết'],
    ['', '', '', '', '', '', '', '', ''],
    ['10', 'A-10', 'Đăng ký đất đai', 'Đất đai', 'Trực tiếp', '01/06/2026', '10/06/2026', '20/06/2026', 'Đã trả kết quả'],
    ['11', 'A-11', 'Đăng ký đất đai', 'Đất đai', 'Trực tiếp', '01/06/2026', '14/06/2026', '', 'Đang xử lý'],
    ['12', 'A-12', 'Đăng ký đất đai', 'Đất đai', 'Trực tiếp', '01/06/2026', '13/06/2026', '', 'Đang giải quyết'],
    ['13', 'A-13', 'Đăng ký khai sinh', 'Hộ tịch', 'Trực tuyến', '01/06/2026', '30/06/2026', '', 'Yêu cầu bổ sung'],
    ['14', 'A-14', 'Trích lục hộ tịch', 'Hộ tịch', 'Trực tiếp', '15/03/2026', '15/03/2026', '15/03/2026', 'Đã trả kết quả'],
    ['15', 'HS-001 ', 'Đăng ký biến động', 'Đất đai', 'Trực tiếp', '01/04/2026', '12/04/2026', '', 'Đang xử lý'],
  ],
};

/** The national portal: compact and ISO datetimes, an Excel serial, a supplement-request date. */
export const PORTAL: ExportTable = {
  source: 'dvcqg.xlsx › Sheet1',
  rows: [
    ['Mã hồ sơ', 'Mã TTHC', 'Lĩnh vực', 'Kênh nộp', 'Thời gian tiếp nhận', 'Hạn xử lý', 'Ngày kết thúc xử lý', 'Trạng thái hồ sơ', 'Ngày yêu cầu bổ sung'],
    [' hs-001', '1.004227', 'Đất đai', 'Trực tuyến', '20260401080000', '12/04/2026', '10/04/2026 15:00:00', 'Đã trả kết quả', ''],
    ['B-100', '1.001193', 'Hộ tịch', 'Trực tuyến', '20260402093000', '10/04/2026', '', 'Yêu cầu bổ sung', '20260615'],
    ['B-101', '1.001193', 'hộ  tịch', 'trực tuyến', '2026-03-14T18:00:00Z', '', '', 'Đang xử lý', ''],
    ['B-102', '1.004227', 'Đất đai', 'Trực tuyến', 46144, '', '04/05/2026', 'Công dân rút', ''],
    ['B-102', '1.004227', 'Đất đai', 'Trực tuyến', 46144, '', '04/05/2026', 'Công dân rút', ''],
    ['', '1.001193', 'Hộ tịch', 'Trực tuyến', '01/04/2026', '', '', 'Đang xử lý', ''],
    ['B-103', '1.001193', 'Hộ tịch', 'Trực tuyến', '31/02/2026', '', '', 'Đang xử lý', ''],
    ['B-104', '1.001193', 'Hộ tịch', 'Trực tuyến', '01/04/2026', '', '', 'Lưu tạm', ''],
  ],
};
