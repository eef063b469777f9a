// The sheet host of the standalone page: the workbook is the file the clerk opened, read once into
// grids (src/workbook). Highlights are kept as marks the sheet view paints, selecting a cell
// scrolls the view to it; nothing is ever written back to the file (the annotated copy is a
// separate download).
import type { ClearResult, HighlightResult, HighlightTarget, SheetHost, SheetList, SheetRead } from '../app/host';
import type { HighlightStore } from '../excel/store';
import { FULL_SUPPORT, type ApiSupport } from '../excel/support';
import type { Lang } from '../core/types';
import { standaloneTexts } from '../i18n/standalone';
import type { WorkbookFormat, WorkbookSheet } from '../workbook/types';

export interface OpenedWorkbook {
  fileName: string;
  format: WorkbookFormat;
  /** The file as it was read, for the annotated copy. */
  bytes: Uint8Array;
  sheets: WorkbookSheet[];
}

export interface ViewedSheet {
  sheet: WorkbookSheet;
  /** Made by the page (a built annex), not in the clerk's file. */
  built: boolean;
}

export type HostChange =
  | { kind: 'workbook' }
  | { kind: 'sheets' }
  | { kind: 'active'; sheet: string }
  | { kind: 'marks'; sheet: string }
  | { kind: 'select'; sheet: string; address: string };

/** The page keeps colours apart from Excel's: a store entry only says "we marked this cell". */
const MARKED = '#page';

export class FileSheetHost implements SheetHost {
  private opened: OpenedWorkbook | null = null;
  private built: WorkbookSheet[] = [];
  private active = '';
  private readonly marks = new Map<string, HighlightTarget[]>();
  private selected: { sheet: string; address: string } | null = null;
  private readonly listeners = new Set<(change: HostChange) => void>();

  constructor(private readonly lang: () => Lang) {}

  get workbook(): OpenedWorkbook | null {
    return this.opened;
  }

  get activeSheet(): string {
    return this.active;
  }

  get selection(): { sheet: string; address: string } | null {
    return this.selected;
  }

  onChange(listener: (change: HostChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(change: HostChange): void {
    for (const listener of this.listeners) listener(change);
  }

  open(workbook: OpenedWorkbook): void {
    this.opened = workbook;
    this.built = [];
    this.marks.clear();
    this.selected = null;
    this.active = (workbook.sheets.find((sheet) => sheet.visibility === 'visible') ?? workbook.sheets[0])?.sheetName ?? '';
    this.emit({ kind: 'workbook' });
  }

  /** Sheets the page made (the built annex and its lists): shown beside the file's, replaced by name. */
  addBuiltSheets(sheets: WorkbookSheet[]): void {
    const names = new Set(sheets.map((sheet) => sheet.sheetName));
    this.built = [...this.built.filter((sheet) => !names.has(sheet.sheetName)), ...sheets];
    for (const name of names) this.marks.delete(name);
    this.emit({ kind: 'sheets' });
  }

  sheets(): ViewedSheet[] {
    return [...(this.opened?.sheets ?? []).map((sheet) => ({ sheet, built: false })), ...this.built.map((sheet) => ({ sheet, built: true }))];
  }

  sheet(name: string): WorkbookSheet | undefined {
    return this.sheets().find((viewed) => viewed.sheet.sheetName === name)?.sheet;
  }

  show(name: string): void {
    if (!this.sheet(name) || name === this.active) return;
    this.active = name;
    this.emit({ kind: 'active', sheet: name });
  }

  marksOf(sheet: string): readonly HighlightTarget[] {
    return this.marks.get(sheet) ?? [];
  }

  /** The cell the clerk clicked in the view: selected, as a click in Excel would. */
  clickCell(address: string): void {
    this.selected = { sheet: this.active, address };
    this.emit({ kind: 'select', sheet: this.active, address });
  }

  support(): ApiSupport {
    return FULL_SUPPORT;
  }

  private store(): HighlightStore {
    const sheets: HighlightStore['sheets'] = {};
    for (const [sheet, targets] of this.marks) {
      if (targets.length) sheets[sheet] = Object.fromEntries(targets.map((target) => [target.address, { fill: { noFill: true }, ours: MARKED }]));
    }
    return { version: 1, sheets };
  }

  private required(sheetName?: string): WorkbookSheet {
    const texts = standaloneTexts[this.lang()];
    if (!this.opened) throw new Error(texts.noFile);
    const name = sheetName ?? this.active;
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(texts.noSuchSheet(name));
    return sheet;
  }

  async readSheet(options: { sheetName?: string }): Promise<SheetRead> {
    const sheet = this.required(options.sheetName);
    const cellCount = sheet.values.reduce((sum, row) => sum + row.length, 0);
    return { grid: sheet, store: this.store(), cellCount };
  }

  async applyHighlights(request: { sheetName: string; targets: readonly HighlightTarget[] }): Promise<HighlightResult> {
    this.required(request.sheetName);
    const before = new Set(this.marksOf(request.sheetName).map((target) => target.address));
    const now = new Set(request.targets.map((target) => target.address));
    this.marks.set(request.sheetName, [...request.targets]);
    this.show(request.sheetName);
    this.emit({ kind: 'marks', sheet: request.sheetName });
    const restored = [...before].filter((address) => !now.has(address)).length;
    return { store: this.store(), highlighted: request.targets.length, restored, annotation: 'note', notesWritten: request.targets.length, notesSkipped: 0 };
  }

  async clearHighlights(): Promise<ClearResult> {
    const sheets = [...this.marks.keys()];
    const restored = sheets.reduce((sum, sheet) => sum + this.marksOf(sheet).length, 0);
    this.marks.clear();
    for (const sheet of sheets) this.emit({ kind: 'marks', sheet });
    return { store: this.store(), restored, leftAsRecoloured: 0 };
  }

  async selectCell(sheetName: string, address: string): Promise<void> {
    this.required(sheetName);
    this.show(sheetName);
    this.selected = { sheet: sheetName, address: address.replace(/\$/g, '').toUpperCase() };
    this.emit({ kind: 'select', ...this.selected });
  }

  async listSheets(): Promise<SheetList> {
    return { names: this.sheets().map((viewed) => viewed.sheet.sheetName), active: this.active };
  }
}
