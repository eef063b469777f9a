import type { HighlightTarget } from '../../src/app/host';
import { ValidationController } from '../../src/app/validation';
import { validateGrid } from '../../src/core/validate';
import { FileSheetHost, type HostChange, type OpenedWorkbook } from '../../src/standalone/file-host';
import type { WorkbookSheet } from '../../src/workbook/types';
import { buildAnnexGrid, SEED_FIELDS, setCell } from '../helpers/annex';

function sheetOf(name: string, hidden = false): WorkbookSheet {
  return { ...buildAnnexGrid(SEED_FIELDS), sheetName: name, visibility: hidden ? 'hidden' : 'visible', hiddenRows: [] };
}

function workbook(...sheets: WorkbookSheet[]): OpenedWorkbook {
  return { fileName: 'phu-luc.xlsx', format: 'xlsx', bytes: new Uint8Array(), sheets };
}

const target = (address: string): HighlightTarget => ({ address, severity: 'error', style: 'fill', note: `lý do ${address}` });

describe('the file-backed sheet host', () => {
  test('nothing open: reading says so in the clerk’s language', async () => {
    const host = new FileSheetHost(() => 'vi');
    await expect(host.readSheet({})).rejects.toThrow('Chưa mở tệp nào: hãy chọn hoặc kéo thả tệp phụ lục vào trang.');
    expect(await host.listSheets()).toEqual({ names: [], active: '' });
  });

  test('opens on the first visible sheet, lists every sheet, refuses an unknown one', async () => {
    const host = new FileSheetHost(() => 'en');
    host.open(workbook(sheetOf('Cũ', true), sheetOf('Phụ lục')));
    expect(await host.listSheets()).toEqual({ names: ['Cũ', 'Phụ lục'], active: 'Phụ lục' });
    expect((await host.readSheet({})).grid.sheetName).toBe('Phụ lục');
    await expect(host.readSheet({ sheetName: 'Khác' })).rejects.toThrow('The open file has no sheet “Khác”.');
    await expect(host.selectCell('Khác', 'A1')).rejects.toThrow('The open file has no sheet “Khác”.');
  });

  test('highlights are marks: replaced on each run, counted back when fixed, cleared; the store tells the controller', async () => {
    const host = new FileSheetHost(() => 'vi');
    host.open(workbook(sheetOf('Phụ lục')));
    const changes: HostChange[] = [];
    host.onChange((change) => changes.push(change));
    const first = await host.applyHighlights({ sheetName: 'Phụ lục', targets: [target('D5'), target('M9')] });
    expect(first).toMatchObject({ highlighted: 2, restored: 0, annotation: 'note', notesWritten: 2, notesSkipped: 0 });
    expect(Object.keys(first.store.sheets['Phụ lục'])).toEqual(['D5', 'M9']);
    const second = await host.applyHighlights({ sheetName: 'Phụ lục', targets: [target('M9')] });
    expect(second).toMatchObject({ highlighted: 1, restored: 1 });
    expect(host.marksOf('Phụ lục').map((mark) => mark.address)).toEqual(['M9']);
    expect(await host.clearHighlights()).toEqual({ store: { version: 1, sheets: {} }, restored: 1, leftAsRecoloured: 0 });
    expect(changes.filter((change) => change.kind === 'marks')).toHaveLength(3);
  });

  test('selecting a cell shows its sheet and is heard by the view; $ and case are normalised', async () => {
    const host = new FileSheetHost(() => 'vi');
    host.open(workbook(sheetOf('A'), sheetOf('B')));
    const changes: HostChange[] = [];
    host.onChange((change) => changes.push(change));
    await host.selectCell('B', '$m$9');
    expect(host.activeSheet).toBe('B');
    expect(changes).toEqual([
      { kind: 'active', sheet: 'B' },
      { kind: 'select', sheet: 'B', address: 'M9' },
    ]);
  });

  test('built sheets are shown beside the file’s and replaced by name', () => {
    const host = new FileSheetHost(() => 'vi');
    host.open(workbook(sheetOf('Phụ lục')));
    host.addBuiltSheets([sheetOf('Phụ lục (2)'), sheetOf('Chi tiết')]);
    host.addBuiltSheets([sheetOf('Chi tiết')]);
    expect(host.sheets().map(({ sheet, built }) => [sheet.sheetName, built])).toEqual([
      ['Phụ lục', false],
      ['Phụ lục (2)', true],
      ['Chi tiết', true],
    ]);
  });

  test('with the validation controller: the wrong cell of the sheet is marked, the clean sheet is not', async () => {
    const wrong = sheetOf('Phụ lục');
    setCell(wrong, 'D5', 1016);
    const host = new FileSheetHost(() => 'vi');
    host.open(workbook(wrong, sheetOf('Sạch')));
    const controller = new ValidationController(host, validateGrid, () => 'vi');
    await controller.runValidation();
    expect(host.marksOf('Phụ lục').map((mark) => [mark.address, mark.style, mark.severity])).toEqual([['D5', 'fill', 'error']]);
    await controller.runValidation('Sạch');
    expect(host.marksOf('Sạch')).toEqual([]);
    expect(host.marksOf('Phụ lục')).toHaveLength(1);
  });
});
