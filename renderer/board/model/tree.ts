/**
 * The unit tree: streets and towns with their communities and villages nested, district
 * departments in their own section, and units without a street apart. Each unit carries its
 * quota badge (its own groups before → after against its own quota) and a street or town also
 * its area (the street with its communities: "望月湖街道片区 127→16"), from computeMetrics.
 */
import type { ComputedPlanMetrics, ComputedUnitMetrics } from '../../../core/metrics/model';
import type { Roster, Unit, UnitType } from '../../../core/roster/model';
import { normaliseQuery } from './filters';

export interface QuotaBadge {
  before: number;
  after: number;
  quota: number | null;
  /** How many groups over the quota after the plan (0 when within it or unlimited). */
  over: number;
}

export interface AreaTotal {
  /** e.g. "望月湖街道片区". */
  label: string;
  before: number;
  after: number;
}

export interface TreeNode {
  id: string;
  name: string;
  type: UnitType;
  badge: QuotaBadge;
  area: AreaTotal | null;
  children: TreeNode[];
  /** Groups over quota in the node and its children: the "over quota first" order. */
  excess: number;
}

export type SectionKey = 'areas' | 'departments' | 'others';

export interface TreeSection {
  key: SectionKey;
  title: string;
  nodes: TreeNode[];
}

export const SECTION_TITLES: Record<SectionKey, string> = {
  areas: '街道、镇及所属社区、村',
  departments: '区直部门',
  others: '其他单位',
};

export function badgeOf(m: Pick<ComputedUnitMetrics, 'before' | 'after' | 'quota'> | undefined): QuotaBadge {
  if (!m) return { before: 0, after: 0, quota: null, over: 0 };
  const over = m.quota === null ? 0 : Math.max(0, m.after - m.quota);
  return { before: m.before, after: m.after, quota: m.quota, over };
}

/** "67→10 / 10" — the ✓ or 超出 N is drawn next to it. */
export const badgeText = (b: QuotaBadge): string =>
  b.quota === null ? `${b.before}→${b.after}（不限）` : `${b.before}→${b.after} / ${b.quota}`;

/** What a screen reader says for a badge. */
export function badgeSpeech(b: QuotaBadge): string {
  const counts = `工作群 ${b.before} 个精简后 ${b.after} 个`;
  if (b.quota === null) return `${counts}，不限数量`;
  return b.over > 0
    ? `${counts}，限额 ${b.quota} 个，超出 ${b.over} 个`
    : `${counts}，限额 ${b.quota} 个，达标`;
}

export const areaText = (a: AreaTotal): string => `${a.label} ${a.before}→${a.after}`;

const headsArea = (t: UnitType): boolean => t === 'street' || t === 'town';
const grassroots = (t: UnitType): boolean => t === 'community' || t === 'village';

export interface TreeOptions {
  query: string;
  overQuotaFirst: boolean;
}

export function buildTree(roster: Roster, metrics: ComputedPlanMetrics, options: TreeOptions): TreeSection[] {
  const unitMetrics = new Map(metrics.units.map((m) => [m.id, m]));
  const areas = new Map(metrics.areas.map((a) => [a.id, a]));
  const byId = new Map(roster.units.map((u) => [u.id, u]));
  const children = new Map<string, Unit[]>();
  for (const u of roster.units) {
    const parent = u.parentId === null ? undefined : byId.get(u.parentId);
    if (parent && headsArea(parent.type) && grassroots(u.type)) {
      const list = children.get(parent.id);
      if (list) list.push(u);
      else children.set(parent.id, [u]);
    }
  }
  const leaf = (u: Unit): TreeNode => {
    const badge = badgeOf(unitMetrics.get(u.id));
    return { id: u.id, name: u.name, type: u.type, badge, area: null, children: [], excess: badge.over };
  };
  const q = normaliseQuery(options.query);
  const matches = (u: Unit): boolean => q === '' || u.name.toLowerCase().includes(q);

  const sections: Record<SectionKey, TreeNode[]> = { areas: [], departments: [], others: [] };
  for (const u of roster.units) {
    if (headsArea(u.type)) {
      const kids = children.get(u.id) ?? [];
      const shown = matches(u) ? kids : kids.filter(matches);
      if (!matches(u) && shown.length === 0) continue;
      const node = leaf(u);
      node.children = shown.map(leaf);
      node.excess += node.children.reduce((s, c) => s + c.excess, 0);
      const a = areas.get(u.id);
      if (a && kids.length > 0) node.area = { label: `${u.name}片区`, before: a.before, after: a.after };
      sections.areas.push(node);
    } else if (u.type === 'department') {
      if (matches(u)) sections.departments.push(leaf(u));
    } else {
      const parent = u.parentId === null ? undefined : byId.get(u.parentId);
      const nested = parent && headsArea(parent.type) && grassroots(u.type);
      if (!nested && matches(u)) sections.others.push(leaf(u));
    }
  }
  const out: TreeSection[] = [];
  for (const key of ['areas', 'departments', 'others'] as const) {
    let nodes = sections[key];
    if (nodes.length === 0) continue;
    if (options.overQuotaFirst) nodes = sortOverFirst(nodes);
    out.push({ key, title: SECTION_TITLES[key], nodes });
  }
  return out;
}

/** Most over quota first, roster order otherwise (also among each node's children). */
function sortOverFirst(nodes: TreeNode[]): TreeNode[] {
  return nodes
    .map((n, i) => ({ n: { ...n, children: sortOverFirst(n.children) }, i }))
    .sort((a, b) => b.n.excess - a.n.excess || a.i - b.i)
    .map((x) => x.n);
}

/** The tree's nodes in display order (expanded children after their parent). */
export function visibleNodes(
  sections: readonly TreeSection[],
  expanded: ReadonlySet<string>,
  forceOpen: boolean,
): Array<{ node: TreeNode; level: number; section: SectionKey }> {
  const out: Array<{ node: TreeNode; level: number; section: SectionKey }> = [];
  for (const s of sections) {
    for (const n of s.nodes) {
      out.push({ node: n, level: 1, section: s.key });
      if (n.children.length > 0 && (forceOpen || expanded.has(n.id))) {
        for (const c of n.children) out.push({ node: c, level: 2, section: s.key });
      }
    }
  }
  return out;
}

/** Where the board starts when the clerk has not picked a unit: the unit most over quota, else the one with most groups. */
export function defaultUnit(metrics: ComputedPlanMetrics): string | null {
  let best: ComputedUnitMetrics | null = null;
  const over = (m: ComputedUnitMetrics): number => (m.quota === null ? 0 : Math.max(0, m.after - m.quota));
  for (const m of metrics.units) {
    if (best === null || over(m) > over(best) || (over(m) === over(best) && m.before > best.before)) best = m;
  }
  return best?.id ?? null;
}
