// The text of a CSV export, whatever it was saved in: UTF-8, UTF-16 with or without a byte-order
// mark, Windows-1258 — always in Unicode NFC. This is ours; splitting the text is papaparse's (csv.ts).

/**
 * The platform's TextDecoder (browsers and Node both have it), declared here so that core needs
 * neither DOM nor Node types.
 */
declare const TextDecoder: new (label: string, options?: { fatal?: boolean }) => { decode(data: Uint8Array): string };

/**
 * UTF-8 (with or without BOM), UTF-16 (with or without BOM), else Windows-1258 (legacy Vietnamese), always
 * returned in Unicode NFC: Windows-1258 writes tones as combining marks ("ô" + dot below), and
 * some exporters write decomposed UTF-8; the texts are written to the annex as read.
 */
export function decodeCsvBytes(data: Uint8Array): string {
  return decodeBytes(data).normalize('NFC');
}

function decodeBytes(data: Uint8Array): string {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return new TextDecoder('utf-8').decode(data.subarray(3));
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  const utf16 = utf16WithoutBom(data);
  if (utf16) return new TextDecoder(utf16).decode(data);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return new TextDecoder('windows-1258').decode(data);
  }
}

/**
 * UTF-16 saved without a BOM: text of exports is mostly ASCII, so one byte of each pair is 0 —
 * the odd ones in little-endian, the even ones in big-endian. UTF-8 and Windows-1258 have no 0 bytes.
 */
function utf16WithoutBom(data: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(data.length, 2000) & ~1;
  if (length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (data[i] === 0) evenZeros++;
    if (data[i + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}
