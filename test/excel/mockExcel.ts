// A stateful Excel workbook behind office-addin-mock objects: properties read before load + sync
// give office-addin-mock's error strings, syncs are counted, writes are applied at sync and every
// value/formula write is recorded (the add-in must never make one).
import { OfficeMockObject } from 'office-addin-mock';
import { columnLetter, parseA1, parseA1Range, rangeToA1, toA1 } from '../../src/core/address';
import type { CellValue, Grid } from '../../src/core/types';

export interface MockFill {
  noFill: boolean;
  color: string;
  pattern?: string;
  tintAndShade?: number | null;
}

export interface MockEdge {
  style: string;
  color: string;
  weight: string;
}

export type MockEdgeName = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight';
export const MOCK_EDGES: MockEdgeName[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
export const NO_EDGE: MockEdge = { style: 'None', color: '#000000', weight: 'Thin' };

export interface MockCell {
  value: string | number | boolean;
  /** The four edges, as Excel keeps them per cell (absent: no borders). */
  borders?: Record<MockEdgeName, MockEdge>;
  formula?: string;
  numberFormat: string;
  /** 'Error' for error values like #REF!. */
  valueType?: string;
  fill: MockFill;
  note?: string;
  comment?: { id: string; content: string };
}

export const NO_FILL: MockFill = { noFill: true, color: '#FFFFFF', pattern: 'None', tintAndShade: null };

export class MockSheet {
  readonly cells = new Map<string, MockCell>();
  merges: string[] = [];
  constructor(public name: string) {}

  cell(address: string): MockCell {
    const key = address.replace(/\$/g, '').toUpperCase();
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: '', numberFormat: 'General', fill: { ...NO_FILL } };
      this.cells.set(key, cell);
    }
    return cell;
  }

  peek(address: string): MockCell | undefined {
    return this.cells.get(address.toUpperCase());
  }

  /** Bounds of the cells holding a value (getUsedRange(valuesOnly = true)), within `inside` if given. */
  usedBounds(inside?: { top: number; left: number; bottom: number; right: number }): { top: number; left: number; bottom: number; right: number } | null {
    let bounds: { top: number; left: number; bottom: number; right: number } | null = null;
    for (const [address, cell] of this.cells) {
      if (cell.value === '' && !cell.formula) continue;
      const { row, col } = parseA1(address);
      if (inside && (row < inside.top || row > inside.bottom || col < inside.left || col > inside.right)) continue;
      bounds = bounds
        ? { top: Math.min(bounds.top, row), left: Math.min(bounds.left, col), bottom: Math.max(bounds.bottom, row), right: Math.max(bounds.right, col) }
        : { top: row, left: col, bottom: row, right: col };
    }
    return bounds;
  }
}

function toRaw(value: CellValue): { value: string | number | boolean; valueType?: string } {
  if (value === null) return { value: '' };
  if (typeof value === 'object') return { value: value.error, valueType: 'Error' };
  return { value };
}

export function sheetFromGrid(grid: Grid): MockSheet {
  const sheet = new MockSheet(grid.sheetName);
  grid.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const formula = grid.formulas?.[r]?.[c] ?? undefined;
      if (value === null && !formula) return;
      const address = toA1(grid.origin.row + r, grid.origin.col + c);
      const raw = toRaw(value);
      Object.assign(sheet.cell(address), {
        value: raw.value,
        valueType: raw.valueType,
        formula: formula ?? undefined,
        numberFormat: grid.numberFormats?.[r]?.[c] ?? 'General',
      });
    }),
  );
  sheet.merges = (grid.merges ?? []).map((m) => rangeToA1(m));
  return sheet;
}

type Pending = () => void;

interface Tracked {
  mock: OfficeMockObject;
  detectWrites?: () => void;
  snapshot?: () => void;
  /** Cells whose values are being loaded in this request (for the payload limit). */
  loadingCells?: () => number;
}

/** A range's address without a load, for calls that take a Range (notes.add). */
const RANGE_ADDRESS = new WeakMap<object, string>();

const NOT_SYNCED = 'Error, context.sync() was not called';

