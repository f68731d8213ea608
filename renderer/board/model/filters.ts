/**
 * The lane filters (PlanView.filters): free text over a group's name, 群编号, owner and unit, and
 * exact choices of platform, category (工作群 or the non-work category of a 转出 group), business
 * line, and "flagged" (晒照片, temporary, or community heads the auto-plan flags). The choices
 * offered are those that occur, after the policy's own business lines.
 */
import { NON_WORK_CATEGORIES, WORK_CATEGORY, type Group } from '../../../core/roster/model';
import type { CreatedGroup, Decision, GroupEdit } from '../../../core/plan/model';
import type { Policy } from '../../../core/policy/schema';
import type { LaneFilters } from '../../store/view';
import type { RosterShape } from './roster-shape';

/** Lower-cased and trimmed, so that "qq" finds "QQ工作群". */
export const normaliseQuery = (q: string): string => q.trim().toLowerCase();

export const isFiltering = (f: LaneFilters): boolean =>
  f.search.trim() !== '' ||
  f.platform !== null ||
  f.category !== null ||
  f.businessLine !== null ||
  f.flagged;

export interface FilterOptions {
  platforms: string[];
  categories: string[];
  businessLines: string[];
}

export function filterOptions(shape: RosterShape, policy: Policy): FilterOptions {
  const lines = [...policy.businessLines];
  for (const l of shape.businessLines) if (!lines.includes(l)) lines.push(l);
  return {
    platforms: shape.platforms,
    categories: [WORK_CATEGORY, ...NON_WORK_CATEGORIES],
    businessLines: lines,
  };
}

const has = (text: string | null, q: string): boolean => text !== null && text.toLowerCase().includes(q);

export interface GroupFacts {
  group: Group;
  edit: GroupEdit | undefined;
  decision: Decision | undefined;
  unitName: string;
  flaggedHeads: boolean;
  /** Names of the groups merged into it, for a stack: finding a source finds its stack. */
  sourceNames: readonly string[];
}

export function groupMatches(f: LaneFilters, q: string, x: GroupFacts): boolean {
  const g = x.group;
  const e = x.edit;
  if (f.platform !== null && g.platform !== f.platform) return false;
  const line = e && 'businessLine' in e ? (e.businessLine ?? null) : g.businessLine;
  if (f.businessLine !== null && line !== f.businessLine) return false;
  if (f.category !== null) {
    const d = x.decision;
    const cat = d?.state === 'reclassified' ? (d.category ?? '非工作群') : WORK_CATEGORY;
    if (cat !== f.category) return false;
  }
  if (f.flagged) {
    const photo = e && 'photoRequired' in e ? e.photoRequired === true : g.photoRequired;
    const temporary = e && 'temporary' in e ? e.temporary === true : g.temporary;
    if (!photo && !temporary && !x.flaggedHeads) return false;
  }
  if (q === '') return true;
  const owner = e && 'owner' in e ? (e.owner ?? null) : g.owner;
  return (
    has(g.name, q) ||
    has(g.code, q) ||
    has(owner, q) ||
    has(x.unitName, q) ||
    x.sourceNames.some((n) => has(n, q))
  );
}

export function createdMatches(
  f: LaneFilters,
  q: string,
  c: CreatedGroup,
  unitName: string,
  sourceNames: readonly string[],
): boolean {
  if (f.platform !== null && c.platform !== f.platform) return false;
  if (f.businessLine !== null && c.businessLine !== f.businessLine) return false;
  if (f.category !== null && f.category !== WORK_CATEGORY) return false;
  if (f.flagged) return false;
  if (q === '') return true;
  return has(c.name, q) || has(c.owner, q) || has(unitName, q) || sourceNames.some((n) => has(n, q));
}
