// The consolidation samples in assets/samples/tong-hop (the README's and `npm run demo`'s example)
// are the generated test set: `UPDATE_SAMPLES=1 npx jest test/cli/consolidate-sample.test.ts`
// rewrites them; otherwise this checks that they still consolidate to the same table as the set.
import { existsSync, mkdirSync, readdirSync } from 'fs';
import * as path from 'path';
import { runCli } from '../helpers/cli';
import { writeConsolidateSet } from '../helpers/consolidate-set';
import { tempDir } from '../helpers/xlsx';

const SAMPLES = path.join(__dirname, '..', '..', 'assets', 'samples', 'tong-hop');

test('the committed samples are the generated set', async () => {
  if (process.env.UPDATE_SAMPLES === '1' || !existsSync(SAMPLES)) {
    mkdirSync(SAMPLES, { recursive: true });
    await writeConsolidateSet(SAMPLES);
  }
  const fresh = tempDir('tthc-consolidate-sample-');
  await writeConsolidateSet(fresh);
  const files = (dir: string) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.xlsx'))
      .sort()
      .map((f) => path.join(dir, f));
  expect(files(SAMPLES).map((f) => path.basename(f))).toEqual(files(fresh).map((f) => path.basename(f)));
  const table = async (dir: string) => JSON.parse((await runCli(['consolidate', ...files(dir), '--json'])).stdout).table;
  expect(await table(SAMPLES)).toEqual(await table(fresh));
});
