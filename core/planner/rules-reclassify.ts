/** Rule 1 (转出): a 工作群 whose name marks it as a chat, party-member or service group. */
import { NON_WORK_CATEGORIES, type NonWorkCategory } from '../roster/model';
import { pruneOpen, type PlannerState } from './state';

/**
 * With several matches the category is that of the first matching word in the policy's list,
 * unless the name spells out a category that one of the matches belongs to: 党员交流群 matches
 * both 交流 (日常交流群) and 党员, and is a 党员交流群.
 */
function categoryOf(
  name: string,
  matched: ReadonlyArray<{ category: NonWorkCategory }>,
): NonWorkCategory | null {
  const spelled = NON_WORK_CATEGORIES.find((c) => name.includes(c) && matched.some((m) => m.category === c));
  return spelled ?? matched[0]?.category ?? null;
}

export function reclassifyByName(state: PlannerState): void {
  const words = state.policy.reclassifyWords;
  if (words.length === 0) return;
  for (const slot of state.open) {
    const g = slot.group;
    if (!words.some((w) => g.name.includes(w.word))) continue;
    const matched = words.filter((w) => g.name.includes(w.word));
    const category = categoryOf(g.name, matched);
    if (category === null) continue;
    const cited = [...new Set(matched.map((w) => `“${w.word}”`))].join('');
    slot.closed = {
      state: 'reclassified',
      targetId: null,
      category,
      rule: 'reclassify',
      reason: `群名“${g.name}”含${cited}，属${category}，转出工作群管理（规则1）`,
    };
  }
  pruneOpen(state);
}
