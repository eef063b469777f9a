// Every row under the header, classified with the reason it was classified so: fields, sections,
// subtotals, the totals row (above or below the fields), the rates row, breakdowns, notes — and the
// rows with numbers that fit none of them, which are reported, never silently left out.
import { cellText, cellValue, isBlankValue, readCount } from '../cells';
import { parseNumberText } from '../numbers';
import type { HeaderBlock } from '../header';
import { foldText } from '../text';
import type { CellRange, Grid, Section, TableColumn, TableRow } from '../types';
import { isBreakdownLabel, isFieldNumber, isFooterLabel, isRatesLabel, isSectionMarker, isTotalLabel, subNumberParent } from './labels';
import { resolveByValues, type RowChoices } from './row-values';

const MAX_BLANK_RUN = 3;
/** A paragraph of text, not a label: under a finished table it ends the table. */
const NOTE_LENGTH = 80;

export interface RowScan {
  rows: TableRow[];
  sections: Section[];
  lastRow: number;
}

export interface RowScanInput {
  grid: Grid;
  header: HeaderBlock;
  columns: TableColumn[];
  /** Columns whose cells are dossier counts (in an identity or a column group). */
  countCols: number[];
  choices?: RowChoices;
}

/** The label of a cell, or of the merged area that covers it (Excel gives "" there). */
function labelReader(grid: Grid, cols: number[]): (row: number, col: number) => string {
  const merges = (grid.merges ?? []).filter((m) => cols.some((c) => c >= m.left && c <= m.right) && m.bottom > m.top);
  return (row, col) => {
    const own = cellText(grid, row, col);
    if (own !== '') return own;
    const merge = merges.find((m: CellRange) => row > m.top && row <= m.bottom && col >= m.left && col <= m.right);
    return merge ? cellText(grid, merge.top, merge.left) : '';
  };
}

interface CellCensus {
  numbers: number;
  words: number;
  filled: number;
}

function census(grid: Grid, row: number, cols: number[]): CellCensus {
  let numbers = 0;
  let words = 0;
  let filled = 0;
  for (const col of cols) {
    const value = cellValue(grid, row, col);
    if (isBlankValue(value)) continue;
    filled++;
    if (typeof value === 'number') numbers++;
    else {
      const cell = readCount(value);
      if (cell.kind === 'count') numbers++;
      // Words, not a percentage typed as text ("97,4%") or a count typed oddly.
      else if (cell.kind === 'bad' && cell.problem === 'text' && typeof value === 'string' && parseNumberText(value) === null) words++;
    }
  }
  return { numbers, words, filled };
}

function rowIsBlank(grid: Grid, row: number, left: number, right: number): boolean {
  for (let col = left; col <= right; col++) if (!isBlankValue(cellValue(grid, row, col))) return false;
  return true;
}

