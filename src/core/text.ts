/**
 * Header and label matching: case-, accent- and Unicode-normalisation-insensitive, so that
 * "Thủy"/"Thuỷ", "hóa"/"hoá", NFC/NFD and stray spaces all compare equal.
 */
export function foldText(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase().replace(/\s+/g, ' ').trim();
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** True when every word of `phrase` (folded) occurs in `text` (folded) in order as whole words. */
export function containsPhrase(text: string, phrase: string): boolean {
  const haystack = ` ${foldText(text).replace(/[^a-z0-9]+/g, ' ')} `;
  const needle = ` ${foldText(phrase)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
  return haystack.includes(needle);
}
