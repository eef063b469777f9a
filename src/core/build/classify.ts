// Which two leaf cells of the annex one dossier counts in, for a period.
import type { Channel, DossierRecord, Period, ReceivedLeaf, ResultLeaf, Status } from './types';

export interface Classification {
  receivedLeaf: ReceivedLeaf;
  resultLeaf: ResultLeaf;
  /** The leaf was chosen without a due date (counted on time / in time). */
  noDueDate: boolean;
}

/** A record whose status is known, and whose channel is known where the period needs it. */
export type KnownRecord = DossierRecord & { status: Status };

/** Received by the end of the period and not ended before it starts. */
export function isInPeriod(record: DossierRecord, period: Period): boolean {
  return record.received <= period.to && !(record.ended !== null && record.ended < period.from);
}

/** Received within the period: its channel decides between (4) and (5). */
export function isReceivedInPeriod(record: DossierRecord, period: Period): boolean {
  return record.received >= period.from && record.received <= period.to;
}

/**
 * Received (3): in the period, online (4) or direct/postal (5); before `from` and not ended
 * before `from`, carried over (6). Resolved (7): ended within the period — returned early (8),
 * on time (9, same day or no due date), late (10), rejected (11), withdrawn (12). Pending (13):
 * not ended by the end of `to` whatever today's status — awaiting supplement (16), overdue (15)
 * when due before `to`, else in time (14). Null: the dossier is outside the period.
 */
export function classifyDossier(record: KnownRecord, period: Period): Classification | null {
  if (!isInPeriod(record, period)) return null;
  const channel: Channel | null = record.channel;
  const receivedLeaf: ReceivedLeaf =
    record.received < period.from ? 'received.carried' : channel === 'online' ? 'received.online' : 'received.direct';
  if (record.ended !== null && record.ended <= period.to) {
    if (record.status === 'rejected') return { receivedLeaf, resultLeaf: 'resolved.rejected', noDueDate: false };
    if (record.status === 'withdrawn') return { receivedLeaf, resultLeaf: 'resolved.withdrawn', noDueDate: false };
    if (record.due === null) return { receivedLeaf, resultLeaf: 'resolved.onTime', noDueDate: true };
    const resultLeaf: ResultLeaf =
      record.ended < record.due ? 'resolved.early' : record.ended === record.due ? 'resolved.onTime' : 'resolved.late';
    return { receivedLeaf, resultLeaf, noDueDate: false };
  }
  const awaitingSupplement =
    record.status === 'supplement' && (record.supplementRequested === null || record.supplementRequested <= period.to);
  if (awaitingSupplement) return { receivedLeaf, resultLeaf: 'pending.supplement', noDueDate: false };
  if (record.due === null) return { receivedLeaf, resultLeaf: 'pending.inTime', noDueDate: true };
  return { receivedLeaf, resultLeaf: record.due < period.to ? 'pending.overdue' : 'pending.inTime', noDueDate: false };
}
