// The annotated copy: the clerk's own workbook with the flagged cells filled or outlined, a note on
// each, and a sheet listing the findings. Made by editing the original package — the flagged
// cells' `s`, styles.xml, the sheet's comment and VML parts, the new sheet and the lists that name
// it — so every other part (charts, pictures, pivots, other sheets) is written back byte for byte.
// exceljs is not used: it drops charts, pictures and shapes when it re-saves a workbook.
import { detectContainer, zipFormat } from '../detect';
import { AnnotateError, damaged } from './errors';
import { addNotes } from './notes';
import { addRelationship, declareContentType, OFFICE_RELATIONSHIPS, PartStore, readRelationships } from './package';
import { resultsSheetXml } from './results-sheet';
import { restyleCells } from './cells';
import { MINIMAL_STYLES, StyleEditor } from './styles';
import { appendSheet, sheetsOf, workbookPartOf } from './workbook-entry';

export { AnnotateError, type AnnotateProblem } from './errors';
export { MARK_FILLS, MARK_OUTLINE } from './styles';

export interface AnnotatedCell {
  address: string;
  severity: 'error' | 'warning';
  style: 'fill' | 'outline';
  note: string;
}

export interface ResultsSheet {
  name: string;
  columns: string[];
  /** A row's link goes on the cell showing the linked address (else on its first cell). */
  rows: Array<{ values: string[]; link?: { sheet: string; address: string } }>;
}

export interface AnnotationRequest {
  sheet: string;
  cells: AnnotatedCell[];
  results: ResultsSheet;
}

/** An OLE package holding an encrypted OOXML workbook names its streams in UTF-16. */
function holdsEncryptedPackage(bytes: Uint8Array): boolean {
  const name = 'EncryptedPackage';
  outer: for (let i = 0; i + name.length * 2 <= bytes.length; i++) {
    for (let k = 0; k < name.length; k++) if (bytes[i + 2 * k] !== name.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

function openPackage(original: Uint8Array): PartStore {
  const container = detectContainer(original);
  if (container.kind === 'problem') throw new AnnotateError(container.problem);
  if (container.kind === 'ole')
    throw new AnnotateError(holdsEncryptedPackage(original) ? { kind: 'encrypted', format: 'xlsx' } : { kind: 'not-xlsx', format: 'xls' });
  const store = new PartStore(original);
  const format = zipFormat([...store.names()], () => store.text('mimetype'));
  if (format === 'ods') throw new AnnotateError({ kind: 'not-xlsx', format: 'ods' });
  if (format === 'xlsb') throw new AnnotateError({ kind: 'xlsb' });
  if (format === 'other-office') throw new AnnotateError({ kind: 'other-office' });
  if (format !== 'xlsx') throw new AnnotateError({ kind: 'unknown' });
  return store;
}

function stylesPartOf(store: PartStore, workbookPart: string): string {
  const found = readRelationships(store, workbookPart).find((r) => r.type === `${OFFICE_RELATIONSHIPS}/styles` && store.has(r.target));
  if (found) return found.target;
  const part = store.freeName((n) => (n === 1 ? 'xl/styles.xml' : `xl/styles${n}.xml`));
  store.set(part, MINIMAL_STYLES);
  addRelationship(store, workbookPart, `${OFFICE_RELATIONSHIPS}/styles`, part);
  declareContentType(store, part, 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml');
  return part;
}

/** The annotated copy of an .xlsx; throws AnnotateError for anything else or a package it cannot edit. */
export function annotateWorkbook(original: Uint8Array, request: AnnotationRequest): Uint8Array {
  const store = openPackage(original);
  try {
    const workbookPart = workbookPartOf(store);
    const sheet = sheetsOf(store, workbookPart).find((s) => s.name === request.sheet);
    if (!sheet) throw new AnnotateError({ kind: 'no-sheet', sheet: request.sheet });
    if (!sheet.part || !store.has(sheet.part)) throw damaged(`sheet "${request.sheet}" has no worksheet part`);
    const stylesPart = stylesPartOf(store, workbookPart);
    const styles = new StyleEditor(store.text(stylesPart)!);
    const edits = request.cells.map((cell) => ({
      address: cell.address,
      format: (current: number) => styles.markedFormat(current, cell.severity, cell.style),
    }));
    let sheetXml = restyleCells(store.text(sheet.part)!, edits);
    sheetXml = addNotes(
      store,
      sheet.part,
      sheetXml,
      request.cells.filter((c) => c.note !== '').map((c) => ({ address: c.address.replace(/\$/g, '').toUpperCase(), text: c.note })),
    );
    store.set(sheet.part, sheetXml);
    const formats = { header: styles.plainFormat('header'), wrap: styles.plainFormat('wrap') };
    appendSheet(store, workbookPart, request.results.name, resultsSheetXml(request.results, formats));
    store.set(stylesPart, styles.result());
    return store.zip();
  } catch (error) {
    if (error instanceof AnnotateError) throw error;
    throw damaged((error as Error).message);
  }
}
