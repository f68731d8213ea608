/**
 * Rules 4 and 5 unit by unit. Neither merges across units, so each unit is planned on its own:
 * its duplicates merged (rule 4), then its groups packed to its quota (rule 5). The scratch
 * arrays both need are made once for all units, and a unit where neither rule can merge
 * anything (no two groups on one platform, and within its quota) is only counted.
 */
import { BinMarks, singletonBin } from './bins';
import { DuplicateScratch, mergeDuplicates, SMALL_BUCKET } from './rules-duplicate';
import { packOverQuota } from './rules-quota';
import { byUnit, isOpenSlot, pruneOpen, quotaOf, type PlannerState, type Slot } from './state';
import { compareText } from './ties';

/** True when two of the slots are on the same platform (rule 4 could merge them). */
function sharesPlatform(slots: readonly Slot[]): boolean {
  for (let i = 1; i < slots.length; i++) {
    const platform = slots[i]?.group.platform;
    for (let j = 0; j < i; j++) if (slots[j]?.group.platform === platform) return true;
  }
  return false;
}

/** `smallBucket`: rule 4's choice between pairwise search and indexes (tests vary it). */
export function mergeUnitByUnit(state: PlannerState, smallBucket = SMALL_BUCKET): void {
  const slotsByUnit = byUnit(state.open);
  const unitIds = [...slotsByUnit.keys()];
  for (const id of state.fixedOpen.keys()) if (!slotsByUnit.has(id)) unitIds.push(id);
  unitIds.sort(compareText);
  const scratch = new DuplicateScratch(state.members, smallBucket);
  const marks = new BinMarks(state.members.people);
  for (const unitId of unitIds) {
    const slots = slotsByUnit.get(unitId) ?? [];
    const unit = state.index.unitById.get(unitId) ?? null;
    const quota = unit ? quotaOf(state, unit) : null;
    const before = (state.fixedOpen.get(unitId) ?? 0) + slots.length;
    if ((quota === null || before <= quota.quota) && !sharesPlatform(slots)) {
      state.outcomes.set(unitId, { quota, after: before, feasible: true });
      continue;
    }
    const bins = slots.map((s) => singletonBin(state.members, marks, s));
    mergeDuplicates(state, bins, scratch);
    packOverQuota(
      state,
      unitId,
      unit,
      quota,
      bins.filter((b) => isOpenSlot(b.slot)),
    );
  }
  pruneOpen(state);
}
