import type { Finding, Lang, LocalizedText, Severity } from '../core/types';
import { parseA1 } from '../core/address';
import { noteText } from '../i18n/pane';
import { bareAddress, chunkAddressList } from './addresses';
import { createAnnotator, textHash, type AnnotationKind, type Annotator } from './annotations';
import {
  emptyStore,
  parseStore,
  serializeStore,
  STORE_SETTING_KEY,
  storedCells,
  type HighlightStore,
  type SavedCell,
  type SavedFill,
} from './store';
import type { ApiSupport } from './support';

/** Distinctive tints (not Excel's built-in "Bad"/"Neutral" styles) so "still ours" is unambiguous. */
export const HIGHLIGHT_COLOURS: Record<Severity, string> = { error: '#FFB3BA', warning: '#FFE699' };
const OUR_COLOURS = new Set(Object.values(HIGHLIGHT_COLOURS));

export interface HighlightTarget {
  address: string;
  severity: Severity;
  reasons: LocalizedText[];
}

/**
 * One target per cell: the culprit of each finding, or where there is none the cell stating the
 * identity's result (the anchor). An error outranks a warning on the same cell; reasons accumulate.
 * Sorted in sheet order (row, then column).
 */
export function planHighlights(findings: readonly Finding[]): HighlightTarget[] {
  const byAddress = new Map<string, HighlightTarget>();
  for (const finding of findings) {
    const address = bareAddress(finding.culprit ?? finding.anchor);
    const target = byAddress.get(address);
    if (!target) {
      byAddress.set(address, { address, severity: finding.severity, reasons: [finding.message] });
    } else {
      if (finding.severity === 'error') target.severity = 'error';
      if (!target.reasons.some((r) => r.vi === finding.message.vi)) target.reasons.push(finding.message);
    }
  }
  return [...byAddress.values()].sort(compareAddresses);
}

function compareAddresses(a: { address: string }, b: { address: string }): number {
  const pa = parseA1(a.address);
  const pb = parseA1(b.address);
  return pa.row - pb.row || pa.col - pb.col;
}

export interface CurrentFill {
  color: string;
  pattern?: string;
  patternColor?: string;
  tintAndShade?: number | null;
}

/**
 * "No Fill" reads back as #FFFFFF; with getCellProperties (ExcelApi 1.9) it has no tint and pattern
 * "None". Without 1.9 white and No Fill look the same: treated as No Fill, by far the common case.
 * `color` is the colour as shown (a theme tint already applied), so the tint is not kept: restoring
 * it on top of that colour would apply it twice.
 */
export function toSavedFill(current: CurrentFill): SavedFill {
  const color = (current.color ?? '').toUpperCase();
  const white = color === '#FFFFFF' || color === '';
  const noFill = current.pattern === 'None' || (white && (current.tintAndShade === null || current.tintAndShade === undefined));
  if (noFill) return { noFill: true };
  const saved: SavedFill = { noFill: false, color };
  if (current.pattern && current.pattern !== 'Solid') saved.pattern = current.pattern;
  if (current.patternColor && saved.pattern) saved.patternColor = current.patternColor.toUpperCase();
  return saved;
}

function sameColour(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && a.toUpperCase() === b.toUpperCase();
}

function wearsOurColour(current: CurrentFill, saved: SavedCell | undefined): boolean {
  return !!saved && sameColour(current.color, saved.ours) && current.pattern !== 'None';
}

/** Reads a queued load; called only after the context.sync() that follows the queueing. */
type FillReader = () => CurrentFill;

function queueFillRead(sheet: Excel.Worksheet, address: string, support: ApiSupport): FillReader {
  if (support.cellProperties) {
    const props = sheet.getRange(address).getCellProperties({
      format: { fill: { color: true, pattern: true, patternColor: true, tintAndShade: true } },
    });
    return () => {
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- a FillReader runs after the sync
      const fill = props.value[0][0].format?.fill ?? {};
      return { color: fill.color ?? '', pattern: fill.pattern, patternColor: fill.patternColor, tintAndShade: fill.tintAndShade ?? null };
    };
  }
  const fill = sheet.getRange(address).format.fill;
  fill.load('color');
  return () => ({ color: fill.color ?? '' });
}

interface Inspection {
  fills: Map<string, FillReader>;
  annotator: Annotator | null;
}

