/**
 * Rule 3: dead groups (no activity for more than policy.inactivityDays days before the plan
 * date) are dissolved, but never a unit's last open work group: then its most recently active
 * one is kept, with a warning. Groups without a 最近活跃 date are not judged dead.
 */
import { addDays } from '../dates';
import { problem } from '../problems';
import { byUnit, pruneOpen, rankOf, unitOf, type PlannerState, type Slot } from './state';
import { compareMostRecent, type Ranked } from './ties';
import { groupLabel, placeOf, withPlace } from './text';

export function dissolveDead(state: PlannerState): void {
  const days = state.policy.inactivityDays;
  if (days === null) return;
  // More than `days` days before the plan date is before this day; ISO dates compare as text.
  const cutoff = addDays(state.asOf, -days);
  const isDead = (s: Slot): boolean => s.group.lastActive !== null && s.group.lastActive < cutoff;
  for (const [unitId, slots] of byUnit(state.open)) {
    let dead = 0;
    for (let i = 0; i < slots.length; i++) if (isDead(slots[i] as Slot)) dead++;
    if (dead === 0) continue;
    let last: Slot | null = null;
    if (dead === slots.length && (state.fixedOpen.get(unitId) ?? 0) === 0) {
      // The first most recently active, as a stable sort by compareMostRecent would put it.
      let best: Ranked | null = null;
      for (const s of slots) {
        const rank = rankOf(state, s);
        if (best === null || compareMostRecent(rank, best) < 0) {
          best = rank;
          last = s;
        }
      }
    }
    if (last) {
      const g = last.group;
      const unit = unitOf(state, g)?.name ?? unitId;
      const place = placeOf(g);
      const msg = `${unit}的 ${dead} 个工作群均超过 ${days} 天未活跃；保留最近活跃的${groupLabel(g)}（最近活跃 ${g.lastActive}），以免单位没有工作群（规则3）`;
      state.problems.push(problem('warning', 'DEAD_GROUP_KEPT_LAST', withPlace(place, msg), place));
      last.note = {
        rule: 'dead',
        reason: `最近活跃 ${g.lastActive}，超过 ${days} 天未活跃，但为单位最后一个工作群，保留（规则3）`,
      };
    }
    for (const s of slots) {
      if (s === last || !isDead(s)) continue;
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
