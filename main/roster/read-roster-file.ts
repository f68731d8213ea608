/**
 * Reads an untrusted roster file into a RawWorkbook, safely: the file's size is checked first,
 * the parsing runs in a worker thread under time and heap caps, and every failure, whatever its
 * cause, comes back as a Problem naming the file. Never throws; never modifies the input.
 * Used by the headless planner and by Electron's main process (no electron import here).
 */
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { RawWorkbook } from '../../core/import/raw';
import { PROBLEM_CODES, type Problem } from '../../core/problems';
import { errorText, fileProblem, unreadableReason } from './file-problems';
import { DEFAULT_LIMITS, resolveLimits, type ParseLimits } from './roster-limits';
import { decodeWorkbook } from './roster-wire';
import { runReaderThread } from './run-worker';
import type { WorkerRequest } from './worker-protocol';

export { DEFAULT_LIMITS, type ParseLimits };

export type ReadResult =
  { ok: true; workbook: RawWorkbook; warnings: Problem[] } | { ok: false; problem: Problem };

export type RosterInput = { path: string } | { bytes: Uint8Array; name: string };

export interface ReadOptions {
  limits?: Partial<ParseLimits>;
  /** The built reader thread; by default roster-worker.js beside the running bundle. */
  workerPath?: string;
}

/**
 * Beside out/node/plan.js and out/main/index.js once built (both CommonJS, so __dirname exists);
 * one level up when the bundler moved this module into a shared chunks/ folder.
 */
function defaultWorkerPath(): string {
  const dir = typeof __dirname === 'string' ? __dirname : process.cwd();
  const beside = join(dir, 'roster-worker.js');
  return existsSync(beside) || basename(dir) !== 'chunks' ? beside : join(dir, '..', 'roster-worker.js');
}

const fail = (problem: Problem): ReadResult => ({ ok: false, problem });

/** A Problem as the thread sent it, rebuilt field by field (the thread parsed hostile input). */
function cleanProblem(p: unknown, file: string): Problem {
  const o = (p ?? {}) as Record<string, unknown>;
  const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  const code = PROBLEM_CODES.find((c) => c === o['code']);
  if (!code || typeof o['message'] !== 'string')
    return fileProblem('FILE_READER_FAILED', file, {}, 'malformed problem');
  const out: Problem = {
    level: o['level'] === 'warning' ? 'warning' : 'error',
    code,
    message: o['message'],
    file: text(o['file']),
    sheet: text(o['sheet']),
    row: typeof o['row'] === 'number' ? o['row'] : null,
    column: text(o['column']),
    header: text(o['header']),
  };
  const detail = text(o['detail']);
  if (detail !== null) out.detail = detail;
  return out;
}

async function precheck(
  input: RosterInput,
  file: string,
  limits: Required<ParseLimits>,
): Promise<Problem | null> {
  if ('path' in input) {
    try {
      const st = await stat(input.path);
      if (!st.isFile()) return fileProblem('FILE_UNREADABLE', file, { reason: unreadableReason('EISDIR') });
      if (st.size > limits.maxFileBytes)
        return fileProblem('FILE_TOO_LARGE', file, { bytes: st.size, limitBytes: limits.maxFileBytes });
      if (st.size === 0) return fileProblem('FILE_EMPTY', file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return fileProblem('FILE_UNREADABLE', file, { reason: unreadableReason(code) }, errorText(e));
    }
    return null;
  }
  if (!(input.bytes instanceof Uint8Array))
    return fileProblem('FILE_UNREADABLE', file, { reason: '没有收到文件内容' }, 'bytes is not a Uint8Array');
  if (input.bytes.byteLength > limits.maxFileBytes)
    return fileProblem('FILE_TOO_LARGE', file, {
      bytes: input.bytes.byteLength,
      limitBytes: limits.maxFileBytes,
    });
  if (input.bytes.byteLength === 0) return fileProblem('FILE_EMPTY', file);
  return null;
}

export async function readRosterFile(input: RosterInput, options: ReadOptions = {}): Promise<ReadResult> {
  const name = 'path' in input ? input.path : input.name;
  const file = basename(String(name ?? '')) || '（未命名文件）';
  try {
    const limits = resolveLimits(options.limits);
    const early = await precheck(input, file, limits);
    if (early) return fail(early);

    const extension = extname(file).slice(1).toLowerCase();
    const transfer: ArrayBuffer[] = [];
    let request: WorkerRequest;
    if ('path' in input) request = { input: { path: input.path }, file, extension, limits };
    else {
      // A private copy goes to the thread, so the caller's bytes are never touched or detached.
      const copy = new Uint8Array(input.bytes);
      transfer.push(copy.buffer);
      request = { input: { bytes: copy }, file, extension, limits };
    }

    const outcome = await runReaderThread(
      options.workerPath ?? defaultWorkerPath(),
      request,
      limits,
      transfer,
    );
    switch (outcome.kind) {
      case 'timeout':
        return fail(
          fileProblem('FILE_TIMEOUT', file, { limitSeconds: Math.round(limits.timeoutMs / 100) / 10 }),
        );
      case 'out-of-memory':
        return fail(
          fileProblem('FILE_OUT_OF_MEMORY', file, { limitHeapMb: limits.maxHeapMb }, outcome.detail),
        );
      case 'failed':
        return fail(fileProblem('FILE_READER_FAILED', file, {}, outcome.detail));
      case 'reply': {
        const reply = outcome.reply;
        if (!reply || typeof reply !== 'object')
          return fail(fileProblem('FILE_READER_FAILED', file, {}, 'no reply'));
        if (!reply.ok) return fail(cleanProblem(reply.problem, file));
        const warnings = Array.isArray(reply.warnings)
          ? reply.warnings.map((p) => cleanProblem(p, file))
          : [];
        return { ok: true, workbook: decodeWorkbook(file, reply.workbook), warnings };
      }
    }
  } catch (e) {
    return fail(fileProblem('FILE_READER_FAILED', file, {}, errorText(e)));
  }
}
