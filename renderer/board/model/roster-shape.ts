/**
 * What the board needs from a roster that never changes while it is open: the work groups of
 * each unit in roster order, every group's roster position (for ordering stacks), and the
 * platforms and business lines that occur (the filters' choices). Built once per roster and
 * cached by identity: a roster is read-only input.
 */
import { isWorkGroup, type Group, type Roster } from '../../../core/roster/model';

export interface RosterShape {
  /** Unit id → its work groups, in roster order. */
  workGroupsByUnit: Map<string, Group[]>;
  /** Group id → position in roster.groups. */
  position: Map<string, number>;
  /** Platforms of the work groups, in first-met order. */
  platforms: string[];
  /** Business lines written in the roster, in first-met order. */
  businessLines: string[];
  workGroupCount: number;
}

const cache = new WeakMap<Roster, RosterShape>();

export function rosterShape(roster: Roster): RosterShape {
  const hit = cache.get(roster);
  if (hit) return hit;
  const workGroupsByUnit = new Map<string, Group[]>();
  const position = new Map<string, number>();
  const platforms = new Set<string>();
  const lines = new Set<string>();
  let workGroupCount = 0;
  roster.groups.forEach((g, i) => {
    position.set(g.id, i);
    if (!isWorkGroup(g)) return;
    workGroupCount++;
    const list = workGroupsByUnit.get(g.unitId);
    if (list) list.push(g);
    else workGroupsByUnit.set(g.unitId, [g]);
    platforms.add(g.platform);
    if (g.businessLine) lines.add(g.businessLine);
  });
  const shape: RosterShape = {
    workGroupsByUnit,
    position,
    platforms: [...platforms],
    businessLines: [...lines],
    workGroupCount,
  };
  cache.set(roster, shape);
  return shape;
}
