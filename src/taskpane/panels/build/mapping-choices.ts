// The clerk's corrections and answers as edits of the mapping (remembered in the workbook): each
// returns a new mapping, the old one untouched.
import type { BuildMapping, BuildQuestion, Channel, ColumnKey, Status } from '../../../core/build/types';

export const STATUS_CHOICES: readonly Status[] = ['new', 'processing', 'supplement', 'returned', 'rejected', 'withdrawn'];

/** The mapping with `source`'s column `key` read from `header` ('' = found by its words again). */
export function withColumnChoice(mapping: BuildMapping, source: string, key: ColumnKey, header: string): BuildMapping {
  const sources = { ...(mapping.sources ?? {}) };
  const columns = { ...(sources[source]?.columns ?? {}) };
  if (header) columns[key] = header;
  else delete columns[key];
  sources[source] = { ...(sources[source] ?? {}), columns };
  return { ...mapping, sources };
}

/** The mapping with `source`'s dossiers without a known channel counted as `channel` ('' = asked). */
export function withChannelChoice(mapping: BuildMapping, source: string, channel: string): BuildMapping {
  const sources = { ...(mapping.sources ?? {}) };
  const entry = { ...(sources[source] ?? {}) };
  if (channel === 'online' || channel === 'direct') entry.channel = channel;
  else delete entry.channel;
  sources[source] = entry;
  return { ...mapping, sources };
}

/** The mapping with a status wording meaning `status` ('' = asked again). */
export function withStatusChoice(mapping: BuildMapping, wording: string, status: string): BuildMapping {
  const statuses = { ...(mapping.statuses ?? {}) };
  if (STATUS_CHOICES.includes(status as Status)) statuses[wording] = status as Status;
  else delete statuses[wording];
  return { ...mapping, statuses };
}

/** The mapping with a channel wording meaning `channel` ('' = asked again). */
export function withChannelWording(mapping: BuildMapping, wording: string, channel: string): BuildMapping {
  const channels = { ...(mapping.channels ?? {}) };
  if (channel === 'online' || channel === 'direct') channels[wording] = channel as Channel;
  else delete channels[wording];
  return { ...mapping, channels };
}

/** The mapping with `source`'s missing or blank statuses read from the dates ('dates') or asked (''). */
export function withStatusPolicy(mapping: BuildMapping, source: string, policy: string): BuildMapping {
  const sources = { ...(mapping.sources ?? {}) };
  const entry = { ...(sources[source] ?? {}) };
  if (policy === 'dates') entry.status = 'dates';
  else delete entry.status;
  sources[source] = entry;
  return { ...mapping, sources };
}

/** The mapping with `source`'s dossiers without a field counted under `field` ('' = asked). */
export function withFieldAnswer(mapping: BuildMapping, source: string, field: string): BuildMapping {
  const sources = { ...(mapping.sources ?? {}) };
  const entry = { ...(sources[source] ?? {}) };
  if (field.trim() !== '') entry.field = field.trim();
  else delete entry.field;
  sources[source] = entry;
  return { ...mapping, sources };
}

/** The mapping with one of the build's questions answered. */
export function answerQuestion(mapping: BuildMapping, question: BuildQuestion, answer: string): BuildMapping {
  if (question.part === 'field') return withFieldAnswer(mapping, question.source, answer);
  if (question.reason === 'wording') {
    return question.part === 'channel' ? withChannelWording(mapping, question.value!, answer) : withStatusChoice(mapping, question.value!, answer);
  }
  return question.part === 'channel' ? withChannelChoice(mapping, question.source, answer) : withStatusPolicy(mapping, question.source, answer);
}
