// The reading of each number of a text, in the order written, in the corpus's notation (prose-corpus.ts).
import { reconcileText } from '../../../src/core/narrative/reconcile/reconcile-text';
import type { ReconcileItem, ReconcileReport } from '../../../src/core/narrative/reconcile/types';
import { formatNumber } from '../../../src/shared/numbers';
import { CORPUS_COLUMNS, CORPUS_TABLES, type CorpusTable } from './prose-tables';

function readingOf(item: ReconcileItem): string {
  const basis = item.basis;
  const written = (value: number | null) => (value === null ? '—' : `${formatNumber(value, 'vi')}${item.measure === 'rate' ? '%' : ''}`);
  if (item.status === 'not-checkable') {
    if (basis.kind === 'other-unit') return `? unit ${basis.unit}`;
    if (basis.kind === 'field-unknown') return `? field ${item.field ?? ''}`;
    return `? ${basis.kind}`;
  }
  const sign = item.status === 'consistent' ? '=' : `≠ ${written(item.expected)}`;
  switch (basis.kind) {
    case 'column':
      return `${sign} ${basis.ref}`;
    case 'rate':
      return `${sign} ${basis.definition}`;
    case 'field-row':
      return `${sign} ${item.field ?? ''} ${item.subject}`;
    case 'field-share':
      return `${sign} ${item.field ?? ''} ${item.subject} share`;
    case 'field-rate':
      return `${sign} ${item.field ?? ''} ${item.subject} rate${basis.of === 'total' ? ' total' : ''}`;
    default:
      return `${sign} ${basis.kind}`;
  }
}

export function readingsOf(report: ReconcileReport): [string, string][] {
  const all: { line: number; offset: number; entry: [string, string] }[] = [
    ...report.items.map((item) => ({ line: item.line, offset: item.offset, entry: [item.statedText, readingOf(item)] as [string, string] })),
    ...report.references.flatMap((reference) =>
      reference.places.map((place) => ({ line: place.line, offset: place.offset, entry: [reference.text, reference.kind] as [string, string] })),
    ),
  ];
  return all.sort((a, b) => a.line - b.line || a.offset - b.offset).map((r) => r.entry);
}

export function readCorpusText(text: string, table: CorpusTable): ReconcileReport {
  const figures = CORPUS_TABLES[table]();
  return reconcileText(text, figures.totals, { columns: CORPUS_COLUMNS, fields: figures.fields });
}
