// The narrative's layers, checked rather than hoped for: the narrative model and the calendar are
// pure core (no words, no hosts), and the words import from core nothing but types and the pure
// formatters of numbers and dates.
import { readdirSync, readFileSync, statSync } from 'fs';
import * as path from 'path';

const SRC = path.join(__dirname, '..', '..', '..', 'src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : full.endsWith('.ts') ? [full] : [];
  });
}

interface ImportLine {
  file: string;
  target: string;
  typeOnly: boolean;
  names: string[];
}

function importsOf(file: string): ImportLine[] {
  const text = readFileSync(file, 'utf8');
  const lines: ImportLine[] = [];
  for (const match of text.matchAll(/^(import|export)\s+(type\s+)?([^;]*?)\s+from\s+'([^']+)';/gms)) {
    const target = match[4].startsWith('.') ? path.relative(SRC, path.resolve(path.dirname(file), match[4])) : match[4];
    const names = (/\{([^}]*)\}/.exec(match[3])?.[1] ?? '').split(',').map((n) => n.trim()).filter(Boolean);
    lines.push({ file: path.relative(SRC, file), target, typeOnly: match[2] !== undefined || names.every((n) => n.startsWith('type ')), names });
  }
  return lines;
}

const coreFiles = [...filesUnder(path.join(SRC, 'core', 'narrative')), ...filesUnder(path.join(SRC, 'core', 'calendar'))];
const wordsFiles = [...filesUnder(path.join(SRC, 'i18n', 'narrative')), path.join(SRC, 'i18n', 'calendar.ts')];

test('the narrative model and the calendar import only core', () => {
  const outside = coreFiles.flatMap(importsOf).filter((line) => !line.target.startsWith('core'));
  expect(outside).toEqual([]);
});

test('the narrative’s words take from core only types and the pure formatters', () => {
  const FORMATTERS: Record<string, string[]> = {
    'core/numbers': ['formatNumber', 'formatPercent'],
    'core/calendar': ['daysInRange', 'formatDate', 'formatDateRange', 'quarterOf', 'romanQuarter'],
  };
  const values = wordsFiles
    .flatMap(importsOf)
    .filter((line) => line.target.startsWith('core') && !line.typeOnly)
    .flatMap((line) => line.names.filter((name) => !name.startsWith('type ')).map((name) => ({ file: line.file, target: line.target, name })))
    .filter((use) => !(FORMATTERS[use.target] ?? []).includes(use.name));
  expect(values).toEqual([]);
});

test('no file of the narrative is over 300 lines', () => {
  const files = [...coreFiles, ...wordsFiles, ...filesUnder(path.join(SRC, 'taskpane', 'panels', 'narrative')), ...filesUnder(path.join(SRC, 'word'))];
  const long = files.map((file) => ({ file: path.relative(SRC, file), lines: readFileSync(file, 'utf8').split('\n').length })).filter((f) => f.lines > 300);
  expect(long).toEqual([]);
});
