// check-text on prose written in other styles: every number read, mismatches first, dates and
// cited documents apart, comparisons checked with --previous; the JSON extended compatibly.
import { writeFileSync } from 'fs';
import * as path from 'path';
import { runCli } from '../helpers/cli';
import { tempDir } from '../helpers/xlsx';
import { writePeriodFiles } from './periods-files';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'samples', 'phu-luc-quy-II-2026.xlsx');
/** The prose sample: the seed's quarter told in running sentences, with two figures drifted. */
const PROSE = path.join(__dirname, '..', '..', 'assets', 'samples', 'bao-cao-quy-II-2026-van-xuoi.txt');

let dir: string;
let file: string;
let files: Awaited<ReturnType<typeof writePeriodFiles>>;

beforeAll(async () => {
  dir = tempDir('tthc-prose-');
  file = PROSE;
  files = await writePeriodFiles(dir);
});

test('every number has a line, mismatches first, then agreements, then what cannot be checked, then dates and documents', async () => {
  const result = await runCli(['check-text', file, '--table', SAMPLE]);
  expect(result.code).toBe(1);
  expect(result.stdout.split('\n').slice(1)).toEqual([
    '  KHÔNG KHỚP             Dòng 3    Lĩnh vực “Hộ tịch”, tổng số hồ sơ tiếp nhận: văn bản ghi 1.060 hồ sơ, dòng của lĩnh vực trong bảng ghi 1.066.',
    '  KHÔNG KHỚP             Dòng 4    Đang giải quyết quá hạn: văn bản ghi 2 hồ sơ, bảng ghi 0 (cột (15)).',
    '  KHỚP                   Dòng 2    Tổng số hồ sơ tiếp nhận: 3.575 hồ sơ, khớp với bảng (cột (3)).',
    '  KHỚP                   Dòng 2    Tiếp nhận trực tuyến: 3.556 hồ sơ, khớp với bảng (cột (4)).',
    '  KHỚP                   Dòng 2    Tiếp nhận trực tuyến: tỷ lệ 100%, khớp với bảng ((4)/((4)+(5))).',
    '  KHỚP                   Dòng 2    Đã xử lý và trả kết quả: 3.518 hồ sơ, khớp với bảng (cột (7)).',
    '  KHỚP                   Dòng 2    Tổng số hồ sơ tiếp nhận: 3.575 hồ sơ, khớp với bảng (cột (3)).',
    '  KHỚP                   Dòng 2    Đã xử lý và trả kết quả: tỷ lệ 98,4%, khớp với bảng ((7)/(3)).',
    '  KHỚP                   Dòng 3    Lĩnh vực “Chứng thực”, tổng số hồ sơ tiếp nhận: 1.922 hồ sơ, khớp với dòng của lĩnh vực trong bảng.',
    '  KHỚP                   Dòng 3    Lĩnh vực “Chứng thực”: chiếm 53,8% tổng số hồ sơ tiếp nhận, khớp với bảng.',
    '  KHỚP                   Dòng 4    Đang giải quyết: 57 hồ sơ, khớp với bảng (cột (13)).',
    '  KHÔNG ĐỐI CHIẾU ĐƯỢC   Dòng 2    412 — số so sánh với kỳ khác, không phải ô của bảng này, không đối chiếu được: “đã giải quyết 3.518/3.575 hồ sơ, đạt 98,4%, tăng 412 hồ sơ so với quý I/2026”',
    '  KHÔNG ĐỐI CHIẾU ĐƯỢC   Dòng 3    Lĩnh vực “Tư pháp”: 15 — bảng không có dòng của lĩnh vực này, không đối chiếu được.',
    '  KHÔNG ĐỐI CHIẾU ĐƯỢC   Dòng 4    94 công văn — không phải số hồ sơ, không đối chiếu được: “đã ban hành 94 công văn”',
    '  NGÀY THÁNG             quý II năm 2026 — Dòng 1',
    '  SỐ VĂN BẢN             Kế hoạch số 12/KH-UBND — Dòng 2',
    '  NGÀY THÁNG             05/01/2026 — Dòng 2',
    '  NGÀY THÁNG             quý I/2026 — Dòng 2',
    '  9 số liệu khớp, 2 không khớp, 3 không đối chiếu được.',
    '  Nhận biết riêng, không đối chiếu với bảng: 3 ngày tháng, 1 số văn bản được trích dẫn.',
    '',
  ]);
});

