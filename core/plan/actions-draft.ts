/**
 * The scratch state of one action: the changes it has made so far, read through over the plan,
 * so that later steps of a multi-select action see earlier ones. It never writes to the plan,
 * and turns into a PlanPatch that holds only the entries that really change.
 *
 * The reverse index (target → groups merged into it) costs one scan of the decisions per action,
 * built only when an action needs it; keeping one across actions would need every applyPatch
 * caller to keep it in step, which is exactly the kind of hidden state the board must not have.
 */
import type { Roster, RosterIndex } from '../roster/model';
import { isWorkGroup } from '../roster/model';
import type { Policy } from '../policy/schema';
import {
  RULE_LABELS,
  type CreatedGroup,
  type Decision,
  type GroupEdit,
  type Plan,
  type PlanPatch,
  type RuleId,
} from './model';

export interface ActionContext {
  roster: Roster;
  index: RosterIndex;
  plan: Plan;
  policy: Policy;
  rule: RuleId;
  /** The reason prefix, e.g. "人工调整". */
  label: string;
}

export function actionContext(
  roster: Roster,
  index: RosterIndex,
  plan: Plan,
  policy: Policy,
  rule: RuleId,
): ActionContext {
  return { roster, index, plan, policy, rule, label: RULE_LABELS[rule] };
}

/** A work group without a decision is undecided: the same as 待定. */
export const PENDING_DEFAULT: Decision = {
  state: 'pending',
  targetId: null,
  category: null,
  rule: 'board',
  reason: '',
};

const sameDecision = (a: Decision | undefined, b: Decision | null): boolean =>
  a === undefined
    ? b === null
    : b !== null &&
      a.state === b.state &&
      a.targetId === b.targetId &&
      a.category === b.category &&
      a.rule === b.rule &&
      a.reason === b.reason;

const sameCreated = (a: CreatedGroup | undefined, b: CreatedGroup | null): boolean =>
  a === undefined
    ? b === null
    : b !== null &&
      a.id === b.id &&
      a.name === b.name &&
      a.unitId === b.unitId &&
      a.platform === b.platform &&
      a.businessLine === b.businessLine &&
      a.owner === b.owner;

function sameEdit(a: GroupEdit | undefined, b: GroupEdit | null): boolean {
  if (a === undefined || b === null) return a === undefined && b === null;
  const ka = Object.keys(a) as Array<keyof GroupEdit>;
  const kb = Object.keys(b) as Array<keyof GroupEdit>;
  return ka.length === kb.length && ka.every((k) => k in b && a[k] === b[k]);
}

export class PlanDraft {
  private readonly decisions = new Map<string, Decision>();
  private readonly created = new Map<string, CreatedGroup | null>();
  private readonly removals = new Map<string, boolean>();
  private readonly edits = new Map<string, GroupEdit | null>();
  /** Targets whose created group may have lost its last source: checked in toPatch. */
  private readonly emptied = new Set<string>();
  private byTarget: Map<string, string[]> | null = null;
  private readonly addedByTarget = new Map<string, string[]>();

  constructor(readonly ctx: ActionContext) {}

  isWorkGroup(id: string): boolean {
    const g = this.ctx.index.groupById.get(id);
    return g !== undefined && isWorkGroup(g);
  }

  decision(id: string): Decision {
    return this.decisions.get(id) ?? this.ctx.plan.decisions.get(id) ?? PENDING_DEFAULT;
  }

  createdGroup(id: string): CreatedGroup | null {
    if (this.created.has(id)) return this.created.get(id) ?? null;
    return this.ctx.plan.created.get(id) ?? null;
  }

  /** An open roster work group or an existing created group: something a merge may go into. */
  isOpenTarget(id: string): boolean {
    if (this.createdGroup(id)) return true;
    if (!this.isWorkGroup(id)) return false;
    const s = this.decision(id).state;
    return s === 'kept' || s === 'pending';
  }

  setDecision(id: string, d: Decision): void {
    const old = this.decision(id);
    if (old.state === 'merged' && old.targetId !== null && old.targetId !== d.targetId) {
      if (this.createdGroup(old.targetId)) this.emptied.add(old.targetId);
    }
    if (d.state === 'merged' && d.targetId !== null && d.targetId !== old.targetId) {
      const list = this.addedByTarget.get(d.targetId);
      if (list) list.push(id);
      else this.addedByTarget.set(d.targetId, [id]);
    }
    this.decisions.set(id, d);
  }

  /** The groups merged into `targetId` now (never a chain: targets are always open). */
  absorbed(targetId: string): string[] {
    if (this.byTarget === null) {
      const byTarget = new Map<string, string[]>();
      for (const [id, d] of this.ctx.plan.decisions) {
        if (d.state !== 'merged' || d.targetId === null) continue;
        const list = byTarget.get(d.targetId);
        if (list) list.push(id);
        else byTarget.set(d.targetId, [id]);
      }
      this.byTarget = byTarget;
    }
    const out: string[] = [];
    const seen = new Set<string>();
    for (const list of [this.byTarget.get(targetId), this.addedByTarget.get(targetId)]) {
      for (const id of list ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        const d = this.decision(id);
        if (d.state === 'merged' && d.targetId === targetId) out.push(id);
      }
    }
    return out;
  }

  setCreated(id: string, c: CreatedGroup | null): void {
    this.created.set(id, c);
  }

  hasRemoval(key: string): boolean {
    return this.removals.get(key) ?? this.ctx.plan.removals.has(key);
  }

  setRemoval(key: string, on: boolean): void {
    this.removals.set(key, on);
  }

  edit(id: string): GroupEdit | null {
    if (this.edits.has(id)) return this.edits.get(id) ?? null;
    return this.ctx.plan.groupEdits.get(id) ?? null;
  }

  setEdit(id: string, e: GroupEdit | null): void {
    this.edits.set(id, e);
  }

  /** Only the entries that differ from the plan; created groups left without sources are deleted. */
  toPatch(): PlanPatch {
    const plan = this.ctx.plan;
    for (const id of this.emptied) {
      if (this.createdGroup(id) && this.absorbed(id).length === 0) this.created.set(id, null);
    }
    const patch: PlanPatch = { decisions: [], created: [], removals: [], groupEdits: [] };
    for (const [id, d] of this.decisions) {
      if (!sameDecision(plan.decisions.get(id), d)) patch.decisions.push([id, d]);
    }
    for (const [id, c] of this.created) {
      if (!sameCreated(plan.created.get(id), c)) patch.created.push([id, c]);
    }
    for (const [key, on] of this.removals) {
      if (plan.removals.has(key) !== on) patch.removals.push([key, on]);
    }
    for (const [id, e] of this.edits) {
      if (!sameEdit(plan.groupEdits.get(id), e)) patch.groupEdits.push([id, e]);
    }
    return patch;
  }
}