function queueInspection(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  sheetName: string,
  addresses: readonly string[],
  support: ApiSupport,
  commentIds: readonly string[],
): Inspection {
  const fills = new Map<string, FillReader>();
  for (const address of addresses) fills.set(address, queueFillRead(sheet, address, support));
  const annotator = createAnnotator(context, sheet, sheetName, support, commentIds);
  annotator?.queueRead(addresses);
  return { fills, annotator };
}

/** Removes our note or comment from a cell, unless the clerk has changed it since. */
function removeOurMark(inspection: Inspection, address: string, saved: SavedCell): void {
  const { annotator } = inspection;
  if (!annotator || saved.mark?.kind !== annotator.kind) return;
  const text = annotator.text(address);
  if (text !== null && textHash(text) === saved.mark.hash) annotator.remove(address);
}

/** Queues one fill write per group of cells, as RangeAreas chunks where ExcelApi 1.9 allows. */
function forEachRangeGroup(
  sheet: Excel.Worksheet,
  addresses: readonly string[],
  support: ApiSupport,
  apply: (format: Excel.RangeFill) => void,
): void {
  if (addresses.length === 0) return;
  if (support.rangeAreas) {
    for (const list of chunkAddressList(addresses)) apply(sheet.getRanges(list).format.fill);
  } else {
    for (const address of addresses) apply(sheet.getRange(address).format.fill);
  }
}

function queueRestore(sheet: Excel.Worksheet, cells: ReadonlyArray<[string, SavedFill]>, support: ApiSupport): void {
  const groups = new Map<string, { fill: SavedFill; addresses: string[] }>();
  for (const [address, fill] of cells) {
    const key = JSON.stringify(fill);
    const group = groups.get(key) ?? { fill, addresses: [] };
    group.addresses.push(address);
    groups.set(key, group);
  }
  for (const { fill, addresses } of groups.values()) {
    forEachRangeGroup(sheet, addresses, support, (format) => {
      if (fill.noFill) {
        format.clear();
        return;
      }
      format.color = fill.color!;
      if (fill.pattern) format.pattern = fill.pattern as Excel.FillPattern;
      if (fill.patternColor) format.patternColor = fill.patternColor;
    });
  }
}

export interface HighlightRequest {
  sheetName: string;
  targets: readonly HighlightTarget[];
  /** The store as read with the sheet (readSheet): its cells are inspected in the same sync. */
  store: HighlightStore;
  /** The workbook's comment ids as read with the sheet (needed only when reasons go into comments). */
  commentIds?: readonly string[];
  support: ApiSupport;
  lang: Lang;
}

export interface HighlightResult {
  store: HighlightStore;
  highlighted: number;
  /** Cells whose earlier highlight was given back because they are no longer wrong. */
  restored: number;
  /** Where the reasons were written: notes, comments, or nowhere (this Excel has neither). */
  annotation?: AnnotationKind | null;
  /** Notes (or comments, on Excel without notes) written. */
  notesWritten: number;
  /** Cells where the clerk's own note or comment was kept, so the reason is only in the pane. */
  notesSkipped: number;
}

/**
 * Colours every target and writes its reason as a note (or a comment on Excel without notes),
 * remembering each cell's original fill.
 * Re-highlighting keeps the first remembered original (no stacking); cells highlighted before but
 * fine now get their fill back if they still wear our colour. Two syncs for any number of targets:
 * one to read the current fills and notes, one to write. Never writes a value or formula.
 */
