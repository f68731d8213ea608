/**
 * Rules 4 and 5 unit by unit. Neither merges across units, so each unit is planned on its own:
 * its people are numbered afresh (small maps and arrays that stay in cache), its duplicates
 * merged (rule 4), then its groups packed to its quota (rule 5).
 */
import { PersonNumbers, singletonBin } from './bins';
import { mergeDuplicates } from './rules-duplicate';
import { packOverQuota } from './rules-quota';
import { byUnit, isOpenSlot, pruneOpen, type PlannerState } from './state';
import { compareText } from './ties';

export function mergeUnitByUnit(state: PlannerState): void {
  const slotsByUnit = byUnit(state.open);
  const unitIds = [...new Set([...slotsByUnit.keys(), ...state.fixedOpen.keys()])].sort(compareText);
  for (const unitId of unitIds) {
    const numbers = new PersonNumbers();
    const bins = (slotsByUnit.get(unitId) ?? []).map((s) => singletonBin(state.size, numbers, s));
    mergeDuplicates(state, bins, numbers);
    packOverQuota(
      state,
      unitId,
      bins.filter((b) => isOpenSlot(b.slot)),
    );
  }
  pruneOpen(state);
}
