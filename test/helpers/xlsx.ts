// Writes test workbooks with exceljs, the way a clerk's Excel would save them.
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { rangeToA1, toA1 } from '../../src/core/address';
import type { Grid } from '../../src/core/types';

export function tempDir(prefix = 'tthc-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export function addGridSheet(workbook: ExcelJS.Workbook, grid: Grid): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(grid.sheetName);
  grid.values.forEach((line, r) => {
    line.forEach((value, c) => {
      const row = grid.origin.row + r;
      const col = grid.origin.col + c;
      const formula = grid.formulas?.[r]?.[c];
      const format = grid.numberFormats?.[r]?.[c];
      if (value === null && !formula) return;
      const cell = sheet.getCell(toA1(row, col));
      if (formula) {
        const uncached = grid.uncached?.some((u) => u.row === row && u.col === col);
        cell.value = uncached ? ({ formula: formula.slice(1) } as ExcelJS.CellFormulaValue) : { formula: formula.slice(1), result: value as number };
      } else if (typeof value === 'object' && value !== null) {
        cell.value = { error: value.error } as ExcelJS.CellErrorValue;
      } else {
        cell.value = value;
      }
      if (format) cell.numFmt = format;
    });
  });
  for (const merge of grid.merges ?? []) sheet.mergeCells(rangeToA1(merge));
  if (grid.hidden) sheet.state = 'hidden';
  return sheet;
}

export async function writeWorkbook(file: string, grids: Grid[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const grid of grids) addGridSheet(workbook, grid);
  await workbook.xlsx.writeFile(file);
  return file;
}