export async function applyHighlights(context: Excel.RequestContext, request: HighlightRequest): Promise<HighlightResult> {
  const { sheetName, targets, support, lang } = request;
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const previous = storedCells(request.store, sheetName);
  const targetAddresses = new Set(targets.map((t) => t.address));
  const stale = Object.keys(previous).filter((a) => !targetAddresses.has(a));
  const inspection = queueInspection(context, sheet, sheetName, [...targetAddresses, ...stale], support, request.commentIds ?? []);
  await context.sync();

  const nextCells: Record<string, SavedCell> = {};
  const paint = new Map<string, string[]>();
  const annotator = inspection.annotator;
  let notesWritten = 0;
  let notesSkipped = 0;
  for (const target of targets) {
    const current = inspection.fills.get(target.address)!();
    const saved = previous[target.address];
    const colour = HIGHLIGHT_COLOURS[target.severity];
    const original = wearsOurColour(current, saved)
      ? saved.fill
      : !saved && OUR_COLOURS.has(current.color.toUpperCase())
        ? { noFill: true } // our colour without a record (settings lost): it was ours, give back No Fill
        : toSavedFill(current);
    const cell: SavedCell = { fill: original, ours: colour };
    const group = paint.get(colour);
    if (group) group.push(target.address);
    else paint.set(colour, [target.address]);

    if (annotator) {
      const existing = annotator.text(target.address);
      const text = noteText(target.reasons, lang);
      const ours = existing !== null && saved?.mark?.kind === annotator.kind && textHash(existing) === saved.mark.hash;
      if (existing === null || ours) {
        if (existing === null) annotator.add(target.address, text);
        else if (existing !== text) annotator.update(target.address, text);
        cell.mark = { kind: annotator.kind, hash: textHash(text) };
        notesWritten++;
      } else {
        notesSkipped++;
      }
    }
    nextCells[target.address] = cell;
  }

  const toRestore: Array<[string, SavedFill]> = [];
  for (const address of stale) {
    const saved = previous[address];
    if (wearsOurColour(inspection.fills.get(address)!(), saved)) toRestore.push([address, saved.fill]);
    removeOurMark(inspection, address, saved);
  }

  for (const [colour, addresses] of paint) {
    forEachRangeGroup(sheet, addresses, support, (format) => {
      format.color = colour;
    });
  }
  queueRestore(sheet, toRestore, support);

  const store: HighlightStore = { version: 1, sheets: { ...request.store.sheets } };
  if (Object.keys(nextCells).length) store.sheets[sheetName] = nextCells;
  else delete store.sheets[sheetName];
  context.workbook.settings.add(STORE_SETTING_KEY, serializeStore(store));
  await context.sync();
  return {
    store,
    highlighted: targets.length,
    restored: toRestore.length,
    annotation: annotator?.kind ?? null,
    notesWritten,
    notesSkipped,
  };
}

export interface ClearResult {
  store: HighlightStore;
  /** Cells given back their original fill. */
  restored: number;
  /** Cells the clerk recoloured since: left as they are. */
  leftAsRecoloured: number;
}

/**
 * Gives every highlighted cell (all sheets) its original fill back, where it still wears our colour,
 * and deletes the notes or comments we added that the clerk has not edited. Three syncs: the record
 * and sheet names, the current fills and annotations, the writes.
 */
export async function clearHighlights(context: Excel.RequestContext, support: ApiSupport): Promise<ClearResult> {
  const workbook = context.workbook;
  const setting = workbook.settings.getItemOrNullObject(STORE_SETTING_KEY);
  setting.load('value');
  const sheets = workbook.worksheets;
  sheets.load('items/name');
  const comments = support.comments && !support.notes ? workbook.comments : null;
  comments?.load('items/id');
  await context.sync();

  const store = parseStore(setting.isNullObject ? null : setting.value);
  const commentIds = comments ? comments.items.map((c) => c.id) : [];
  const existing = new Set(sheets.items.map((s) => s.name));
  const work = Object.entries(store.sheets)
    .filter(([name]) => existing.has(name))
    .map(([name, cells]) => {
      const sheet = sheets.getItem(name);
      return { sheet, cells, inspection: queueInspection(context, sheet, name, Object.keys(cells), support, commentIds) };
    });
  if (work.length === 0) {
    if (!setting.isNullObject) {
      workbook.settings.add(STORE_SETTING_KEY, serializeStore(emptyStore()));
      await context.sync();
    }
    return { store: emptyStore(), restored: 0, leftAsRecoloured: 0 };
  }
  await context.sync();

  let restored = 0;
  let leftAsRecoloured = 0;
  for (const { sheet, cells, inspection } of work) {
    const toRestore: Array<[string, SavedFill]> = [];
    for (const [address, saved] of Object.entries(cells)) {
      if (wearsOurColour(inspection.fills.get(address)!(), saved)) toRestore.push([address, saved.fill]);
      else leftAsRecoloured++;
      removeOurMark(inspection, address, saved);
    }
    queueRestore(sheet, toRestore, support);
    restored += toRestore.length;
  }
  workbook.settings.add(STORE_SETTING_KEY, serializeStore(emptyStore()));
  await context.sync();
  return { store: emptyStore(), restored, leftAsRecoloured };
}
