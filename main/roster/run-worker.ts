/**
 * Starts the reader thread under its caps and waits for one of: its answer, the time cap, death
 * by the heap cap, or any other end. The thread is always terminated (and awaited) before the
 * outcome is returned, so its memory is gone by the time the caller rebuilds the rows.
 */
import { Worker } from 'node:worker_threads';
import type { ParseLimits } from './roster-limits';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

export type WorkerOutcome =
  | { kind: 'reply'; reply: WorkerReply }
  | { kind: 'timeout' }
  | { kind: 'out-of-memory'; detail: string }
  | { kind: 'failed'; detail: string };

/** Room for what SheetJS and the thread itself print (kept for the problem's detail). */
const MAX_OUTPUT_CHARS = 4000;

export function runReaderThread(
  workerPath: string,
  request: WorkerRequest,
  limits: Required<ParseLimits>,
  transfer: ArrayBuffer[],
): Promise<WorkerOutcome> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(workerPath, {
        workerData: request,
        transferList: transfer,
        resourceLimits: {
          maxOldGenerationSizeMb: limits.maxHeapMb,
          // Measured on a 100k-row roster: 16 MB peaked ~40 MB lower than V8's default and than
          // 32 MB, at no measurable cost in time.
          maxYoungGenerationSizeMb: Math.max(4, Math.min(16, Math.floor(limits.maxHeapMb / 8))),
        },
        // SheetJS writes warnings with console.*: keep them out of the CLI's stdout.
        stdout: true,
        stderr: true,
        execArgv: [],
        name: 'roster-reader',
      });
    } catch (e) {
      resolve({ kind: 'failed', detail: `cannot start ${workerPath}: ${String(e)}` });
      return;
    }
    let output = '';
    const collect = (chunk: Buffer | string): void => {
      if (output.length < MAX_OUTPUT_CHARS)
        output += String(chunk).slice(0, MAX_OUTPUT_CHARS - output.length);
    };
    worker.stdout.on('data', collect);
    worker.stderr.on('data', collect);

    let settled = false;
    const finish = (outcome: WorkerOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const done = (): void => resolve(outcome);
      worker.terminate().then(done, done);
    };
    const timer = setTimeout(() => finish({ kind: 'timeout' }), limits.timeoutMs);
    worker.on('message', (reply: WorkerReply) => finish({ kind: 'reply', reply }));
    worker.on('error', (e: Error & { code?: string }) => {
      const detail = `${e.code ?? e.name}: ${e.message}${output ? `\n${output}` : ''}`;
      finish(
        e.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? { kind: 'out-of-memory', detail }
          : { kind: 'failed', detail },
      );
    });
    // Node delivers a thread's pending messages before 'exit', so an exit here means no answer.
    worker.on('exit', (code) =>
      finish({ kind: 'failed', detail: `reader exited with code ${code}${output ? `\n${output}` : ''}` }),
    );
  });
}
