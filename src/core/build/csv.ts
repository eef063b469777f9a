// CSV as the platforms export it: comma, semicolon or tab separated, quoted fields with
// doubled quotes and line breaks inside, CRLF or LF. Pure: text in, rows out.

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

/** The delimiter of the first lines: the candidate that splits them most, consistently. */
export function detectDelimiter(text: string): string {
  const lines = text.split(/\r?\n/, 20).filter((line) => line.trim() !== '');
  let best = ',';
  let bestScore = 0;
  for (const delimiter of [',', ';', '\t', '|']) {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter));
    const max = Math.max(0, ...counts);
    if (max === 0) continue;
    const consistent = counts.filter((count) => count === max).length;
    const score = max * consistent;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === delimiter && !quoted) count++;
  }
  return count;
}

/** Parses the whole text; fields are strings exactly as written (quotes removed). */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const length = text.length;
  const delimiterCode = delimiter.charCodeAt(0);
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === 34 /* " */ && field === '') {
      // Quoted field: up to the closing quote; "" is a quote.
      let end = i + 1;
      let value = '';
      for (;;) {
        const close = text.indexOf('"', end);
        if (close < 0) {
          value += text.slice(end);
          end = length;
          break;
        }
        value += text.slice(end, close);
        if (text.charCodeAt(close + 1) === 34) {
          value += '"';
          end = close + 2;
        } else {
          end = close + 1;
          break;
        }
      }
      field = value;
      i = end;
      // Anything between the closing quote and the delimiter is kept as written.
      while (i < length) {
        const next = text.charCodeAt(i);
        if (next === delimiterCode || next === 10 || next === 13) break;
        field += text[i];
        i++;
      }
      continue;
    }
    if (code === delimiterCode) {
      row.push(field);
      field = '';
      i++;
    } else if (code === 10 || code === 13) {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += code === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    } else {
      let next = i + 1;
      while (next < length) {
        const c = text.charCodeAt(next);
        if (c === delimiterCode || c === 10 || c === 13) break;
        next++;
      }
      field += text.slice(i, next);
      i = next;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
