/**
 * The snapshot holder behind the workspace store: subscribe/getSnapshot for
 * useSyncExternalStore, the version counters, toasts, the fatal-error dialog, the busy label,
 * and the task queue that keeps edits in order (an edit's patch is computed against the plan
 * as the previous edit left it, so edits never run concurrently).
 */
import { APP_MESSAGES, errorDetail, type AppErrorCode } from '../errors/messages';
import type { FatalError, ToastKind, WorkspaceSnapshot } from './state';

const MAX_TOASTS = 4;

export class SnapshotCell {
  private snap: WorkspaceSnapshot;
  private readonly listeners = new Set<() => void>();
  private queue: Promise<unknown> = Promise.resolve();
  private nextToastId = 1;
  private busyDepth = 0;

  constructor(initial: WorkspaceSnapshot) {
    this.snap = initial;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): WorkspaceSnapshot => this.snap;

  /** Replaces fields and notifies. `plan: true` when the open plan's content changed. */
  set(fields: Partial<WorkspaceSnapshot>, options: { plan?: boolean } = {}): void {
    const prev = this.snap;
    this.snap = {
      ...prev,
      ...fields,
      version: prev.version + 1,
      planVersion: options.plan ? prev.planVersion + 1 : prev.planVersion,
    };
    for (const l of [...this.listeners]) l();
  }

  /** Runs tasks one after another; a failed task does not stop the next. */
  enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Resolves when every task queued so far has run. */
  idle(): Promise<void> {
    return this.queue.then(() => undefined);
  }

  toast(kind: ToastKind, text: string): void {
    const toasts = [...this.snap.toasts, { id: this.nextToastId++, kind, text }].slice(-MAX_TOASTS);
    this.set({ toasts });
  }

  dismissToast(id: number): void {
    if (!this.snap.toasts.some((t) => t.id === id)) return;
    this.set({ toasts: this.snap.toasts.filter((t) => t.id !== id) });
  }

  appError(code: AppErrorCode, cause?: unknown): void {
    this.toast('error', APP_MESSAGES[code]);
    if (cause !== undefined) console.warn(code, cause);
  }

  fatal(error: FatalError): void {
    // The first fatal error is the one to read; later ones are usually its consequences.
    if (this.snap.fatal) return;
    this.set({ fatal: error });
  }

  fatalFrom(code: AppErrorCode, cause: unknown, title = '程序出现错误'): void {
    this.fatal({ title, message: APP_MESSAGES[code], detail: errorDetail(cause) });
  }

  dismissFatal(): void {
    if (this.snap.fatal) this.set({ fatal: null });
  }

  /** Shows a busy label while `task` runs (nested calls keep the outer label). */
  async busy<T>(label: string, task: () => Promise<T>): Promise<T> {
    if (this.busyDepth++ === 0) this.set({ busy: label });
    try {
      return await task();
    } finally {
      if (--this.busyDepth === 0) this.set({ busy: null });
    }
  }
}
