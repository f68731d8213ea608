/**
 * The board's view of the open plan at one planVersion: who absorbed whom (merge stacks), the
 * community heads the auto-plan flags, and the cards. Built with one pass over the decisions per
 * plan change (never a copy of the plan); a card's details are computed only when a card is
 * drawn and cached for this version, so a 20,000-group lane costs the ~60 cards on screen.
 */
import { effectiveGroup } from '../../../core/plan/effective';
import {
  GROUP_STATE_LABELS,
  RULE_LABELS,
  isOpen,
  removalKey,
  type Decision,
  type GroupState,
  type Plan,
  type RuleId,
} from '../../../core/plan/model';
import { mergedSize, statedSize } from '../../../core/plan/size';
import type { Policy } from '../../../core/policy/schema';
import { WORK_CATEGORY, isWorkGroup, type Roster, type RosterIndex } from '../../../core/roster/model';
import type { LaneKey } from '../../store/view';
import { rosterShape, type RosterShape } from './roster-shape';

export interface PlanSource {
  roster: Roster;
  index: RosterIndex;
  plan: Plan;
  policy: Policy;
}

export interface CardView {
  id: string;
  /** A new consolidated group (新建), shown in 保留 as a stack. */
  created: boolean;
  name: string;
  /** The name without its unit's name in front ("望月湖街道党建群" → "党建群"): lanes are narrow. */
  shortName: string;
  code: string | null;
  unitId: string;
  unitName: string;
  platform: string;
  /** After merge for a stack (mergedSize of it and its sources, after removals), else as stated. */
  members: number;
  businessLine: string | null;
  owner: string | null;
  lastActive: string | null;
  lane: LaneKey;
  rule: RuleId | null;
  /** RULE_LABELS of the decision's rule ("规则3 僵尸群"), "新建合并群" for a created group. */
  ruleLabel: string;
  reason: string;
  /** For a merged group: its final target and that target's name. */
  targetId: string | null;
  targetName: string | null;
  /** Groups merged into this one, in roster order (empty unless a stack). */
  sourceIds: readonly string[];
  temporary: boolean;
  endDate: string | null;
  photoRequired: boolean;
  /** Community or village heads the auto-plan flags in it (rule 6) and who are not yet removed. */
  headFlags: number;
  /** 工作群, or the non-work category a 转出 group becomes ("非工作群" when none was given). */
  category: string;
}

export interface BoardData extends PlanSource {
  shape: RosterShape;
  /** Open target (roster group or created group) → the groups merged into it, in roster order. */
  sources: Map<string, string[]>;
  /** Group id → person keys rule 6 flags in it (移出成员 suggestions). */
  headSuggestions: Map<string, string[]>;
  /** The card of a work group or created group; null for anything else. */
  card(id: string): CardView | null;
  /** The lane a work group or created group is in; null for anything else. */
  laneOf(id: string): LaneKey | null;
  /** The name the clerk knows a group by (roster or created); the id when unknown. */
  nameOf(id: string): string;
}

/** A group's name without the unit's name it starts with (when something is left). */
export function shortNameOf(name: string, unitName: string): string {
  if (unitName === '' || !name.startsWith(unitName)) return name;
  const rest = name.slice(unitName.length).replace(/^[\s·\-—_：:]+/, '');
  return rest.length >= 2 ? rest : name;
}

export const decisionOf = (plan: Plan, id: string): Decision | undefined => plan.decisions.get(id);

export function stateOfGroup(plan: Plan, id: string): GroupState {
  return plan.decisions.get(id)?.state ?? 'pending';
}

function buildSources(src: PlanSource, shape: RosterShape): Map<string, string[]> {
  const { plan, index } = src;
  const out = new Map<string, string[]>();
  for (const [id, d] of plan.decisions) {
    if (d.state !== 'merged' || d.targetId === null) continue;
    const g = index.groupById.get(id);
    if (!g || !isWorkGroup(g)) continue;
    const t = d.targetId;
    const target = index.groupById.get(t);
    const open = target
      ? isWorkGroup(target) && isOpen(plan.decisions.get(t) ?? PENDING)
      : plan.created.has(t);
    if (!open) continue;
    const list = out.get(t);
    if (list) list.push(id);
    else out.set(t, [id]);
  }
  const pos = (id: string): number => shape.position.get(id) ?? 0;
  for (const list of out.values()) if (list.length > 1) list.sort((a, b) => pos(a) - pos(b));
  return out;
}

const PENDING: Decision = { state: 'pending', targetId: null, category: null, rule: 'board', reason: '' };

