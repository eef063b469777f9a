// Gives flagged cells their new format in the worksheet XML: an existing cell gets its `s`
// attribute changed; a cell (or a row) the sheet does not have is created in row and column
// order. Nothing else in the part moves.
import { columnIndex, columnLetter, parseA1 } from '../../core/address';
import { damaged } from './errors';
import { applySplices, forEachTag, withAttribute, type Splice, type Tag } from './tags';

export interface CellStyleEdit {
  address: string;
  /** The new format, given the format the cell has now (its own, else its row's or column's). */
  format: (current: number) => number;
}

interface CellTag {
  col: number;
  tag: Tag;
  explicit: boolean;
}

interface RowTag {
  index: number;
  tag: Tag;
  explicit: boolean;
  closeAt: number;
  style: number | null;
  cells: CellTag[];
}

interface SheetLayout {
  prefix: string;
  sheetData: Tag;
  closeAt: number;
  rows: RowTag[];
  columnStyles: Array<{ min: number; max: number; style: number }>;
}

function columnOf(reference: string): number {
  const letters = reference.replace(/[$\d]/g, '');
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw damaged(`cell r="${reference}"`);
  return columnIndex(letters);
}

function layoutOf(xml: string): SheetLayout {
  let sheetData: Tag | null = null;
  let closeAt = -1;
  const rows: RowTag[] = [];
  const columnStyles: SheetLayout['columnStyles'] = [];
  let row: RowTag | null = null;
  forEachTag(xml, (tag) => {
    if (tag.depth === 2 && tag.local === 'col' && tag.kind !== 'close' && tag.attributes.style !== undefined) {
      columnStyles.push({ min: Number(tag.attributes.min) - 1, max: Number(tag.attributes.max) - 1, style: Number(tag.attributes.style) });
    }
    if (tag.depth === 1 && tag.local === 'sheetData') {
      if (tag.kind === 'close') {
        closeAt = tag.start;
        return false;
      }
      sheetData = tag;
      if (tag.kind === 'empty') return false;
      return;
    }
    if (!sheetData) return;
    if (tag.depth === 2 && tag.local === 'row') {
      if (tag.kind === 'close') {
        row!.closeAt = tag.start;
        return;
      }
      const previous = rows[rows.length - 1];
      const explicit = tag.attributes.r !== undefined;
      const index = explicit ? Number(tag.attributes.r) - 1 : previous ? previous.index + 1 : 0;
      if (!Number.isInteger(index) || index < 0) throw damaged(`row r="${tag.attributes.r}"`);
      const customFormat = tag.attributes.customFormat === '1' || tag.attributes.customFormat === 'true';
      row = { index, tag, explicit, closeAt: -1, style: customFormat && tag.attributes.s !== undefined ? Number(tag.attributes.s) : null, cells: [] };
      rows.push(row);
      return;
    }
    if (tag.depth === 3 && tag.local === 'c' && tag.kind !== 'close' && row) {
      const previous = row.cells[row.cells.length - 1];
      const explicit = tag.attributes.r !== undefined;
      row.cells.push({ col: explicit ? columnOf(tag.attributes.r) : previous ? previous.col + 1 : 0, tag, explicit });
    }
  });
  if (!sheetData) throw damaged('worksheet has no <sheetData>');
  const found = sheetData as Tag;
  return { prefix: found.name.slice(0, found.name.length - found.local.length), sheetData: found, closeAt, rows, columnStyles };
}

function newCell(prefix: string, row: number, col: number, format: number): string {
  return `<${prefix}c r="${columnLetter(col)}${row + 1}" s="${format}"/>`;
}

/** A row's `spans` hint ("1:16") widened to hold new cells; null when it has none or needs none. */
function widenedSpans(spans: string | undefined, cols: number[]): string | null {
  const match = spans ? /^(\d+):(\d+)$/.exec(spans) : null;
  if (!match) return null;
  const first = Math.min(Number(match[1]), ...cols.map((c) => c + 1));
  const last = Math.max(Number(match[2]), ...cols.map((c) => c + 1));
  return first === Number(match[1]) && last === Number(match[2]) ? null : `${first}:${last}`;
}

