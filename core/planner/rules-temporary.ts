/** Rule 2: temporary groups whose work has ended are dissolved. */
import { problem } from '../problems';
import { pruneOpen, unitOf, type PlannerState } from './state';
import { groupLabel, placeOf, withPlace } from './text';

export function dissolveEndedTemporary(state: PlannerState): void {
  if (!state.policy.dissolveEndedTemporary) return;
  const { open } = state;
  for (let i = 0; i < open.length; i++) {
    const slot = open[i];
    if (slot === undefined || !slot.group.temporary) continue;
    const g = slot.group;
    if (g.endDate === null) {
      const place = placeOf(g);
      const unit = unitOf(state, g)?.name ?? g.unitId;
      const msg = `${unit}的临时群${groupLabel(g)}未填结束日期，暂予保留；请补填结束日期（规则2）`;
      state.problems.push(problem('warning', 'GROUP_TEMPORARY_NO_END', withPlace(place, msg), place));
      slot.note = { rule: 'temporary', reason: '临时群未填结束日期，暂予保留（规则2）' };
      continue;
    }
    // ISO dates compare as text; a group that ends on the plan date is still at work that day.
    if (g.endDate < state.asOf) {
      slot.closed = {
        state: 'dissolved',
        targetId: null,
        category: null,
        rule: 'temporary',
        reason: `临时群，结束日期 ${g.endDate} 早于方案日期 ${state.asOf}，工作已结束（规则2）`,
      };
    }
  }
  pruneOpen(state);
}