test('--json: items in the same order with offset and sentence; the references; version-1 fields unchanged', async () => {
  const result = await runCli(['check-text', file, '--table', SAMPLE, '--json', '--lang', 'en']);
  const parsed = JSON.parse(result.stdout);
  expect(Object.keys(parsed)).toEqual(['report', 'table', 'sheet', 'tableErrors', 'section', 'summary', 'items', 'references']);
  expect(parsed.summary).toEqual({ consistent: 9, mismatch: 2, notCheckable: 3 });
  expect(parsed.items[0]).toEqual({
    line: 3,
    text: 'Lĩnh vực Chứng thực tiếp nhận 1.922 hồ sơ, chiếm 53,8%; lĩnh vực Hộ tịch 1.060 hồ sơ; lĩnh vực Tư pháp 15 hồ sơ.',
    offset: 73,
    field: 'Hộ tịch',
    statedText: '1.060',
    stated: 1060,
    subject: 'received',
    measure: 'count',
    expected: 1066,
    status: 'mismatch',
    message: "Field “Hộ tịch”, total dossiers received: the text says 1,060 dossiers, the field's row gives 1,066.",
  });
  expect(parsed.items.find((i: { stated: number }) => i.stated === 412)).toMatchObject({
    subject: 'comparison',
    status: 'not-checkable',
    sentence: 'đã giải quyết 3.518/3.575 hồ sơ, đạt 98,4%, tăng 412 hồ sơ so với quý I/2026',
  });
  expect(parsed.references).toEqual([
    { kind: 'date', text: 'quý II năm 2026', places: [{ line: 1, offset: 27, length: 15 }] },
    { kind: 'document', text: 'Kế hoạch số 12/KH-UBND', places: [{ line: 2, offset: 10, length: 22 }] },
    { kind: 'date', text: '05/01/2026', places: [{ line: 2, offset: 38, length: 10 }] },
    { kind: 'date', text: 'quý I/2026', places: [{ line: 2, offset: 206, length: 10 }] },
  ]);
});

test('--previous: the product’s own comparisons agree with the previous table; a wrong one is caught', async () => {
  const written = await runCli(['narrative', files.q2, '--previous', files.q1]);
  const text = path.join(dir, 'compared.txt');
  writeFileSync(text, written.stdout);
  const without = await runCli(['check-text', text, '--table', files.q2]);
  expect(without.stdout).toContain('412 — số so sánh với kỳ khác, không phải ô của bảng này, không đối chiếu được');
  const checked = await runCli(['check-text', text, '--table', files.q2, '--previous', files.q1]);
  expect(checked.code).toBe(0);
  expect(checked.stdout).toContain('Tổng số hồ sơ tiếp nhận, so với kỳ trước: tăng 412, khớp với bảng kỳ trước.');
  expect(checked.stdout).toContain('Tổng số hồ sơ tiếp nhận, so với kỳ trước: tăng 13,0%, khớp với bảng kỳ trước.');
  expect(checked.stdout).not.toContain('số so sánh với kỳ khác');
  const edited = path.join(dir, 'compared-wrong.txt');
  writeFileSync(edited, written.stdout.replace('tăng 412 hồ sơ', 'tăng 421 hồ sơ'));
  const wrong = await runCli(['check-text', edited, '--table', files.q2, '--previous', files.q1]);
  expect(wrong.code).toBe(1);
  expect(wrong.stdout.split('\n')[1]).toMatch(
    /^ {2}KHÔNG KHỚP +Dòng 2 +Tổng số hồ sơ tiếp nhận, so với kỳ trước: văn bản ghi 421, tính từ bảng kỳ trước là tăng 412\.$/,
  );
});