export interface ApiLevel {
  cellProperties: boolean;
  mergedAreas: boolean;
  notes: boolean;
  rangeAreas: boolean;
}

export class MockWorkbook {
  readonly sheets = new Map<string, MockSheet>();
  active: string;
  readonly settings = new Map<string, string>();
  syncCount = 0;
  /** Every attempt to write a value, formula or number format: must stay empty. */
  readonly valueWrites: string[] = [];
  /** Address lists passed to getRanges. */
  readonly rangeAreaRequests: string[] = [];
  selected: { sheet: string; address: string } | null = null;
  /** Cell count above which a single load is refused like Excel on the web's 5 MB limit. */
  payloadCellLimit = Infinity;
  private pending: Pending[] = [];
  private nextCommentId = 1;
  private tracked: Tracked[] = [];

  constructor(sheets: MockSheet[]) {
    for (const sheet of sheets) this.sheets.set(sheet.name, sheet);
    this.active = sheets[0]?.name ?? '';
  }

  sheet(name: string): MockSheet {
    const sheet = this.sheets.get(name);
    if (!sheet) throw new Error(`No sheet ${name}`);
    return sheet;
  }

  /** A fresh request context, as Excel.run would give. */
  context(): Excel.RequestContext {
    const root = new OfficeMockObject({
      workbook: {
        worksheets: this.worksheetsData(),
        comments: {
          load: () => undefined,
          getItem: (id: string) => this.commentMock(id),
        },
        settings: {
          getItemOrNullObject: (key: string) => this.settingMock(key),
          add: (key: string, value: string) => this.pending.push(() => this.settings.set(key, value)),
        },
      },
    });
    (root as unknown as { sync: () => Promise<void> }).sync = () => this.sync();
    Object.defineProperty(root.workbook.worksheets, 'items', { get: () => [...this.sheets.keys()].map((name) => ({ name })) });
    // Comments (ExcelApi 1.10): the collection is always loaded, like the worksheets.
    Object.defineProperty(root.workbook.comments, 'items', { get: () => this.allComments().map(({ id }) => ({ id })) });
    return root as unknown as Excel.RequestContext;
  }

  private async sync(): Promise<void> {
    this.syncCount++;
    const requestedCells = this.tracked.reduce((n, t) => n + (t.loadingCells?.() ?? 0), 0);
    if (requestedCells > this.payloadCellLimit) {
      this.pending = [];
      this.tracked = this.tracked.filter((t) => !t.loadingCells?.()); // a refused batch is discarded
      throw Object.assign(new Error('The request payload size has exceeded the limit.'), { code: 'RequestPayloadSizeLimitExceeded' });
    }
    for (const t of this.tracked) t.detectWrites?.();
    for (const t of this.tracked) await t.mock.sync();
    await new Promise((resolve) => setImmediate(resolve)); // office-addin-mock settles nested objects in microtasks
    for (const t of this.tracked) t.snapshot?.();
    for (const action of this.pending) action();
    this.pending = [];
  }

  /**
   * Every mock of this context stays tracked (a range loaded in the second sync was made in the
   * first). `detectWrites` compares properties with their state after the previous sync.
   */
  private track(mock: OfficeMockObject, hooks: Omit<Tracked, 'mock'> = {}): void {
    this.tracked.push({ mock, ...hooks });
  }

  private worksheetsData() {
    return {
      getActiveWorksheet: () => this.sheetMock(this.active),
      getItem: (name: string) => this.sheetMock(name),
      // office-addin-mock cannot load 'items/name' on an array: this collection is always loaded
      // (items is defined as a getter in context()).
      load: () => undefined,
    };
  }

  allComments(): Array<{ id: string; sheet: MockSheet; address: string; content: string }> {
    const out: Array<{ id: string; sheet: MockSheet; address: string; content: string }> = [];
    for (const sheet of this.sheets.values()) {
      for (const [address, cell] of sheet.cells) if (cell.comment) out.push({ id: cell.comment.id, sheet, address, content: cell.comment.content });
    }
    return out;
  }

  /** A comment the clerk wrote (or any comment already in the file). */
  addComment(sheet: MockSheet, address: string, content: string): void {
    sheet.cell(address).comment = { id: `c${this.nextCommentId++}`, content };
  }

