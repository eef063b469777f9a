// Generators of annex tables for property tests: fields whose counts satisfy every identity of
// the seed's form.
import fc from 'fast-check';
import type { FieldCounts } from './annex';

const count = fc.oneof({ weight: 2, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: fc.nat(400) });

/** One field whose columns (3)…(16) satisfy every identity of the seed's form. */
export const consistentField = fc
  .record({
    resolved: fc.tuple(count, count, count, count, count),
    pending: fc.tuple(count, count, count),
    carriedShare: fc.double({ min: 0, max: 1, noNaN: true }),
    directShare: fc.double({ min: 0, max: 1, noNaN: true }),
    blankZeros: fc.boolean(),
    name: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '' && !/^\s*(t|c|T|C)/.test(s)),
  })
  .map(({ resolved, pending, carriedShare, directShare, blankZeros, name }): FieldCounts => {
    const resolvedTotal = resolved.reduce((a, b) => a + b, 0);
    const pendingTotal = pending.reduce((a, b) => a + b, 0);
    const received = resolvedTotal + pendingTotal;
    const carried = Math.floor(received * carriedShare);
    const direct = Math.floor((received - carried) * directShare);
    const online = received - carried - direct;
    const show = (n: number) => (blankZeros && n === 0 ? null : n);
    return {
      name: `Lĩnh vực ${name}`,
      values: [received, show(online), show(direct), show(carried), resolvedTotal, ...resolved.map(show), pendingTotal, ...pending.map(show)],
    };
  });
