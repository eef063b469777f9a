// The narrative's files stay small (the layers of every folder are checked in test/architecture).
import { readdirSync, readFileSync, statSync } from 'fs';
import * as path from 'path';

const SRC = path.join(__dirname, '..', '..', '..', 'src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : full.endsWith('.ts') ? [full] : [];
  });
}

const coreFiles = [...filesUnder(path.join(SRC, 'core', 'narrative')), ...filesUnder(path.join(SRC, 'core', 'calendar'))];
const wordsFiles = [...filesUnder(path.join(SRC, 'i18n', 'narrative')), path.join(SRC, 'i18n', 'calendar.ts')];

test('no file of the narrative is over 300 lines', () => {
  const files = [...coreFiles, ...wordsFiles, ...filesUnder(path.join(SRC, 'taskpane', 'panels', 'narrative')), ...filesUnder(path.join(SRC, 'word'))];
  const long = files.map((file) => ({ file: path.relative(SRC, file), lines: readFileSync(file, 'utf8').split('\n').length })).filter((f) => f.lines > 300);
  expect(long).toEqual([]);
});
