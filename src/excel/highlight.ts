// Marks the sheet with what validation found, reversibly: culprits and wrong cells filled, the
// candidates of an undecided mismatch outlined, each with its reasons in a note. Every original
// fill and border is remembered in the workbook's settings and given back, never a value touched.
import type { CellMark } from '../core/marks';
import { bareAddress } from './addresses';
import { createAnnotator, textHash, type AnnotationKind, type Annotator } from './annotations';
import { forEachRangeGroup, HIGHLIGHT_COLOURS, OUR_COLOURS, queueFillRead, queueFillRestore, toSavedFill, wearsOurColour, type FillReader } from './fills';
import { queueBorderRead, queueBorderRestore, queueOutline, wearsOurOutline, OUTLINE_COLOUR, type BorderReader, type SavedBorders } from './outline';
import { emptyStore, parseStore, serializeStore, STORE_SETTING_KEY, storedCells, type HighlightStore, type SavedCell, type SavedFill } from './store';
import type { ApiSupport } from './support';

export { HIGHLIGHT_COLOURS, toSavedFill } from './fills';

/** A cell to mark: what the core planned (planMarks), with the note the caller worded for it. */
export type HighlightTarget = Omit<CellMark, 'groups'> & { note: string };

interface Inspection {
  fills: Map<string, FillReader>;
  borders: Map<string, BorderReader>;
  annotator: Annotator | null;
}

function queueInspection(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  sheetName: string,
  addresses: readonly string[],
  support: ApiSupport,
  commentIds: readonly string[],
  /** Cells whose borders are read: those to outline now, and those outlined before. */
  outlined: readonly string[],
): Inspection {
  const fills = new Map<string, FillReader>();
  const borders = new Map<string, BorderReader>();
  for (const address of addresses) fills.set(address, queueFillRead(sheet, address, support));
  for (const address of outlined) borders.set(address, queueBorderRead(sheet, address, support));
  const annotator = createAnnotator(context, sheet, sheetName, support, commentIds);
  annotator?.queueRead(addresses);
  return { fills, borders, annotator };
}

/** Removes our note or comment from a cell, unless the clerk has changed it since. */
function removeOurMark(inspection: Inspection, address: string, saved: SavedCell): void {
  const { annotator } = inspection;
  if (!annotator || saved.mark?.kind !== annotator.kind) return;
  const text = annotator.text(address);
  if (text !== null && textHash(text) === saved.mark.hash) annotator.remove(address);
}

export interface HighlightRequest {
  sheetName: string;
  targets: readonly HighlightTarget[];
  /** The store as read with the sheet (readSheet): its cells are inspected in the same sync. */
  store: HighlightStore;
  /** The workbook's comment ids as read with the sheet (needed only when reasons go into comments). */
  commentIds?: readonly string[];
  support: ApiSupport;
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
  const { sheetName, support } = request;
  const targets = request.targets.map((t) => ({ ...t, address: bareAddress(t.address) }));
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const previous = storedCells(request.store, sheetName);
  const targetAddresses = new Set(targets.map((t) => t.address));
  const stale = Object.keys(previous).filter((a) => !targetAddresses.has(a));
  const outlined = [
    ...targets.filter((t) => t.style === 'outline').map((t) => t.address),
    ...Object.keys(previous).filter((a) => previous[a].borders && !targetAddresses.has(a)),
  ];
  for (const target of targets) if (target.style === 'fill' && previous[target.address]?.borders) outlined.push(target.address);
  const inspection = queueInspection(context, sheet, sheetName, [...targetAddresses, ...stale], support, request.commentIds ?? [], outlined);
  await context.sync();