  private commentMock(id: string): OfficeMockObject {
    const found = this.allComments().find((c) => c.id === id);
    if (!found) throw new Error(`ItemNotFound: comment ${id}`);
    const mock = new OfficeMockObject({
      content: found.content,
      getLocation: () => this.rangeMock(found.sheet, found.address),
      delete: () => this.pending.push(() => (found.sheet.cell(found.address).comment = undefined)),
    });
    let seen = mock.content;
    this.track(mock, {
      detectWrites: () => {
        if (mock.content !== seen && !isMockError(mock.content)) {
          const content = mock.content as string;
          this.pending.push(() => (found.sheet.cell(found.address).comment = { id, content }));
        }
      },
      snapshot: () => (seen = mock.content),
    });
    return mock;
  }

  private settingMock(key: string): OfficeMockObject {
    const present = this.settings.has(key);
    const mock = new OfficeMockObject({ value: this.settings.get(key) ?? '' });
    mock.isNullObject = !present;
    this.track(mock);
    return mock;
  }

  private sheetMock(name: string): OfficeMockObject {
    if (!this.sheets.has(name)) throw new Error(`ItemNotFound: sheet ${name}`);
    const sheet = this.sheet(name);
    const mock = new OfficeMockObject({
      name,
      activate: () => this.pending.push(() => (this.active = name)),
      getUsedRangeOrNullObject: (valuesOnly?: boolean) => {
        if (!valuesOnly) throw new Error('The add-in must read getUsedRange(valuesOnly = true)');
        const bounds = sheet.usedBounds();
        return bounds ? this.rangeMock(sheet, rangeToA1(bounds)) : this.nullRange();
      },
      getRange: (address: string) => this.rangeMock(sheet, address),
      getRanges: (list: string) => this.rangeAreasMock(sheet, list),
      comments: {
        add: (range: OfficeMockObject, content: string) =>
          this.pending.push(() => {
            const address = RANGE_ADDRESS.get(range)!;
            if (sheet.cell(address).comment) throw new Error(`A comment already exists at ${address}`);
            sheet.cell(address).comment = { id: `c${this.nextCommentId++}`, content };
          }),
      },
      notes: {
        getItemOrNullObject: (address: string) => this.noteMock(sheet, address),
        getItem: (address: string) => this.noteMock(sheet, address, true),
        add: (range: OfficeMockObject | string, content: string) =>
          this.pending.push(() => {
            const address = typeof range === 'string' ? localAddress(range) : RANGE_ADDRESS.get(range)!;
            const cell = sheet.cell(address);
            if (cell.note !== undefined) throw new Error(`A note already exists at ${address}`);
            cell.note = content;
          }),
      },
    });
    this.track(mock);
    return mock;
  }

  private nullRange(): OfficeMockObject {
    const mock = new OfficeMockObject({
      address: '',
      rowCount: 0,
      columnCount: 0,
      rowIndex: 0,
      columnIndex: 0,
      values: [],
      formulas: [],
      numberFormat: [],
      valueTypes: [],
    });
    mock.isNullObject = true;
    this.track(mock);
    return mock;
  }

