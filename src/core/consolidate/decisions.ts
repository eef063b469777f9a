// Which sources are added into which unit's row: the units file names a source's unit, its
// platform, or leaves it out; two sources of one unit are added only when they count different
// platforms. The national portal (which may already hold what the other systems synced) and a unit
// sent twice are asked about — never summed silently.
import { unitKey } from './unit-identity';
import type { ConsolidateNote, DuplicateQuestion, SourceRef, UnitDecision, UnitSource, UnitsFile } from './types';
import { fileStem } from './unit-identity';

/** The units file's entry for a source: "file › sheet", "file:sheet", the file, or its bare name. */
export function decisionFor(units: UnitsFile | undefined, source: SourceRef): UnitDecision | undefined {
  if (!units) return undefined;
  const base = source.file.split(/[\\/]/).pop() ?? source.file;
  const keys =
    source.sheet !== undefined
      ? [`${source.file} › ${source.sheet}`, `${source.file}:${source.sheet}`, `${base} › ${source.sheet}`, `${base}:${source.sheet}`]
      : [];
  keys.push(source.file, base, fileStem(source.file));
  for (const key of keys) {
    const entry = units[key];
    if (entry !== undefined) return typeof entry === 'string' ? { unit: entry } : entry;
  }
  return undefined;
}

export interface UnitGroup {
  key: string;
  name: string;
  sources: UnitSource[];
}

export interface Decisions {
  units: UnitGroup[];
  questions: DuplicateQuestion[];
  notes: ConsolidateNote[];
}

const ref = (s: UnitSource): SourceRef => ({ file: s.file, sheet: s.sheet });

export function decideUnits(sources: UnitSource[], units: UnitsFile | undefined): Decisions {
  const notes: ConsolidateNote[] = [];
  const groups = new Map<string, UnitGroup>();
  const platformSetBy = new Map<UnitSource, 'units-file' | 'title'>();
  for (const original of sources) {
    const decision = decisionFor(units, original);
    if (decision?.use === false) {
      notes.push({ kind: 'excluded', source: ref(original), reason: 'units-file' });
      continue;
    }
    let source = original;
    if (decision?.unit) source = { ...source, identity: { ...source.identity, name: decision.unit, key: unitKey(decision.unit), from: 'units-file' } };
    if (decision?.platform) {
      source = { ...source, identity: { ...source.identity, platform: { name: decision.platform, national: false } } };
      platformSetBy.set(source, 'units-file');
    } else if (source.identity.platform) platformSetBy.set(source, 'title');
    if (source.identity.from === 'file-name') notes.push({ kind: 'name-from-file', source: ref(source), unit: source.identity.name });
    const group = groups.get(source.identity.key) ?? { key: source.identity.key, name: source.identity.name, sources: [] };
    group.sources.push(source);
    groups.set(source.identity.key, group);
  }
  const questions: DuplicateQuestion[] = [];
  for (const group of groups.values()) {
    if (group.sources.length < 2) continue;
    const platforms = group.sources.map((s) => s.identity.platform);
    const distinct = platforms.every((p) => p !== undefined) && new Set(platforms.map((p) => p?.name.toLocaleLowerCase('vi'))).size === platforms.length;
    const national = group.sources.some((s) => s.identity.platform?.national && platformSetBy.get(s) === 'title');
    if (distinct && !national) {
      notes.push({ kind: 'platforms-added', unit: group.name, sources: group.sources.map((s) => ({ ...ref(s), platform: s.identity.platform?.name ?? '' })) });
      continue;
    }
    questions.push({
      unit: group.name,
      kind: national ? 'national-portal' : 'sent-twice',
      sources: group.sources.map((s) => ({ ...ref(s), ...(s.identity.platform ? { platform: s.identity.platform.name } : {}) })),
    });
  }
  return { units: [...groups.values()], questions, notes };
}
