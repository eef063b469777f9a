// The periods on the command line: validate --previous / --periods, cumulate, narrative and
// report --previous — exact lines, exit codes, the JSON against its schema, files written and read back.
import * as path from 'path';
import Ajv from 'ajv';
import mammoth from 'mammoth';
import { writeFileSync } from 'fs';
import schema from '../../schemas/validate-output.schema.json';
import { readWorkbook } from '../../src/workbook';
import { validateWorkbook } from '../../src/core/validate';
import { runCli } from '../helpers/cli';
import { tempDir, writeWorkbook } from '../helpers/xlsx';
import { FIELDS as VARIANT_FIELDS, form06a, type Leaves } from '../helpers/variants';
import { readFileSync } from 'fs';
import { writePeriodFiles } from './periods-files';

const validateSchema = new Ajv({ allErrors: true }).compile(schema);
let dir: string;
let files: Awaited<ReturnType<typeof writePeriodFiles>>;

beforeAll(async () => {
  dir = tempDir('tthc-periods-');
  files = await writePeriodFiles(dir);
});

const name = (file: string) => path.basename(file);

async function grids(file: string) {
  return (await readWorkbook(new Uint8Array(readFileSync(file)))).sheets;
}

describe('validate --previous', () => {
  test('a carry-over one off: both cells named, with the files; the previous table reported apart; exit 1', async () => {
    const result = await runCli(['validate', files.q2, '--previous', files.q1Broken]);
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines).toContain(`Kỳ trước: quý I năm 2026 (từ ngày 15/12/2025 đến ngày 14/3/2026)`);
    expect(lines).toContain(`Đối chiếu số chuyển kỳ: “${files.q1Broken} › Quý I” → “${files.q2} › Quý II”`);
    expect(lines).toContain(`  LỖI       F8     Hộ tịch: kỳ trước còn 4 hồ sơ đang giải quyết (${files.q1Broken} › Quý I!M8), kỳ này ghi từ kỳ trước 5 (F8).`);
    expect(lines).toContain(
      `  LỖI       F20    Tổng cộng: kỳ trước còn 18 hồ sơ đang giải quyết (${files.q1Broken} › Quý I!M20), kỳ này ghi từ kỳ trước 19 (F20).`,
    );
    expect(lines).toContain('  Số chuyển kỳ: 2 chỗ không khớp.');
    // Both tables are consistent on their own.
    expect(lines.filter((line) => line === '  Bảng hợp lệ: mọi phép cộng và tỷ lệ đều khớp.')).toHaveLength(2);
  });

  test('links that hold: exit 0', async () => {
    const result = await runCli(['validate', files.q2, '--previous', files.q1, '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  The carry-over holds: “carried over” equals what was pending at the end of the previous period (13 rows compared).');
  });

  test('the same quarter last year: a warning, the carry-over not checked, exit 0', async () => {
    const result = await runCli(['validate', files.q2, '--previous', files.q2LastYear]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '  CẢNH BÁO  —      Bảng kỳ trước là quý II năm 2025 (từ ngày 15/3 đến ngày 14/6/2025), không liền ngay trước kỳ này, quý II năm 2026 (từ ngày 15/3 đến ngày 14/6/2026): không đối chiếu số chuyển kỳ, chỉ so sánh số liệu.',
    );
    expect(result.stdout).toContain('  Chưa đối chiếu số chuyển kỳ.');
  });

  test('FILE:SHEET picks the previous sheet of a workbook', async () => {
    const result = await runCli(['validate', `${files.book}:Quý II`, '--previous', `${files.book}:Quý I`]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('  LỖI       F8     Hộ tịch: kỳ trước còn 4 hồ sơ đang giải quyết (Quý I!M8), kỳ này ghi từ kỳ trước 5 (F8).');
  });

  test('--json: the previous section matches the schema, with the previous table’s own report', async () => {
    const result = await runCli(['validate', files.q2, '--previous', files.q1Broken, '--json']);
    const json = JSON.parse(result.stdout);
    expect(validateSchema(json)).toBe(true);
    expect(validateSchema.errors ?? null).toBeNull();
    const previous = json[0].previous;
    expect(previous).toMatchObject({
      file: files.q1Broken,
      sheet: 'Quý I',
      period: { kind: 'Q1', year: 2026, from: '15/12/2025', to: '14/03/2026', source: 'title' },
      currentPeriod: { kind: 'Q2', year: 2026, from: '15/03/2026', to: '14/06/2026', source: 'title' },
      adjacency: 'adjacent',
      checked: true,
      compared: 13,
      agreed: 11,
    });
    expect(previous.findings[0]).toEqual({
      rule: 'carry-over',
      severity: 'error',
      field: 'Hộ tịch',
      cells: ['F8'],
      previousCells: [`${files.q1Broken} › Quý I!M8`],
      expected: 4,
      actual: 5,
      message: `Hộ tịch: kỳ trước còn 4 hồ sơ đang giải quyết (${files.q1Broken} › Quý I!M8), kỳ này ghi từ kỳ trước 5 (F8).`,
    });
    expect(previous.report.summary.verdict).toBe('valid');
    expect(json[0].summary.verdict).toBe('valid');
  });

  test('bad input: one clear line, exit 2', async () => {
    expect(await runCli(['validate', files.q2, files.q1, '--previous', files.q1])).toMatchObject({
      code: 2,
      stderr: '--previous chỉ dùng với một tệp kỳ này.\n',
    });
    const missing = path.join(dir, 'khong-co.xlsx');
    expect(await runCli(['validate', files.q2, '--previous', missing])).toMatchObject({ code: 2, stderr: `${missing}: không tìm thấy tệp.\n` });
    const map = path.join(dir, 'map.json');
    writeFileSync(map, '["Hộ tịch"]');
    expect((await runCli(['validate', files.q2, '--previous', files.q1, '--field-map', map])).stderr).toBe(
      `${map}: không đọc được bảng tên lĩnh vực (JSON). Cần JSON dạng {"tên ở một bảng": "lĩnh vực"}.\n`,
    );
  });

  test('--field-map makes two names one field', async () => {
    const renamed = path.join(dir, 'quy-1-ten-khac.xlsx');
    const [sheet] = await grids(files.q1);
    const values = sheet.values.map((row) => row.map((v) => (v === 'Chứng thực' ? 'Chứng thực bản sao' : v)));
    await writeWorkbook(renamed, [{ ...sheet, values }]);
    const without = await runCli(['validate', files.q2, '--previous', renamed]);
    expect(without.stdout).toContain('  LỖI       —      Chứng thực bản sao: kỳ trước còn 1 hồ sơ đang giải quyết');
    const map = path.join(dir, 'ten-linh-vuc.json');
    writeFileSync(map, JSON.stringify({ 'Chứng thực bản sao': 'Chứng thực' }));
    const withMap = await runCli(['validate', files.q2, '--previous', renamed, '--field-map', map]);
    expect(withMap.code).toBe(0);
    expect(withMap.stdout).toContain('  Tên lĩnh vực viết khác giữa hai kỳ, coi là một: “Chứng thực bản sao” → “Chứng thực”.');
  });
});

describe('validate --periods', () => {
  test('the sheets in period order, the carry-over between them; exit 1', async () => {
    const result = await runCli(['validate', '--periods', files.book]);
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(
      `${files.book}: 2 kỳ theo thứ tự kỳ: Quý I — quý I năm 2026 (từ ngày 15/12/2025 đến ngày 14/3/2026); Quý II — quý II năm 2026 (từ ngày 15/3 đến ngày 14/6/2026).`,
    );
    expect(lines.indexOf(`${files.book} — trang “Quý I”, bảng A4:P21`)).toBeLessThan(lines.indexOf(`${files.book} — trang “Quý II”, bảng A4:P21`));
    expect(lines).toContain('  LỖI       F8     Hộ tịch: kỳ trước còn 4 hồ sơ đang giải quyết (Quý I!M8), kỳ này ghi từ kỳ trước 5 (F8).');
  });

  test('--json: one entry a sheet, each after the first with its previous section', async () => {
    const json = JSON.parse((await runCli(['validate', '--periods', files.book, '--json'])).stdout);
    expect(validateSchema(json)).toBe(true);
    expect(json.map((entry: { sheet: string }) => entry.sheet)).toEqual(['Quý I', 'Quý II']);
    expect(json[0].previous).toBeUndefined();
    expect(json[1].previous).toMatchObject({ sheet: 'Quý I', checked: true, agreed: 11 });
    expect(json[1].previous.report).toBeUndefined();
  });

  test('--periods takes the whole book alone', async () => {
    expect(await runCli(['validate', files.q2, '--periods', files.book])).toMatchObject({ code: 2 });
    expect((await runCli(['validate', '--periods', files.q2])).stderr).toBe(
      `${files.q2}: chỉ có một trang tính có bảng phụ lục — không có hai kỳ để đối chiếu.\n`,
    );
  });
});

describe('cumulate', () => {
  test('Q1 + Q2 → 6 tháng: written, validated clean, and narrative names the period with its dates', async () => {
    const out = path.join(dir, '6-thang.xlsx');
    const result = await runCli(['cumulate', files.q2, files.q1, '--out', out]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.split('\n')).toEqual([
      `Cộng dồn: ${files.q1} › Quý I — quý I năm 2026 (từ ngày 15/12/2025 đến ngày 14/3/2026); ${files.q2} › Quý II — quý II năm 2026 (từ ngày 15/3 đến ngày 14/6/2026)`,
      `Đối chiếu số chuyển kỳ: “${files.q1} › Quý I” → “${files.q2} › Quý II”`,
      '  Số chuyển kỳ khớp: cột “Từ kỳ trước” bằng số hồ sơ đang giải quyết cuối kỳ trước (13 dòng đối chiếu).',
      `Đã ghi ${out}: trang “6 tháng 2026”, 6 tháng đầu năm 2026 (từ ngày 15/12/2025 đến ngày 14/6/2026).`,
      'Bảng cộng dồn đã được kiểm tra: hợp lệ.',
      '',
    ]);
    const sheets = await grids(out);
    expect(sheets.map((s) => s.sheetName)).toEqual(['6 tháng 2026', 'Nguồn cộng dồn']);
    const outcome = validateWorkbook(sheets, '6 tháng 2026');
    expect(outcome.ok && outcome.report.summary.verdict).toBe('valid');
    const narrative = await runCli(['narrative', out]);
    expect(narrative.stdout).toContain(
      '2. Kết quả tiếp nhận và trả kết quả giải quyết TTHC 6 tháng đầu năm 2026 (thời điểm từ ngày 15/12/2025 đến ngày 14/6/2026):',
    );
    // Q1 received 3.163 (10 carried from quý IV), Q2 3.556 new: 6.719 in all, 10 carried over, 57 pending at the end.
    expect(narrative.stdout).toContain('- Tổng số hồ sơ tiếp nhận là: 6.719 hồ sơ. Trong đó:');
    expect(narrative.stdout).toContain('+ Tiếp nhận trong kỳ: 6.709 hồ sơ; kỳ trước chuyển sang: 10 hồ sơ.');
    expect(narrative.stdout).toContain('- Hồ sơ đang giải quyết: 57 hồ sơ (tỷ lệ 0,8%);');
  });

  test('a book of quarters with its 6-month sheet: that sheet is checked, but is no link of the chain', async () => {
    const out = path.join(dir, '6-thang-so.xlsx');
    await runCli(['cumulate', files.q1, files.q2, '--out', out]);
    const book = path.join(dir, 'so-ca-6-thang.xlsx');
    await writeWorkbook(book, [...(await grids(files.q1)), ...(await grids(files.q2)), (await grids(out))[0]]);
    const result = await runCli(['validate', '--periods', book]);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').slice(0, 2)).toEqual([
      `${book}: 2 kỳ theo thứ tự kỳ: Quý I — quý I năm 2026 (từ ngày 15/12/2025 đến ngày 14/3/2026); Quý II — quý II năm 2026 (từ ngày 15/3 đến ngày 14/6/2026).`,
      '  Trang cộng dồn (không tính vào chuỗi các quý): “6 tháng 2026”.',
    ]);
    expect(result.stdout).toContain(`${book} — trang “6 tháng 2026”, bảng A5:P22`);
    const json = JSON.parse((await runCli(['validate', '--periods', book, '--json'])).stdout);
    expect(validateSchema(json)).toBe(true);
    expect(json.map((e: { sheet: string }) => e.sheet)).toEqual(['Quý I', 'Quý II', '6 tháng 2026']);
  });

  test('one book of quarters gives the same', async () => {
    const book = path.join(dir, 'so-dung.xlsx');
    await writeWorkbook(book, [...(await grids(files.q1)), ...(await grids(files.q2)).map((g) => ({ ...g, sheetName: 'Quý II' }))]);
    const out = path.join(dir, 'tu-so.xlsx');
    expect(await runCli(['cumulate', book, '--out', out])).toMatchObject({ code: 0 });
  });

  test('a broken link: refused (exit 2); with --force written (exit 1), the gap stated under the table', async () => {
    const out = path.join(dir, 'lech.xlsx');
    const refused = await runCli(['cumulate', files.q1Broken, files.q2, '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      '2 chỗ số chuyển kỳ không khớp giữa các kỳ (xem trên). Sửa bảng, hoặc thêm --force để vẫn lập bảng, ghi rõ chỗ lệch (3)=(7)+(13).\n',
    );
    const forced = await runCli(['cumulate', files.q1Broken, files.q2, '--out', out, '--force']);
    expect(forced.code).toBe(1);
    const notes = [
      'Lưu ý: số chuyển kỳ giữa “Quý I” và “Quý II” không khớp; bảng cộng dồn vẫn được lập theo yêu cầu.',
      `- Hộ tịch: kỳ trước còn 4 hồ sơ đang giải quyết (${files.q1Broken} › Quý I!M8), kỳ này ghi từ kỳ trước 5 (${files.q2} › Quý II!F8).`,
      `- Tổng cộng: kỳ trước còn 18 hồ sơ đang giải quyết (${files.q1Broken} › Quý I!M20), kỳ này ghi từ kỳ trước 19 (${files.q2} › Quý II!F20).`,
      'Vì vậy (3)=(7)+(13) không khớp ở: Hộ tịch: (3) ít hơn (7)+(13) 1 hồ sơ; Tổng cộng: (3) ít hơn (7)+(13) 1 hồ sơ.',
    ];
    expect(forced.stderr).toBe([...notes, 'Đã lập theo --force: chỗ lệch được ghi dưới bảng.', ''].join('\n'));
    const [annex] = await grids(out);
    const texts = annex.values.map((row) => row[0]).filter((v): v is string => typeof v === 'string');
    expect(texts.slice(-4)).toEqual(notes);
    const check = await runCli(['validate', out]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('Dòng “Hộ tịch”: số tiếp nhận phải bằng đã giải quyết cộng đang giải quyết (3)=(7)+(13)');
  });

  test('periods that do not follow each other, a wrong label, bad options', async () => {
    const out = path.join(dir, 'x.xlsx');
    const gap = await runCli(['cumulate', files.q2LastYear, files.q2, '--out', out]);
    expect(gap).toMatchObject({ code: 2 });
    expect(gap.stderr).toContain('không phải hai kỳ liền nhau');
    expect((await runCli(['cumulate', files.q1, files.q2, '--out', out, '--label', '9T'])).stderr).toBe('--label 9 tháng nhưng các bảng là 6 tháng đầu năm.\n');
    expect((await runCli(['cumulate', files.q1, files.q2, '--out', out, '--label', 'quý'])).code).toBe(2);
    expect((await runCli(['cumulate', files.q1, files.q2])).stderr).toContain('Thiếu --out TỆP.xlsx.');
    expect((await runCli(['cumulate', files.q1, files.q2, '--out', files.q1])).stderr).toBe('Tệp --out trùng với một tệp đầu vào: chọn tên khác.\n');
  });

  test('13-column Biểu 06a quarters give a 13-column cumulative that validates clean', async () => {
    const zero: Leaves = { online: 0, direct: 0, carried: 0, early: 0, onTime: 0, late: 0, rejected: 0, withdrawn: 0, inTime: 0, overdue: 0, supplement: 0 };
    const before = VARIANT_FIELDS.map((f) => ({ name: f.name, leaves: { ...zero, online: 30 + f.leaves.carried, early: 30, inTime: f.leaves.carried } }));
    const q1 = path.join(dir, '06a-q1.xlsx');
    const q2 = path.join(dir, '06a-q2.xlsx');
    await writeWorkbook(q1, [form06a({ fields: before, sheetName: 'Quý I', titles: ['Kỳ báo cáo: Quý I năm 2026'] }).grid]);
    await writeWorkbook(q2, [form06a({ sheetName: 'Quý II', titles: ['Kỳ báo cáo: Quý II năm 2026'] }).grid]);
    const out = path.join(dir, '06a-6t.xlsx');
    expect(await runCli(['cumulate', q1, q2, '--out', out])).toMatchObject({ code: 0 });
    const [annex] = await grids(out);
    const outcome = validateWorkbook([annex]);
    expect(outcome.ok && outcome.report.table.columns.length).toBe(13);
    expect(outcome.ok && outcome.report.summary.verdict).toBe('valid');
  });
});

describe('narrative and report --previous', () => {
  test('the comparison sentences, and on stderr what it was compared with', async () => {
    const result = await runCli(['narrative', files.q2, '--previous', files.q1]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('- Tổng số hồ sơ tiếp nhận là: 3.575 hồ sơ (tăng 412 hồ sơ, 13,0% so với quý I năm 2026). Trong đó:');
    expect(result.stderr).toBe(`So sánh với: ${files.q1} › Quý I — quý I năm 2026 (từ ngày 15/12/2025 đến ngày 14/3/2026).\n`);
  });

  test('same period last year: named from that table’s title', async () => {
    const result = await runCli(['narrative', files.q2, '--previous', files.q2LastYear]);
    expect(result.stdout).toContain('- Tổng số hồ sơ tiếp nhận là: 3.575 hồ sơ (bằng quý II năm 2025). Trong đó:');
  });

  test('a broken carry-over is said while the narrative is written', async () => {
    const result = await runCli(['narrative', files.q2, '--previous', files.q1Broken]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Lưu ý: 2 chỗ số chuyển kỳ không khớp với kỳ trước — xem tthc-report validate … --previous.');
  });

  test('report --previous writes the comparison into the .docx', async () => {
    const out = path.join(dir, 'bao-cao.docx');
    expect(await runCli(['report', files.q2, '--previous', files.q1, '--out', out])).toMatchObject({ code: 0 });
    const { value } = await mammoth.extractRawText({ path: out });
    expect(value).toContain('3.518 hồ sơ (tỷ lệ 98,4%; tăng 374 hồ sơ, 11,9% so với quý I năm 2026)');
    expect(name(out)).toBe('bao-cao.docx');
  });
});
