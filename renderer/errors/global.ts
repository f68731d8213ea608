/**
 * Errors nobody caught (a failed promise, an exception in an event handler) go to the error
 * dialog: a clerk never sees a silently broken screen with the reason only in the console.
 */
import type { WorkspaceStore } from '../store/store';

/** Chromium reports these as errors although nothing is wrong (a resize settled a frame late). */
const BENIGN = [/ResizeObserver loop/];

export function installGlobalErrorHandlers(target: Window, store: WorkspaceStore): () => void {
  const onError = (e: ErrorEvent) => {
    const message = e.message || String(e.error);
    if (BENIGN.some((re) => re.test(message))) return;
    store.showFatal('UNEXPECTED', e.error ?? message);
  };
  const onRejection = (e: PromiseRejectionEvent) => {
    store.showFatal('UNEXPECTED', e.reason);
  };
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  return () => {
    target.removeEventListener('error', onError);
    target.removeEventListener('unhandledrejection', onRejection);
  };
}
