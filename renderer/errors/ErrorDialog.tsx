/** A failure the clerk must see: what happened in Chinese, the technical detail under 详细信息. */
import { Dialog } from '../components/Dialog';
import { useStore, useWorkspaceSelector } from '../store/context';

export function ErrorDialog() {
  const store = useStore();
  const fatal = useWorkspaceSelector((s) => s.fatal);
  if (!fatal) return null;
  return (
    <Dialog
      title={fatal.title}
      role="alertdialog"
      className="error-dialog"
      onClose={() => store.dismissFatal()}
      actions={
        <>
          <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
            重新加载
          </button>
          <button type="button" className="btn" autoFocus onClick={() => store.dismissFatal()}>
            关闭
          </button>
        </>
      }
    >
      <p className="error-message">{fatal.message}</p>
      <p className="muted">已保存的名单和方案不受影响。如问题反复出现，请把下面的详细信息发给技术支持。</p>
      <details className="error-detail">
        <summary>详细信息</summary>
        <pre>{fatal.detail || '（无）'}</pre>
      </details>
    </Dialog>
  );
}