  private rangeMock(sheet: MockSheet, address: string): OfficeMockObject {
    const area = parseA1Range(address);
    const rows = area.bottom - area.top + 1;
    const cols = area.right - area.left + 1;
    const addresses = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => toA1(area.top + r, area.left + c)));
    const cellAt = (a: string) => sheet.peek(a);
    const values = addresses.map((row) => row.map((a) => cellAt(a)?.value ?? ''));
    const formulas = addresses.map((row) => row.map((a) => cellAt(a)?.formula ?? cellAt(a)?.value ?? ''));
    const numberFormat = addresses.map((row) => row.map((a) => cellAt(a)?.numberFormat ?? 'General'));
    const valueTypes = addresses.map((row) =>
      row.map((a) => {
        const cell = cellAt(a);
        if (!cell || cell.value === '') return 'Empty';
        return cell.valueType ?? (typeof cell.value === 'number' ? 'Double' : typeof cell.value === 'boolean' ? 'Boolean' : 'String');
      }),
    );
    const single = rows === 1 && cols === 1 ? (sheet.peek(addresses[0][0])?.fill ?? NO_FILL) : NO_FILL;
    const flat = addresses.flat();
    const mock = new OfficeMockObject({
      address: `${quoteSheet(sheet.name)}!${rangeToA1(area)}`,
      rowCount: rows,
      columnCount: cols,
      rowIndex: area.top,
      columnIndex: area.left,
      values,
      formulas,
      numberFormat,
      valueTypes,
      format: {
        fill: { color: single.color, clear: () => this.pending.push(() => flat.forEach((a) => (sheet.cell(a).fill = { ...NO_FILL }))) },
        borders: { getItem: (edge: MockEdgeName) => this.borderMock(sheet, flat, edge) },
      },
      getCellProperties: () => this.cellPropertiesMock(sheet, addresses),
      getUsedRangeOrNullObject: (valuesOnly?: boolean) => {
        if (!valuesOnly) throw new Error('The add-in must read getUsedRange(valuesOnly = true)');
        const bounds = sheet.usedBounds(area);
        return bounds ? this.rangeMock(sheet, rangeToA1(bounds)) : this.nullRange();
      },
      getMergedAreasOrNullObject: () => this.mergedMock(sheet, area),
      select: () => this.pending.push(() => (this.selected = { sheet: sheet.name, address: rangeToA1(area) })),
    });
    mock.isNullObject = false;
    RANGE_ADDRESS.set(mock, rangeToA1(area));
    const fill = mock.format.fill;
    let seen = { values: mock.values, formulas: mock.formulas, numberFormat: mock.numberFormat, color: fill.color };
    this.track(mock, {
      detectWrites: () => {
        for (const key of ['values', 'formulas', 'numberFormat'] as const) {
          if (mock[key] !== seen[key] && !isMockError(mock[key])) this.valueWrites.push(`${key} ${rangeToA1(area)}`);
        }
        if (fill.color !== seen.color) this.queueFillWrite(sheet, flat, fill);
      },
      snapshot: () => (seen = { values: mock.values, formulas: mock.formulas, numberFormat: mock.numberFormat, color: fill.color }),
      loadingCells: () => (mock.values === NOT_SYNCED ? rows * cols : 0),
    });
    return mock;
  }

  private rangeAreasMock(sheet: MockSheet, list: string): OfficeMockObject {
    if (list.length > 7000) throw new Error(`getRanges address list too long: ${list.length} chars`);
    this.rangeAreaRequests.push(list);
    const addresses = list.split(',').flatMap((part) => {
      const area = parseA1Range(part.trim());
      const out: string[] = [];
      for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) out.push(toA1(r, c));
      return out;
    });
    const mock = new OfficeMockObject({
      address: list,
      format: {
        fill: { color: '', clear: () => this.pending.push(() => addresses.forEach((a) => (sheet.cell(a).fill = { ...NO_FILL }))) },
        borders: { getItem: (edge: MockEdgeName) => this.borderMock(sheet, addresses, edge) },
      },
    });
    const fill = mock.format.fill;
    let seen = fill.color;
    this.track(mock, {
      detectWrites: () => {
        if (fill.color !== seen) this.queueFillWrite(sheet, addresses, fill);
      },
      snapshot: () => (seen = fill.color),
    });
    return mock;
  }

  private queueFillWrite(sheet: MockSheet, addresses: string[], fill: Record<string, unknown>): void {
    const color = fill.color;
    if (typeof color !== 'string' || isMockError(color)) return;
    const pattern = typeof fill.pattern === 'string' && !isMockError(fill.pattern) ? fill.pattern : 'Solid';
    this.pending.push(() => addresses.forEach((a) => (sheet.cell(a).fill = { noFill: false, color: color.toUpperCase(), pattern, tintAndShade: 0 })));
  }

  /** One edge of the cells of a range (or areas): reads the first cell's, writes all of them at sync. */
  private borderMock(sheet: MockSheet, addresses: string[], edge: MockEdgeName): OfficeMockObject {
    const first = sheet.peek(addresses[0])?.borders?.[edge] ?? NO_EDGE;
    const mock = new OfficeMockObject({ style: first.style, color: first.color, weight: first.weight });
    let seen = { style: mock.style, color: mock.color, weight: mock.weight };
    this.track(mock, {
      detectWrites: () => {
        const changed = (['style', 'color', 'weight'] as const).filter((k) => mock[k] !== seen[k] && !isMockError(mock[k]));
        if (changed.length === 0) return;
        const update = Object.fromEntries(changed.map((k) => [k, k === 'color' ? String(mock[k]).toUpperCase() : mock[k]]));
        this.pending.push(() =>
          addresses.forEach((a) => {
            const cell = sheet.cell(a);
            const borders = cell.borders ?? { EdgeTop: { ...NO_EDGE }, EdgeBottom: { ...NO_EDGE }, EdgeLeft: { ...NO_EDGE }, EdgeRight: { ...NO_EDGE } };
            borders[edge] = { ...borders[edge], ...update };
            cell.borders = borders;
          }),
        );
      },
      snapshot: () => (seen = { style: mock.style, color: mock.color, weight: mock.weight }),
    });
    return mock;
  }

  private cellPropertiesMock(sheet: MockSheet, addresses: string[][]): OfficeMockObject {
    const edgeOf = (a: string, edge: MockEdgeName) => {
      const e = sheet.peek(a)?.borders?.[edge] ?? NO_EDGE;
      return { style: e.style, color: e.color, weight: e.weight };
    };
    const value = addresses.map((row) =>
      row.map((a) => {
        const fill = sheet.peek(a)?.fill ?? NO_FILL;
        return {
          format: {
            fill: { color: fill.color, pattern: fill.pattern ?? 'Solid', tintAndShade: fill.noFill ? null : (fill.tintAndShade ?? 0) },
            borders: { top: edgeOf(a, 'EdgeTop'), bottom: edgeOf(a, 'EdgeBottom'), left: edgeOf(a, 'EdgeLeft'), right: edgeOf(a, 'EdgeRight') },
          },
        };
      }),
    );
    const mock = new OfficeMockObject({ value });
    mock.load('value'); // a ClientResult has its value after the next sync
    this.track(mock);
    return mock;
  }

  private mergedMock(sheet: MockSheet, area: { top: number; left: number; bottom: number; right: number }): OfficeMockObject {
    const inside = sheet.merges.filter((m) => {
      const r = parseA1Range(m);
      return r.top >= area.top && r.bottom <= area.bottom && r.left >= area.left && r.right <= area.right;
    });
    const mock = new OfficeMockObject({ address: inside.map((m) => `${quoteSheet(sheet.name)}!${m}`).join(', ') });
    mock.isNullObject = inside.length === 0;
    this.track(mock);
    return mock;
  }

  private noteMock(sheet: MockSheet, address: string, mustExist = false): OfficeMockObject {
    const cell = sheet.peek(address);
    const exists = cell?.note !== undefined;
    if (mustExist && !exists) throw new Error(`ItemNotFound: no note at ${address}`);
    const mock = new OfficeMockObject({
      content: cell?.note ?? '',
      delete: () => this.pending.push(() => (sheet.cell(address).note = undefined)),
    });
    mock.isNullObject = !exists;
    let seen = mock.content;
    this.track(mock, {
      detectWrites: () => {
        if (mock.content !== seen && !isMockError(mock.content)) {
          const content = mock.content as string;
          this.pending.push(() => (sheet.cell(address).note = content));
        }
      },
      snapshot: () => (seen = mock.content),
    });
    return mock;
  }
}

function isMockError(value: unknown): boolean {
  return typeof value === 'string' && value.startsWith('Error, ');
}

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function localAddress(address: string): string {
  return address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
}

export function fillOf(sheet: MockSheet, address: string): MockFill {
  return sheet.peek(address)?.fill ?? NO_FILL;
}

/** A cell's four edge styles, "None" where it has none. */
export function edgesOf(sheet: MockSheet, address: string): string[] {
  return MOCK_EDGES.map((edge) => {
    const e = sheet.peek(address)?.borders?.[edge];
    return e && e.style !== 'None' ? `${e.style} ${e.color}` : 'None';
  });
}

export { columnLetter };
