/**
 * The list of groups two plans treat differently: ordering by a column, and the Chinese words
 * for a treatment ("合并 → 党建工作群", "转出（日常交流群）").
 */
import { GROUP_STATE_LABELS, type GroupState } from '../plan/model';
import type { GroupDifference, GroupSortKey, GroupTreatment, SortDirection } from './model';

/** The board's lane order. */
const STATE_RANK: Record<GroupState, number> = {
  pending: 0,
  kept: 1,
  merged: 2,
  dissolved: 3,
  reclassified: 4,
};

// Chinese names sort by pinyin (zh collation), as a clerk expects from Excel's 排序.
const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });

const byRoster = (x: GroupDifference, y: GroupDifference): number =>
  x.unitOrder - y.unitOrder || x.groupOrder - y.groupOrder;

function byTreatment(x: GroupTreatment, y: GroupTreatment): number {
  return (
    STATE_RANK[x.state] - STATE_RANK[y.state] ||
    collator.compare(x.targetName ?? x.category ?? '', y.targetName ?? y.category ?? '')
  );
}

const COMPARE: Record<GroupSortKey, (x: GroupDifference, y: GroupDifference) => number> = {
  unit: byRoster,
  name: (x, y) => collator.compare(x.name, y.name),
  platform: (x, y) => collator.compare(x.platform, y.platform),
  a: (x, y) => byTreatment(x.a, y.a),
  b: (x, y) => byTreatment(x.b, y.b),
};

/**
 * A new array ordered by `key` (ties: unit, then roster order, whichever the direction).
 * `unit` is the roster's order of units and groups.
 */
export function sortGroupDifferences(
  list: readonly GroupDifference[],
  key: GroupSortKey,
  direction: SortDirection = 'asc',
): GroupDifference[] {
  const sign = direction === 'asc' ? 1 : -1;
  const primary = COMPARE[key];
  return [...list].sort((x, y) => sign * primary(x, y) || byRoster(x, y));
}

/** "保留", "解散", "合并 → 党建工作群", "合并 → 新建：社区工作群", "转出（日常交流群）". */
export function treatmentText(t: GroupTreatment): string {
  const state = GROUP_STATE_LABELS[t.state];
  if (t.state === 'merged') {
    if (t.targetName === null) return state;
    return `${state} → ${t.targetCreated ? '新建：' : ''}${t.targetName}`;
  }
  if (t.state === 'reclassified' && t.category !== null) return `${state}（${t.category}）`;
  return state;
}