/** Classifies the rows under the header. */
export function scanRows(input: RowScanInput): RowScan {
  const { grid, header, columns } = input;
  const sttCol = columns.find((c) => c.role === 'stt')?.col;
  const fieldCol = columns.find((c) => c.role === 'field')?.col ?? (sttCol !== undefined ? sttCol + 1 : header.left);
  const labelCols = [sttCol, fieldCol].filter((c): c is number => c !== undefined);
  const valueCols = columns.filter((c) => !labelCols.includes(c.col)).map((c) => c.col);
  const label = labelReader(grid, labelCols);
  const lastGridRow = grid.origin.row + grid.values.length - 1;

  const rows: TableRow[] = [];
  const sections: Section[] = [];
  const sttOf = new Map<number, string>();
  const numberedSections = new Map<string, number>();
  let currentSection: number | undefined;
  let currentIsNumbered = false;
  let blankRun = 0;
  /** A totals row has closed the field rows above it (no sections): what follows is outside the sums. */
  let closed = false;
  let lastFieldStt: string | undefined;
  let seenTable = false;
  let seenFieldOrSection = false;
  let seenRates = false;

  const push = (row: TableRow) => {
    if (row.kind === 'field' && currentSection !== undefined) row.section = currentSection;
    if (row.kind === 'field' || row.kind === 'total') seenTable = true;
    if (row.kind === 'field' || row.kind === 'section') seenFieldOrSection = true;
    rows.push(row);
  };

  for (let row = header.bottom + 1; row <= lastGridRow; row++) {
    if (rowIsBlank(grid, row, header.left, header.right)) {
      if (++blankRun >= MAX_BLANK_RUN) break;
      rows.push({ row, kind: 'blank', label: '', reason: 'empty' });
      continue;
    }
    blankRun = 0;
    const stt = sttCol !== undefined ? label(row, sttCol) : '';
    const field = label(row, fieldCol);
    const text = field || stt;
    const cells = census(grid, row, valueCols);
    const hasNumbers = cells.numbers > 0;
    // Another table's header below this one: words across the count columns, no numbers.
    if (seenTable && !hasNumbers && cells.words >= 3) break;
    if (!hasNumbers && isFooterLabel(text)) break;
    if (!hasNumbers && stt === '' && field.length > NOTE_LENGTH && closed) break;
    sttOf.set(row, stt.replace(/\.$/, ''));
    const numbered = isFieldNumber(stt);
    if (numbered && !closed) {
      // A numbered row is a field: the common case, decided without folding its label.
      if (currentIsNumbered) {
        currentSection = undefined;
        currentIsNumbered = false;
      }
      push({ row, kind: 'field', label: text, reason: 'numbered' });
      lastFieldStt = sttOf.get(row);
      continue;
    }
    if (isRatesLabel(stt) || isRatesLabel(field)) {
      push({ row, kind: seenRates ? 'unread' : 'rates', label: text, reason: seenRates ? 'extra-rates' : 'rates-label' });
      seenRates = true;
      continue;
    }
    const totalLabel = isTotalLabel(stt) || (!numbered && isTotalLabel(field));
    const sectionMarker = isSectionMarker(stt, field);
    const breakdown = isBreakdownLabel(stt, foldText(field), lastFieldStt);

    if (closed) {
      if (breakdown && !totalLabel) {
        push({ row, kind: 'detail', label: text, reason: 'breakdown' });
        continue;
      }
      // Under sections a "Cộng" row closes a section and the table goes on.
      const goesOn = sections.length > 0 && (sectionMarker || totalLabel || (numbered && hasNumbers));
      if (!goesOn) {
        push(hasNumbers ? { row, kind: 'unread', label: text, reason: 'after-totals' } : { row, kind: 'note', label: text, reason: 'text-only' });
        continue;
      }
      closed = false;
    }
    if (numbered) {
      push({ row, kind: 'field', label: text, reason: 'numbered' });
      lastFieldStt = sttOf.get(row);
      continue;
    }
    const parentNumber = subNumberParent(stt);
    if (parentNumber !== null) {
      // "1.1" under "1": the numbered row above becomes a section (its own counts, if any, are its subtotal).
      let index = numberedSections.get(parentNumber);
      if (index === undefined) {
        const parent = [...rows].reverse().find((r) => r.kind === 'field' && sttOf.get(r.row) === parentNumber);
        if (parent) {
          const section: Section = { row: parent.row, label: parent.label };
          if (census(grid, parent.row, valueCols).numbers > 0) section.subtotalRow = parent.row;
          sections.push(section);
          index = sections.length - 1;
          parent.kind = 'section';
          parent.reason = 'numbered-group';
          parent.section = index;
          numberedSections.set(parentNumber, index);
        }
      }
      if (index !== undefined) {
        currentSection = index;
        currentIsNumbered = true;
      }
      push({ row, kind: 'field', label: text, reason: index !== undefined ? 'sub-numbered' : 'numbered' });
      continue;
    }
    if (totalLabel) {
      push({ row, kind: 'total', label: text, reason: 'total-label' });
      // Some forms put the totals row first, right under the header: the fields follow it.
      closed = seenFieldOrSection;
      continue;
    }
    if (sectionMarker) {
      const section: Section = { row, label: text };
      if (hasNumbers) section.subtotalRow = row;
      sections.push(section);
      currentSection = sections.length - 1;
      currentIsNumbered = false;
      push({ row, kind: 'section', label: text, section: sections.length - 1, reason: 'section-marker' });
      continue;
    }
    if (breakdown) {
      push({ row, kind: 'detail', label: text, reason: 'breakdown' });
      continue;
    }
    if (text === '') {
      push(hasNumbers ? { row, kind: 'unread', label: '', reason: 'no-label' } : { row, kind: 'note', label: '', reason: 'text-only' });
      continue;
    }
    if (!hasNumbers && stt === '' && field.length > NOTE_LENGTH) {
      push({ row, kind: 'note', label: text, reason: 'text-only' });
      continue;
    }
    push({ row, kind: 'field', label: text, reason: 'named' });
    lastFieldStt = sttOf.get(row);
  }

  while (rows.length > 0 && (rows[rows.length - 1].kind === 'blank' || rows[rows.length - 1].kind === 'note')) rows.pop();
  markSubtotals(rows, sections);
  resolveByValues(grid, rows, input.countCols, input.choices ?? {}, sections);
  const lastRow = rows.length > 0 ? rows[rows.length - 1].row : header.bottom;
  return { rows, sections, lastRow };
}

/**
 * With sections, every "Cộng"/"Tổng" row but the grand total closes its section: it is a
 * subtotal. A section whose own row carries numbers is its own subtotal.
 */
function markSubtotals(rows: TableRow[], sections: Section[]): void {
  if (sections.length === 0) return;
  const totals = rows.filter((r) => r.kind === 'total');
  const first = totals[0];
  const leadingTotal = first !== undefined && !rows.some((r) => r.row < first.row && (r.kind === 'field' || r.kind === 'section'));
  const sectionClosers = leadingTotal ? totals.slice(1) : totals.slice(0, -1);
  const last = totals[totals.length - 1];
  if (last && !leadingTotal) {
    const afterLast = rows.some((r) => r.row > last.row && (r.kind === 'field' || r.kind === 'section'));
    if (afterLast) sectionClosers.push(last);
  }
  for (const closer of sectionClosers) {
    closer.kind = 'subtotal';
    closer.reason = 'subtotal-label';
    const owner = [...rows].reverse().find((r) => r.row < closer.row && r.kind === 'section');
    if (owner?.section !== undefined) {
      closer.section = owner.section;
      sections[owner.section].subtotalRow = closer.row;
    }
  }
}
