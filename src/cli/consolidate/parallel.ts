// Reading many units' workbooks on every core: a pool of worker threads (read-worker.ts), each
// sent the next file as soon as it is done; the results come back in input order. Only compiled
// JavaScript can start a worker, so under ts-node/jest, or for a few files, the files are read here.
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { UnitSource, UnreadSource } from '../../core/consolidate/types';
import { readSources } from './inputs';

export type FileReading = { sources: UnitSource[]; unread: UnreadSource[] };

const WORKER = path.join(__dirname, 'read-worker.js');
/** Below this many files a worker's start-up costs more than it saves. */
const PARALLEL_FROM = 8;

export function canReadInParallel(files: number): boolean {
  return files >= PARALLEL_FROM && __filename.endsWith('.js') && os.availableParallelism() > 1;
}

export async function readAllSources(files: string[], sheet: string | undefined, threads = os.availableParallelism()): Promise<FileReading[]> {
  if (!canReadInParallel(files.length)) {
    const out: FileReading[] = [];
    for (const file of files) out.push(await readSources(file, sheet));
    return out;
  }
  const results: FileReading[] = new Array(files.length);
  let next = 0;
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= files.length) {
          resolve();
          return;
        }
        const index = next++;
        worker.postMessage({ index, file: files[index], ...(sheet !== undefined ? { sheet } : {}) });
      };
      worker.on('message', (message: { index: number; error?: string } & FileReading) => {
        if (message.error !== undefined) {
          reject(new Error(`${files[message.index]}: ${message.error}`));
          return;
        }
        results[message.index] = { sources: message.sources, unread: message.unread };
        send();
      });
      worker.on('error', reject);
      send();
    });
  const workers = Array.from({ length: Math.min(threads, files.length) }, () => new Worker(WORKER));
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
