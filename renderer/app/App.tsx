/**
 * The application shell: the top bar, the current screen, and the overlays (busy indicator,
 * toasts, the error dialog). Screens are chosen by store state (snapshot.screen), not by URL:
 * the app has one window and the screen is restored from the database on reload.
 */
import { Board } from '../board/Board';
import { Dashboard } from '../dashboard/Dashboard';
import { ImportWizard } from '../import/ImportWizard';
import { ErrorDialog } from '../errors/ErrorDialog';
import { Toasts } from '../errors/Toasts';
import { PolicyPage } from '../policy/PolicyPage';
import { PlansPage } from '../plans/PlansPage';
import { ReportPage } from '../report/ReportPage';
import { SettingsPage } from '../settings/SettingsPage';
import { StartPage } from '../start/StartPage';
import { useStore, useWorkspaceSelector } from '../store/context';
import type { Screen } from '../store/view';
import { ErrorBoundary } from './ErrorBoundary';
import { useShortcuts } from './shortcuts';
import { TopBar } from './TopBar';

function ScreenView({ screen }: { screen: Screen }) {
  switch (screen) {
    case 'start':
      return <StartPage />;
    case 'import':
      return <ImportWizard />;
    case 'board':
      return <Board />;
    case 'dashboard':
      return <Dashboard />;
    case 'policy':
      return <PolicyPage />;
    case 'settings':
      return <SettingsPage />;
    case 'plans':
      return <PlansPage />;
    case 'report':
      return <ReportPage />;
  }
}

function Busy() {
  const busy = useWorkspaceSelector((s) => s.busy);
  if (!busy) return null;
  return (
    <div className="busy" role="status" aria-live="polite">
      <div className="busy-box">
        <span className="busy-mark" aria-hidden="true" />
        {busy}
      </div>
    </div>
  );
}

export function App() {
  const store = useStore();
  const screen = useWorkspaceSelector((s) => s.screen);
  const ready = useWorkspaceSelector((s) => s.ready);
  useShortcuts(store);
  return (
    <div className="app">
      <TopBar />
      <main className="screen" aria-busy={!ready}>
        {ready ? (
          <ErrorBoundary key={screen} store={store}>
            <ScreenView screen={screen} />
          </ErrorBoundary>
        ) : (
          <p className="screen-loading">正在读取本机数据…</p>
        )}
      </main>
      <Busy />
      <Toasts />
      <ErrorDialog />
    </div>
  );
}
