/**
 * Rule 3: dead groups (no activity for more than policy.inactivityDays days before the plan
 * date) are dissolved, but never a unit's last open work group: then its most recently active
 * one is kept, with a warning. Groups without a 最近活跃 date are not judged dead.
 */
import { addDays } from '../dates';
import { problem } from '../problems';
import { byUnit, pruneOpen, rankOf, unitOf, type PlannerState } from './state';
import { compareMostRecent } from './ties';
import { groupLabel, placeOf, withPlace } from './text';

export function dissolveDead(state: PlannerState): void {
  const days = state.policy.inactivityDays;
  if (days === null) return;
  // More than `days` days before the plan date is before this day; ISO dates compare as text.
  const cutoff = addDays(state.asOf, -days);
  for (const [unitId, slots] of byUnit(state.open)) {
    const dead = slots.filter((s) => s.group.lastActive !== null && s.group.lastActive < cutoff);
    if (dead.length === 0) continue;
    let dissolve = dead;
    if (dead.length === slots.length && (state.fixedOpen.get(unitId) ?? 0) === 0) {
      const last = dead
        .map((s) => ({ s, rank: rankOf(state, s.group) }))
        .sort((a, b) => compareMostRecent(a.rank, b.rank))[0]?.s;
      if (last) {
        dissolve = dead.filter((s) => s !== last);
        const g = last.group;
        const unit = unitOf(state, g)?.name ?? unitId;
        const place = placeOf(g);
        const msg = `${unit}的 ${dead.length} 个工作群均超过 ${days} 天未活跃；保留最近活跃的${groupLabel(g)}（最近活跃 ${g.lastActive}），以免单位没有工作群（规则3）`;
        state.problems.push(problem('warning', 'DEAD_GROUP_KEPT_LAST', withPlace(place, msg), place));
        last.note = {
          rule: 'dead',
          reason: `最近活跃 ${g.lastActive}，超过 ${days} 天未活跃，但为单位最后一个工作群，保留（规则3）`,
        };
      }
    }
    for (const s of dissolve) {
      s.closed = {
        state: 'dissolved',
        targetId: null,
        category: null,
        rule: 'dead',
        reason: `最近活跃 ${s.group.lastActive}，超过 ${days} 天未活跃（规则3）`,
      };
    }
  }
  pruneOpen(state);
}
