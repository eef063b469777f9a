// The narrative, report and check-text commands, on the samples and on generated workbooks.
import { existsSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import mammoth from 'mammoth';
import { run as checkText } from '../../src/cli/commands/check-text';
import { run as narrative } from '../../src/cli/commands/narrative';
import { run as report } from '../../src/cli/commands/report';
import type { CliIo } from '../../src/cli/io';
import { REQUIRED_LINES, expectLinesInOrder } from '../core/narrative/seed-figures';
import { buildAnnexGrid, SEED_FIELDS } from '../helpers/annex';
import { runCli } from '../helpers/cli';
import { tempDir, writeWorkbook } from '../helpers/xlsx';

const SAMPLES = path.join(__dirname, '..', '..', 'assets', 'samples');
const SAMPLE = path.join(SAMPLES, 'phu-luc-quy-II-2026.xlsx');
const PLANTED = path.join(SAMPLES, 'phu-luc-quy-II-2026-co-loi.xlsx');
const SEED_TEXT = path.join(SAMPLES, 'bao-cao-quy-II-2026.txt');
const Q2_FLAGS = ['--quarter', 'II', '--year', '2026', '--from', '15/3/2026', '--to', '14/6/2026', '--unit', 'xã An Phú'];

type Command = (args: string[], io?: CliIo) => Promise<number>;

function cli(command: Command, ...args: string[]) {
  return runCli(args, command);
}

const dir = tempDir('tthc-narrative-');
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

describe('tthc-report narrative', () => {
  test('writes the required lines of section I.2 from the sample', async () => {
    const result = await cli(narrative, SAMPLE, ...Q2_FLAGS);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expectLinesInOrder(lines(result.stdout), REQUIRED_LINES);
  });

  test('a quarter alone gives the official period', async () => {
    const result = await cli(narrative, SAMPLE, '--quarter', '2', '--year', '2026');
    expect(lines(result.stdout)[0]).toBe(REQUIRED_LINES[0]);
  });

  test('reads the period from the title rows when no flag gives it', async () => {
    const grid = buildAnnexGrid(SEED_FIELDS, {
      titleRows: ['UBND XÃ AN PHÚ', 'KẾT QUẢ GIẢI QUYẾT TTHC QUÝ I NĂM 2026', '(Số liệu tính từ ngày 15/12/2025 đến hết ngày 14/3/2026)', ''],
    });
    const file = await writeWorkbook(path.join(dir, 'titled.xlsx'), [grid]);
    const fromTitles = await cli(narrative, file, '--annex');
    expect(fromTitles.code).toBe(0);
    const out = lines(fromTitles.stdout);
    expect(out[0]).toBe('2. Kết quả tiếp nhận và trả kết quả giải quyết TTHC quý I năm 2026 (thời điểm từ ngày 15/12/2025 đến ngày 14/3/2026):');
    expect(out).toContain('Kết quả giải quyết thủ tục hành chính quý I năm 2026 của xã An Phú');
  });

  test('--format html gives Word-ready paragraphs', async () => {
    const result = await cli(narrative, SAMPLE, ...Q2_FLAGS, '--format', 'html', '--annex');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("font-family:'Times New Roman',serif;font-size:14pt");
    expect(result.stdout).toContain('<p style="margin:0 0 6pt 0;text-align:justify;text-indent:1.27cm;');
    expect(result.stdout).toContain('- Số hồ sơ đã xử lý và trả kết quả: 3.518 hồ sơ (tỷ lệ 98,4%);</p>');
    expect(result.stdout).toContain('<td colspan="4" style="border:solid windowtext 1.0pt;');
  });

  test('a table without a totals row: the sums of the field rows, said on stderr', async () => {
    const file = await writeWorkbook(path.join(dir, 'no-totals.xlsx'), [buildAnnexGrid(SEED_FIELDS, { totals: false, rates: false })]);
    const result = await cli(narrative, file, ...Q2_FLAGS);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('Bảng không có dòng “Tổng cộng”: số tổng là tổng các dòng lĩnh vực.\n');
    expectLinesInOrder(lines(result.stdout), REQUIRED_LINES);
  });

  test('English', async () => {
    const result = await cli(narrative, SAMPLE, ...Q2_FLAGS, '--lang', 'en');
    expect(lines(result.stdout)).toContain('- Dossiers processed and returned: 3,518 dossiers (rate 98.4%);');
  });

  test('a table with errors is written, and said on stderr', async () => {
    const result = await cli(narrative, PLANTED, ...Q2_FLAGS);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /^Lưu ý: bảng trong .*phu-luc-quy-II-2026-co-loi\.xlsx chưa hợp lệ — 2 ô nhiều khả năng sai, 1 tỷ lệ sai; 1 cảnh báo\. Đoạn văn có thể mang số liệu sai\./,
    );
    expect(result.stdout).toContain('- Tổng số hồ sơ tiếp nhận là:');
  });

  test('bad input: exit 2 with a message that says what', async () => {
    expect(await cli(narrative, path.join(dir, 'missing.xlsx'))).toMatchObject({ code: 2, stdout: '' });
    const badQuarter = await cli(narrative, SAMPLE, '--quarter', 'V');
    expect(badQuarter).toMatchObject({ code: 2, stdout: '' });
    expect(badQuarter.stderr).toContain('--quarter “V” không hợp lệ');
    const badDate = await cli(narrative, SAMPLE, '--to', '31/6/2026');
    expect(badDate.stderr).toContain('--to “31/6/2026” không phải ngày hợp lệ');
    expect((await cli(narrative, SAMPLE, '--format', 'pdf')).code).toBe(2);
    expect((await cli(narrative)).code).toBe(2);
    const empty = await writeWorkbook(path.join(dir, 'empty.xlsx'), [{ sheetName: 'Trống', origin: { row: 0, col: 0 }, values: [['ghi chú']] }]);
    const noTable = await cli(narrative, empty);
    expect(noTable.code).toBe(2);
    expect(noTable.stderr).toContain('empty.xlsx');
  });

  test('a period that ends before it starts is bad input: exit 2, nothing written, the dates named', async () => {
    const reversed = await cli(narrative, SAMPLE, '--from', '14/6/2026', '--to', '15/3/2026');
    expect(reversed).toMatchObject({ code: 2, stdout: '' });
    expect(reversed.stderr).toBe(
      'Kỳ báo cáo không hợp lệ: ngày kết thúc 15/3/2026 đứng trước ngày bắt đầu 14/6/2026 (--from, --to). Không viết đoạn văn; sửa ngày rồi chạy lại.\n',
    );
    const mixed = await cli(narrative, SAMPLE, '--quarter', 'II', '--year', '2026', '--from', '20/6/2026', '--lang', 'en');
    expect(mixed).toMatchObject({ code: 2, stdout: '' });
    expect(mixed.stderr).toContain('Invalid reporting period: the end 14/6/2026 is before the start 20/6/2026 (--from/--to together with');
    const out = path.join(dir, 'reversed.docx');
    expect(await cli(report, SAMPLE, '--from', '14/6/2026', '--to', '15/3/2026', '--out', out)).toMatchObject({ code: 2, stdout: '' });
  });
});

