// What the build panel remembers in the workbook's settings: the clerk's column mapping (so
// next quarter's exports map the same way), the period, and the sheets the add-in wrote.
import { parseBuildMapping } from '../core/build/mapping';
import type { BuildMapping } from '../core/build/types';

export const BUILD_SETTING_KEY = 'tthc-report.build';

export interface BuildSettings {
  version: 1;
  mapping: BuildMapping;
  from?: string;
  to?: string;
  /** Sheets written by the add-in: replaced on the next build (a clerk's own sheet never is). */
  ownSheets: string[];
  /** The workbook sheets last chosen as exports. */
  sourceSheets: string[];
}

export function emptyBuildSettings(): BuildSettings {
  return { version: 1, mapping: {}, ownSheets: [], sourceSheets: [] };
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** Anything unreadable (hand-edited, another version) is treated as nothing remembered. */
export function parseBuildSettings(raw: unknown): BuildSettings {
  const text = typeof raw === 'string' ? raw : raw && typeof raw === 'object' ? JSON.stringify(raw) : '';
  if (!text) return emptyBuildSettings();
  try {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    if (parsed.version !== 1) return emptyBuildSettings();
    const mapping = parseBuildMapping(parsed.mapping ?? {});
    return {
      version: 1,
      mapping: mapping.ok ? mapping.mapping : {},
      from: typeof parsed.from === 'string' ? parsed.from : undefined,
      to: typeof parsed.to === 'string' ? parsed.to : undefined,
      ownSheets: strings(parsed.ownSheets),
      sourceSheets: strings(parsed.sourceSheets),
    };
  } catch {
    return emptyBuildSettings();
  }
}

export async function readBuildSettings(context: Excel.RequestContext): Promise<BuildSettings> {
  const item = context.workbook.settings.getItemOrNullObject(BUILD_SETTING_KEY);
  item.load('value');
  await context.sync();
  return item.isNullObject ? emptyBuildSettings() : parseBuildSettings(item.value);
}

export async function writeBuildSettings(context: Excel.RequestContext, settings: BuildSettings): Promise<void> {
  context.workbook.settings.add(BUILD_SETTING_KEY, JSON.stringify(settings));
  await context.sync();
}
