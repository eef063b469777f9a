/** Excel's getRanges fails on long multi-area addresses: keep every list well under ~7,000 chars. */
export const MAX_ADDRESS_LIST_CHARS = 6_000;

/** "C5", "D7", … → ["C5,D7,…", …], each joined list at most `limit` characters. */
export function chunkAddressList(addresses: readonly string[], limit = MAX_ADDRESS_LIST_CHARS): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const address of addresses) {
    if (address.length > limit) throw new Error(`Address longer than ${limit} characters: ${address.slice(0, 40)}…`);
    const next = current ? `${current},${address}` : address;
    if (next.length > limit) {
      chunks.push(current);
      current = address;
    } else {
      current = next;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

/** Splits "Sheet1!A1:B2, 'My, sheet'!C3" at the commas outside quoted sheet names. */
export function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/** "'Sheet 1'!$C$5" → "C5". */
export function bareAddress(address: string): string {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  return local.replace(/\$/g, '').toUpperCase();
}
