import { readSheet, SINGLE_READ_CELL_LIMIT, rowsPerChunk, includeValueTypes, toCellValue, parseMergedAreas } from '../../src/excel/read';
import { FULL_SUPPORT, MINIMUM_SUPPORT } from '../../src/excel/support';
import { STORE_SETTING_KEY } from '../../src/excel/store';
import { toA1 } from '../../src/core/address';
import { buildAnnexGrid, SEED_FIELDS, type FieldCounts } from '../helpers/annex';
import { MockSheet, MockWorkbook, sheetFromGrid } from './mockExcel';

const OPTIONS = { titleRows: ['PHỤ LỤC', 'Kết quả giải quyết TTHC quý II/2026'], totalFormulas: true };

/** Excel reports empty cells as "": the grid holds them as null. */
function asRead(values: unknown[][]): unknown[][] {
  return values.map((row) => row.map((v) => (v === '' ? null : v)));
}

function manyFields(count: number): FieldCounts[] {
  return Array.from({ length: count }, (_, i) => ({ ...SEED_FIELDS[i % SEED_FIELDS.length], name: `Lĩnh vực ${i + 1}` }));
}

describe('readSheet', () => {
  test('reads the seed annex with values, formulas, number formats and merges in 1 sync', async () => {
    const source = buildAnnexGrid(SEED_FIELDS, OPTIONS);
    const workbook = new MockWorkbook([sheetFromGrid(source)]);
    const context = workbook.context();
    const sync = jest.spyOn(context, 'sync');

    const { grid, cellCount } = await readSheet(context, { support: FULL_SUPPORT });

    expect(sync).toHaveBeenCalledTimes(1);
    expect(workbook.syncCount).toBe(1);
    expect(grid.sheetName).toBe('Phụ lục');
    expect(grid.origin).toEqual({ row: 0, col: 0 });
    expect(cellCount).toBe(source.values.length * 16);
    expect(grid.values).toEqual(asRead(source.values));
    expect(grid.values[6][1]).toBe('Hộ tịch');
    expect(grid.values[6][2]).toBe(1066);
    const totalsRow = source.values.findIndex((row) => row[0] === 'Tổng cộng');
    expect(grid.formulas![totalsRow][2]).toBe('=SUM(C7:C18)');
    expect(grid.formulas![6][2]).toBeNull();
    expect(grid.numberFormats![6][2]).toBe('#,##0');
    expect(grid.numberFormats![totalsRow + 1][2]).toBe('0.0%');
    expect(grid.merges).toEqual(expect.arrayContaining(source.merges!));
    expect(grid.merges).toHaveLength(source.merges!.length);
    expect(workbook.valueWrites).toEqual([]);
  });

  test('a table placed away from A1 gets its origin from the used range', async () => {
    const sheet = new MockSheet('Sheet 2');
    sheet.cell('D5').value = 'STT';
    sheet.cell('E7').value = 12;
    const workbook = new MockWorkbook([sheet]);
    const { grid } = await readSheet(workbook.context(), { support: FULL_SUPPORT });
    expect(grid.origin).toEqual({ row: 4, col: 3 });
    expect(grid.values).toEqual([
      ['STT', null],
      [null, null],
      [null, 12],
    ]);
  });

  test('2,000 field rows still take 1 sync', async () => {
    const source = buildAnnexGrid(manyFields(2000), OPTIONS);
    const workbook = new MockWorkbook([sheetFromGrid(source)]);
    const context = workbook.context();
    const sync = jest.spyOn(context, 'sync');
    const { grid } = await readSheet(context, { support: FULL_SUPPORT });
    expect(sync).toHaveBeenCalledTimes(1);
    expect(grid.values).toHaveLength(source.values.length);
    expect(grid.values[2005][1]).toBe('Lĩnh vực 2000');
  });

  test('a used range reaching outside A1:AX3000 takes 2 syncs up to 200,000 cells, merges and all', async () => {
    const source = buildAnnexGrid(manyFields(12_000), { ...OPTIONS, leftColumns: 2 });
    const workbook = new MockWorkbook([sheetFromGrid(source)]);
    const context = workbook.context();
    const sync = jest.spyOn(context, 'sync');
    const { grid, cellCount } = await readSheet(context, { support: FULL_SUPPORT });
    expect(cellCount).toBe(source.values.length * 16);
    expect(cellCount).toBeLessThanOrEqual(SINGLE_READ_CELL_LIMIT);
    expect(sync).toHaveBeenCalledTimes(2);
    expect(grid.origin).toEqual({ row: 0, col: 2 });
    expect(grid.values).toEqual(asRead(source.values.map((row) => row.slice(2))));
    expect(grid.merges).toHaveLength(source.merges!.length);
  });

  test('error values become CellError, text numbers stay text, empty cells are null', async () => {
    const sheet = new MockSheet('S');
    Object.assign(sheet.cell('A1'), { value: '#REF!', valueType: 'Error', formula: '=#REF!+1' });
    sheet.cell('B1').value = '1.066';
    sheet.cell('C1').value = 'TRUE';
    sheet.cell('D1').value = true;
    sheet.cell('B2').value = 5;
    const { grid } = await readSheet(new MockWorkbook([sheet]).context(), { support: FULL_SUPPORT });
    expect(grid.values).toEqual([
      [{ error: '#REF!' }, '1.066', 'TRUE', true],
      [null, 5, null, null],
    ]);
    expect(grid.formulas![0]).toEqual(['=#REF!+1', null, null, null]);
  });

  test('without value types (huge sheets) error literals are still recognised', () => {
    expect(toCellValue('#DIV/0!')).toEqual({ error: '#DIV/0!' });
    expect(toCellValue('#DIV/0!', 'String')).toBe('#DIV/0!');
    expect(toCellValue('', 'Empty')).toBeNull();
    expect(toCellValue(0, 'Double')).toBe(0);
  });

  test('an empty sheet gives an empty grid after one sync', async () => {
    const workbook = new MockWorkbook([new MockSheet('Trống')]);
    const context = workbook.context();
    const sync = jest.spyOn(context, 'sync');
    const read = await readSheet(context, { support: FULL_SUPPORT });
    expect(sync).toHaveBeenCalledTimes(1);
    expect(read.grid).toEqual({ sheetName: 'Trống', origin: { row: 0, col: 0 }, values: [], formulas: [], numberFormats: [] });
    expect(read.cellCount).toBe(0);
  });

  test('reads the sheet the clerk picks, not the active one', async () => {
    const other = new MockSheet('Quý I');
    other.cell('A1').value = 'x';
    const workbook = new MockWorkbook([new MockSheet('Trống'), other]);
    const { grid } = await readSheet(workbook.context(), { support: FULL_SUPPORT, sheetName: 'Quý I' });
    expect(grid.sheetName).toBe('Quý I');
    expect(grid.values).toEqual([['x']]);
  });

  test('the highlight record rides along in the first sync', async () => {
    const sheet = new MockSheet('S');
    sheet.cell('A1').value = 1;
    const workbook = new MockWorkbook([sheet]);
    const record = { version: 1, sheets: { S: { A1: { fill: { noFill: true }, ours: '#FFB3BA' } } } };
    workbook.settings.set(STORE_SETTING_KEY, JSON.stringify(record));
    const read = await readSheet(workbook.context(), { support: FULL_SUPPORT });
    expect(read.store).toEqual(record);
    workbook.settings.set(STORE_SETTING_KEY, '{not json');
    expect((await readSheet(workbook.context(), { support: FULL_SUPPORT })).store).toEqual({ version: 1, sheets: {} });
  });

  test('without ExcelApi 1.13 merged areas are not asked for', async () => {
    const source = buildAnnexGrid(SEED_FIELDS, OPTIONS);
    const { grid } = await readSheet(new MockWorkbook([sheetFromGrid(source)]).context(), { support: MINIMUM_SUPPORT });
    expect(grid.merges).toBeUndefined();
    expect(grid.values).toEqual(asRead(source.values));
  });

  test('beyond 200,000 cells the sheet is read in row chunks under the payload budget, with progress', async () => {
    const sheet = new MockSheet('Lớn');
    const rows = 700;
    const cols = 400;
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c += 57) sheet.cell(toA1(r, c)).value = r * 1000 + c;
    sheet.cell(toA1(0, cols - 1)).value = 'end';
    expect(rows * cols).toBeGreaterThan(SINGLE_READ_CELL_LIMIT);
    const workbook = new MockWorkbook([sheet]);
    const progress: Array<[number, number]> = [];
    const { grid } = await readSheet(workbook.context(), { support: FULL_SUPPORT, onProgress: (a, b) => progress.push([a, b]) });
    expect(rowsPerChunk(cols)).toBe(562); // 4,500,000 bytes / (400 columns × 20 bytes)
    expect(workbook.syncCount).toBe(3); // size, then 2 chunks
    expect(progress).toEqual([
      [562, 700],
      [700, 700],
    ]);
    expect(grid.values).toHaveLength(rows);
    expect(grid.values[rows - 1][57]).toBe((rows - 1) * 1000 + 57);
    expect(grid.values[0][cols - 1]).toBe('end');
    expect(grid.values[5][1]).toBeNull();
  });

  test('when Excel still refuses the payload the chunk is halved until it fits', async () => {
    const sheet = new MockSheet('Chật');
    for (let r = 1; r <= 3000; r++) {
      sheet.cell(`A${r}`).value = r;
      sheet.cell(`T${r}`).value = -r;
    }
    const workbook = new MockWorkbook([sheet]);
    workbook.payloadCellLimit = 15_000; // 750 rows of 20 columns
    const { grid } = await readSheet(workbook.context(), { support: FULL_SUPPORT });
    expect(grid.values).toHaveLength(3000);
    expect(grid.values[2999][0]).toBe(3000);
    expect(grid.values[2999][19]).toBe(-3000);
    expect(workbook.valueWrites).toEqual([]);
  });

  test('value types are loaded only while they fit the budget', () => {
    expect(includeValueTypes(100_000)).toBe(true);
    expect(includeValueTypes(200_000)).toBe(false);
  });

  test('merged area lists split at commas outside quoted sheet names', () => {
    expect(parseMergedAreas("'Quý II, 2026'!A1:A3, 'Quý II, 2026'!C1:F1")).toEqual([
      { top: 0, left: 0, bottom: 2, right: 0 },
      { top: 0, left: 2, bottom: 0, right: 5 },
    ]);
    expect(parseMergedAreas('')).toEqual([]);
  });
});
