/**
 * A plain first-fit-decreasing packing of a unit's groups into as few open groups as it takes,
 * under DESIGN §4a rule 5's constraints: sizes are unions of members, each packed group stays
 * within its platform's cap, and a group may move to another platform only into the preferred
 * one (微信). It is the generator's own check that the auto-plan can bring every unit within
 * quota; the real planner (core/planner) may pack differently but not worse.
 */
export interface PackItem {
  id: string;
  platform: string;
  members: readonly number[];
  line: string | null;
}

export interface PackOptions {
  cap: (platform: string) => number | null;
  preferred: string | null;
  /** Try a packed group of the same business line first. */
  byLine: boolean;
}

interface Bin {
  platform: string;
  line: string | null;
  members: Set<number>;
}

const fits = (bin: Bin, item: PackItem, o: PackOptions): boolean => {
  if (bin.platform !== item.platform && bin.platform !== o.preferred) return false;
  const cap = o.cap(bin.platform);
  if (cap === null) return true;
  let size = bin.members.size;
  for (const p of item.members) if (!bin.members.has(p)) size++;
  return size <= cap;
};

/** The number of groups the unit packs into. */
export function packedCount(items: readonly PackItem[], o: PackOptions): number {
  const sorted = [...items].sort((a, b) => b.members.length - a.members.length || a.id.localeCompare(b.id));
  const bins: Bin[] = [];
  for (const item of sorted) {
    const sameLine = o.byLine ? bins.find((b) => b.line === item.line && fits(b, item, o)) : undefined;
    const bin = sameLine ?? bins.find((b) => fits(b, item, o));
    if (bin) for (const p of item.members) bin.members.add(p);
    else bins.push({ platform: item.platform, line: item.line, members: new Set(item.members) });
  }
  return bins.length;
}
