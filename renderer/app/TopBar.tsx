/** The shell's top bar: product name, navigation, the open roster and plan, 撤销 / 重做. */
import { useStore, useWorkspaceSelector } from '../store/context';
import { SCREEN_LABELS, type Screen } from '../store/view';

const NAV: Screen[] = ['start', 'board', 'dashboard', 'plans', 'report', 'policy', 'settings'];

export function TopBar() {
  const store = useStore();
  const screen = useWorkspaceSelector((s) => s.screen);
  const open = useWorkspaceSelector((s) => s.open);
  const history = useWorkspaceSelector((s) => s.history);
  const undoTip = history.undoLabel ? `撤销：${history.undoLabel}（Ctrl+Z）` : '没有可撤销的操作';
  const redoTip = history.redoLabel ? `重做：${history.redoLabel}（Ctrl+Y）` : '没有可重做的操作';
  return (
    <header className="topbar">
      <div className="topbar-product">工作群精简规划器</div>
      <nav className="topbar-nav" aria-label="主导航">
        {NAV.map((s) => (
          <button
            key={s}
            type="button"
            className="nav-tab"
            aria-current={screen === s || (s === 'start' && screen === 'import') ? 'page' : undefined}
            onClick={() => store.setScreen(s)}
          >
            {SCREEN_LABELS[s]}
          </button>
        ))}
      </nav>
      <div className="topbar-plan" title={open ? `${open.rosterName} · ${open.planName}` : undefined}>
        {open ? (
          <>
            <span className="topbar-roster">{open.rosterName}</span>
            <span className="topbar-sep" aria-hidden="true">
              ·
            </span>
            <span className="topbar-planname">{open.planName}</span>
          </>
        ) : (
          <span className="muted">未打开方案</span>
        )}
      </div>
      <div className="topbar-history" role="group" aria-label="撤销与重做">
        <button
          type="button"
          className="btn btn-quiet"
          disabled={!history.canUndo}
          title={undoTip}
          aria-label={history.undoLabel ? `撤销：${history.undoLabel}` : '撤销'}
          onClick={() => void store.undo()}
        >
          <span aria-hidden="true">↶</span> 撤销
        </button>
        <button
          type="button"
          className="btn btn-quiet"
          disabled={!history.canRedo}
          title={redoTip}
          aria-label={history.redoLabel ? `重做：${history.redoLabel}` : '重做'}
          onClick={() => void store.redo()}
        >
          <span aria-hidden="true">↷</span> 重做
        </button>
      </div>
    </header>
  );
}
