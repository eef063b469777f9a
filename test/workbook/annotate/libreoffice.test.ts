// The annotated copy opened by LibreOffice Calc (what many clerks use): every original sheet shows
// exactly the same text as the original's (CSV of every sheet, cell by cell), and LibreOffice reads
// our fills and notes (its own re-save of the copy, read back with exceljs, has them where we put them).
// Needs LibreOffice Calc (Debian: libreoffice-calc-nogui; .ci/run installs it).
import { execFileSync } from 'child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { annotateWorkbook } from '../../../src/workbook/annotate';
import { tempDir } from '../../helpers/xlsx';
import { requestFor } from './helpers';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'workbooks');
const ALL_SHEETS_CSV = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

function soffice(dir: string, args: string[]): void {
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', ...args], { cwd: dir, stdio: 'pipe', timeout: 170_000 });
}

const csvOf = (dir: string, base: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name.startsWith(`${base}-`) && name.endsWith('.csv'))
      .map((name) => [name.slice(base.length + 1, -4), readFileSync(path.join(dir, name), 'utf8')]),
  );

describe('LibreOffice Calc opens the annotated copy', () => {
  const dir = tempDir('tthc-annotate-lo-');
  beforeAll(async () => {
    const original = new Uint8Array(readFileSync(path.join(FIXTURES, 'lo-everything.xlsx')));
    writeFileSync(path.join(dir, 'original.xlsx'), original);
    writeFileSync(path.join(dir, 'copy.xlsx'), annotateWorkbook(original, await requestFor(original)));
    soffice(dir, ['--convert-to', ALL_SHEETS_CSV, 'original.xlsx', 'copy.xlsx']);
    soffice(dir, ['--convert-to', 'pdf', 'copy.xlsx']);
    soffice(dir, ['--convert-to', 'xlsx', '--outdir', path.join(dir, 'resaved'), 'copy.xlsx']);
  }, 180_000);

  it('shows every original sheet exactly as the original, and the results sheet after them', () => {
    const before = csvOf(dir, 'original');
    const after = csvOf(dir, 'copy');
    expect(Object.keys(before).sort()).toEqual(['Dữ liệu', 'Mẫu quý I', 'Phụ lục', 'Tổng hợp']);
    for (const sheet of Object.keys(before)) expect(after[sheet]).toBe(before[sheet]);
    const results = after['Kết quả kiểm tra'].trim().split('\n');
    expect(results[0]).toBe('Mức độ,Ô,Dòng,Nội dung');
    expect(results[1]).toBe('Kết luận,,,"2 ô nhiều khả năng sai, 1 tỷ lệ sai; 1 cảnh báo."');
    expect(results.slice(2).map((line) => line.split(',').slice(0, 3).join(','))).toEqual([
      'Lỗi,D5,Hộ tịch',
      'Lỗi,M9,Đất đai',
      'Lỗi,M9,Đất đai',
      'Lỗi,D5,Tổng cộng',
      'Lỗi,M9,Tổng cộng',
      'Lỗi,H18,Tỷ lệ:',
      'Cảnh báo,C14,Chứng thực',
    ]);
  });

  it('renders it to PDF', () => {
    expect(existsSync(path.join(dir, 'copy.pdf'))).toBe(true);
    expect(readFileSync(path.join(dir, 'copy.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('reads our fills and notes: its own re-save has them on the marked cells', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, 'resaved', 'copy.xlsx'));
    const sheet = workbook.getWorksheet('Phụ lục')!;
    const fillOf = (address: string) => ((sheet.getCell(address).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb ?? '').toUpperCase();
    expect(['D5', 'M9', 'H18', 'C14', 'C5'].map(fillOf)).toEqual(['FFFFB3BA', 'FFFFB3BA', 'FFFFB3BA', 'FFFFE699', '']);
    const note = (address: string) => {
      const value = sheet.getCell(address).note as string | { texts?: Array<{ text: string }> } | undefined;
      return typeof value === 'string' ? value : (value?.texts ?? []).map((t) => t.text).join('');
    };
    expect(note('H18')).toContain('Tỷ lệ ở ô H18 ((8)/(3)) ghi 97,5%');
    expect(note('D5')).toMatch(/^Số liệu lấy từ Cổng dịch vụ công quốc gia\s+Báo cáo TTHC – kiểm tra:/);
    expect(note('C14')).toContain('Ô C14 ghi số dưới dạng chữ');
  });
});
