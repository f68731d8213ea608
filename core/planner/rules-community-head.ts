/**
 * Rule 6: business-line groups of district departments must not pull in community or village
 * heads. Every department group that stays open (with everything merged into it) is checked;
 * each head found is a 移出成员 suggestion on the open group, and the group gets one warning.
 * Members already planned for removal are not flagged. Nothing is removed here.
 */
import { isOpen, type CreatedGroup, type Decision, type Suggestion } from '../plan/model';
import { remainingMembers, type SizeContext } from '../plan/size';
import { problem, type Problem } from '../problems';
import type { Group, Person } from '../roster/model';
import { compareText } from './ties';
import { listSome, personLabel, placeOf, quoted, withPlace } from './text';

export interface CommunityHeadFlags {
  suggestions: Suggestion[];
  problems: Problem[];
}

export function flagCommunityHeads(
  size: SizeContext,
  workGroups: readonly Group[],
  decisions: ReadonlyMap<string, Decision>,
  created: ReadonlyMap<string, CreatedGroup>,
): CommunityHeadFlags {
  const { index } = size;
  const out: CommunityHeadFlags = { suggestions: [], problems: [] };
  // Heads are few: looking members up in their small set is cheaper than in every person.
  const headKeys = new Set<string>();
  for (const p of index.personByKey.values()) if (p.isCommunityHead) headKeys.add(p.key);
  if (headKeys.size === 0) return out;
  const inDepartment = (unitId: string): boolean => index.unitById.get(unitId)?.type === 'department';
  const open: Array<{ id: string; name: string; unitId: string; group: Group | null }> = [];
  const sources = new Map<string, string[]>();
  for (const g of workGroups) {
    if (!inDepartment(g.unitId)) continue;
    const d = decisions.get(g.id);
    if (d && isOpen(d)) {
      open.push({ id: g.id, name: g.name, unitId: g.unitId, group: g });
      sources.set(g.id, [g.id]);
    }
  }
  for (const c of created.values()) {
    if (!inDepartment(c.unitId)) continue;
    open.push({ id: c.id, name: c.name, unitId: c.unitId, group: null });
    sources.set(c.id, []);
  }
  // Merges stay within a unit (the clerk's may not): only merged groups can feed a target.
  for (const [id, d] of decisions) {
    if (d.state === 'merged' && d.targetId !== null) sources.get(d.targetId)?.push(id);
  }
  open.sort((a, b) => compareText(a.id, b.id));

  const heads = new Map<string, Person>();
  for (const target of open) {
    const unit = index.unitById.get(target.unitId);
    if (!unit) continue;
    heads.clear();
    for (const id of sources.get(target.id) ?? []) {
      for (const key of remainingMembers(size, id) ?? []) {
        if (!headKeys.has(key)) continue;
        const person = index.personByKey.get(key);
        if (person) heads.set(key, person);
      }
    }
    if (heads.size === 0) continue;
    const people = [...heads.values()].sort((a, b) => compareText(a.key, b.key));
    for (const p of people) {
      out.suggestions.push({
        rule: 'community-head',
        kind: 'remove-member',
        groupId: target.id,
        personKey: p.key,
        reason: `区直部门业务群不得拉入社区、村主要负责人：${personLabel(p)}（规则6）`,
      });
    }
    const place = target.group ? placeOf(target.group) : {};
    const names = listSome(people.map(personLabel), 5, '人');
    const msg = `区直部门${unit.name}的${quoted(target.name)}有 ${people.length} 名社区、村主要负责人：${names}，建议移出（规则6）`;
    out.problems.push(problem('warning', 'COMMUNITY_HEAD_IN_DEPARTMENT_GROUP', withPlace(place, msg), place));
  }
  return out;
}
