/** Turns the working state into one decision per auto-planned group, each with a reason naming its rule. */
import type { Decision, RuleId } from '../plan/model';
import { UNIT_TYPE_LABELS, type Group } from '../roster/model';
import { unitOf, type PlannerState, type Slot } from './state';

const RULE_TAGS: Partial<Record<RuleId, string>> = { duplicate: '规则4', quota: '规则5' };

function mergedDecision(slot: Slot, step: Decision): Decision {
  let via = slot.into;
  if (!via?.merged) return step;
  // Rule 4 merged it into a group that rule 5 merged on: the decision names the final target.
  let reason = step.reason;
  for (let hops = 0; via.merged && via.into && hops < 8; hops++) {
    const next: Slot = via.into;
    reason += `；“${via.group.name}”再并入“${next.group.name}”（${RULE_TAGS[via.merged.rule] ?? via.merged.rule}）`;
    via = next;
  }
  return { state: 'merged', targetId: via.group.id, category: null, rule: step.rule, reason };
}

/** The reason a group kept by rule 5 gets: the same for every such group of a unit. */
function withinQuotaReason(state: PlannerState, g: Group): string {
  const unit = unitOf(state, g);
  const outcome = state.outcomes.get(g.unitId);
  if (unit === null) return `所属单位“${g.unitId}”不在单位表中，无法确定限额，保留（规则5）`;
  if (!outcome || outcome.quota === null) {
    return `规则“${state.policy.name}”未设${UNIT_TYPE_LABELS[unit.type]}的限额，保留（规则5）`;
  }
  const q = outcome.quota.quota;
  if (!outcome.feasible) {
    return `单位限额 ${q} 个，精简后仍有 ${outcome.after} 个，无法继续合并，保留（规则5）`;
  }
  return `单位限额 ${q} 个，精简后 ${outcome.after} 个，保留（规则5）`;
}

/**
 * The decisions of the auto-plan's groups once the rules have run, by group id, in id order;
 * each also goes into `at` under the group's position in roster.groups.
 */
export function autoDecisions(state: PlannerState, at: Array<Decision | undefined>): Map<string, Decision> {
  const reasons = new Map<string, string>();
  const out = new Map<string, Decision>();
  const { slots } = state;
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i];
    if (slot === undefined) continue;
    const g = slot.group;
    let d: Decision;
    if (slot.closed) d = slot.closed;
    else if (slot.merged) d = mergedDecision(slot, slot.merged);
    else {
      let reason = slot.note?.reason ?? reasons.get(g.unitId);
      if (reason === undefined) {
        reason = withinQuotaReason(state, g);
        reasons.set(g.unitId, reason);
      }
      const rule = slot.note?.rule ?? 'within-quota';
      d = { state: 'kept', targetId: null, category: null, rule, reason };
    }
    out.set(g.id, d);
    at[slot.position] = d;
  }
  return out;
}