describe('the period is the table’s period (issue 10, rule 7)', () => {
  const Q2_TITLE = ['UBND XÃ AN PHÚ', 'KẾT QUẢ GIẢI QUYẾT TTHC QUÝ II NĂM 2026', '(Số liệu tính từ ngày 15/3 đến hết ngày 14/6/2026)', ''];
  const QUOTE = 'Tiêu đề trang tính: “KẾT QUẢ GIẢI QUYẾT TTHC QUÝ II NĂM 2026”, “(Số liệu tính từ ngày 15/3 đến hết ngày 14/6/2026)”.';
  const titled = (name: string, titleRows: string[]) => writeWorkbook(path.join(dir, name), [buildAnnexGrid(SEED_FIELDS, { titleRows })]);

  test('6T on a quarter’s sheet is refused, nothing written; --force writes it with a warning and keeps the title’s year', async () => {
    const file = await titled('q2.xlsx', Q2_TITLE);
    const refused = await cli(narrative, file, '--quarter', '6T');
    expect(refused).toMatchObject({ code: 2, stdout: '' });
    expect(refused.stderr).toBe(
      `Kỳ báo cáo mâu thuẫn: --quarter 6T là số cộng dồn 6 tháng đầu năm, còn bảng là số liệu quý II năm 2026 theo tiêu đề trang tính. ${QUOTE} ` +
        'Không viết đoạn văn: bỏ --quarter để viết theo tiêu đề, hoặc thêm --force nếu tiêu đề ghi sai kỳ.\n',
    );
    const forced = await cli(narrative, file, '--quarter', '6T', '--force');
    expect(forced.code).toBe(0);
    expect(lines(forced.stdout)[0]).toBe(
      '2. Kết quả tiếp nhận và trả kết quả giải quyết TTHC 6 tháng đầu năm 2026 (thời điểm từ ngày 15/12/2025 đến ngày 14/6/2026):',
    );
    expect(forced.stderr).toBe(
      `Lưu ý: kỳ báo cáo mâu thuẫn: --quarter 6T là số cộng dồn 6 tháng đầu năm, còn bảng là số liệu quý II năm 2026 theo tiêu đề trang tính. ${QUOTE} ` +
        'Đã viết theo --quarter vì có --force: 6 tháng đầu năm 2026, từ ngày 15/12/2025 đến ngày 14/6/2026.\n',
    );
  });

  test('two weeks for a quarter are refused, in both languages', async () => {
    const file = await titled('q2-dates.xlsx', Q2_TITLE);
    const vi = await cli(narrative, file, '--from', '15/6', '--to', '30/6');
    expect(vi).toMatchObject({ code: 2, stdout: '' });
    expect(vi.stderr).toBe(
      `Kỳ báo cáo mâu thuẫn: --from 15/6 --to 30/6 (từ ngày 15/6 đến ngày 30/6/2026) khác với ngày ghi ở tiêu đề trang tính: từ ngày 15/3 đến ngày 14/6/2026. ${QUOTE} ` +
        'Không viết đoạn văn: bỏ --from, --to để viết theo tiêu đề, hoặc thêm --force nếu tiêu đề ghi sai kỳ.\n',
    );
    const words = await titled('q2-words.xlsx', ['KẾT QUẢ GIẢI QUYẾT TTHC QUÝ II NĂM 2026', '']);
    const en = await cli(narrative, words, '--from', '15/6', '--to', '30/6', '--lang', 'en');
    expect(en.stderr).toBe(
      'Contradicting reporting period: --from 15/6 --to 30/6 (from 15/6 to 30/6/2026, 16 days) is not quarter II of 2026, the period of the sheet’s title. ' +
        'The sheet’s title: “KẾT QUẢ GIẢI QUYẾT TTHC QUÝ II NĂM 2026”. Nothing written: drop --from, --to to write the title’s period, or add --force if the title is wrong.\n',
    );
  });

  test('the quarter given alone keeps the title’s year and dates; the same period given again agrees', async () => {
    const file = await titled('q2-again.xlsx', Q2_TITLE);
    for (const flags of [
      ['--quarter', 'II'],
      ['--quarter', '2', '--year', '2026'],
      ['--from', '15/3/2026', '--to', '14/6/2026'],
    ]) {
      const result = await cli(narrative, file, ...flags);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(lines(result.stdout)[0]).toBe(REQUIRED_LINES[0]);
    }
  });

  test('a period that is no official one is named by its dates, in the heading, the annex caption and the .docx name', async () => {
    const file = await titled('monthly.xlsx', ['UBND XÃ AN PHÚ', 'Số liệu từ ngày 21/7 đến 20/8/2026', '']);
    const result = await cli(narrative, file, '--annex');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const out = lines(result.stdout);
    expect(out[0]).toBe('2. Kết quả tiếp nhận và trả kết quả giải quyết TTHC từ ngày 21/7 đến ngày 20/8/2026:');
    expect(out).toContain('Kết quả giải quyết thủ tục hành chính từ ngày 21/7 đến ngày 20/8/2026 của xã An Phú');
    expect(out.some((line) => line.startsWith('(Số liệu tính'))).toBe(false);
    const quarter = await cli(narrative, file, '--quarter', 'III');
    expect(quarter.code).toBe(2);
    expect(quarter.stderr).toContain(
      '--quarter III (quý III năm 2026) không khớp với ngày ghi ở tiêu đề trang tính: từ ngày 21/7 đến ngày 20/8/2026, 31 ngày.',
    );
    const here = process.cwd();
    const folder = tempDir('tthc-report-monthly-');
    process.chdir(folder);
    try {
      expect(await cli(report, file, '--no-annex')).toMatchObject({ code: 0, stdout: 'Đã ghi bao-cao-tthc-21-7-den-20-8-2026.docx\n' });
    } finally {
      process.chdir(here);
    }
  });

  test('report: refused like narrative, and no file is written', async () => {
    const file = await titled('q2-report.xlsx', Q2_TITLE);
    const out = path.join(dir, 'refused.docx');
    const refused = await cli(report, file, '--quarter', 'năm', '--out', out);
    expect(refused).toMatchObject({ code: 2, stdout: '' });
    expect(refused.stderr).toContain('--quarter năm là số cộng dồn cả năm, còn bảng là số liệu quý II năm 2026 theo tiêu đề trang tính.');
    expect(existsSync(out)).toBe(false);
    expect(await cli(report, file, '--quarter', 'năm', '--force', '--out', out)).toMatchObject({ code: 0, stdout: `Đã ghi ${out}\n` });
  });

  test('a date without a year takes the title’s; without one anywhere it is asked for', async () => {
    const file = await titled('q1-own.xlsx', ['KẾT QUẢ QUÝ I NĂM 2026', '(Từ ngày 01/12/2025 đến ngày 28/02/2026)', '']);
    const own = await cli(narrative, file, '--from', '1/12', '--to', '28/2');
    expect(own).toMatchObject({ code: 0, stderr: '' });
    expect(lines(own.stdout)[0]).toBe('2. Kết quả tiếp nhận và trả kết quả giải quyết TTHC quý I năm 2026 (thời điểm từ ngày 01/12/2025 đến ngày 28/02/2026):');
    const noYear = await cli(narrative, SAMPLE, '--to', '30/6');
    expect(noYear).toMatchObject({ code: 2, stdout: '' });
    expect(noYear.stderr).toBe('--to “30/6” thiếu năm, và tiêu đề trang tính cũng không ghi năm: viết ngày/tháng/năm, ví dụ 30/6/2026, hoặc thêm --year.\n');
  });

  test('a title that contradicts itself is refused until the clerk states the period with --force', async () => {
    const file = await titled('bad-title.xlsx', ['KẾT QUẢ QUÝ II NĂM 2026', '(Từ ngày 15/3 đến ngày 14/9/2026)', '']);
    const refused = await cli(narrative, file);
    expect(refused).toMatchObject({ code: 2, stdout: '' });
    expect(refused.stderr).toBe(
      'Kỳ báo cáo mâu thuẫn: tiêu đề trang tính ghi quý II năm 2026 nhưng ngày ghi kèm (từ ngày 15/3 đến ngày 14/9/2026, 184 ngày) không phải kỳ đó. ' +
        'Tiêu đề trang tính: “KẾT QUẢ QUÝ II NĂM 2026”, “(Từ ngày 15/3 đến ngày 14/9/2026)”. ' +
        'Không viết đoạn văn: sửa tiêu đề trang tính, hoặc ghi rõ kỳ bằng --quarter, --year, --from, --to kèm --force.\n',
    );
    const stated = await cli(narrative, file, '--quarter', 'II', '--from', '15/3', '--to', '14/6', '--force');
    expect(stated.code).toBe(0);
    expect(lines(stated.stdout)[0]).toBe(REQUIRED_LINES[0]);
    expect(stated.stderr).toMatch(
      /^Lưu ý: kỳ báo cáo mâu thuẫn: .* Đã viết theo --from, --to vì có --force: quý II năm 2026, từ ngày 15\/3 đến ngày 14\/6\/2026\.\n$/,
    );
  });

  test('without a title, a quarter and dates that name different periods are refused', async () => {
    const result = await cli(narrative, SAMPLE, '--quarter', 'II', '--from', '15/6/2026', '--to', '30/6/2026');
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe(
      'Kỳ báo cáo mâu thuẫn: --quarter II (quý II năm 2026) và --from 15/6/2026 --to 30/6/2026 (từ ngày 15/6 đến ngày 30/6/2026, 16 ngày) không cùng một kỳ. ' +
        'Không viết đoạn văn: sửa --quarter, --from, --to cho cùng một kỳ, hoặc thêm --force.\n',
    );
    const dates = await cli(narrative, SAMPLE, '--from', '15/6/2026', '--to', '30/6/2026');
    expect(lines(dates.stdout)[0]).toBe('2. Kết quả tiếp nhận và trả kết quả giải quyết TTHC từ ngày 15/6 đến ngày 30/6/2026:');
  });
});

