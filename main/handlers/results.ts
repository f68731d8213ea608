/**
 * HostResult helpers. Handlers never throw: whatever goes wrong comes back as a Problem, so the
 * renderer always has a Chinese sentence to show and the IPC layer never rejects a promise.
 */
import { problem, type Problem } from '../../core/problems';
import type { HostResult } from '../../preload/contract';

export const ok = <T>(value: T): HostResult<T> => ({ ok: true, value });

export const failed = (p: Problem): { ok: false; problem: Problem } => ({ ok: false, problem: p });

function describeError(e: unknown): string {
  if (e instanceof Error) return e.stack ?? `${e.name}: ${e.message}`;
  try {
    return String(e);
  } catch {
    return 'unprintable error';
  }
}

/** A bug or an unforeseen failure: the clerk is told the step did not finish; the detail is for support. */
export function internalError(e: unknown, step: string): Problem {
  return problem(
    'error',
    'INTERNAL_ERROR',
    `程序内部出错，“${step}”未能完成。请重试；如果仍然出错，请把详细信息发给技术支持。`,
    {},
    describeError(e),
  );
}

/** Runs a handler body and turns any exception into an INTERNAL_ERROR result. */
export async function guarded<T>(step: string, run: () => Promise<HostResult<T>>): Promise<HostResult<T>> {
  try {
    return await run();
  } catch (e) {
    return failed(internalError(e, step));
  }
}
