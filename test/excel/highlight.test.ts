import type { Grid } from '../../src/core/types';
import { validateGrid } from '../../src/core/validate';
import { readSheet } from '../../src/excel/read';
import { applyHighlights, clearHighlights, HIGHLIGHT_COLOURS, toSavedFill, type HighlightResult, type HighlightTarget } from '../../src/excel/highlight';
import { planMarks } from '../../src/core/marks';
import { OUTLINE_COLOUR } from '../../src/excel/outline';
import { selectCell, listSheets } from '../../src/excel/navigate';
import { FULL_SUPPORT, MINIMUM_SUPPORT, type ApiSupport } from '../../src/excel/support';
import { STORE_SETTING_KEY, parseStore } from '../../src/excel/store';
import { noteText } from '../../src/i18n/pane';
import { textHash } from '../../src/excel/annotations';
import { buildAnnexGrid, SEED_FIELDS, setCell, type FieldCounts } from '../helpers/annex';
import { edgesOf, fillOf, MockSheet, MockWorkbook, NO_FILL, sheetFromGrid } from './mockExcel';
import { markLines, outcomeProblemText } from '../../src/i18n/findings';

const RED = HIGHLIGHT_COLOURS.error;
const AMBER = HIGHLIGHT_COLOURS.warning;
const OPTIONS = { titleRows: ['PHỤ LỤC'] };

/** The seed annex with two planted errors, the totals as typed from the platform: Hộ tịch (3) 1066 → 1067, Đất đai (10) blank → 31. */
function plantedGrid(): Grid {
  const grid = buildAnnexGrid(SEED_FIELDS, OPTIONS);
  setCell(grid, 'C6', 1067);
  setCell(grid, 'J10', 31);
  return grid;
}

/** Two mistakes in one row of a table without totals: no culprit, D5, E5 and F5 outlined. */
function undecidedGrid(): Grid {
  const grid = buildAnnexGrid(SEED_FIELDS, { totals: false, rates: false });
  setCell(grid, 'D5', 1062);
  setCell(grid, 'F5', 6);
  return grid;
}

function target(address: string, severity: HighlightTarget['severity'] = 'error', style: HighlightTarget['style'] = 'fill'): HighlightTarget {
  return { address, severity, style, note: noteText([{ vi: `lỗi ${address}`, en: `error ${address}` }], 'en') };
}

/** Validate the mock sheet the way the pane does: read (store rides along), core, highlight. */
async function validateAndHighlight(
  workbook: MockWorkbook,
  support: ApiSupport = FULL_SUPPORT,
): Promise<{ result: HighlightResult; readSyncs: number; writeSyncs: number }> {
  const context = workbook.context();
  const sync = jest.spyOn(context, 'sync');
  const read = await readSheet(context, { support });
  const readSyncs = sync.mock.calls.length;
  const outcome = validateGrid(read.grid);
  if (!outcome.ok) throw new Error(outcomeProblemText(outcome).en);
  const targets = planMarks(outcome.report).map((mark) => ({ ...mark, note: noteText(markLines(outcome.report, mark), 'vi') }));
  const writeContext = workbook.context();
  const writeSync = jest.spyOn(writeContext, 'sync');
  const result = await applyHighlights(writeContext, { sheetName: read.grid.sheetName, targets, store: read.store, commentIds: read.commentIds, support });
  return { result, readSyncs, writeSyncs: writeSync.mock.calls.length };
}

function fills(sheet: MockSheet, addresses: string[]): Record<string, string> {
  return Object.fromEntries(addresses.map((a) => [a, fillOf(sheet, a).noFill ? 'none' : fillOf(sheet, a).color]));
}

function snapshotValues(sheet: MockSheet): string {
  return JSON.stringify([...sheet.cells].map(([a, c]) => [a, c.value, c.formula, c.numberFormat]));
}

describe('toSavedFill', () => {
  test('No Fill (reads back as #FFFFFF without a tint) is told apart from white', () => {
    expect(toSavedFill({ color: '#FFFFFF', pattern: 'None', tintAndShade: null })).toEqual({ noFill: true });
    expect(toSavedFill({ color: '#FFFFFF', tintAndShade: null })).toEqual({ noFill: true });
    expect(toSavedFill({ color: '#FFFFFF', pattern: 'Solid', tintAndShade: 0 })).toEqual({ noFill: false, color: '#FFFFFF' });
    // The colour read is the colour shown (tint applied): the tint is not restored on top of it.
    expect(toSavedFill({ color: '#ffff99', pattern: 'Solid', tintAndShade: 0.4 })).toEqual({ noFill: false, color: '#FFFF99' });
    expect(toSavedFill({ color: '#C00000', pattern: 'Gray50', patternColor: '#000000', tintAndShade: 0 })).toEqual({
      noFill: false,
      color: '#C00000',
      pattern: 'Gray50',
      patternColor: '#000000',
    });
  });
});

