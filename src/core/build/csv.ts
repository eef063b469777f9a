// CSV as the platforms export it. Splitting (delimiter, quotes, doubled quotes, line breaks in
// fields, CRLF/LF/CR) is papaparse's; what is ours is the encoding (encoding.ts). Pure: text in, rows out.
import Papa from 'papaparse';

export { decodeCsvBytes } from './encoding';

/** Enough text for the first rows of any export, title block included. */
const DETECT_CHARACTERS = 64 * 1024;

/** The delimiters exports use, in the order papaparse tries them. */
const DELIMITERS = [',', ';', '\t', '|'];

/** The delimiter of the first lines, as papaparse guesses it (the one that splits them most consistently). */
export function detectDelimiter(text: string): string {
  // Papaparse looks at the first rows only, but scans the whole text it is given for its line ends.
  const head = text.slice(0, DETECT_CHARACTERS);
  const guess = Papa.parse<string[]>(head, { preview: 20, delimitersToGuess: DELIMITERS, skipEmptyLines: true });
  return guess.meta.delimiter || ',';
}

/**
 * Parses the whole text; fields are strings exactly as written (quotes removed). Line ends may be
 * mixed (a file appended to by another program): all are read as one. A line break at the very
 * end ends the last row, it does not start an empty one.
 */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): string[][] {
  // Papaparse takes one kind of line end per file: mixed ones are made one first.
  const mixed = text.includes('\r') && /\r(?!\n)|(?<!\r)\n/.test(text);
  const input = mixed ? text.replace(/\r\n?/g, '\n') : text;
  const rows = Papa.parse<string[]>(input, { delimiter, skipEmptyLines: false }).data;
  const last = rows[rows.length - 1];
  if (last && last.length === 1 && last[0] === '' && /[\r\n]$/.test(input)) rows.pop();
  return rows;
}
