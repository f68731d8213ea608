/**
 * The 移至… menu of a card or of the selection: the non-drag path to every move — 保留, 待定,
 * 解散, 转出为 one of the three non-work categories, 并入… (a picker), 新建合并群…, 拆分, and 详情.
 * Items that would change nothing are disabled, not hidden, so the menu keeps its shape.
 */
import { NON_WORK_CATEGORIES, type NonWorkCategory } from '../../../core/roster/model';
import type { LaneKey } from '../../store/view';
import type { BoardData } from './board-data';

export type MenuCommand =
  | { kind: 'lane'; lane: Exclude<LaneKey, 'merged' | 'reclassified'> }
  | { kind: 'reclassify'; category: NonWorkCategory }
  | { kind: 'mergeInto' }
  | { kind: 'mergeNew' }
  | { kind: 'unmerge' }
  | { kind: 'detail' };

export interface MenuItem {
  key: string;
  label: string;
  command: MenuCommand;
  disabled: boolean;
  /** Draw a separator above this item. */
  separated?: boolean;
}

export function menuItems(data: BoardData, ids: readonly string[]): MenuItem[] {
  const lanes = ids.map((id) => data.laneOf(id));
  const all = (lane: LaneKey): boolean => lanes.every((l) => l === lane);
  const anyCreated = ids.some((id) => data.plan.created.has(id));
  const anyMerged = ids.some((id) => data.laneOf(id) === 'merged' || (data.sources.get(id)?.length ?? 0) > 0);
  const items: MenuItem[] = [
    { key: 'kept', label: '保留', command: { kind: 'lane', lane: 'kept' }, disabled: all('kept') },
    { key: 'pending', label: '待定', command: { kind: 'lane', lane: 'pending' }, disabled: all('pending') },
    {
      key: 'dissolved',
      label: '解散',
      command: { kind: 'lane', lane: 'dissolved' },
      disabled: all('dissolved'),
    },
  ];
  NON_WORK_CATEGORIES.forEach((category, i) => {
    const already = ids.every((id) => {
      const d = data.plan.decisions.get(id);
      return d?.state === 'reclassified' && d.category === category;
    });
    items.push({
      key: `reclassify-${category}`,
      label: `转出为${category}`,
      command: { kind: 'reclassify', category },
      disabled: anyCreated || already,
      separated: i === 0,
    });
  });
  items.push(
    { key: 'merge-into', label: '并入…', command: { kind: 'mergeInto' }, disabled: false, separated: true },
    { key: 'merge-new', label: '新建合并群…', command: { kind: 'mergeNew' }, disabled: false },
    { key: 'unmerge', label: '拆分（改为待定）', command: { kind: 'unmerge' }, disabled: !anyMerged },
  );
  if (ids.length === 1) {
    items.push({
      key: 'detail',
      label: '查看详情',
      command: { kind: 'detail' },
      disabled: false,
      separated: true,
    });
  }
  return items;
}

/** The open groups a selection could be merged into, same unit first, filtered by a query. */
export interface MergeCandidate {
  id: string;
  name: string;
  unitName: string;
  platform: string;
  created: boolean;
  sameUnit: boolean;
}

export function mergeCandidates(
  data: BoardData,
  sourceIds: readonly string[],
  query: string,
  limit = 60,
): { items: MergeCandidate[]; more: number } {
  const { roster, index, plan } = data;
  const excluded = new Set(sourceIds);
  const units = new Set(
    sourceIds.map((id) => index.groupById.get(id)?.unitId ?? plan.created.get(id)?.unitId ?? ''),
  );
  const q = query.trim().toLowerCase();
  const same: MergeCandidate[] = [];
  const other: MergeCandidate[] = [];
  const add = (c: MergeCandidate): void => {
    if (excluded.has(c.id)) return;
    if (q !== '' && !c.name.toLowerCase().includes(q) && !c.unitName.toLowerCase().includes(q)) return;
    (c.sameUnit ? same : other).push(c);
  };
  const unitName = (id: string): string => index.unitById.get(id)?.name ?? id;
  for (const c of plan.created.values()) {
    if ((data.sources.get(c.id)?.length ?? 0) === 0) continue;
    add({
      id: c.id,
      name: c.name,
      unitName: unitName(c.unitId),
      platform: c.platform,
      created: true,
      sameUnit: units.has(c.unitId),
    });
  }
  for (const g of roster.groups) {
    const lane = data.laneOf(g.id);
    if (lane !== 'kept' && lane !== 'pending') continue;
    add({
      id: g.id,
      name: g.name,
      unitName: unitName(g.unitId),
      platform: g.platform,
      created: false,
      sameUnit: units.has(g.unitId),
    });
  }
  const all = [...same, ...other];
  return { items: all.slice(0, limit), more: Math.max(0, all.length - limit) };
}
