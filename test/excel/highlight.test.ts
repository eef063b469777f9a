import type { Finding, Grid } from '../../src/core/types';
import { validateGrid } from '../../src/core/validate';
import { readSheet } from '../../src/excel/read';
import { applyHighlights, clearHighlights, HIGHLIGHT_COLOURS, planHighlights, toSavedFill, type HighlightResult } from '../../src/excel/highlight';
import { selectCell, listSheets } from '../../src/excel/navigate';
import { FULL_SUPPORT, MINIMUM_SUPPORT, type ApiSupport } from '../../src/excel/support';
import { STORE_SETTING_KEY, parseStore } from '../../src/excel/store';
import { noteText } from '../../src/i18n/pane';
import { textHash } from '../../src/excel/annotations';
import { buildAnnexGrid, SEED_FIELDS, type FieldCounts } from '../helpers/annex';
import { fillOf, MockSheet, MockWorkbook, NO_FILL, sheetFromGrid } from './mockExcel';

const RED = HIGHLIGHT_COLOURS.error;
const AMBER = HIGHLIGHT_COLOURS.warning;
const OPTIONS = { titleRows: ['PHỤ LỤC'] };

/** The seed annex with two planted errors: Hộ tịch (3) 1066 → 1067, Đất đai (10) blank → 31. */
function plantedFields(): FieldCounts[] {
  const fields = SEED_FIELDS.map((f) => ({ ...f, values: [...f.values] }));
  fields[0].values[0] = 1067;
  fields[4].values[7] = 31;
  return fields;
}

function plantedGrid(): Grid {
  return buildAnnexGrid(plantedFields(), OPTIONS);
}

function finding(partial: Partial<Finding> & Pick<Finding, 'anchor'>): Finding {
  return {
    rule: 'row-sum',
    severity: 'error',
    cells: [partial.culprit ?? partial.anchor],
    expected: 1,
    actual: 2,
    message: { vi: `lỗi ${partial.anchor}`, en: `error ${partial.anchor}` },
    ...partial,
  };
}

/** Validate the mock sheet the way the pane does: read (store rides along), core, highlight. */
async function validateAndHighlight(workbook: MockWorkbook, support: ApiSupport = FULL_SUPPORT): Promise<{ result: HighlightResult; readSyncs: number; writeSyncs: number }> {
  const context = workbook.context();
  const sync = jest.spyOn(context, 'sync');
  const read = await readSheet(context, { support });
  const readSyncs = sync.mock.calls.length;
  const outcome = validateGrid(read.grid);
  if (!outcome.ok) throw new Error(outcome.reason.en);
  const targets = planHighlights(outcome.report.findings);
  const writeContext = workbook.context();
  const writeSync = jest.spyOn(writeContext, 'sync');
  const result = await applyHighlights(writeContext, { sheetName: read.grid.sheetName, targets, store: read.store, commentIds: read.commentIds, support, lang: 'vi' });
  return { result, readSyncs, writeSyncs: writeSync.mock.calls.length };
}

function fills(sheet: MockSheet, addresses: string[]): Record<string, string> {
  return Object.fromEntries(addresses.map((a) => [a, fillOf(sheet, a).noFill ? 'none' : fillOf(sheet, a).color]));
}

function snapshotValues(sheet: MockSheet): string {
  return JSON.stringify([...sheet.cells].map(([a, c]) => [a, c.value, c.formula, c.numberFormat]));
}

