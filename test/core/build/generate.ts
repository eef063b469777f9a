// Generated dossiers with their intended annex leaves, rendered as exports of two systems in
// mixed date formats, with copies of some dossiers in the other system at an earlier stage.
import fc from 'fast-check';
import { civilFromDay, dayFromCivil } from '../../../src/core/calendar';
import type { ExportCell, ExportTable, Leaf, Period, ReceivedLeaf, ResultLeaf } from '../../../src/core/build/types';

export const GEN_PERIOD: Period = { from: dayFromCivil(2026, 3, 15)!, to: dayFromCivil(2026, 6, 14)! };

export type Life =
  | { kind: 'new' | 'processing' }
  | { kind: 'supplement'; requested: number | null }
  | { kind: 'returned' | 'rejected' | 'withdrawn'; ended: number };

export interface TrueDossier {
  code: string;
  field: string;
  online: boolean;
  received: number;
  due: number | null;
  life: Life;
  /** A second, less advanced record of the same dossier in the other system. */
  staleCopy: boolean;
  format: number;
}

const FIELDS = ['Hộ tịch', 'Chứng thực', 'Đất đai', 'Bảo trợ xã hội'];

const lifeArb = (received: number): fc.Arbitrary<Life> =>
  fc.oneof(
    fc.constantFrom<Life>({ kind: 'new' }, { kind: 'processing' }),
    fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }).map((offset): Life => ({ kind: 'supplement', requested: offset === null ? null : received + offset })),
    fc
      .tuple(fc.constantFrom<'returned' | 'rejected' | 'withdrawn'>('returned', 'returned', 'rejected', 'withdrawn'), fc.integer({ min: 0, max: 60 }))
      .map(([kind, offset]): Life => ({ kind, ended: received + offset })),
  );

/** Receipts from 70 days before the period to 10 days after it: every boundary gets hit. */
export const dossierArb = (index: number): fc.Arbitrary<TrueDossier> =>
  fc
    .integer({ min: GEN_PERIOD.from - 70, max: GEN_PERIOD.to + 10 })
    .chain((received) =>
      fc.record({
        code: fc.constant(`HS-${String(index).padStart(5, '0')}`),
        field: fc.constantFrom(...FIELDS),
        online: fc.boolean(),
        received: fc.constant(received),
        due: fc.option(fc.integer({ min: 0, max: 30 }).map((d) => received + d), { nil: null, freq: 8 }),
        life: lifeArb(received),
        staleCopy: fc.boolean(),
        format: fc.nat(3),
      }),
    );

export const dossiersArb = fc.integer({ min: 1, max: 60 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => dossierArb(i))));

/** The rules of issue 7, written out plainly as the test's oracle. */
export function expectedLeaves(d: TrueDossier, period: Period): [ReceivedLeaf, ResultLeaf] | null {
  const ended = 'ended' in d.life ? d.life.ended : null;
  if (d.received > period.to) return null;
  if (ended !== null && ended < period.from) return null;
  const receivedLeaf: ReceivedLeaf = d.received < period.from ? 'received.carried' : d.online ? 'received.online' : 'received.direct';
  if (ended !== null && ended <= period.to) {
    if (d.life.kind === 'rejected') return [receivedLeaf, 'resolved.rejected'];
    if (d.life.kind === 'withdrawn') return [receivedLeaf, 'resolved.withdrawn'];
    if (d.due === null || ended === d.due) return [receivedLeaf, 'resolved.onTime'];
    return [receivedLeaf, ended < d.due ? 'resolved.early' : 'resolved.late'];
  }
  if (d.life.kind === 'supplement' && (d.life.requested === null || d.life.requested <= period.to)) return [receivedLeaf, 'pending.supplement'];
  if (d.due !== null && d.due < period.to) return [receivedLeaf, 'pending.overdue'];
  return [receivedLeaf, 'pending.inTime'];
}

export function expectedCounts(dossiers: TrueDossier[], period: Period): Map<string, Record<Leaf, number>> {
  const byField = new Map<string, Record<Leaf, number>>();
  for (const d of dossiers) {
    const leaves = expectedLeaves(d, period);
    if (!leaves) continue;
    const counts = byField.get(d.field) ?? ({} as Record<Leaf, number>);
    for (const leaf of leaves) counts[leaf] = (counts[leaf] ?? 0) + 1;
    byField.set(d.field, counts);
  }
  return byField;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The same calendar day written four ways, times chosen so that only the date part counts. */
function writeDate(day: number | null, format: number): ExportCell {
  if (day === null) return '';
  const { year, month, day: dd } = civilFromDay(day);
  switch (format) {
    case 0:
      return `${pad(dd)}/${pad(month)}/${year}`;
    case 1:
      return `${year}${pad(month)}${pad(dd)}235959`;
    case 2:
      return day + 25569 + 0.99; // an Excel date at 23:45 wall-clock time
    default: {
      // 00:30 in Vietnam is 17:30 UTC the day before: the zone must move it back.
      const prev = civilFromDay(day - 1);
      return `${prev.year}-${pad(prev.month)}-${pad(prev.day)}T17:30:00Z`;
    }
  }
}

const STATUS_TEXT: Record<Life['kind'], string> = {
  new: 'Mới tiếp nhận',
  processing: 'Đang xử lý',
  supplement: 'Yêu cầu bổ sung',
  returned: 'Đã trả kết quả',
  rejected: 'Từ chối giải quyết',
  withdrawn: 'Công dân rút hồ sơ',
};

/** System A: one-stop (all dossiers); system B: the portal (online ones and stale copies). */
export function renderExports(dossiers: TrueDossier[]): ExportTable[] {
  const oneStop: ExportCell[][] = [
    ['Số hồ sơ', 'Lĩnh vực', 'Hình thức nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Trạng thái', 'Ngày yêu cầu bổ sung'],
  ];
  const portal: ExportCell[][] = [
    ['Mã hồ sơ', 'Lĩnh vực', 'Kênh nộp', 'Thời gian tiếp nhận', 'Hạn xử lý', 'Ngày kết thúc xử lý', 'Trạng thái hồ sơ', 'Ngày yêu cầu bổ sung'],
  ];
  for (const d of dossiers) {
    const row = (format: number, code: string, life: Life): ExportCell[] => [
      code,
      d.field,
      d.online ? 'Trực tuyến' : 'Trực tiếp',
      writeDate(d.received, format),
      writeDate(d.due, format),
      writeDate('ended' in life ? life.ended : null, format),
      STATUS_TEXT[life.kind],
      writeDate(life.kind === 'supplement' ? life.requested : null, format),
    ];
    const target = d.online && d.format % 2 === 0 ? portal : oneStop;
    const other = target === portal ? oneStop : portal;
    target.push(row(d.format, d.code, d.life));
    if (d.staleCopy && d.life.kind !== 'new') {
      // The other system still shows an earlier stage, or (odd formats) the same end reached a day
      // earlier: the truth is always the record that must win.
      const endedEarlier = 'ended' in d.life && d.format % 2 === 1 && d.life.ended > d.received;
      const stale: Life =
        'ended' in d.life && endedEarlier
          ? { kind: d.life.kind, ended: d.life.ended - 1 }
          : d.life.kind === 'processing'
            ? { kind: 'new' }
            : { kind: 'processing' };
      other.push(row((d.format + 1) % 4, ` ${d.code.toLowerCase()} `, stale));
    }
  }
  return [
    { source: 'mot-cua.csv', rows: oneStop },
    { source: 'dvcqg.xlsx › Sheet1', rows: portal },
  ];
}
