// Realistic dossier counts for one row of an annex, drawn from a seeded generator so that the
// corpus is the same on every run. The seed report's scale: most fields small or empty, a few in
// the hundreds or thousands, nearly everything online and on time.
'use strict';

/** mulberry32: a small deterministic generator; the same seed gives the same corpus. */
function makeRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (low, high) => low + Math.floor(next() * (high - low + 1));
  const chance = (p) => next() < p;
  const share = (n, low, high) => Math.round(n * (low + next() * (high - low)));
  return { next, int, chance, share };
}

/** How many dossiers a field receives in a quarter: many empty, some dozens, a few thousands. */
function drawReceived(random, scale) {
  const roll = random.next();
  if (roll < 0.22) return 0;
  if (roll < 0.55) return random.int(1, 40);
  if (roll < 0.85) return random.int(40, 320);
  return random.int(320, 2000) * scale;
}

/**
 * One row's counts by meaning. received = online + direct + carried; resolved = early + onTime +
 * late + rejected + withdrawn; pending = inTime + overdue + supplement; received = resolved +
 * pending. Extra counts outside the sums: nvtc (awaiting a financial obligation, part of inTime),
 * apology (late dossiers with a letter of apology), paidOnline (fees paid online).
 */
function drawCounts(random, { scale = 1, received: range } = {}) {
  const received = range ? random.int(range[0], range[1]) : drawReceived(random, scale);
  const carried = received > 20 && random.chance(0.5) ? random.share(received, 0, 0.06) : 0;
  const fresh = received - carried;
  const direct = random.chance(0.35) ? random.share(fresh, 0, 0.12) : 0;
  const online = fresh - direct;
  const pending = received === 0 ? 0 : Math.min(received, random.share(received, 0, 0.16));
  const resolved = received - pending;
  const late = resolved > 30 && random.chance(0.25) ? random.int(1, 4) : 0;
  const rejected = resolved > 15 && random.chance(0.4) ? random.share(resolved, 0.002, 0.012) : 0;
  const withdrawn = resolved > 15 && random.chance(0.4) ? random.share(resolved, 0.002, 0.01) : 0;
  const rest = resolved - late - rejected - withdrawn;
  const onTime = random.chance(0.3) ? random.share(rest, 0, 0.08) : 0;
  const early = rest - onTime;
  const overdue = pending > 5 && random.chance(0.2) ? random.int(1, 2) : 0;
  const supplement = pending > 2 && random.chance(0.5) ? random.share(pending - overdue, 0.1, 0.4) : 0;
  const inTime = pending - overdue - supplement;
  const nvtc = inTime > 3 && random.chance(0.4) ? random.int(1, Math.min(inTime, 6)) : 0;
  const apology = late > 0 && random.chance(0.6) ? random.int(1, late) : 0;
  const paidOnline = random.share(resolved, 0.3, 0.6);
  const bcci = direct > 3 && random.chance(0.5) ? random.int(1, Math.max(1, Math.floor(direct / 3))) : 0;
  const level3 = online > 0 && random.chance(0.4) ? random.share(online, 0.05, 0.3) : 0;
  return withDerived({
    online,
    direct,
    carried,
    early,
    onTime,
    late,
    rejected,
    withdrawn,
    inTime,
    overdue,
    supplement,
    nvtc,
    apology,
    paidOnline,
    bcci,
    counter: direct - bcci,
    level3,
    level4: online - level3,
  });
}

/** Adds the totals every layout uses: new, received, resolved, pending and the merged parts forms print. */
function withDerived(c) {
  const fresh = c.online + c.direct;
  const resolved = c.early + c.onTime + c.late + c.rejected + c.withdrawn;
  const pending = c.inTime + c.overdue + c.supplement;
  return {
    ...c,
    fresh,
    received: fresh + c.carried,
    resolved,
    pending,
    // Biểu 06a systems count returned and withdrawn dossiers inside "Đúng hạn", awaiting supplement inside "Trong hạn".
    onTimeAll: c.onTime + c.rejected + c.withdrawn,
    inTimeAll: c.inTime + c.supplement,
    earlyOnTime: c.early + c.onTime,
    returnedWithdrawn: c.rejected + c.withdrawn,
    lateAll: c.late + c.overdue,
  };
}

const BASE_KEYS = [
  'online',
  'direct',
  'carried',
  'early',
  'onTime',
  'late',
  'rejected',
  'withdrawn',
  'inTime',
  'overdue',
  'supplement',
  'nvtc',
  'apology',
  'paidOnline',
  'bcci',
  'counter',
  'level3',
  'level4',
];

/** The counts of several rows added up (a group's or the table's). */
function sumCounts(rows) {
  const base = {};
  for (const key of BASE_KEYS) base[key] = rows.reduce((sum, row) => sum + row[key], 0);
  return withDerived(base);
}

module.exports = { makeRandom, drawCounts, sumCounts };
