// The order a clerk reads a check in: what differs first, then what agrees, then what cannot be
// checked; within each, in the order written.
import type { ReconcileItem, ReconcileStatus } from './types';

const RANK: Record<ReconcileStatus, number> = { mismatch: 0, consistent: 1, 'not-checkable': 2 };

export function readingOrder(items: ReconcileItem[]): ReconcileItem[] {
  return [...items].sort((a, b) => RANK[a.status] - RANK[b.status] || a.line - b.line || a.offset - b.offset);
}
