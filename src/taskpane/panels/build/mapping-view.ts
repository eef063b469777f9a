// The column mapping of every source, to correct, in a folded section: a select per column, the
// channel of a source without a known one, and the status wordings already named.
import { COLUMN_KEYS } from '../../../core/build/types';
import type { BuildMapping, BuildResult } from '../../../core/build/types';
import type { Lang } from '../../../core/types';
import { CHANNEL_LABEL, COLUMN_KEY_LABEL, STATUS_LABEL } from '../../../i18n/build/labels';
import type { BuildPaneTexts } from '../../../i18n/build/pane';
import { clear, h } from '../../dom';
import { STATUS_CHOICES, withChannelChoice, withColumnChoice, withStatusChoice } from './mapping-choices';

function select(attrs: Record<string, string>, options: [string, string][], value: string, onChange: (value: string) => void): HTMLSelectElement {
  const element = h('select', { className: 'field__control', attrs }, options.map(([optionValue, text]) => h('option', { text, attrs: { value: optionValue } })));
  element.value = value;
  element.addEventListener('change', () => onChange(element.value));
  return element;
}

const row = (label: string, id: string, control: HTMLElement) => h('tr', {}, [h('th', {}, [h('label', { text: label, attrs: { for: id } })]), h('td', {}, [control])]);

/** Renders the mapping into the folded section `container`, open when a source could not be read. */
export function renderMapping(
  container: HTMLDetailsElement,
  result: BuildResult,
  /** The mapping in use, read at each change: the clerk may change several selects in a row. */
  current: () => BuildMapping,
  texts: BuildPaneTexts,
  lang: Lang,
  onChange: (mapping: BuildMapping) => void,
): void {
  const mapping = current();
  clear(container);
  container.append(h('summary', { text: texts.mappingHeading(result.summary.sources.length) }), h('p', { className: 'build__muted', text: texts.mappingHint }));
  result.summary.sources.forEach((source, sourceIndex) => {
    const headers = [...new Set(source.headers.filter((header) => header.trim() !== ''))];
    const choices: [string, string][] = [['', texts.automatic], ...headers.map((header): [string, string] => [header, header])];
    const rows = COLUMN_KEYS.map((key, keyIndex) => {
      const id = `build-map-${sourceIndex}-${keyIndex}`;
      const chosen = mapping.sources?.[source.source]?.columns?.[key] ?? source.mapping?.headers[key] ?? '';
      const control = select({ id, 'data-source': source.source, 'data-key': key }, choices, chosen, (header) => onChange(withColumnChoice(current(), source.source, key, header)));
      return row(COLUMN_KEY_LABEL[key][lang], id, control);
    });
    const channelId = `build-map-${sourceIndex}-channel-default`;
    const channels: [string, string][] = [
      ['', texts.channelFromColumn],
      ['online', CHANNEL_LABEL.online[lang]],
      ['direct', CHANNEL_LABEL.direct[lang]],
    ];
    const channel = mapping.sources?.[source.source]?.channel ?? '';
    rows.push(row(texts.defaultChannel, channelId, select({ id: channelId, 'data-source': source.source, 'data-default-channel': '' }, channels, channel, (value) => onChange(withChannelChoice(current(), source.source, value)))));
    container.append(h('h3', { className: 'build__source', text: source.source }), h('table', { className: 'build__map-table' }, [h('tbody', {}, rows)]));
  });
  // Status wordings the clerk has named: kept here to correct (open ones are asked above, in plain view).
  const named = Object.keys(mapping.statuses ?? {});
  if (named.length > 0) {
    const statuses: [string, string][] = [['', texts.skipStatus], ...STATUS_CHOICES.map((status): [string, string] => [status, STATUS_LABEL[status][lang]])];
    const rows = named.map((wording, index) => {
      const id = `build-status-${index}`;
      return row(`“${wording}”`, id, select({ id, 'data-status': wording }, statuses, mapping.statuses?.[wording] ?? '', (value) => onChange(withStatusChoice(current(), wording, value))));
    });
    container.append(h('h3', { className: 'build__source', text: texts.statusesHeading }), h('table', { className: 'build__map-table' }, [h('tbody', {}, rows)]));
  }
  container.open = result.summary.sources.some((source) => source.problem);
}
