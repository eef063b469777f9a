// The architecture, checked rather than hoped for: which folder of src/ may import which, who may
// touch Office, and how long a file may grow. A broken rule fails here (and in ESLint).
import { readdirSync, readFileSync, statSync } from 'fs';
import * as path from 'path';

const SRC = path.join(__dirname, '..', '..', 'src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : full.endsWith('.ts') ? [full] : [];
  });
}

interface ImportLine {
  file: string;
  /** The imported module: "core/types", "i18n/pane" for our own, the package name otherwise. */
  target: string;
  typeOnly: boolean;
}

export function importsOf(file: string): ImportLine[] {
  const text = readFileSync(file, 'utf8');
  const lines: ImportLine[] = [];
  for (const match of text.matchAll(/^(?:import|export)\s+(type\s+)?([^;]*?)\s+from\s+'([^']+)';/gms)) {
    const target = match[3].startsWith('.') ? path.relative(SRC, path.resolve(path.dirname(file), match[3])) : match[3];
    const names = (/\{([^}]*)\}/.exec(match[2])?.[1] ?? '')
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean);
    lines.push({ file: path.relative(SRC, file), target, typeOnly: match[1] !== undefined || (names.length > 0 && names.every((n) => n.startsWith('type '))) });
  }
  for (const match of text.matchAll(/\bimport\(\s*(?:\/\*[^*]*\*\/\s*)?'([^']+)'\s*\)/g)) {
    const target = match[1].startsWith('.') ? path.relative(SRC, path.resolve(path.dirname(file), match[1])) : match[1];
    lines.push({ file: path.relative(SRC, file), target, typeOnly: false });
  }
  return lines;
}

const ALL = filesUnder(SRC);
const IMPORTS = ALL.flatMap(importsOf);
const folderOf = (target: string) => target.split(path.sep)[0];
const OURS = new Set(readdirSync(SRC).filter((name) => statSync(path.join(SRC, name)).isDirectory()));
const NODE = /^(node:|fs$|path$|os$|zlib$|stream$|buffer$|child_process$|worker_threads$|util$|url$|crypto$)/;

/** Folder → the folders of ours it may import values from (types: also `typesFrom`). */
const RULES: Record<string, { values: string[]; typesFrom?: string[]; packages?: boolean }> = {
  shared: { values: ['shared'] },
  core: { values: ['core', 'shared'], packages: true },
  i18n: { values: ['i18n', 'shared'], typesFrom: ['core', 'workbook'] },
  workbook: { values: ['workbook', 'shared', 'core'], packages: true },
  // word edits .docx packages with the workbook layer's XML reader (browser-safe: text in, events out).
  word: { values: ['word', 'i18n', 'core', 'shared', 'workbook'], packages: true },
  excel: { values: ['excel', 'core', 'shared', 'i18n'], typesFrom: ['app'] },
  app: { values: ['app', 'core', 'i18n', 'shared'], typesFrom: ['excel', 'workbook'] },
  // The standalone page is a UI like the pane: it runs in the browser, never in the CLI's Node.
  standalone: { values: ['standalone', 'app', 'core', 'i18n', 'shared', 'workbook', 'word', 'taskpane', 'excel'] },
};

describe('layers', () => {
  test.each(Object.keys(RULES))('%s imports only what its layer may', (folder) => {
    const rule = RULES[folder];
    const broken = IMPORTS.filter((line) => folderOf(line.file) === folder)
      .filter((line) => {
        const to = folderOf(line.target);
        if (!OURS.has(to))
          return !rule.packages && !line.target.startsWith('.') && NODE.test(line.target)
            ? true
            : folder === 'core' || folder === 'shared' || folder === 'workbook'
              ? NODE.test(line.target)
              : false;
        if (rule.values.includes(to)) return false;
        return !(line.typeOnly && (rule.typesFrom ?? []).includes(to));
      })
      .map((line) => `${line.file} → ${line.target}`);
    expect(broken).toEqual([]);
  });

  test('core and shared use no DOM, Node or Office global', () => {
    const globals = /\b(window|document|navigator|localStorage|Office|Excel|OfficeExtension|process|Buffer|require)\s*[.(]/;
    const found = ALL.filter((file) => ['core', 'shared'].includes(path.relative(SRC, file).split(path.sep)[0]))
      .map((file) => ({ file: path.relative(SRC, file), lines: readFileSync(file, 'utf8').split('\n') }))
      .flatMap(({ file, lines }) =>
        lines
          .map((line, i) => ({ file, line: i + 1, text: line }))
          .filter((l) => !/^\s*(\/\/|\*|\/\*)/.test(l.text) && globals.test(l.text.replace(/'[^']*'|`[^`]*`/g, ''))),
      )
      .map((l) => `${l.file}:${l.line}`);
    expect(found).toEqual([]);
  });

  test('only src/excel, src/commands and src/entries touch Office and Excel', () => {
    const found = ALL.filter((file) => !['excel', 'commands', 'entries'].includes(path.relative(SRC, file).split(path.sep)[0]))
      .filter((file) =>
        /(^|[^.\w])(Office|Excel)\.[a-zA-Z]/m.test(
          readFileSync(file, 'utf8')
            .replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')
            .replace(/'[^']*'|`[^`]*`/g, ''),
        ),
      )
      .map((file) => path.relative(SRC, file));
    expect(found).toEqual([]);
  });

  test('commands and the task pane do not import each other', () => {
    const crossing = IMPORTS.filter(
      (line) =>
        (folderOf(line.file) === 'commands' && folderOf(line.target) === 'taskpane') ||
        (folderOf(line.file) === 'taskpane' && folderOf(line.target) === 'commands'),
    );
    expect(crossing.map((l) => `${l.file} → ${l.target}`)).toEqual([]);
  });

  test('no file of src/ is over 350 lines', () => {
    const long = ALL.map((file) => ({ file: path.relative(SRC, file), lines: readFileSync(file, 'utf8').split('\n').length })).filter((f) => f.lines > 350);
    expect(long).toEqual([]);
  });

  test('the rules can fail: a core file importing i18n is caught', () => {
    const fake: ImportLine = { file: path.join('core', 'x.ts'), target: path.join('i18n', 'pane'), typeOnly: false };
    const rule = RULES.core;
    expect(rule.values.includes(folderOf(fake.target))).toBe(false);
  });
});
