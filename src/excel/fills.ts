// Cell fills: read a cell's fill (telling "No Fill" from white), remember it, paint ours, give
// the original back — only where a cell still wears our colour.
import { chunkAddressList } from './addresses';
import type { SavedCell, SavedFill } from './store';
import type { ApiSupport } from './support';
import type { Severity } from '../core/types';

/** Distinctive tints (not Excel's built-in "Bad"/"Neutral" styles) so "still ours" is unambiguous. */
export const HIGHLIGHT_COLOURS: Record<Severity, string> = { error: '#FFB3BA', warning: '#FFE699' };
export const OUR_COLOURS = new Set(Object.values(HIGHLIGHT_COLOURS));

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

export function wearsOurColour(current: CurrentFill, saved: SavedCell | undefined): boolean {
  return !!saved && sameColour(current.color, saved.ours) && current.pattern !== 'None';
}

/** Reads a queued load; called only after the context.sync() that follows the queueing. */
export type FillReader = () => CurrentFill;

export function queueFillRead(sheet: Excel.Worksheet, address: string, support: ApiSupport): FillReader {
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

/** Queues one fill write per group of cells, as RangeAreas chunks where ExcelApi 1.9 allows. */
export function forEachRangeGroup(sheet: Excel.Worksheet, addresses: readonly string[], support: ApiSupport, apply: (format: Excel.RangeFill) => void): void {
  if (addresses.length === 0) return;
  if (support.rangeAreas) {
    for (const list of chunkAddressList(addresses)) apply(sheet.getRanges(list).format.fill);
  } else {
    for (const address of addresses) apply(sheet.getRange(address).format.fill);
  }
}

export function queueFillRestore(sheet: Excel.Worksheet, cells: ReadonlyArray<[string, SavedFill]>, support: ApiSupport): void {
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
