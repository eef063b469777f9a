// What to mark on the sheet, for every host (Excel, the standalone page, an annotated copy): one
// mark per cell. A culprit, a wrong rate, a bad value is filled; the candidates of a mismatch whose
// wrong cell cannot be named are outlined ("one of these"), never filled; warnings are filled in
// the warning colour. A cell that a passing identity confirms is never marked.
import { parseA1 } from './address';
import type { FindingGroup, Severity, ValidationReport } from './types';

export type MarkStyle = 'fill' | 'outline';

export interface CellMark {
  address: string;
  severity: Severity;
  style: MarkStyle;
  /** The cards whose words go in the note on the cell (indices into ValidationReport.groups). */
  groups: number[];
}

function targetsOf(report: ValidationReport, group: FindingGroup): Array<{ address: string; style: MarkStyle }> {
  if (group.kind === 'culprit') {
    // The culprit, and the rates that will be wrong once it is corrected.
    const rates = group.findings
      .map((i) => report.findings[i])
      .filter((f) => f.afterFix && f.culprit)
      .map((f) => f.culprit as string);
    return [group.cell, ...rates].map((address) => ({ address, style: 'fill' as const }));
  }
  if (group.kind === 'single') return [{ address: group.cell, style: 'fill' }];
  const candidates = group.candidates ?? [];
  // Every cell is confirmed elsewhere (two mistakes that cancel out): the stated result is outlined.
  if (candidates.length === 0) return [{ address: report.findings[group.findings[0]].anchor, style: 'outline' }];
  return candidates.map((address) => ({ address, style: 'outline' }));
}

const RANK: Record<MarkStyle, number> = { fill: 1, outline: 0 };

export function planMarks(report: ValidationReport): CellMark[] {
  const byAddress = new Map<string, CellMark>();
  report.groups.forEach((group, index) => {
    for (const { address, style } of targetsOf(report, group)) {
      const mark = byAddress.get(address);
      if (!mark) {
        byAddress.set(address, { address, severity: group.severity, style, groups: [index] });
        continue;
      }
      // An error outranks a warning (an outlined candidate stays outlined, never filled amber);
      // between two of one severity, a fill outranks an outline.
      if (group.severity === 'error' && mark.severity === 'warning') Object.assign(mark, { severity: 'error', style });
      else if (group.severity === mark.severity && RANK[style] > RANK[mark.style]) mark.style = style;
      if (!mark.groups.includes(index)) mark.groups.push(index);
    }
  });
  return [...byAddress.values()].sort((a, b) => {
    const pa = parseA1(a.address);
    const pb = parseA1(b.address);
    return pa.row - pb.row || pa.col - pb.col;
  });
}