describe('tthc-report report', () => {
  test('writes the whole report: header, title, section I.2 among the seed’s sections, signing block, annex', async () => {
    const out = path.join(dir, 'bao-cao.docx');
    const result = await cli(report, SAMPLE, ...Q2_FLAGS, '--signer', 'Vũ Văn Quảng', '--signer-title', 'KT. CHỦ TỊCH|PHÓ CHỦ TỊCH', '--out', out);
    expect(result).toMatchObject({ code: 0, stderr: '', stdout: `Đã ghi ${out}\n` });
    const { value } = await mammoth.extractRawText({ path: out });
    expectLinesInOrder(lines(value), [
      'ỦY BAN NHÂN DÂN',
      'XÃ AN PHÚ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'BÁO CÁO',
      'Kết quả hoạt động của Trung tâm Phục vụ hành chính công quý II, nhiệm vụ trọng tâm quý III năm 2026',
      '(Số liệu tính từ ngày 15/3 đến hết ngày 14/6/2026)',
      'I. KẾT QUẢ HOẠT ĐỘNG QUÝ II NĂM 2026',
      '1. Công tác lãnh đạo, chỉ đạo',
      ...REQUIRED_LINES,
      '4. Một số khó khăn, hạn chế',
      'II. NHIỆM VỤ TRỌNG TÂM QUÝ III NĂM 2026',
      'Trên đây là báo cáo kết quả hoạt động của Trung tâm Phục vụ hành chính công xã An Phú quý II, nhiệm vụ trọng tâm quý III năm 2026./.',
      'Nơi nhận:',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Vũ Văn Quảng',
      'Phụ lục',
      'KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH QUÝ II NĂM 2026 CỦA XÃ AN PHÚ',
      'Tổng cộng',
    ]);
  });

  test('without --out it writes the period-named file in the current folder', async () => {
    const here = process.cwd();
    const folder = tempDir('tthc-report-out-');
    process.chdir(folder);
    try {
      const result = await cli(report, SAMPLE, '--quarter', '6T', '--year', '2026', '--no-annex', '--section-only');
      expect(result).toMatchObject({ code: 0, stdout: 'Đã ghi bao-cao-tthc-6-thang-2026.docx\n' });
      const { value } = await mammoth.extractRawText({ path: path.join(folder, 'bao-cao-tthc-6-thang-2026.docx') });
      expect(lines(value)[0]).toBe(
        '2. Kết quả tiếp nhận và trả kết quả giải quyết TTHC 6 tháng đầu năm 2026 (thời điểm từ ngày 15/12/2025 đến ngày 14/6/2026):',
      );
      expect(value).not.toContain('PHỤ LỤC');
    } finally {
      process.chdir(here);
    }
  });

  test('an unwritable destination is exit 2', async () => {
    const result = await cli(report, SAMPLE, '--out', path.join(dir, 'no-such-folder', 'x.docx'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Không ghi được');
  });
});

describe('tthc-report report --previous-report', () => {
  const PREVIOUS = path.join(__dirname, '../fixtures/reports/bao-cao-quy-I-2026.docx');

  test('brings last quarter’s report up to date and prints what it did and what to review', async () => {
    const out = path.join(dir, 'bao-cao-quy-II-tu-quy-I.docx');
    const result = await cli(report, SAMPLE, ...Q2_FLAGS, '--previous-report', PREVIOUS, '--out', out);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(lines(result.stdout).slice(0, 5)).toEqual([
      `Đã ghi ${out} (cập nhật từ ${PREVIOUS}).`,
      'Kỳ báo cáo: đã đổi 12 chỗ sang quý II năm 2026 (trích yếu, ngày tháng, tiêu đề các phần, câu kết).',
      'Mục I.2: 7 đoạn cũ đã thay bằng 18 đoạn viết từ bảng.',
      'Đã sửa theo bảng (tô xanh) 3 số liệu:',
      'I.1  “2.836” → “3.575”: - Trong quý, Trung tâm đã tiếp nhận 2.836 hồ sơ; tiếp nhận trực tuyến: 2.742 hồ sơ,…',
    ]);
    expect(result.stdout).toContain('Cần xem lại (tô vàng) 8 chỗ — số liệu, ngày của kỳ trước:');
    expect(result.stdout).toContain('  I.3  thứ hạng “61/114”:');
    const { value } = await mammoth.extractRawText({ path: out });
    expect(value).toContain('Kết quả hoạt động của Trung tâm Phục vụ hành chính công quý II, nhiệm vụ trọng tâm quý III năm 2026');
  });

  test('a .doc is one line asking for .docx; a missing file is named: exit 2, nothing written', async () => {
    const doc = path.join(dir, 'bao-cao-cu.doc');
    writeFileSync(doc, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const out = path.join(dir, 'never.docx');
    const result = await cli(report, SAMPLE, ...Q2_FLAGS, '--previous-report', doc, '--out', out);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe(
      `${doc}: tệp Word 97-2003 (.doc). Hãy mở tệp trong Word, chọn Lưu thành (Save As) “Tài liệu Word (*.docx)”, rồi chạy lại với tệp .docx.\n`,
    );
    expect(existsSync(out)).toBe(false);
    const missing = await cli(report, SAMPLE, ...Q2_FLAGS, '--previous-report', path.join(dir, 'khong-co.docx'), '--out', out);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('khong-co.docx');
  });
});

describe('tthc-report check-text', () => {
  test("catches the seed's drifted online figure: exit 1", async () => {
    const result = await cli(checkText, SEED_TEXT, '--table', SAMPLE);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/KHÔNG KHỚP\s+Dòng \d+\s+Tiếp nhận trực tuyến: văn bản ghi 3\.575 hồ sơ, bảng ghi 3\.556 \(cột \(4\)\)\./);
    expect(result.stdout).toContain('20 số liệu khớp, 1 không khớp, 5 không đối chiếu được.');
  });

  test('--json lists every figure with its status', async () => {
    const result = await cli(checkText, SEED_TEXT, '--table', SAMPLE, '--json');
    const parsed = JSON.parse(result.stdout);
    expect(parsed.summary).toEqual({ consistent: 20, mismatch: 1, notCheckable: 5 });
    expect(parsed.items.find((i: { status: string }) => i.status === 'mismatch')).toMatchObject({
      subject: 'received.online',
      stated: 3575,
      expected: 3556,
    });
  });

  test('the narrative the product writes, as .txt and .docx, agrees: exit 0', async () => {
    const txt = path.join(dir, 'narrative.txt');
    writeFileSync(txt, (await cli(narrative, SAMPLE, ...Q2_FLAGS)).stdout);
    expect((await cli(checkText, txt, '--table', SAMPLE)).code).toBe(0);
    const docx = path.join(dir, 'narrative.docx');
    await cli(report, SAMPLE, ...Q2_FLAGS, '--out', docx);
    const fromDocx = await cli(checkText, docx, '--table', SAMPLE);
    expect(fromDocx.code).toBe(0);
    expect(fromDocx.stdout).toContain('29 số liệu khớp, 0 không khớp, 0 không đối chiếu được.');
  });

  test('a text with no checkable figure is exit 2, said on stderr: empty, unrelated, or only figures the annex lacks', async () => {
    const texts = {
      'empty.txt': '',
      'unrelated.txt': 'Biên bản họp chi bộ ngày 15/3/2026.\nCó 12 đảng viên dự họp.\n',
      'payment-only.txt': '- Thanh toán phí, lệ phí trực tuyến: đạt 100%.\n',
    };
    for (const [name, content] of Object.entries(texts)) {
      const file = path.join(dir, name);
      writeFileSync(file, content);
      const result = await cli(checkText, file, '--table', SAMPLE);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        `${file}: không có số liệu nào đối chiếu được với bảng — văn bản không nêu số hồ sơ hay tỷ lệ nào của mục I.2 (“Tổng số hồ sơ tiếp nhận…”, “Số hồ sơ đã giải quyết…”). Kiểm tra lại tệp văn bản.\n`,
      );
      expect(result.stdout).toContain('0 số liệu khớp, 0 không khớp');
      const json = await cli(checkText, file, '--table', SAMPLE, '--json', '--lang', 'en');
      expect(json.code).toBe(2);
      expect(JSON.parse(json.stdout).summary).toMatchObject({ consistent: 0, mismatch: 0 });
      expect(json.stderr).toContain('no figure could be checked against the table');
    }
  });

  test('.docx: a soft line break ends a line, and Word list items keep their level', async () => {
    const { Document, Packer, Paragraph, TextRun } = await import('docx');
    const item = (text: string, level: number) => new Paragraph({ children: [new TextRun(text)], numbering: { reference: 'b', level } });
    const doc = new Document({
      numbering: {
        config: [
          {
            reference: 'b',
            levels: [
              { level: 0, format: 'bullet', text: '-' },
              { level: 1, format: 'bullet', text: '+' },
            ],
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph('2. Kết quả tiếp nhận và trả kết quả giải quyết TTHC quý II năm 2026:'),
            new Paragraph({
              children: [
                new TextRun('- Ban hành danh mục TTHC mới ban hành, sửa đổi, bổ sung, thay thế.'),
                new TextRun({ text: '- Thực hiện 25 thủ tục dịch vụ công trực tuyến toàn trình.', break: 1 }),
                new TextRun({ text: '- Tổng số hồ sơ tiếp nhận là: 3.575 hồ sơ.', break: 1 }),
              ],
            }),
            item('Hồ sơ đang giải quyết: 57 hồ sơ (tỷ lệ 1,6%);', 0),
            item('Hồ sơ quá hạn: 0 hồ sơ (tỷ lệ 0%);', 1),
          ],
        },
      ],
    });
    const file = path.join(dir, 'soft-breaks.docx');
    writeFileSync(file, await Packer.toBuffer(doc));
    const result = await cli(checkText, file, '--table', SAMPLE);
    expect(result.stdout).toContain('KHỚP                   Dòng 4    Tổng số hồ sơ tiếp nhận: 3.575 hồ sơ, khớp với bảng (cột (3)).');
    expect(result.stdout).toContain('KHỚP                   Dòng 6    Đang giải quyết quá hạn: 0 hồ sơ, khớp với bảng (cột (15)).');
    expect(result.stdout).toContain(
      'KHÔNG ĐỐI CHIẾU ĐƯỢC   Dòng 3    25 thủ tục — không phải số hồ sơ, không đối chiếu được: “- Thực hiện 25 thủ tục dịch vụ công trực tuyến toàn trình”',
    );
    expect(result.stdout).toContain('NGÀY THÁNG             quý II năm 2026 — Dòng 1');
    expect(result.stdout).toContain('5 số liệu khớp, 0 không khớp, 1 không đối chiếu được.');
    expect(result.code).toBe(0);
  });

  test('UTF-16 text with a BOM is read', async () => {
    const file = path.join(dir, 'utf16.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(SEED_TEXT, 'utf8'), 'utf16le')]));
    expect((await cli(checkText, file, '--table', SAMPLE)).code).toBe(1);
  });

  test('unreadable input is exit 2', async () => {
    expect((await cli(checkText, path.join(dir, 'nope.txt'), '--table', SAMPLE)).code).toBe(2);
    expect((await cli(checkText, SEED_TEXT)).code).toBe(2);
    const doc = path.join(dir, 'old.doc');
    writeFileSync(doc, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]));
    const old = await cli(checkText, doc, '--table', SAMPLE);
    expect(old.code).toBe(2);
    expect(old.stderr).toContain('chỉ đọc được .txt hoặc .docx');
    const brokenDocx = path.join(dir, 'broken.docx');
    writeFileSync(brokenDocx, 'PK not really a zip');
    expect((await cli(checkText, brokenDocx, '--table', SAMPLE)).code).toBe(2);
  });
});
