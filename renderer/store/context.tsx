/**
 * React access to the workspace store. The store is created by main.tsx (tests create their own)
 * and provided here; components read with useWorkspace/useWorkspaceSelector and act through
 * useStore().
 */
import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { OpenPlan, WorkspaceSnapshot } from './state';
import type { WorkspaceStore } from './store';

const StoreContext = createContext<WorkspaceStore | null>(null);

export function StoreProvider({ store, children }: { store: WorkspaceStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useStore(): WorkspaceStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore outside StoreProvider');
  return store;
}

/** The whole snapshot: the component re-renders on every change. */
export function useWorkspace(): WorkspaceSnapshot {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

/**
 * One value of the snapshot: the component re-renders only when it changes (Object.is). The
 * selector must return a primitive or a reference the snapshot holds (s.open, s.view.filters …),
 * never a new object or array; derive those with useMemo keyed on s.planVersion.
 */
export function useWorkspaceSelector<T>(selector: (s: WorkspaceSnapshot) => T): T {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, () => selector(store.getSnapshot()));
}

/**
 * A value derived from the open plan (metrics, lanes, …), recomputed only when the plan's
 * content changes (planVersion) or another plan is opened; null when none is open. `derive`
 * must depend on nothing but the open plan.
 */
export function usePlanDerived<T>(derive: (open: OpenPlan) => T): T | null {
  const open = useWorkspaceSelector((s) => s.open);
  const planVersion = useWorkspaceSelector((s) => s.planVersion);
  // The plan's Maps change in place, so planVersion (not the object) says when to recompute.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => (open ? derive(open) : null), [open, planVersion]);
}
