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

function mentionsAny(name: string, words: ReadonlyArray<{ word: string }>): boolean {
  for (const w of words) if (name.includes(w.word)) return true;
  return false;
}

export function reclassifyByName(state: PlannerState): void {
  const words = state.policy.reclassifyWords;
  if (words.length === 0) return;
  const { open } = state;
  // Indexed loops in the rules that run once per plan over every group: until the optimiser
  // takes over, a for…of loop allocates per step.
  for (let i = 0; i < open.length; i++) {
    const slot = open[i];
    if (slot === undefined || !mentionsAny(slot.group.name, words)) continue;
    const g = slot.group;
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