  const nextCells: Record<string, SavedCell> = {};
  const paint = new Map<string, string[]>();
  const toOutline: string[] = [];
  const fillsBack: Array<[string, SavedFill]> = [];
  const bordersBack: Array<[string, SavedBorders]> = [];
  const annotator = inspection.annotator;
  let notesWritten = 0;
  let notesSkipped = 0;
  for (const target of targets) {
    const current = inspection.fills.get(target.address)!();
    const saved = previous[target.address];
    const ourFill = wearsOurColour(current, saved);
    const originalFill = ourFill
      ? saved.fill
      : !saved && OUR_COLOURS.has(current.color.toUpperCase())
        ? { noFill: true } // our colour without a record (settings lost): it was ours, give back No Fill
        : toSavedFill(current);
    let cell: SavedCell;
    if (target.style === 'fill') {
      const colour = HIGHLIGHT_COLOURS[target.severity];
      cell = { fill: originalFill, ours: colour };
      const group = paint.get(colour);
      if (group) group.push(target.address);
      else paint.set(colour, [target.address]);
      // Outlined last time, filled now: the outline goes.
      if (saved?.borders && wearsOurOutline(inspection.borders.get(target.address)!())) bordersBack.push([target.address, saved.borders]);
    } else {
      const currentBorders = inspection.borders.get(target.address)!();
      const originalBorders = saved?.borders && wearsOurOutline(currentBorders) ? saved.borders : currentBorders;
      // Filled last time, outlined now: the fill goes.
      if (ourFill) fillsBack.push([target.address, saved.fill]);
      cell = { fill: ourFill ? saved.fill : toSavedFill(current), ours: '', borders: originalBorders, outline: OUTLINE_COLOUR };
      toOutline.push(target.address);
    }

    if (annotator) {
      const existing = annotator.text(target.address);
      const text = target.note;
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

  let restored = 0;
  for (const address of stale) {
    const saved = previous[address];
    const back = giveBack(inspection, address, saved, fillsBack, bordersBack);
    if (back) restored++;
    removeOurMark(inspection, address, saved);
  }

  for (const [colour, addresses] of paint) {
    forEachRangeGroup(sheet, addresses, support, (format) => {
      format.color = colour;
    });
  }
  queueOutline(sheet, toOutline, support);
  queueFillRestore(sheet, fillsBack, support);
  queueBorderRestore(sheet, bordersBack, support);

  const store: HighlightStore = { version: 1, sheets: { ...request.store.sheets } };
  if (Object.keys(nextCells).length) store.sheets[sheetName] = nextCells;
  else delete store.sheets[sheetName];
  context.workbook.settings.add(STORE_SETTING_KEY, serializeStore(store));
  await context.sync();
  return {
    store,
    highlighted: targets.length,
    restored,
    annotation: annotator?.kind ?? null,
    notesWritten,
    notesSkipped,
  };
}

/** Queues giving a cell back its fill and borders where it still wears ours; true when something is given back. */
function giveBack(
  inspection: Inspection,
  address: string,
  saved: SavedCell,
  fills: Array<[string, SavedFill]>,
  borders: Array<[string, SavedBorders]>,
): boolean {
  let back = false;
  if (saved.ours && wearsOurColour(inspection.fills.get(address)!(), saved)) {
    fills.push([address, saved.fill]);
    back = true;
  }
  const current = inspection.borders.get(address);
  if (saved.borders && current && wearsOurOutline(current())) {
    borders.push([address, saved.borders]);
    back = true;
  }
  return back;
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
      const outlined = Object.keys(cells).filter((a) => cells[a].borders);
      return { sheet, cells, inspection: queueInspection(context, sheet, name, Object.keys(cells), support, commentIds, outlined) };
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
    const fills: Array<[string, SavedFill]> = [];
    const borders: Array<[string, SavedBorders]> = [];
    for (const [address, saved] of Object.entries(cells)) {
      if (giveBack(inspection, address, saved, fills, borders)) restored++;
      else leftAsRecoloured++;
      removeOurMark(inspection, address, saved);
    }
    queueFillRestore(sheet, fills, support);
    queueBorderRestore(sheet, borders, support);
  }
  workbook.settings.add(STORE_SETTING_KEY, serializeStore(emptyStore()));
  await context.sync();
  return { store: emptyStore(), restored, leftAsRecoloured };
}