describe('planHighlights', () => {
  test('one target per cell: the culprit, else the anchor; an error outranks a warning; reasons accumulate', () => {
    const targets = planHighlights([
      finding({ anchor: 'G10' }),
      finding({ anchor: 'C6', culprit: 'C6', message: { vi: 'a', en: 'a' } }),
      finding({ anchor: 'C18', culprit: 'C6', rule: 'cross-sum', message: { vi: 'b', en: 'b' } }),
      finding({ anchor: 'D19', severity: 'warning', rule: 'rate' }),
      finding({ anchor: 'G10', severity: 'warning', rule: 'constant-total', message: { vi: 'c', en: 'c' } }),
      finding({ anchor: 'AA3', culprit: '$B$12' }),
    ]);
    expect(targets).toEqual([
      { address: 'C6', severity: 'error', reasons: [{ vi: 'a', en: 'a' }, { vi: 'b', en: 'b' }] },
      { address: 'G10', severity: 'error', reasons: [{ vi: 'lỗi G10', en: 'error G10' }, { vi: 'c', en: 'c' }] },
      { address: 'B12', severity: 'error', reasons: [{ vi: 'lỗi AA3', en: 'error AA3' }] },
      { address: 'D19', severity: 'warning', reasons: [{ vi: 'lỗi D19', en: 'error D19' }] },
    ]);
  });
});

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
  test('colours exactly the culprit and anchor cells, writes the reasons as notes, in 1 read and 2 write syncs', async () => {
    const workbook = new MockWorkbook([sheetFromGrid(plantedGrid())]);
    const sheet = workbook.sheet('Phụ lục');
    const before = snapshotValues(sheet);

    const { result, readSyncs, writeSyncs } = await validateAndHighlight(workbook);

    expect(readSyncs).toBe(1);
    expect(writeSyncs).toBe(2);
    expect(result).toMatchObject({ highlighted: 4, restored: 0, notesWritten: 4, notesSkipped: 0 });
    const coloured = [...sheet.cells].filter(([, c]) => !c.fill.noFill).map(([a, c]) => [a, c.fill.color]);
    expect(coloured).toEqual([
      ['C6', RED],
      ['G10', RED],
      ['C18', RED],
      ['G18', RED],
    ]);
    expect(sheet.peek('C6')!.note).toBe(
      'Báo cáo TTHC – kiểm tra:\n' +
        '• Dòng “Hộ tịch”: (3)=(4)+(5)+(6) không khớp — ô C6 ghi 1.067, tổng các cột thành phần là 1.066 (lệch 1). Nhiều khả năng ô C6 sai: đang ghi 1.067, đúng ra là 1.066.\n' +
        '• Dòng “Hộ tịch”: số tiếp nhận phải bằng đã giải quyết cộng đang giải quyết (3)=(7)+(13) — ô C6 ghi 1.067, đã + đang giải quyết là 1.066 (lệch 1). Nhiều khả năng ô C6 sai: đang ghi 1.067, đúng ra là 1.066.',
    );
    expect(sheet.peek('G10')!.note).toMatch(/^Báo cáo TTHC – kiểm tra:\n• Dòng “Đất đai”: \(7\)=\(8\)\+\(9\)\+\(10\)\+\(11\)\+\(12\) không khớp/);
    expect(workbook.rangeAreaRequests).toEqual(['C6,G10,C18,G18']);
    expect(workbook.valueWrites).toEqual([]);
    expect(snapshotValues(sheet)).toBe(before);
    const stored = parseStore(workbook.settings.get(STORE_SETTING_KEY));
    expect(Object.keys(stored.sheets['Phụ lục'])).toEqual(['C6', 'G10', 'C18', 'G18']);
    expect(stored.sheets['Phụ lục'].C6).toEqual({ fill: { noFill: true }, ours: RED, mark: { kind: 'note', hash: textHash(sheet.peek('C6')!.note!) } });
  });

  test('validate twice, clear: every cell gets exactly its original fill back (no fill stays no fill, white stays white)', async () => {
    const workbook = new MockWorkbook([sheetFromGrid(plantedGrid())]);
    const sheet = workbook.sheet('Phụ lục');
    sheet.cell('C6').fill = { noFill: false, color: '#FFFF00', pattern: 'Solid', tintAndShade: 0 };
    sheet.cell('G10').fill = { noFill: false, color: '#FFFFFF', pattern: 'Solid', tintAndShade: 0 };
    sheet.cell('C18').fill = { noFill: false, color: '#D9E1F2', pattern: 'Solid', tintAndShade: 0 };
    const before = snapshotValues(sheet);

    await validateAndHighlight(workbook);
    await validateAndHighlight(workbook);
    expect(fills(sheet, ['C6', 'G10', 'C18', 'G18'])).toEqual({ C6: RED, G10: RED, C18: RED, G18: RED });

    const context = workbook.context();
    const sync = jest.spyOn(context, 'sync');
    const cleared = await clearHighlights(context, FULL_SUPPORT);
    expect(sync).toHaveBeenCalledTimes(3);
    expect(cleared).toMatchObject({ restored: 4, leftAsRecoloured: 0 });
    expect(fillOf(sheet, 'C6')).toEqual({ noFill: false, color: '#FFFF00', pattern: 'Solid', tintAndShade: 0 });
    expect(fillOf(sheet, 'G10')).toEqual({ noFill: false, color: '#FFFFFF', pattern: 'Solid', tintAndShade: 0 });
    expect(fillOf(sheet, 'C18')).toMatchObject({ noFill: false, color: '#D9E1F2' });
    expect(fillOf(sheet, 'G18')).toEqual(NO_FILL);
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

    // The clerk fixes Đất đai (10) and its total, and recolours C18 green (the new original).
    sheet.cell('J10').value = '';
    sheet.cell('J18').value = 0;
    sheet.cell('C18').fill = { noFill: false, color: '#00B050', pattern: 'Solid', tintAndShade: 0 };
    const { result } = await validateAndHighlight(workbook);
    expect(result.restored).toBe(2);
    expect(fillOf(sheet, 'G10')).toEqual(NO_FILL);
    expect(fillOf(sheet, 'G18')).toEqual(NO_FILL);
    expect(sheet.peek('G10')!.note).toBeUndefined();
    expect(Object.keys(parseStore(workbook.settings.get(STORE_SETTING_KEY)).sheets['Phụ lục'])).toEqual(['C6', 'C18']);
    expect(parseStore(workbook.settings.get(STORE_SETTING_KEY)).sheets['Phụ lục'].C18.fill).toEqual({ noFill: false, color: '#00B050' });
    expect(fills(sheet, ['C6', 'C18'])).toEqual({ C6: RED, C18: RED });

    sheet.cell('C18').fill = { noFill: false, color: '#7030A0', pattern: 'Solid', tintAndShade: 0 };
    const cleared = await clearHighlights(workbook.context(), FULL_SUPPORT);
    expect(cleared).toMatchObject({ restored: 1, leftAsRecoloured: 1 });
    expect(fillOf(sheet, 'C6')).toEqual(NO_FILL);
    expect(fillOf(sheet, 'C18').color).toBe('#7030A0');
  });

  test("the clerk's own note is never overwritten or deleted", async () => {
    const workbook = new MockWorkbook([sheetFromGrid(plantedGrid())]);
    const sheet = workbook.sheet('Phụ lục');
    sheet.cell('C6').note = 'Số liệu từ phần mềm một cửa';
    const { result } = await validateAndHighlight(workbook);
    expect(result).toMatchObject({ notesWritten: 3, notesSkipped: 1 });
    expect(sheet.peek('C6')!.note).toBe('Số liệu từ phần mềm một cửa');
    await clearHighlights(workbook.context(), FULL_SUPPORT);
    expect(sheet.peek('C6')!.note).toBe('Số liệu từ phần mềm một cửa');
  });

  test('a note we wrote and the clerk then edited is kept on clear', async () => {
    const workbook = new MockWorkbook([sheetFromGrid(plantedGrid())]);
    const sheet = workbook.sheet('Phụ lục');
    await validateAndHighlight(workbook);
    sheet.cell('G10').note = 'Đã kiểm tra lại với bộ phận một cửa';
    await clearHighlights(workbook.context(), FULL_SUPPORT);
    expect(sheet.peek('G10')!.note).toBe('Đã kiểm tra lại với bộ phận một cửa');
    expect(sheet.peek('C6')!.note).toBeUndefined();
  });

  test('warnings get the warning colour', async () => {
    const sheet = new MockSheet('S');
    sheet.cell('B2').value = 1;
    const workbook = new MockWorkbook([sheet]);
    const targets = planHighlights([finding({ anchor: 'B2', severity: 'warning' }), finding({ anchor: 'C3' })]);
    await applyHighlights(workbook.context(), { sheetName: 'S', targets, store: parseStore(null), support: FULL_SUPPORT, lang: 'en' });
    expect(fills(sheet, ['B2', 'C3'])).toEqual({ B2: AMBER, C3: RED });
    expect(sheet.peek('B2')!.note).toBe(noteText([{ vi: 'lỗi B2', en: 'error B2' }], 'en'));
    expect(sheet.peek('B2')!.note).toBe('TTHC report check:\n• error B2');
  });

  test('2,000 field rows with 2,000 findings: 1 read and 2 write syncs, address lists under 7,000 characters', async () => {
    const fields: FieldCounts[] = Array.from({ length: 2000 }, (_, i) => ({ ...SEED_FIELDS[0], name: `Lĩnh vực ${i + 1}`, values: [...SEED_FIELDS[0].values] }));
    fields.forEach((f) => (f.values[1] = (f.values[1] as number) + 1)); // every (4) one too many
    const workbook = new MockWorkbook([sheetFromGrid(buildAnnexGrid(fields, OPTIONS))]);
    const { result, readSyncs, writeSyncs } = await validateAndHighlight(workbook);
    expect(readSyncs).toBe(1);
    expect(writeSyncs).toBe(2);
    expect(result.highlighted).toBeGreaterThanOrEqual(2000);
    expect(workbook.rangeAreaRequests.length).toBeGreaterThan(1);
    for (const list of workbook.rangeAreaRequests) expect(list.length).toBeLessThan(7000);
    expect(new Set(workbook.rangeAreaRequests.join(',').split(',')).size).toBe(result.highlighted);
    expect(workbook.valueWrites).toEqual([]);
  });

  test('on an Excel without ExcelApi 1.9/1.18: per-cell writes, no notes, still 2 syncs and a full restore', async () => {
    const workbook = new MockWorkbook([sheetFromGrid(plantedGrid())]);
    const sheet = workbook.sheet('Phụ lục');
    sheet.cell('C6').fill = { noFill: false, color: '#FFFF00', pattern: 'Solid', tintAndShade: 0 };
    const { result, readSyncs, writeSyncs } = await validateAndHighlight(workbook, MINIMUM_SUPPORT);
    expect([readSyncs, writeSyncs]).toEqual([1, 2]);
    expect(result).toMatchObject({ highlighted: 4, notesWritten: 0, notesSkipped: 0 });
    expect(workbook.rangeAreaRequests).toEqual([]);
    expect([...sheet.cells].filter(([, c]) => c.note !== undefined)).toEqual([]);
    await clearHighlights(workbook.context(), MINIMUM_SUPPORT);
    expect(fillOf(sheet, 'C6').color).toBe('#FFFF00');
    expect(fillOf(sheet, 'G10')).toEqual(NO_FILL);
  });

  test('Excel with comments but no notes (ExcelApi 1.10–1.17): the reasons become comments, the clerk’s comment stays', async () => {
    const support: ApiSupport = { ...FULL_SUPPORT, notes: false };
    const workbook = new MockWorkbook([sheetFromGrid(plantedGrid())]);
    const sheet = workbook.sheet('Phụ lục');
    workbook.addComment(sheet, 'G10', 'Anh Nam kiểm tra lại số này');
    const { result, readSyncs, writeSyncs } = await validateAndHighlight(workbook, support);
    expect([readSyncs, writeSyncs]).toEqual([1, 2]);
    expect(result).toMatchObject({ annotation: 'comment', notesWritten: 3, notesSkipped: 1 });
    expect(sheet.peek('G10')!.comment!.content).toBe('Anh Nam kiểm tra lại số này');
    expect(sheet.peek('C6')!.comment!.content).toMatch(/^Báo cáo TTHC – kiểm tra:\n• Dòng “Hộ tịch”/);
    expect([...sheet.cells].filter(([, c]) => c.note !== undefined)).toEqual([]);

    // Validating again updates nothing twice; clearing removes our comments only.
    await validateAndHighlight(workbook, support);
    expect(workbook.allComments()).toHaveLength(4);
    await clearHighlights(workbook.context(), support);
    expect(workbook.allComments().map((c) => [c.address, c.content])).toEqual([['G10', 'Anh Nam kiểm tra lại số này']]);
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
