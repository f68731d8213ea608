/** A screen that throws while drawing shows a way out instead of a blank page, and the dialog says why. */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { WorkspaceStore } from '../store/store';

interface Props {
  store: WorkspaceStore;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    const detail = Object.assign(new Error(error.message), {
      name: error.name,
      stack: `${error.stack ?? ''}\n${info.componentStack ?? ''}`,
    });
    this.props.store.showFatal('RENDER_FAILED', detail);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="screen-failed" role="alert">
        <p>这个页面显示出错。您的数据已保存在本机，不受影响。</p>
        <button type="button" className="btn" onClick={() => this.props.store.setScreen('start')}>
          返回开始页
        </button>
      </div>
    );
  }
}
