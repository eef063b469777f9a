// A worker thread of the consolidation: reads the files it is sent into units' sources and posts
// them back (small records: the grids stay in the worker and are let go).
import { parentPort } from 'worker_threads';
import { readSources } from './inputs';

parentPort?.on('message', (job: { index: number; file: string; sheet?: string }) => {
  readSources(job.file, job.sheet).then(
    (read) => parentPort?.postMessage({ index: job.index, ...read }),
    (error: Error) => parentPort?.postMessage({ index: job.index, error: error.message }),
  );
});
