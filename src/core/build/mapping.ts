// The clerk's mapping file: checked field by field, so a typo is named rather than ignored.
import { COLUMN_KEYS } from './types';
import type { BuildMapping, BuildResult, Channel, ColumnKey, Status } from './types';

const STATUSES: readonly Status[] = ['new', 'processing', 'supplement', 'returned', 'rejected', 'withdrawn'];
const CHANNELS: readonly Channel[] = ['online', 'direct'];

export type MappingParse = { ok: true; mapping: BuildMapping } | { ok: false; problem: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseColumns(value: unknown, where: string): Partial<Record<ColumnKey, string>> | string {
  if (!isRecord(value)) return `${where} must be an object`;
  const columns: Partial<Record<ColumnKey, string>> = {};
  for (const [key, header] of Object.entries(value)) {
    if (!COLUMN_KEYS.includes(key as ColumnKey)) return `${where}.${key}: unknown column (one of ${COLUMN_KEYS.join(', ')})`;
    if (typeof header !== 'string' || header.trim() === '') return `${where}.${key} must be a header text`;
    columns[key as ColumnKey] = header;
  }
  return columns;
}

function parseWordMap<T extends string>(value: unknown, where: string, allowed: readonly T[]): Record<string, T> | string {
  if (!isRecord(value)) return `${where} must be an object`;
  const words: Record<string, T> = {};
  for (const [wording, meaning] of Object.entries(value)) {
    if (!allowed.includes(meaning as T)) return `${where}["${wording}"]: "${String(meaning)}" is not one of ${allowed.join(', ')}`;
    words[wording] = meaning as T;
  }
  return words;
}

/** Validates a parsed JSON mapping. */
export function parseBuildMapping(json: unknown): MappingParse {
  if (!isRecord(json)) return { ok: false, problem: 'the file must hold a JSON object' };
  const mapping: BuildMapping = {};
  for (const key of Object.keys(json)) {
    if (!['columns', 'sources', 'statuses', 'channels', 'fields', '$comment'].includes(key)) {
      return { ok: false, problem: `unknown key "${key}" (columns, sources, statuses, channels, fields)` };
    }
  }
  if (json.columns !== undefined) {
    const columns = parseColumns(json.columns, 'columns');
    if (typeof columns === 'string') return { ok: false, problem: columns };
    mapping.columns = columns;
  }
  if (json.sources !== undefined) {
    if (!isRecord(json.sources)) return { ok: false, problem: 'sources must be an object' };
    mapping.sources = {};
    for (const [source, value] of Object.entries(json.sources)) {
      if (!isRecord(value)) return { ok: false, problem: `sources["${source}"] must be an object` };
      const entry: NonNullable<BuildMapping['sources']>[string] = {};
      if (value.columns !== undefined) {
        const columns = parseColumns(value.columns, `sources["${source}"].columns`);
        if (typeof columns === 'string') return { ok: false, problem: columns };
        entry.columns = columns;
      }
      for (const key of Object.keys(value)) {
        if (!['columns', 'channel', 'status', 'field'].includes(key)) {
          return { ok: false, problem: `sources["${source}"]: unknown key "${key}" (columns, channel, status, field)` };
        }
      }
      if (value.channel !== undefined) {
        if (!CHANNELS.includes(value.channel as Channel)) return { ok: false, problem: `sources["${source}"].channel must be online or direct` };
        entry.channel = value.channel as Channel;
      }
      if (value.status !== undefined) {
        if (value.status !== 'dates') return { ok: false, problem: `sources["${source}"].status must be "dates" (statuses read from the return date)` };
        entry.status = 'dates';
      }
      if (value.field !== undefined) {
        if (typeof value.field !== 'string' || value.field.trim() === '') return { ok: false, problem: `sources["${source}"].field must be a field name` };
        entry.field = value.field.trim();
      }
      mapping.sources[source] = entry;
    }
  }
  if (json.statuses !== undefined) {
    const statuses = parseWordMap(json.statuses, 'statuses', STATUSES);
    if (typeof statuses === 'string') return { ok: false, problem: statuses };
    mapping.statuses = statuses;
  }
  if (json.channels !== undefined) {
    const channels = parseWordMap(json.channels, 'channels', CHANNELS);
    if (typeof channels === 'string') return { ok: false, problem: channels };
    mapping.channels = channels;
  }
  if (json.fields !== undefined) {
    if (!isRecord(json.fields)) return { ok: false, problem: 'fields must be an object' };
    mapping.fields = {};
    for (const [from, to] of Object.entries(json.fields)) {
      if (typeof to !== 'string' || to.trim() === '') return { ok: false, problem: `fields["${from}"] must be a field name` };
      mapping.fields[from] = to;
    }
  }
  return { ok: true, mapping };
}

/** The mapping in use, to save and correct: each source's columns as they were mapped. */
export function mappingInUse(result: BuildResult, base: BuildMapping = {}): BuildMapping {
  const sources: NonNullable<BuildMapping['sources']> = { ...(base.sources ?? {}) };
  for (const source of result.summary.sources) {
    if (!source.mapping) continue;
    const columns: Partial<Record<ColumnKey, string>> = {};
    for (const key of COLUMN_KEYS) if (source.mapping.headers[key] !== undefined) columns[key] = source.mapping.headers[key];
    sources[source.source] = { ...(sources[source.source] ?? {}), columns };
  }
  return { ...base, sources };
}
