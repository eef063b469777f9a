// What the add-in must remember to undo its highlights, kept in the workbook's settings so it
// survives closing the pane and reopening the file.
import type { SavedBorders } from './outline';

export const STORE_SETTING_KEY = 'tthc-report.highlights';

/** A cell's fill before we coloured it. `noFill` is Excel's "No Fill" (never restored as white). */
export interface SavedFill {
  noFill: boolean;
  color?: string;
  pattern?: string;
  patternColor?: string;
}

export interface SavedCell {
  /** The fill to give back. */
  fill: SavedFill;
  /** The colour we wrote ("" for a cell we only outlined); a cell that no longer wears it was recoloured or undone by the clerk. */
  ours: string;
  /** For an outlined cell: its four edges before, and the outline colour we drew. */
  borders?: SavedBorders;
  outline?: string;
  /** The note or comment we added (a clerk's own is never touched), by a hash of its text. */
  mark?: { kind: 'note' | 'comment'; hash: string };
}

export interface HighlightStore {
  version: 1;
  /** sheet name → A1 address → saved cell */
  sheets: Record<string, Record<string, SavedCell>>;
}

export function emptyStore(): HighlightStore {
  return { version: 1, sheets: {} };
}

/** Parses the setting; anything unreadable (hand-edited, older format) is treated as empty. */
export function parseStore(raw: unknown): HighlightStore {
  const text = typeof raw === 'string' ? raw : raw && typeof raw === 'object' ? JSON.stringify(raw) : '';
  if (!text) return emptyStore();
  try {
    const parsed = JSON.parse(text) as Partial<HighlightStore>;
    if (parsed.version !== 1 || !parsed.sheets || typeof parsed.sheets !== 'object') return emptyStore();
    const sheets: HighlightStore['sheets'] = {};
    for (const [sheet, cells] of Object.entries(parsed.sheets)) {
      if (!cells || typeof cells !== 'object') continue;
      const kept: Record<string, SavedCell> = {};
      for (const [address, cell] of Object.entries(cells as Record<string, SavedCell>)) {
        if (cell && typeof cell.ours === 'string' && cell.fill && typeof cell.fill.noFill === 'boolean') kept[address] = cell;
      }
      if (Object.keys(kept).length) sheets[sheet] = kept;
    }
    return { version: 1, sheets };
  } catch {
    return emptyStore();
  }
}

export function serializeStore(store: HighlightStore): string {
  return JSON.stringify(store);
}

export function storedCells(store: HighlightStore, sheet: string): Record<string, SavedCell> {
  return store.sheets[sheet] ?? {};
}

export function highlightedCellCount(store: HighlightStore): number {
  return Object.values(store.sheets).reduce((n, cells) => n + Object.keys(cells).length, 0);
}
