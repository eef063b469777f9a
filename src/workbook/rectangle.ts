// How wide the grid's rows are: a rectangle from A1 to the last cell, as Excel's used range, unless
// that would be huge — one stray value far to the right of a long sheet (XFD1 above 100,000 rows)
// would ask for billions of cells. Rows then end at their own last cell, which the core reads the
// same way (a cell past a row's end is blank).
const RECTANGLE_LIMIT = 5_000_000;

export function fitsRectangle(lastRow: number, lastCol: number): boolean {
  return (lastRow + 1) * (lastCol + 1) <= RECTANGLE_LIMIT;
}
