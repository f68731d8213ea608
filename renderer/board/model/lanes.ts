/**
 * The lanes of the board for the selected unit(s): which card ids are in 待定, 保留, 合并, 解散
 * and 转出, in roster order, after the filters. A kept or pending group that absorbed others is a
 * merge stack (its sources are listed inside its card, and also as cards in 合并); created
 * groups (新建) head the 保留 lane of their unit. One pass over the scope's groups, no copies of
 * the plan.
 */
import { isWorkGroup, type Roster, type UnitType } from '../../../core/roster/model';
import { LANE_KEYS, type LaneFilters, type LaneKey } from '../../store/view';
import type { BoardData } from './board-data';
import { createdMatches, groupMatches, isFiltering, normaliseQuery } from './filters';

/** The selection of the tree's 全区 node (no unit id contains a NUL). */
export const ALL_UNITS = '\u0000all';

export const LANE_TITLES: Record<LaneKey, string> = {
  pending: '待定',
  kept: '保留',
  merged: '合并',
  dissolved: '解散',
  reclassified: '转出',
};

export const LANE_HINTS: Record<LaneKey, string> = {
  pending: '还没有定下来的群',
  kept: '精简后仍保留的群（含新建合并群）',
  merged: '并入其他群后关闭',
  dissolved: '直接解散，不再保留',
  reclassified: '不属于工作群，转出管理',
};

export interface LaneContents {
  key: LaneKey;
  /** Card ids after the filters, in order. */
  ids: string[];
  /** Cards in the lane before the filters. */
  total: number;
}

export type Lanes = Record<LaneKey, LaneContents>;

const headsArea = (type: UnitType): boolean => type === 'street' || type === 'town';

/** The units whose groups the board shows: one unit, a street with its communities, or all. */
export function scopeUnitIds(roster: Roster, selected: string, showChildren: boolean): string[] {
  if (selected === ALL_UNITS) {
    const ids = roster.units.map((u) => u.id);
    const known = new Set(ids);
    for (const g of roster.groups) {
      if (isWorkGroup(g) && !known.has(g.unitId)) {
        known.add(g.unitId);
        ids.push(g.unitId);
      }
    }
    return ids;
  }
  const unit = roster.units.find((u) => u.id === selected);
  if (!unit || !showChildren || !headsArea(unit.type)) return [selected];
  return [selected, ...roster.units.filter((u) => u.parentId === selected).map((u) => u.id)];
}

/** True when the unit can show its communities' and villages' groups (含下属社区). */
export function canShowChildren(roster: Roster, unitId: string): boolean {
  const unit = roster.units.find((u) => u.id === unitId);
  return !!unit && headsArea(unit.type) && roster.units.some((u) => u.parentId === unitId);
}

export function emptyLanes(): Lanes {
  const out = {} as Lanes;
  for (const key of LANE_KEYS) out[key] = { key, ids: [], total: 0 };
  return out;
}

export function buildLanes(data: BoardData, unitIds: readonly string[], filters: LaneFilters): Lanes {
  const lanes = emptyLanes();
  const { plan, index, shape, sources } = data;
  const filtering = isFiltering(filters);
  const q = normaliseQuery(filters.search);
  const inScope = new Set(unitIds);
  const unitName = (id: string): string => index.unitById.get(id)?.name ?? id;
  const sourceNames = (id: string): string[] =>
    q === '' ? [] : (sources.get(id) ?? []).map((s) => index.groupById.get(s)?.name ?? s);

  // Created groups first in 保留: they are what the merges produced.
  for (const c of plan.created.values()) {
    if (!inScope.has(c.unitId) || (sources.get(c.id)?.length ?? 0) === 0) continue;
    lanes.kept.total++;
    if (filtering && !createdMatches(filters, q, c, unitName(c.unitId), sourceNames(c.id))) continue;
    lanes.kept.ids.push(c.id);
  }
  for (const unitId of unitIds) {
    const groups = shape.workGroupsByUnit.get(unitId);
    if (!groups) continue;
    const name = unitName(unitId);
    for (const g of groups) {
      const decision = plan.decisions.get(g.id);
      const lane = lanes[decision?.state ?? 'pending'];
      lane.total++;
      if (
        filtering &&
        !groupMatches(filters, q, {
          group: g,
          edit: plan.groupEdits.get(g.id),
          decision,
          unitName: name,
          flaggedHeads: data.headSuggestions.has(g.id),
          sourceNames: sourceNames(g.id),
        })
      ) {
        continue;
      }
      lane.ids.push(g.id);
    }
  }
  return lanes;
}

/** The lane and position of a card, or null when it is not shown. */
export function findCard(lanes: Lanes, id: string): { lane: LaneKey; index: number } | null {
  for (const key of LANE_KEYS) {
    const i = lanes[key].ids.indexOf(id);
    if (i >= 0) return { lane: key, index: i };
  }
  return null;
}
