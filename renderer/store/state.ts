/**
 * What components read from the workspace store: one immutable snapshot object per change
 * (useSyncExternalStore compares it by reference). The open plan itself is NOT copied on each
 * edit — its Maps are changed in place by the store — so anything derived from it must be
 * memoised on `planVersion`, which bumps exactly when the plan's content (or policy) changes.
 */
import type { SavedMapping } from '../../core/import/types';
import type { Plan } from '../../core/plan/model';
import type { Policy } from '../../core/policy/schema';
import type { Problem } from '../../core/problems';
import type { Roster, RosterIndex } from '../../core/roster/model';
import type { PlanRecord, RosterRecord } from './records';
import { DEFAULT_VIEW, type PlanView, type Screen } from './view';

/** The plan being edited, with its roster (indexed once) and policy. */
export interface OpenPlan {
  rosterId: string;
  planId: string;
  rosterName: string;
  planName: string;
  roster: Roster;
  index: RosterIndex;
  /** Changed in place by store.dispatch/undo/redo/replanAuto only; read it, never write it. */
  plan: Plan;
  policy: Policy;
  /** The planner's warnings (QUOTA_INFEASIBLE, DEAD_GROUP_KEPT_LAST, …). */
  problems: Problem[];
}

export interface HistoryInfo {
  canUndo: boolean;
  canRedo: boolean;
  /** The label of the step 撤销 would revert (the button's tooltip). */
  undoLabel: string | null;
  redoLabel: string | null;
}

/** The clerk, printed as 制表人 on reports. */
export interface Settings {
  clerkName: string;
  clerkUnit: string;
}

export type ToastKind = 'info' | 'success' | 'error';

export interface Toast {
  id: number;
  kind: ToastKind;
  text: string;
}

/** A failure the clerk must acknowledge (a dialog with 详细信息). */
export interface FatalError {
  title: string;
  message: string;
  /** Technical detail (stack, raw error), shown only under 详细信息. */
  detail: string;
}

export interface WorkspaceSnapshot {
  /** Bumps on every change of anything in the snapshot. */
  version: number;
  /** Bumps when the open plan's content or policy changes (or another plan is opened). */
  planVersion: number;
  /** False until the database has been read. */
  ready: boolean;
  /** A long task in progress, in Chinese ("正在打开示例数据…"); the shell shows it. */
  busy: string | null;
  screen: Screen;
  rosters: RosterRecord[];
  /** Saved plans, most recently opened first. */
  plans: PlanRecord[];
  open: OpenPlan | null;
  history: HistoryInfo;
  /** The open plan's view (DEFAULT_VIEW when none is open). */
  view: PlanView;
  settings: Settings;
  /** The policy for new plans (the open plan has its own: open.policy). */
  defaultPolicy: Policy;
  /** The clerk's last saved custom policy, if any. */
  customPolicy: Policy | null;
  /** Column mappings remembered by the import wizard. */
  mappings: SavedMapping[];
  toasts: Toast[];
  fatal: FatalError | null;
}

export const NO_HISTORY: HistoryInfo = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

export const DEFAULT_SETTINGS: Settings = { clerkName: '', clerkUnit: '' };

export function initialSnapshot(defaultPolicy: Policy): WorkspaceSnapshot {
  return {
    version: 0,
    planVersion: 0,
    ready: false,
    busy: null,
    screen: 'start',
    rosters: [],
    plans: [],
    open: null,
    history: NO_HISTORY,
    view: DEFAULT_VIEW,
    settings: DEFAULT_SETTINGS,
    defaultPolicy,
    customPolicy: null,
    mappings: [],
    toasts: [],
    fatal: null,
  };
}

/** The policy in use: the open plan's, else the one for new plans. */
export const policyInUse = (s: WorkspaceSnapshot): Policy => s.open?.policy ?? s.defaultPolicy;