describe('applyHighlights on the sample with planted errors', () => {
  test('colours exactly the culprit cells, writes each card as a note, in 1 read and 2 write syncs', async () => {
    const workbook = new MockWorkbook([sheetFromGrid(plantedGrid())]);
    const sheet = workbook.sheet('Phụ lục');
    const before = snapshotValues(sheet);

    const { result, readSyncs, writeSyncs } = await validateAndHighlight(workbook);

    expect(readSyncs).toBe(1);
    expect(writeSyncs).toBe(2);
    expect(result).toMatchObject({ highlighted: 2, restored: 0, notesWritten: 2, notesSkipped: 0 });
    const coloured = [...sheet.cells].filter(([, c]) => !c.fill.noFill).map(([a, c]) => [a, c.fill.color]);
    expect(coloured).toEqual([
      ['C6', RED],
      ['J10', RED],
    ]);
    expect(sheet.peek('C6')!.note).toBe(
      'Báo cáo TTHC – kiểm tra:\n' +
        '• Ô C6 nhiều khả năng sai: đang ghi 1.067, đúng ra 1.066 — 3 phép kiểm tra không khớp.\n' +
        '• Dòng “Hộ tịch”: (3)=(4)+(5)+(6) không khớp — ô C6 ghi 1.067, tổng các cột thành phần là 1.066 (lệch 1).\n' +
        '• Dòng “Hộ tịch”: số tiếp nhận phải bằng đã giải quyết cộng đang giải quyết (3)=(7)+(13) — ô C6 ghi 1.067, đã + đang giải quyết là 1.066 (lệch 1).\n' +
        '• Dòng “Tổng cộng”, cột (3): ô C18 ghi 3.575, tổng các dòng lĩnh vực là 3.576 (lệch -1).',
    );
    expect(sheet.peek('J10')!.note).toMatch(/^Báo cáo TTHC – kiểm tra:\n• Ô J10 nhiều khả năng sai: đang ghi 31, đúng ra 0/);
    expect(workbook.rangeAreaRequests).toEqual(['C6,J10']);
    expect(edgesOf(sheet, 'C6')).toEqual(['None', 'None', 'None', 'None']);
    expect(workbook.valueWrites).toEqual([]);
    expect(snapshotValues(sheet)).toBe(before);
    const stored = parseStore(workbook.settings.get(STORE_SETTING_KEY));
    expect(Object.keys(stored.sheets['Phụ lục'])).toEqual(['C6', 'J10']);
    expect(stored.sheets['Phụ lục'].C6).toEqual({ fill: { noFill: true }, ours: RED, mark: { kind: 'note', hash: textHash(sheet.peek('C6')!.note!) } });
  });

  test('no culprit: the candidates are outlined, never filled, and clearing gives their borders back', async () => {
    const workbook = new MockWorkbook([sheetFromGrid(undecidedGrid())]);
    const sheet = workbook.sheet('Phụ lục');
    sheet.cell('E5').borders = {
      EdgeTop: { style: 'Continuous', color: '#000000', weight: 'Thin' },
      EdgeBottom: { style: 'Continuous', color: '#000000', weight: 'Thin' },
      EdgeLeft: { style: 'None', color: '#000000', weight: 'Thin' },
      EdgeRight: { style: 'Double', color: '#1F4E79', weight: 'Thick' },
    };
    const before = snapshotValues(sheet);
    const { result, writeSyncs } = await validateAndHighlight(workbook);
    expect(writeSyncs).toBe(2);
    expect(result).toMatchObject({ highlighted: 3, notesWritten: 3 });
    // C5 is confirmed by (3)=(7)+(13): not touched. No cell is filled.
    expect([...sheet.cells].filter(([, c]) => !c.fill.noFill)).toEqual([]);
    for (const address of ['D5', 'E5', 'F5']) expect(edgesOf(sheet, address)).toEqual(Array(4).fill(`Dash ${OUTLINE_COLOUR}`));
    expect(edgesOf(sheet, 'C5')).toEqual(['None', 'None', 'None', 'None']);
    expect(sheet.peek('D5')!.note).toBe(
      'Báo cáo TTHC – kiểm tra:\n' +
        '• Không chỉ ra được một ô sai duy nhất — 1 phép kiểm tra không khớp. Ô sai là một hoặc vài ô trong số: D5, E5 và F5.\n' +
        '• Dòng “Hộ tịch”: (3)=(4)+(5)+(6) không khớp — ô C5 ghi 1.066, tổng các cột thành phần là 1.068 (lệch -2).',
    );
    const stored = parseStore(workbook.settings.get(STORE_SETTING_KEY)).sheets['Phụ lục'];
    expect(stored.E5.borders).toEqual({
      EdgeTop: { style: 'Continuous', color: '#000000', weight: 'Thin' },
      EdgeBottom: { style: 'Continuous', color: '#000000', weight: 'Thin' },
      EdgeLeft: { style: 'None' },
      EdgeRight: { style: 'Double', color: '#1F4E79', weight: 'Thick' },
    });

    // Validating again does not stack; clearing gives every edge back.
    await validateAndHighlight(workbook);
    const cleared = await clearHighlights(workbook.context(), FULL_SUPPORT);
    expect(cleared).toMatchObject({ restored: 3, leftAsRecoloured: 0 });
    expect(edgesOf(sheet, 'D5')).toEqual(['None', 'None', 'None', 'None']);
    expect(edgesOf(sheet, 'E5')).toEqual(['Continuous #000000', 'Continuous #000000', 'None', 'Double #1F4E79']);
    expect(sheet.peek('D5')!.note).toBeUndefined();
    expect(snapshotValues(sheet)).toBe(before);
    expect(workbook.valueWrites).toEqual([]);
  });

  test('an outline the clerk has redrawn is left alone on clear; without ExcelApi 1.9 borders are read edge by edge', async () => {
    const workbook = new MockWorkbook([sheetFromGrid(undecidedGrid())]);
    const sheet = workbook.sheet('Phụ lục');
    const { writeSyncs } = await validateAndHighlight(workbook, MINIMUM_SUPPORT);
    expect(writeSyncs).toBe(2);
    expect(edgesOf(sheet, 'F5')).toEqual(Array(4).fill(`Dash ${OUTLINE_COLOUR}`));
    sheet.cell('F5').borders!.EdgeTop = { style: 'Continuous', color: '#00B050', weight: 'Thin' };
    const cleared = await clearHighlights(workbook.context(), MINIMUM_SUPPORT);
    expect(cleared).toMatchObject({ restored: 2, leftAsRecoloured: 1 });
    expect(edgesOf(sheet, 'D5')).toEqual(['None', 'None', 'None', 'None']);
    expect(edgesOf(sheet, 'F5')[0]).toBe('Continuous #00B050');
  });

  test('validate twice, clear: every cell gets exactly its original fill back (no fill stays no fill, white stays white)', async () => {
    const workbook = new MockWorkbook([sheetFromGrid(plantedGrid())]);
    const sheet = workbook.sheet('Phụ lục');
    sheet.cell('C6').fill = { noFill: false, color: '#FFFF00', pattern: 'Solid', tintAndShade: 0 };
    sheet.cell('J10').fill = { noFill: false, color: '#FFFFFF', pattern: 'Solid', tintAndShade: 0 };
    sheet.cell('C18').fill = { noFill: false, color: '#D9E1F2', pattern: 'Solid', tintAndShade: 0 };
    const before = snapshotValues(sheet);

    await validateAndHighlight(workbook);
    await validateAndHighlight(workbook);
    expect(fills(sheet, ['C6', 'J10', 'C18', 'G18'])).toEqual({ C6: RED, J10: RED, C18: '#D9E1F2', G18: 'none' });

    const context = workbook.context();
    const sync = jest.spyOn(context, 'sync');
    const cleared = await clearHighlights(context, FULL_SUPPORT);
    expect(sync).toHaveBeenCalledTimes(3);
    expect(cleared).toMatchObject({ restored: 2, leftAsRecoloured: 0 });
    expect(fillOf(sheet, 'C6')).toEqual({ noFill: false, color: '#FFFF00', pattern: 'Solid', tintAndShade: 0 });
    expect(fillOf(sheet, 'J10')).toEqual({ noFill: false, color: '#FFFFFF', pattern: 'Solid', tintAndShade: 0 });
    expect(fillOf(sheet, 'C18')).toMatchObject({ noFill: false, color: '#D9E1F2' });
    expect([...sheet.cells].filter(([, c]) => c.note !== undefined)).toEqual([]);
    expect(workbook.valueWrites).toEqual([]);
    expect(snapshotValues(sheet)).toBe(before);
    expect(parseStore(workbook.settings.get(STORE_SETTING_KEY))).toEqual({ version: 1, sheets: {} });
  });

  test('a cell fixed since the last validation gets its fill back; one the clerk recoloured is left alone', async () => {
    const grid = plantedGrid();
    const workbook = new MockWorkbook([sheetFromGrid(grid)]);
    const sheet = workbook.sheet('Phụ lục');
    await validateAndHighlight(workbook);

    // The clerk fixes Đất đai (10) and recolours C6 green, still wrong (the new original).
    sheet.cell('J10').value = '';
    sheet.cell('C6').fill = { noFill: false, color: '#00B050', pattern: 'Solid', tintAndShade: 0 };
    const { result } = await validateAndHighlight(workbook);
    expect(result.restored).toBe(1);
    expect(fillOf(sheet, 'J10')).toEqual(NO_FILL);
    expect(sheet.peek('J10')!.note).toBeUndefined();
    expect(Object.keys(parseStore(workbook.settings.get(STORE_SETTING_KEY)).sheets['Phụ lục'])).toEqual(['C6']);
    expect(parseStore(workbook.settings.get(STORE_SETTING_KEY)).sheets['Phụ lục'].C6.fill).toEqual({ noFill: false, color: '#00B050' });
    expect(fills(sheet, ['C6'])).toEqual({ C6: RED });

    sheet.cell('C6').fill = { noFill: false, color: '#7030A0', pattern: 'Solid', tintAndShade: 0 };
    const cleared = await clearHighlights(workbook.context(), FULL_SUPPORT);
    expect(cleared).toMatchObject({ restored: 0, leftAsRecoloured: 1 });
    expect(fillOf(sheet, 'C6').color).toBe('#7030A0');
  });

  test("the clerk's own note is never overwritten or deleted", async () => {
    const workbook = new MockWorkbook([sheetFromGrid(plantedGrid())]);
    const sheet = workbook.sheet('Phụ lục');
    sheet.cell('C6').note = 'Số liệu từ phần mềm một cửa';
    const { result } = await validateAndHighlight(workbook);
    expect(result).toMatchObject({ notesWritten: 1, notesSkipped: 1 });
    expect(sheet.peek('C6')!.note).toBe('Số liệu từ phần mềm một cửa');
    await clearHighlights(workbook.context(), FULL_SUPPORT);
    expect(sheet.peek('C6')!.note).toBe('Số liệu từ phần mềm một cửa');
  });

  test('a note we wrote and the clerk then edited is kept on clear', async () => {
    const workbook = new MockWorkbook([sheetFromGrid(plantedGrid())]);
    const sheet = workbook.sheet('Phụ lục');
    await validateAndHighlight(workbook);
    sheet.cell('J10').note = 'Đã kiểm tra lại với bộ phận một cửa';
    await clearHighlights(workbook.context(), FULL_SUPPORT);
    expect(sheet.peek('J10')!.note).toBe('Đã kiểm tra lại với bộ phận một cửa');
    expect(sheet.peek('C6')!.note).toBeUndefined();
  });

  test('warnings get the warning colour', async () => {
    const sheet = new MockSheet('S');
    sheet.cell('B2').value = 1;
    const workbook = new MockWorkbook([sheet]);
    const targets = [target('B2', 'warning'), target('C3')];
    await applyHighlights(workbook.context(), { sheetName: 'S', targets, store: parseStore(null), support: FULL_SUPPORT });
    expect(fills(sheet, ['B2', 'C3'])).toEqual({ B2: AMBER, C3: RED });
    expect(sheet.peek('B2')!.note).toBe(noteText([{ vi: 'lỗi B2', en: 'error B2' }], 'en'));
    expect(sheet.peek('B2')!.note).toBe('TTHC report check:\n• error B2');
  });

  test('2,000 field rows with 2,000 findings: 1 read and 2 write syncs, address lists under 7,000 characters', async () => {
    const fields: FieldCounts[] = Array.from({ length: 2000 }, (_, i) => ({
      ...SEED_FIELDS[0],
      name: `Lĩnh vực ${i + 1}`,
      values: [...SEED_FIELDS[0].values],
    }));
    fields.forEach((f) => (f.values[0] = (f.values[0] as number) + 1)); // every (3) one too many: 2,000 culprits
    const workbook = new MockWorkbook([sheetFromGrid(buildAnnexGrid(fields, OPTIONS))]);
    const { result, readSyncs, writeSyncs } = await validateAndHighlight(workbook);
    expect(readSyncs).toBe(1);
    expect(writeSyncs).toBe(2);
    expect(result.highlighted).toBeGreaterThanOrEqual(2000);
    expect(workbook.rangeAreaRequests.length).toBeGreaterThan(1);
    for (const list of workbook.rangeAreaRequests) expect(list.length).toBeLessThan(7000);
    expect(new Set(workbook.rangeAreaRequests.join(',').split(',')).size).toBe(result.highlighted);
    expect(workbook.valueWrites).toEqual([]);
  }, 30_000);

  test('on an Excel without ExcelApi 1.9/1.18: per-cell writes, no notes, still 2 syncs and a full restore', async () => {
    const workbook = new MockWorkbook([sheetFromGrid(plantedGrid())]);
    const sheet = workbook.sheet('Phụ lục');
    sheet.cell('C6').fill = { noFill: false, color: '#FFFF00', pattern: 'Solid', tintAndShade: 0 };
    const { result, readSyncs, writeSyncs } = await validateAndHighlight(workbook, MINIMUM_SUPPORT);
    expect([readSyncs, writeSyncs]).toEqual([1, 2]);
    expect(result).toMatchObject({ highlighted: 2, notesWritten: 0, notesSkipped: 0 });
    expect(workbook.rangeAreaRequests).toEqual([]);
    expect([...sheet.cells].filter(([, c]) => c.note !== undefined)).toEqual([]);
    await clearHighlights(workbook.context(), MINIMUM_SUPPORT);
    expect(fillOf(sheet, 'C6').color).toBe('#FFFF00');
    expect(fillOf(sheet, 'J10')).toEqual(NO_FILL);
  });

  test('Excel with comments but no notes (ExcelApi 1.10–1.17): the reasons become comments, the clerk’s comment stays', async () => {
    const support: ApiSupport = { ...FULL_SUPPORT, notes: false };
    const workbook = new MockWorkbook([sheetFromGrid(plantedGrid())]);
    const sheet = workbook.sheet('Phụ lục');
    workbook.addComment(sheet, 'J10', 'Anh Nam kiểm tra lại số này');
    const { result, readSyncs, writeSyncs } = await validateAndHighlight(workbook, support);
    expect([readSyncs, writeSyncs]).toEqual([1, 2]);
    expect(result).toMatchObject({ annotation: 'comment', notesWritten: 1, notesSkipped: 1 });
    expect(sheet.peek('J10')!.comment!.content).toBe('Anh Nam kiểm tra lại số này');
    expect(sheet.peek('C6')!.comment!.content).toMatch(/^Báo cáo TTHC – kiểm tra:\n• Ô C6 nhiều khả năng sai: đang ghi 1.067, đúng ra 1.066/);
    expect([...sheet.cells].filter(([, c]) => c.note !== undefined)).toEqual([]);

    // Validating again updates nothing twice; clearing removes our comments only.
    await validateAndHighlight(workbook, support);
    expect(workbook.allComments()).toHaveLength(2);
    await clearHighlights(workbook.context(), support);
    expect(workbook.allComments().map((c) => [c.address, c.content])).toEqual([['J10', 'Anh Nam kiểm tra lại số này']]);
    expect(fillOf(sheet, 'C6')).toEqual(NO_FILL);
  });

  test('the mock catches a value write (so the "no value written" assertions can fail)', async () => {
    const sheet = new MockSheet('S');
    sheet.cell('A1').value = 1;
    const workbook = new MockWorkbook([sheet]);
    const context = workbook.context();
    const range = context.workbook.worksheets.getActiveWorksheet().getRange('A1');
    range.values = [[2]];
    await context.sync();
    expect(workbook.valueWrites).toEqual(['values A1']);
  });
});

describe('selectCell and listSheets', () => {
  test('activates the sheet, syncs, then selects the cell', async () => {
    const workbook = new MockWorkbook([new MockSheet('Bìa'), new MockSheet('Phụ lục')]);
    const context = workbook.context();
    const sync = jest.spyOn(context, 'sync');
    await selectCell(context, 'Phụ lục', 'G10');
    expect(sync).toHaveBeenCalledTimes(2);
    expect(workbook.active).toBe('Phụ lục');
    expect(workbook.selected).toEqual({ sheet: 'Phụ lục', address: 'G10' });
  });

  test('lists the sheets and the active one', async () => {
    const workbook = new MockWorkbook([new MockSheet('Bìa'), new MockSheet('Phụ lục')]);
    workbook.active = 'Phụ lục';
    expect(await listSheets(workbook.context())).toEqual({ names: ['Bìa', 'Phụ lục'], active: 'Phụ lục' });
  });
});