export function restyleCells(xml: string, edits: readonly CellStyleEdit[]): string {
  const layout = layoutOf(xml);
  const { prefix, rows } = layout;
  const byRow = new Map<number, Array<{ col: number; edit: CellStyleEdit }>>();
  for (const edit of edits) {
    const { row, col } = parseA1(edit.address);
    const list = byRow.get(row) ?? [];
    if (!list.some((e) => e.col === col)) list.push({ col, edit });
    byRow.set(row, list);
  }
  const rowByIndex = new Map(rows.map((r) => [r.index, r]));
  const columnStyle = (col: number) => layout.columnStyles.find((c) => col >= c.min && col <= c.max)?.style ?? 0;
  const splices: Splice[] = [];
  // A tag may get two attributes (a new `s` and a pinned `r`, or wider spans): edits collect here.
  const tagTexts = new Map<Tag, string>();
  const setAttribute = (tag: Tag, name: string, value: string) =>
    tagTexts.set(tag, withAttribute(tagTexts.get(tag) ?? xml.slice(tag.start, tag.end), name, value));
  const newRows: Array<{ index: number; text: string }> = [];
  for (const [rowIndex, targets] of [...byRow.entries()].sort((a, b) => a[0] - b[0])) {
    targets.sort((a, b) => a.col - b.col);
    const row = rowByIndex.get(rowIndex);
    if (!row) {
      const cells = targets.map(({ col, edit }) => newCell(prefix, rowIndex, col, edit.format(columnStyle(col)))).join('');
      newRows.push({ index: rowIndex, text: `<${prefix}row r="${rowIndex + 1}">${cells}</${prefix}row>` });
      continue;
    }
    const cellByCol = new Map(row.cells.map((c) => [c.col, c]));
    const missing: Array<{ col: number; text: string }> = [];
    for (const { col, edit } of targets) {
      const cell = cellByCol.get(col);
      const inherited = row.style ?? columnStyle(col);
      // A cell written without `s` has format 0 (SpreadsheetML's default), whatever its row or column has.
      if (cell) setAttribute(cell.tag, 's', String(edit.format(Number(cell.tag.attributes.s ?? 0))));
      else missing.push({ col, text: newCell(prefix, rowIndex, col, edit.format(inherited)) });
    }
    if (missing.length === 0) continue;
    const spans = widenedSpans(
      row.tag.attributes.spans,
      missing.map((m) => m.col),
    );
    if (spans) setAttribute(row.tag, 'spans', spans);
    if (row.tag.kind === 'empty') {
      const opened = (tagTexts.get(row.tag) ?? xml.slice(row.tag.start, row.tag.end)).replace(/\s*\/>$/, '>');
      tagTexts.set(row.tag, `${opened}${missing.map((m) => m.text).join('')}</${row.tag.name}>`);
      continue;
    }
    for (const { col, text } of missing) {
      const before = row.cells.find((c) => c.col > col);
      splices.push({ at: before ? before.tag.start : row.closeAt, to: before ? before.tag.start : row.closeAt, text });
      if (before && !before.explicit) setAttribute(before.tag, 'r', `${columnLetter(before.col)}${rowIndex + 1}`);
    }
  }
  if (newRows.length > 0 && layout.sheetData.kind === 'empty') {
    const opened = xml.slice(layout.sheetData.start, layout.sheetData.end).replace(/\s*\/>$/, '>');
    splices.push({ at: layout.sheetData.start, to: layout.sheetData.end, text: `${opened}${newRows.map((r) => r.text).join('')}</${layout.sheetData.name}>` });
  } else {
    for (const { index, text } of newRows) {
      const before = rows.find((r) => r.index > index);
      splices.push({ at: before ? before.tag.start : layout.closeAt, to: before ? before.tag.start : layout.closeAt, text });
      if (before && !before.explicit) setAttribute(before.tag, 'r', String(before.index + 1));
    }
  }
  for (const [tag, text] of tagTexts) splices.push({ at: tag.start, to: tag.end, text });
  return applySplices(xml, splices);
}