function buildHeadSuggestions(plan: Plan): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const s of plan.suggestions) {
    if (s.rule !== 'community-head' || s.kind !== 'remove-member' || s.personKey === null) continue;
    const list = out.get(s.groupId);
    if (list) list.push(s.personKey);
    else out.set(s.groupId, [s.personKey]);
  }
  return out;
}

export function boardData(src: PlanSource): BoardData {
  const shape = rosterShape(src.roster);
  const sources = buildSources(src, shape);
  const headSuggestions = buildHeadSuggestions(src.plan);
  const cache = new Map<string, CardView | null>();
  const { roster, index, plan } = src;
  const unitName = (id: string): string => index.unitById.get(id)?.name ?? id;
  const nameOf = (id: string): string => index.groupById.get(id)?.name ?? plan.created.get(id)?.name ?? id;
  const sizeCtx = { index, removals: plan.removals };

  const flagsOf = (ids: readonly string[]): number => {
    let n = 0;
    for (const id of ids) {
      for (const key of headSuggestions.get(id) ?? []) if (!plan.removals.has(removalKey(id, key))) n++;
    }
    return n;
  };

  const build = (id: string): CardView | null => {
    const g = index.groupById.get(id);
    if (g) {
      if (!isWorkGroup(g)) return null;
      const d = plan.decisions.get(id);
      const state = d?.state ?? 'pending';
      const eff = effectiveGroup(g, plan);
      const absorbed = isOpen(d ?? PENDING) ? (sources.get(id) ?? []) : [];
      const stack = absorbed.length > 0 ? [id, ...absorbed] : null;
      return {
        id,
        created: false,
        name: g.name,
        shortName: shortNameOf(g.name, unitName(g.unitId)),
        code: g.code,
        unitId: g.unitId,
        unitName: unitName(g.unitId),
        platform: g.platform,
        members: stack ? mergedSize(sizeCtx, stack) : statedSize(sizeCtx, id),
        businessLine: eff.businessLine,
        owner: eff.owner,
        lastActive: g.lastActive,
        lane: state,
        rule: d ? d.rule : null,
        ruleLabel: d ? RULE_LABELS[d.rule] : '尚未处置',
        reason: d ? d.reason : `${GROUP_STATE_LABELS.pending}：还没有处置意见`,
        targetId: state === 'merged' ? (d?.targetId ?? null) : null,
        targetName:
          state === 'merged' && d?.targetId ? shortNameOf(nameOf(d.targetId), unitName(g.unitId)) : null,
        sourceIds: absorbed,
        temporary: eff.temporary,
        endDate: eff.endDate,
        photoRequired: eff.photoRequired,
        headFlags: flagsOf(stack ?? [id]),
        category: state === 'reclassified' ? (d?.category ?? '非工作群') : WORK_CATEGORY,
      };
    }
    const c = plan.created.get(id);
    if (!c) return null;
    const absorbed = sources.get(id) ?? [];
    let lastActive: string | null = null;
    for (const s of absorbed) {
      const la = index.groupById.get(s)?.lastActive ?? null;
      if (la !== null && (lastActive === null || la > lastActive)) lastActive = la;
    }
    return {
      id,
      created: true,
      name: c.name,
      shortName: shortNameOf(c.name, unitName(c.unitId)),
      code: null,
      unitId: c.unitId,
      unitName: unitName(c.unitId),
      platform: c.platform,
      members: absorbed.length > 0 ? mergedSize(sizeCtx, absorbed) : 0,
      businessLine: c.businessLine,
      owner: c.owner,
      lastActive,
      lane: 'kept',
      rule: null,
      ruleLabel: '新建合并群',
      reason: `由 ${absorbed.length} 个原群合并而成${c.owner ? `，负责人 ${c.owner}` : '，尚未指定负责人'}`,
      targetId: null,
      targetName: null,
      sourceIds: absorbed,
      temporary: false,
      endDate: null,
      photoRequired: false,
      headFlags: flagsOf(absorbed),
      category: WORK_CATEGORY,
    };
  };

  return {
    ...src,
    roster,
    shape,
    sources,
    headSuggestions,
    nameOf,
    card(id) {
      if (cache.has(id)) return cache.get(id) ?? null;
      const view = build(id);
      cache.set(id, view);
      return view;
    },
    laneOf(id) {
      const g = index.groupById.get(id);
      if (g) return isWorkGroup(g) ? stateOfGroup(plan, id) : null;
      return plan.created.has(id) ? 'kept' : null;
    },
  };
}
