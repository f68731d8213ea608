/**
 * Rule 5: a unit with more open work groups than its quota packs them, first-fit decreasing,
 * into as few groups as the quota needs — not fewer, since needless merges make huge groups.
 *
 * The clerk's open groups and created groups of the unit hold quota slots but take no part in
 * the packing: the auto-plan only merges groups it decides itself, into groups it keeps.
 *
 * Items (the open groups, with what rule 4 merged into them) are taken largest first (rule 7),
 * those on the preferred platform before the others: groups may move into the preferred
 * platform but not out of it, so its groups are the ones that can absorb across platforms.
 * While the remaining items fit in the free slots, each stays its own group. Otherwise an item
 * joins the first group of its business line it fits in (its own platform before a move);
 * failing that it opens a new group if a slot is still free (rather than mixing business
 * lines); failing that it joins the first group it fits in (again its own platform first);
 * failing that it opens a group beyond the quota. It fits when the group's platform is its own
 * or the preferred one, and the merged size stays within that platform's cap. The first item
 * of each group is its largest eligible one, which absorbs the rest.
 */
import { platformCap, type UnitQuota } from '../policy/quota';
import { problem } from '../problems';
import type { Unit } from '../roster/model';
import { absorb, binSize, unionSize, type Bin } from './bins';
import { mergeInto, type PlannerState } from './state';
import { sortSmall } from './int-list';
import { compareRank, type Ranked } from './ties';
import { placeOf, platformLabel, unitWithStaff, withPlace } from './text';

interface Packing {
  groups: Bin[];
  /** Why items could not join any group once the quota was used up, in order of first sight. */
  blocks: Set<string>;
}

/**
 * Rule 5 on one unit (null when the roster has no such unit) and its quota (null: none):
 * `items` are its open auto-plan groups after rule 4, as bins.
 */
export function packOverQuota(
  state: PlannerState,
  unitId: string,
  unit: Unit | null,
  quota: UnitQuota | null,
  items: Bin[],
): void {
  const fixed = state.fixedOpen.get(unitId) ?? 0;
  const before = fixed + items.length;
  if (unit === null || quota === null || before <= quota.quota) {
    state.outcomes.set(unitId, { quota, after: before, feasible: true });
    return;
  }
  const packing = pack(state, unit, quota, fixed, before, items);
  const after = fixed + packing.groups.length;
  const feasible = after <= quota.quota;
  state.outcomes.set(unitId, { quota, after, feasible });
  if (!feasible) reportInfeasible(state, unit, quota, fixed, after, packing);
}

/** An item's place in the packing order: the preferred platform's groups first, then rule 7. */
interface Ranked7 extends Ranked {
  bin: Bin;
  preferred: boolean;
}

const packingOrder = (a: Ranked7, b: Ranked7): number =>
  (a.preferred === b.preferred ? 0 : a.preferred ? -1 : 1) || compareRank(a, b);

function pack(
  state: PlannerState,
  unit: Unit,
  quota: UnitQuota,
  fixed: number,
  before: number,
  items: Bin[],
): Packing {
  const free = quota.quota - fixed;
  const preferred = state.policy.preferredPlatform;
  const order: Ranked7[] = [];
  for (const bin of items) {
    order.push({
      id: bin.headId,
      size: binSize(bin),
      lastActive: bin.head.lastActive,
      bin,
      preferred: bin.head.platform === preferred,
    });
  }
  sortSmall(order, packingOrder);
  const groups: Bin[] = [];
  const blocks = new Set<string>();
  // Every merge's reason starts the same way: one string for the unit.
  const because = `${unitWithStaff(unit)}限 ${quota.quota} 个工作群，现有 ${before} 个；并入`;
  for (let i = 0; i < order.length; i++) {
    const item = order[i]?.bin;
    if (item === undefined) continue;
    if (groups.length + (order.length - i) <= free) {
      groups.push(item);
      continue;
    }
    const best = bestGroup(state, groups, item);
    if ((best === null || best.choice > SAME_LINE_MOVED) && groups.length < free) {
      groups.push(item);
      continue;
    }
    if (best === null) {
      for (const g of groups) blocks.add(blockReason(state, g, item, compatible(state, g, item)));
      groups.push(item);
      continue;
    }
    const target = best.group;
    const sameLine = best.choice <= SAME_LINE_MOVED;
    const moved = target.head.platform !== item.head.platform;
    const into = `${sameLine ? `同为“${item.head.businessLine}”的` : ''}${moved ? platformLabel(target.head.platform) : ''}“${target.head.name}”`;
    mergeInto(item.slot, target.slot, 'quota', `${because}${into}（规则5）`);
    absorb(target, item);
  }
  return { groups, blocks };
}

/** The item may join the group: same platform, or the group is on the preferred one. */
const compatible = (state: PlannerState, group: Bin, item: Bin): boolean =>
  group.head.platform === item.head.platform || group.head.platform === state.policy.preferredPlatform;

/** The item fits in the group: the merged size stays within the group's platform cap. */
function fits(state: PlannerState, group: Bin, item: Bin): boolean {
  const cap = platformCap(state.policy, group.head.platform);
  return cap === null || unionSize(group, item) <= cap;
}

/** Preference among groups an item fits in, best first (see the module comment). */
const SAME_LINE = 0;
const SAME_LINE_MOVED = 1;
const SAME_PLATFORM = 2;
const MOVED = 3;

/**
 * The first group of the best preference the item fits in, or null. One pass; the fit (a
 * union of members) is only computed for a group that would beat the best found so far.
 */
function bestGroup(
  state: PlannerState,
  groups: readonly Bin[],
  item: Bin,
): { group: Bin; choice: number } | null {
  let best: { group: Bin; choice: number } | null = null;
  const line = item.head.businessLine;
  for (const g of groups) {
    if (!compatible(state, g, item)) continue;
    const moved = g.head.platform !== item.head.platform;
    const sameLine = line !== null && g.head.businessLine === line;
    const choice = sameLine ? (moved ? SAME_LINE_MOVED : SAME_LINE) : moved ? MOVED : SAME_PLATFORM;
    if (best !== null && best.choice <= choice) continue;
    if (!fits(state, g, item)) continue;
    best = { group: g, choice };
    if (choice === SAME_LINE) break;
  }
  return best;
}

function blockReason(state: PlannerState, group: Bin, item: Bin, compatible: boolean): string {
  const from = item.head.platform;
  if (compatible) {
    const to = group.head.platform;
    return `${platformLabel(to)}上限 ${platformCap(state.policy, to)} 人，无法继续合并`;
  }
  const preferred = state.policy.preferredPlatform;
  if (preferred === null) return `${platformLabel(from)}不能并入其他平台的群（规则未设首选平台）`;
  if (from === preferred) return `${platformLabel(from)}不能并入其他平台的群`;
  return `${platformLabel(from)}无法并入${preferred}以外的平台`;
}

function reportInfeasible(
  state: PlannerState,
  unit: Unit,
  quota: UnitQuota,
  fixed: number,
  after: number,
  packing: Packing,
): void {
  const why: string[] = [];
  if (fixed > 0) why.push(`其中 ${fixed} 个由填报方案保留或新建，自动方案不并入这些群`);
  why.push(...packing.blocks);
  if (why.length === 0) why.push('自动方案只合并、不解散在用的工作群');
  const place = placeOf(unit);
  const msg = `${unit.name} 限 ${quota.quota} 个，合并后仍有 ${after} 个：${why.join('；')}`;
  state.problems.push(problem('warning', 'QUOTA_INFEASIBLE', withPlace(place, msg), place));
}
