// The periods' layers, checked: src/core/periods is pure core (no words, no hosts, no Node), its
// words in src/i18n/periods take from core only types and pure formatters, and no file is long.
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';

const SRC = path.join(__dirname, '..', '..', '..', 'src');

function filesIn(dir: string): string[] {
  return readdirSync(path.join(SRC, dir))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.join(SRC, dir, name));
}

interface ImportLine {
  file: string;
  target: string;
  names: string[];
  typeOnly: boolean;
}

function importsOf(file: string): ImportLine[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(import|export)\s+(type\s+)?([^;]*?)\s+from\s+'([^']+)';/gms)].map((match) => {
    const target = match[4].startsWith('.') ? path.relative(SRC, path.resolve(path.dirname(file), match[4])) : match[4];
    const names = (/\{([^}]*)\}/.exec(match[3])?.[1] ?? '')
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean);
    return { file: path.relative(SRC, file), target, names, typeOnly: match[2] !== undefined || names.every((n) => n.startsWith('type ')) };
  });
}

const core = filesIn('core/periods');
const words = filesIn('i18n/periods');

test('src/core/periods imports only core', () => {
  expect(core.flatMap(importsOf).filter((line) => !line.target.startsWith('core'))).toEqual([]);
});

test('src/i18n/periods takes from core only types and pure formatters', () => {
  const PURE: Record<string, string[]> = {
    'core/numbers': ['formatNumber'],
    'core/calendar': ['dayNumberOf', 'formatDay', 'quarterOf', 'romanQuarter'],
  };
  const values = words
    .flatMap(importsOf)
    .filter((line) => line.target.startsWith('core') && !line.typeOnly)
    .flatMap((line) => line.names.filter((name) => !name.startsWith('type ')).map((name) => ({ file: line.file, target: line.target, name })))
    .filter((use) => !(PURE[use.target] ?? []).includes(use.name));
  expect(values).toEqual([]);
});

test('no file of the periods is over 300 lines', () => {
  const files = [
    ...core,
    ...words,
    ...filesIn('cli/periods'),
    ...filesIn('taskpane/panels/periods'),
    ...filesIn('taskpane/panels/cumulate'),
    path.join(SRC, 'cli/commands/cumulate.ts'),
  ];
  const long = files.map((file) => ({ file: path.relative(SRC, file), lines: readFileSync(file, 'utf8').split('\n').length })).filter((f) => f.lines > 300);
  expect(long).toEqual([]);
});
