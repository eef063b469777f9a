// The docx library stays out of the pane's first load: its own chunk, fetched on demand.
// `npm test` builds dist/ before jest; run `npm run build` first when running jest alone.
import { existsSync, readdirSync, readFileSync } from 'fs';
import * as path from 'path';

const dist = path.join(__dirname, '..', '..', 'dist');
const built = existsSync(path.join(dist, 'taskpane.js'));

(built ? describe : describe.skip)('the built pane (dist/)', () => {
  test('docx is a separate chunk, not in taskpane.js', () => {
    const chunks = readdirSync(dist).filter((f) => /^docx\.[0-9a-f]+\.js$/.test(f));
    expect(chunks).toHaveLength(1);
    expect(readFileSync(path.join(dist, chunks[0]), 'utf8')).toContain('w:pgSz');
    const pane = readFileSync(path.join(dist, 'taskpane.js'), 'utf8');
    expect(pane).not.toContain('w:pgSz');
    expect(pane).toContain(chunks[0].replace(/^docx\.|\.js$/g, ''));
  });
});
