/**
 * The reader thread's entry (built to roster-worker.js beside the bundle that starts it). It opens
 * the file itself, so the main thread never holds the bytes; it answers with exactly one message
 * and ends.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { Problem } from '../../core/problems';
import { errorText, fileProblem, RosterFileFailure, unreadableReason } from './file-problems';
import { parseRosterBytes } from './parse-roster-bytes';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

function readFileBounded(path: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new RosterFileFailure('FILE_UNREADABLE', { reason: unreadableReason(code) }, errorText(e));
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new RosterFileFailure('FILE_UNREADABLE', { reason: unreadableReason('EISDIR') });
    if (st.size > maxBytes)
      throw new RosterFileFailure('FILE_TOO_LARGE', { bytes: st.size, limitBytes: maxBytes });
    // Exactly the size stat saw: a file growing meanwhile cannot push past the cap.
    const buf = Buffer.allocUnsafe(st.size);
    let off = 0;
    while (off < buf.length) {
      const n = readSync(fd, buf, off, buf.length - off, off);
      if (n === 0) break;
      off += n;
    }
    return buf.subarray(0, off);
  } catch (e) {
    if (e instanceof RosterFileFailure) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new RosterFileFailure('FILE_UNREADABLE', { reason: unreadableReason(code) }, errorText(e));
  } finally {
    closeSync(fd);
  }
}

function toProblem(e: unknown, request: WorkerRequest): Problem {
  if (e instanceof RosterFileFailure) {
    const facts =
      e.code === 'FILE_OUT_OF_MEMORY' ? { ...e.facts, limitHeapMb: request.limits.maxHeapMb } : e.facts;
    return fileProblem(e.code, request.file, facts, e.detail);
  }
  // A string or buffer past V8's limits, wherever it was built.
  if (e instanceof RangeError && !/call stack/i.test(e.message))
    return fileProblem(
      'FILE_OUT_OF_MEMORY',
      request.file,
      { limitHeapMb: request.limits.maxHeapMb },
      errorText(e),
    );
  return fileProblem(
    'FILE_READER_FAILED',
    request.file,
    {},
    errorText(e) + (e instanceof Error ? `\n${e.stack ?? ''}` : ''),
  );
}

function run(request: WorkerRequest): { reply: WorkerReply; transfer: ArrayBuffer[] } {
  try {
    const bytes =
      'path' in request.input
        ? readFileBounded(request.input.path, request.limits.maxFileBytes)
        : Buffer.from(
            request.input.bytes.buffer,
            request.input.bytes.byteOffset,
            request.input.bytes.byteLength,
          );
    if (bytes.length === 0) throw new RosterFileFailure('FILE_EMPTY');
    const out = parseRosterBytes(bytes, request.file, request.extension, request.limits);
    return { reply: { ok: true, workbook: out.workbook, warnings: out.warnings }, transfer: out.transfer };
  } catch (e) {
    return { reply: { ok: false, problem: toProblem(e, request) }, transfer: [] };
  }
}

if (parentPort) {
  const { reply, transfer } = run(workerData as WorkerRequest);
  parentPort.postMessage(reply, transfer);
}
