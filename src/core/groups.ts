// One mistake, one card: the findings one culprit explains go on that culprit's card, with the
// rates its correction decides; the findings of a cluster without a single culprit on one card
// naming every candidate; every other finding on a card of its own.
import { parseA1 } from './address';
import type { Finding, FindingGroup, GroupNote } from './types';

/** What the engine knows of one cluster of failing identities, by finding. */
export interface ClusterCard {
  findings: Finding[];
  culprit?: {
    address: string;
    expected: number;
    found: number;
    storedAsText?: boolean;
    /** The other cell of a pair that together explains the cluster. */ partners?: string[];
  };
  candidates?: string[];
}

const SUM_RULES = new Set(['row-sum', 'cross-sum', 'column-total']);

function position(address: string): number {
  const { row, col } = parseA1(address);
  return row * 20_000 + col;
}

export function groupFindings(findings: Finding[], clusters: ClusterCard[], notes: GroupNote[]): FindingGroup[] {
  const index = new Map(findings.map((f, i) => [f, i]));
  const placed = new Set<Finding>();
  const groups: FindingGroup[] = [];
  for (const cluster of clusters) {
    const members = [...cluster.findings];
    if (cluster.culprit) {
      const culprit = cluster.culprit;
      // The rates its correction decides, and what else is said of the same cell (stored as text, a SUM range that misses rows).
      members.push(
        ...findings.filter(
          (f) => f.afterFix?.includes(culprit.address) || (!cluster.findings.includes(f) && f.anchor === culprit.address && f.rule !== 'rate'),
        ),
      );
      const checks = cluster.findings.filter((f) => SUM_RULES.has(f.rule)).length;
      const group: FindingGroup = {
        kind: 'culprit',
        severity: 'error',
        cell: culprit.address,
        expected: culprit.expected,
        actual: culprit.found,
        checks,
        findings: members.map((f) => index.get(f) as number),
        notes: notes.filter((n) => n.culprit === culprit.address),
      };
      if (culprit.storedAsText) group.storedAsText = true;
      if (culprit.partners?.length) group.partners = culprit.partners;
      groups.push(group);
    } else {
      const candidates = cluster.candidates ?? [];
      groups.push({
        kind: 'undecided',
        severity: 'error',
        cell: candidates[0] ?? cluster.findings[0].anchor,
        expected: null,
        actual: null,
        candidates,
        checks: cluster.findings.filter((f) => SUM_RULES.has(f.rule)).length,
        findings: members.map((f) => index.get(f) as number),
        notes: [],
      });
    }
    for (const member of members) placed.add(member);
  }
  for (const finding of findings) {
    if (placed.has(finding)) continue;
    groups.push({
      kind: 'single',
      severity: finding.severity,
      cell: finding.culprit ?? finding.anchor,
      expected: finding.expected,
      actual: finding.actual,
      checks: 0,
      findings: [index.get(finding) as number],
      notes: [],
    });
  }
  const rank = (g: FindingGroup) => (g.severity === 'error' ? 0 : 3) + (g.kind === 'culprit' ? 0 : g.kind === 'undecided' ? 1 : 2);
  return groups.sort((a, b) => rank(a) - rank(b) || position(a.cell) - position(b.cell));
}
