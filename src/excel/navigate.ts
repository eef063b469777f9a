/** Selects a cell, on another sheet too: the sheet must be active (and synced) before select(). */
export async function selectCell(context: Excel.RequestContext, sheetName: string, address: string): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  await context.sync();
  sheet.getRange(address).select();
  await context.sync();
}

export interface SheetList {
  names: string[];
  active: string;
}

export async function listSheets(context: Excel.RequestContext): Promise<SheetList> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  const active = sheets.getActiveWorksheet();
  active.load('name');
  await context.sync();
  return { names: sheets.items.map((s) => s.name), active: active.name };
}
