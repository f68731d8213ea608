/**
 * View state: which screen is shown, and per plan what the board shows (selected unit, lane
 * filters, selected cards, the group in the detail panel). View state is saved so that a reload
 * comes back exactly where the clerk was, but it is not part of the plan: changing it is never
 * an undo step and never clears the redo stack.
 *
 * Adding a board field: add it to PlanView and DEFAULT_VIEW; readView fills it for rows saved
 * before the field existed (no schema upgrade needed).
 */

export const SCREENS = [
  'start',
  'import',
  'board',
  'policy',
  'settings',
  'report',
  'dashboard',
  'plans',
] as const;
export type Screen = (typeof SCREENS)[number];

export const SCREEN_LABELS: Record<Screen, string> = {
  start: '开始',
  import: '导入名单',
  board: '整理看板',
  policy: '规则',
  settings: '设置',
  dashboard: '模拟看板',
  report: '报告',
  plans: '方案',
};

export interface LaneFilters {
  /** Free text matched against group names, codes and owners. */
  search: string;
  platform: string | null;
  /** A group category (工作群 …) or null for all. */
  category: string | null;
  businessLine: string | null;
  /** Only groups the auto-plan flagged (community heads, photo proof …). */
  flagged: boolean;
}

export interface PlanView {
  selectedUnitId: string | null;
  /** A street or town also shows its communities' and villages' groups. */
  showChildren: boolean;
  filters: LaneFilters;
  /** Selected card ids (roster group ids or created group ids), in selection order. */
  selection: string[];
  /** The group shown in the detail panel. */
  detailGroupId: string | null;
  /** The unit tree lists units over their quota first. */
  overQuotaFirst: boolean;
  /** Each lane's scroll offset (px) for the selected unit, keyed by lane (a GroupState). */
  laneScroll: Partial<Record<LaneKey, number>>;
}

/** The board's lanes, as stored in PlanView.laneScroll (the end states of core/plan/model.ts). */
export const LANE_KEYS = ['pending', 'kept', 'merged', 'dissolved', 'reclassified'] as const;
export type LaneKey = (typeof LANE_KEYS)[number];

export const DEFAULT_FILTERS: LaneFilters = {
  search: '',
  platform: null,
  category: null,
  businessLine: null,
  flagged: false,
};

export const DEFAULT_VIEW: PlanView = {
  selectedUnitId: null,
  showChildren: false,
  filters: DEFAULT_FILTERS,
  selection: [],
  detailGroupId: null,
  overQuotaFirst: false,
  laneScroll: {},
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const text = (v: unknown, fallback: string): string => (typeof v === 'string' ? v : fallback);
const textOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** A stored view row read defensively: unknown or mistyped fields fall back to the defaults. */
export function readView(stored: unknown): PlanView {
  if (!isRecord(stored)) return DEFAULT_VIEW;
  const f = isRecord(stored.filters) ? stored.filters : {};
  return {
    selectedUnitId: textOrNull(stored.selectedUnitId),
    showChildren: stored.showChildren === true,
    filters: {
      search: text(f.search, ''),
      platform: textOrNull(f.platform),
      category: textOrNull(f.category),
      businessLine: textOrNull(f.businessLine),
      flagged: f.flagged === true,
    },
    selection: Array.isArray(stored.selection)
      ? stored.selection.filter((s): s is string => typeof s === 'string')
      : [],
    detailGroupId: textOrNull(stored.detailGroupId),
    overQuotaFirst: stored.overQuotaFirst === true,
    laneScroll: readLaneScroll(stored.laneScroll),
  };
}

function readLaneScroll(stored: unknown): Partial<Record<LaneKey, number>> {
  const out: Partial<Record<LaneKey, number>> = {};
  if (!isRecord(stored)) return out;
  for (const key of LANE_KEYS) {
    const v = stored[key];
    if (typeof v === 'number' && Number.isFinite(v) && v > 0) out[key] = v;
  }
  return out;
}

export const isScreen = (v: unknown): v is Screen =>
  typeof v === 'string' && (SCREENS as readonly string[]).includes(v);
