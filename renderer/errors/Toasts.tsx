/**
 * Recoverable messages (a failed save, a file that could not be read, a notice), bottom right.
 * Errors are announced at once (role=alert), others politely; each closes by itself after a
 * while or with its × button.
 */
import { useEffect } from 'react';
import { useStore, useWorkspaceSelector } from '../store/context';
import type { Toast } from '../store/state';

const LIFETIME_MS: Record<Toast['kind'], number> = { info: 8000, success: 6000, error: 15000 };

function ToastItem({ toast }: { toast: Toast }) {
  const store = useStore();
  const { id, kind } = toast;
  useEffect(() => {
    const timer = window.setTimeout(() => store.dismissToast(id), LIFETIME_MS[kind]);
    return () => window.clearTimeout(timer);
  }, [store, id, kind]);
  const onClose = () => store.dismissToast(id);
  return (
    <div className={`toast toast-${toast.kind}`} role={toast.kind === 'error' ? 'alert' : 'status'}>
      <span className="toast-text">{toast.text}</span>
      <button type="button" className="toast-close" aria-label="关闭提示" title="关闭" onClick={onClose}>
        ×
      </button>
    </div>
  );
}

export function Toasts() {
  const toasts = useWorkspaceSelector((s) => s.toasts);
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((t) => (
        <ToastItem key={t.id} toast={t} />
      ))}
    </div>
  );
}
