/** What must hold of any plan the actions produce (checked after every step of the property tests). */
import { expect } from 'vitest';
import { isWorkGroup, type Roster } from '../../../core/roster/model';
import type { Plan } from '../../../core/plan/model';

export function expectPlanInvariants(roster: Roster, plan: Plan): void {
  const work = new Set(roster.groups.filter(isWorkGroup).map((g) => g.id));
  const open = (id: string): boolean => {
    if (plan.created.has(id)) return true;
    const s = plan.decisions.get(id)?.state ?? 'pending';
    return work.has(id) && (s === 'kept' || s === 'pending');
  };
  const sources = new Map<string, number>();
  for (const [id, d] of plan.decisions) {
    expect(work.has(id), `decision for non-work or unknown group ${id}`).toBe(true);
    expect(['pending', 'kept', 'merged', 'dissolved', 'reclassified']).toContain(d.state);
    if (d.state === 'merged') {
      expect(d.targetId).not.toBeNull();
      const t = d.targetId ?? '';
      // Final target: open, never itself, never a chain.
      expect(t).not.toBe(id);
      expect(open(t), `${id} merged into closed ${t}`).toBe(true);
      sources.set(t, (sources.get(t) ?? 0) + 1);
    } else {
      expect(d.targetId).toBeNull();
    }
    if (d.state !== 'reclassified') expect(d.category).toBeNull();
  }
  for (const id of plan.created.keys()) {
    expect(sources.get(id) ?? 0, `created group ${id} without sources`).toBeGreaterThan(0);
  }
}
