/**
 * The rows the workspace keeps in IndexedDB (renderer/store/db.ts). A plan is stored as one row
 * per entry (decision, created group, removal, group edit, undo step), so an edit writes a few
 * rows, never the whole 20,000-entry plan. Rosters are stored whole (they never change) but
 * apart from their list entry, so listing rosters does not read their members.
 */
import type { HistoryEntry } from '../../core/plan/history';
import type { CreatedGroup, Decision, GroupEdit, Suggestion } from '../../core/plan/model';
import type { Policy } from '../../core/policy/schema';
import type { Problem } from '../../core/problems';
import type { Roster } from '../../core/roster/model';
import type { SavedMapping } from '../../core/import/types';
import type { PlanView } from './view';

/** A saved roster as the start page lists it (the roster itself is in RosterDataRow). */
export interface RosterRecord {
  id: string;
  name: string;
  createdAt: number;
  updatedAt: number;
  files: string[];
  reportDate: string | null;
  units: number;
  /** Work groups (before). */
  workGroups: number;
  /** Groups the roster labels chat, party-member or service. */
  nonWork: number;
  people: number;
}

export interface RosterDataRow {
  id: string;
  roster: Roster;
}

/** A plan (scenario) of a roster; its entries live in the per-entry tables. */
export interface PlanRecord {
  id: string;
  rosterId: string;
  name: string;
  createdAt: number;
  updatedAt: number;
  /** Added in schema version 2 (filled from updatedAt by the upgrade): recent plans sort by it. */
  lastOpenedAt: number;
  asOf: string;
  policy: Policy;
  /** The planner's warnings when the plan was made (or last auto-planned). */
  problems: Problem[];
  suggestions: Suggestion[];
  /** Undo steps done: history rows with seq < historyPointer are undoable, the rest redoable. */
  historyPointer: number;
  /** Cheap totals for the start page, kept current on every write. */
  before: number;
  after: number;
}

export interface DecisionRow {
  planId: string;
  groupId: string;
  decision: Decision;
}

export interface CreatedRow {
  planId: string;
  id: string;
  group: CreatedGroup;
}

export interface RemovalRow {
  planId: string;
  key: string;
}

export interface GroupEditRow {
  planId: string;
  groupId: string;
  edit: GroupEdit;
}

/** One undo step (one action, or everything between beginGroup and endGroup). */
export interface HistoryRow {
  planId: string;
  seq: number;
  label: string;
  entries: HistoryEntry[];
}

export interface ViewRow {
  planId: string;
  view: PlanView;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export type MappingRow = SavedMapping;
