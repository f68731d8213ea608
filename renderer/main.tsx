/**
 * The renderer's entry: one database, one workspace store (passed down by context, never a
 * module singleton), the global error handlers, then the workspace loads (the first run opens
 * the sample district).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { PlannerApi } from '../preload/contract';
import { App } from './app/App';
import { installGlobalErrorHandlers } from './errors/global';
import { StoreProvider } from './store/context';
import { PlannerDb } from './store/db';
import { startWorkspace } from './store/host';
import { WorkspaceStore } from './store/store';
import './styles/index.css';

const api: PlannerApi | null = 'api' in window && typeof window.api === 'object' ? window.api : null;
const store = new WorkspaceStore({ db: new PlannerDb(), api });
installGlobalErrorHandlers(window, store);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>,
  );
}
if (!api) store.showAppError('HOST_UNAVAILABLE');
void startWorkspace(store);
