// The CLI asks instead of counting what it cannot know (issue 10, rule 5), reads the national
// portal's export as exported (rule 6) and the "Sổ theo dõi hồ sơ" export once answered.
import { promises as fs, writeFileSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runCli } from '../helpers/cli';
import { tempDir } from '../helpers/xlsx';
import { portalTable } from '../core/build/portal-export';

jest.setTimeout(60_000);

const PERIOD_ARGS = ['--from', '15/3/2026', '--to', '14/6/2026'];

const ONE_STOP = [
  'Số hồ sơ;Lĩnh vực;Hình thức nộp;Ngày tiếp nhận;Ngày hẹn trả;Ngày trả kết quả;Trạng thái',
  'A1;Hộ tịch;Nộp trực tuyến;01/04/2026;05/04/2026;;Đang xử lý',
  'A2;Hộ tịch;Trực tiếp;02/04/2026;05/04/2026;04/04/2026;Đã trả kết quả',
].join('\r\n');

/** The portal's list without a channel column (the symptom). */
async function portalWithoutChannel(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('DS');
  sheet.addRow(['Mã hồ sơ', 'Lĩnh vực', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày kết thúc xử lý', 'Trạng thái hồ sơ']);
  sheet.addRow(['A1', 'Hộ tịch', '01/04/2026', '05/04/2026', '03/04/2026', 'Đã trả kết quả']);
  sheet.addRow(['P1', 'Hộ tịch', '03/04/2026', '08/04/2026', '', 'Đang xử lý']);
  sheet.addRow(['P2', 'Hộ tịch', '04/04/2026', '08/04/2026', '', 'Đang xử lý']);
  await workbook.xlsx.writeFile(file);
}

async function readAnnexRow(file: string, row: number): Promise<unknown[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet('Phụ lục')!;
  return Array.from({ length: 16 }, (_, c) => {
    const cell = sheet.getRow(row).getCell(c + 1);
    return cell.formula ? cell.result : cell.value;
  });
}

describe('a portal list without a channel column', () => {
  let dir: string;
  let csv: string;
  let xlsx: string;

  beforeAll(async () => {
    dir = tempDir('tthc-ask-');
    csv = path.join(dir, 'mot-cua.csv');
    writeFileSync(csv, ONE_STOP);
    xlsx = path.join(dir, 'dvcqg.xlsx');
    await portalWithoutChannel(xlsx);
  });

  test('exit 2, one line naming the file, the missing column and the answers; nothing written', async () => {
    const out = path.join(dir, 'a.xlsx');
    const result = await runCli(['build', csv, xlsx, ...PERIOD_ARGS, '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      [
        'Chưa lập phụ lục: 2 hồ sơ trong kỳ còn thiếu thông tin, không tính vào cột nào cho đến khi được trả lời:',
        '  dvcqg.xlsx › DS: không có cột kênh nộp — 2 hồ sơ tiếp nhận trong kỳ chưa biết trực tuyến (4) hay trực tiếp, bưu chính (5) (mã P1, P2). ' +
          'Trả lời: --channel "dvcqg.xlsx=online" hoặc "dvcqg.xlsx=direct", hay trong tệp ánh xạ "sources": {"dvcqg.xlsx": {"channel": "online"}}.',
        '',
      ].join('\n'),
    );
    // A1 is in both lists: its channel came from the one-stop record, and the summary says so.
    expect(result.stdout).toContain('Thông tin để trống lấy từ bản ghi khác của cùng hồ sơ: kênh nộp 1 hồ sơ');
    expect(result.stdout).toContain('Tính vào kỳ: 2 hồ sơ (0 hồ sơ ngoài kỳ; 2 hồ sơ chưa tính, còn chờ trả lời)');
    await expect(fs.access(out)).rejects.toThrow();
  });

  test('--channel FILE=online answers it: the dossiers count in (4), the answer is listed and saved by --save-map', async () => {
    const out = path.join(dir, 'b.xlsx');
    const saved = path.join(dir, 'map.json');
    const result = await runCli(['build', csv, xlsx, ...PERIOD_ARGS, '--channel', 'dvcqg.xlsx=online', '--save-map', saved, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  dvcqg.xlsx › DS: 3 hồ sơ không ghi kênh nộp, tính là trực tuyến (4) theo lựa chọn cho tệp này');
    // A1, A2 returned early; P1, P2 due 08/04, still pending on 14/06: overdue (15).
    expect(await readAnnexRow(out, 8)).toEqual([1, 'Hộ tịch', 4, 3, 1, 0, 2, 2, 0, 0, 0, 0, 2, 0, 2, 0]);
    const written = JSON.parse(await fs.readFile(saved, 'utf8'));
    expect(written.sources['dvcqg.xlsx'].channel).toBe('online');
    expect((await runCli(['build', csv, xlsx, ...PERIOD_ARGS, '--map', saved, '--out', path.join(dir, 'c.xlsx')])).code).toBe(0);
  });

  test('a wrong answer is named', async () => {
    const out = path.join(dir, 'd.xlsx');
    const bad = await runCli(['build', csv, xlsx, ...PERIOD_ARGS, '--channel', 'dvcqg.xlsx=web', '--out', out]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--channel “dvcqg.xlsx=web” không hợp lệ: dùng --channel TỆP=online|direct.');
    const other = await runCli(['build', csv, xlsx, ...PERIOD_ARGS, '--status', 'khac.csv=dates', '--out', out]);
    expect(other.stderr).toContain('--status: “khac.csv” không phải là tệp xuất đã cho (mot-cua.csv, dvcqg.xlsx).');
  });
});

describe("the national portal's own export", () => {
  test.each(['csv', 'xlsx'])('as .%s: read without a map, its codes listed with meanings and counts, the annex exact', async (kind) => {
    const dir = tempDir('tthc-portal-');
    const file = path.join(dir, `dvcqg.${kind}`);
    const table = portalTable();
    if (kind === 'csv') {
      const quote = (text: string) => (text.includes(',') ? `"${text}"` : text);
      writeFileSync(file, table.rows.map((row) => row.map((cell) => quote(String(cell ?? ''))).join(',')).join('\r\n'));
    } else {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('DanhSachHoSo');
      for (const row of table.rows) sheet.addRow(row);
      await workbook.xlsx.writeFile(file);
    }
    const out = path.join(dir, 'a.xlsx');
    const result = await runCli(['build', file, ...PERIOD_ARGS, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('      Ngày tiếp nhận         ← "NgayTiepNhan"');
    expect(result.stdout).toContain('      Mã trong cột "KenhThucHien": 1 Trực tiếp → (5): 6; 2 Trực tuyến → (4): 11; 3 Dịch vụ bưu chính công ích → (5): 1');
    expect(result.stdout).toContain('ngày ghi dạng số mũ, Excel đã làm mất chữ số khi lưu');
    // Hộ tịch: 6 online, 4 direct; resolved 1 early, 2 on time, 1 late, 1 rejected, 1 withdrawn; pending 1, 2, 1.
    expect(await readAnnexRow(out, 8)).toEqual([1, 'Hộ tịch', 10, 6, 4, 0, 6, 1, 2, 1, 1, 1, 4, 1, 2, 1]);
    expect(await readAnnexRow(out, 9)).toEqual([2, 'Chứng thực', 3, 2, 0, 1, 2, 1, 1, 0, 0, 0, 1, 0, 1, 0]);
  });
});

describe('the "Sổ theo dõi hồ sơ" export (no field, channel or status)', () => {
  const BOOK = [
    'STT,MaHoSo,TrichYeuHoSo,ChuHoSo,DiaChiChuHoSo,SoDienThoaiChuHoSo,NgayTiepNhan,NgayHenTra,NgayTra,TenNguoiNhanHoSo,TenDiaBan',
    '1,000.00.19.H47-260401-0001,Đăng ký khai sinh,Trần B,Thôn 1,0900000001,01/04/2026 08:00:00,03/04/2026 17:00:00,02/04/2026 10:00:00,Lê C,Xã An Phú',
    '2,000.00.19.H47-260402-0002,Đăng ký kết hôn,Trần D,Thôn 2,0900000002,02/04/2026 09:00:00,05/04/2026 17:00:00,07/04/2026 10:00:00,Lê C,Xã An Phú',
    '3,000.00.19.H47-260601-0003,Đăng ký khai tử,Trần E,Thôn 3,0900000003,01/06/2026 09:00:00,05/06/2026 17:00:00,,Lê C,Xã An Phú',
  ].join('\r\n');

  test('asks for the field column or --field, then for the channel and the status; builds once answered', async () => {
    const dir = tempDir('tthc-book-');
    const file = path.join(dir, 'so-theo-doi.csv');
    writeFileSync(file, BOOK);
    const out = path.join(dir, 'a.xlsx');
    const first = await runCli(['build', file, ...PERIOD_ARGS, '--out', out]);
    expect(first.code).toBe(2);
    expect(first.stderr).toContain(
      `${file}: không tìm thấy dòng tiêu đề có các cột "Lĩnh vực". Chỉ rõ tên cột trong tệp ánh xạ (--map): {"sources": {"so-theo-doi.csv": {"columns": {"field": "…"}}}}; nếu cả tệp thuộc một lĩnh vực: --field "so-theo-doi.csv=TÊN LĨNH VỰC".`,
    );
    const second = await runCli(['build', file, ...PERIOD_ARGS, '--field', 'so-theo-doi.csv=Hộ tịch', '--out', out]);
    expect(second.code).toBe(2);
    expect(second.stderr.split('\n').filter((line) => line.startsWith('  so-theo-doi.csv: '))).toEqual([
      '  so-theo-doi.csv: không có cột kênh nộp — 3 hồ sơ tiếp nhận trong kỳ chưa biết trực tuyến (4) hay trực tiếp, bưu chính (5) (mã 000.00.19.H47-260401-0001, 000.00.19.H47-260402-0002, 000.00.19.H47-260601-0003). Trả lời: --channel "so-theo-doi.csv=online" hoặc "so-theo-doi.csv=direct", hay trong tệp ánh xạ "sources": {"so-theo-doi.csv": {"channel": "online"}}.',
      '  so-theo-doi.csv: không có cột trạng thái — 3 hồ sơ trong kỳ chưa biết đã trả kết quả, bị từ chối (11), rút (12) hay chờ bổ sung (16) (mã 000.00.19.H47-260401-0001, 000.00.19.H47-260402-0002, 000.00.19.H47-260601-0003). Trả lời: --status "so-theo-doi.csv=dates" để xác định theo ngày trả kết quả (có ngày trả: đã giải quyết; không có: đang giải quyết), hay trong tệp ánh xạ "sources": {"so-theo-doi.csv": {"status": "dates"}}; hoặc chỉ rõ cột trạng thái: "sources": {"so-theo-doi.csv": {"columns": {"status": "…"}}}.',
    ]);
    const answered = await runCli([
      'build',
      file,
      ...PERIOD_ARGS,
      '--field',
      `${file}=Hộ tịch`,
      '--channel',
      'so-theo-doi.csv=direct',
      '--status',
      'so-theo-doi.csv=dates',
      '--out',
      out,
    ]);
    expect(answered.stderr).toBe('');
    expect(answered.code).toBe(0);
    // 3 direct; 1 early (2/4 before 3/4), 1 late (7/4 after 5/4); 1 pending in time (due 5/6, before 14/6: overdue).
    expect(await readAnnexRow(out, 8)).toEqual([1, 'Hộ tịch', 3, 0, 3, 0, 2, 1, 0, 1, 0, 0, 1, 0, 1, 0]);
  });
});
