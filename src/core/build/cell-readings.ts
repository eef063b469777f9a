// What one status, channel or date cell of an export says, before the row is judged: the clerk's
// wordings first, then the national portal's codes in its code columns, then the words.
import { foldText } from '../text';
import { normaliseChannel } from './channel';
import { PORTAL_CHANNEL_CODES, PORTAL_STATUS_CODES, codeNumber, portalStatusByName } from './portal';
import { readStatus } from './status';
import type { StatusReading } from './status';
import type { Channel, ExportCell, Status } from './types';

export interface StatusCell {
  reading: StatusReading;
  /** The date column that ends this status first (the portal's code 9 ends on NgayKetThucXuLy). */
  endsOn?: 'ended' | 'returned';
}

function customMeaning<T>(text: string, custom: Record<string, T> | undefined): T | undefined {
  if (!custom) return undefined;
  const folded = foldText(text);
  for (const [wording, meaning] of Object.entries(custom)) if (foldText(wording) === folded) return meaning;
  return undefined;
}

/** Reads a non-blank status text; null when it is not understood. */
export function statusReader(custom: Record<string, Status> | undefined, portalCodes: boolean): (text: string) => StatusCell | null {
  return (text) => {
    const chosen = customMeaning(text, custom);
    if (chosen !== undefined) return { reading: chosen };
    const code = portalCodes ? codeNumber(text) : null;
    if (code !== null) return PORTAL_STATUS_CODES[code] ?? null;
    const named = portalStatusByName(text);
    if (named) return named;
    const reading = readStatus(text);
    return reading === null ? null : { reading };
  };
}

/** Reads a non-blank channel text; null when it is not understood. */
export function channelReader(custom: Record<string, Channel> | undefined, portalCodes: boolean): (text: string) => Channel | null {
  return (text) => {
    const chosen = customMeaning(text, custom);
    if (chosen !== undefined) return chosen;
    const code = portalCodes ? codeNumber(text) : null;
    if (code !== null) return PORTAL_CHANNEL_CODES[code] ?? null;
    return normaliseChannel(text);
  };
}

const SCIENTIFIC = /^\d(?:[.,]\d+)?\s*E\s*\+\s*\d+$/i;

/**
 * "2,02603E+13": a yyyyMMddHHmmss number that Excel displayed in scientific notation and saved
 * so in a CSV — its digits are lost, the date cannot be known.
 */
export function isScientificNumberText(value: ExportCell): boolean {
  return typeof value === 'string' && SCIENTIFIC.test(value.trim());
}
