/**
 * Rule 6: business-line groups of district departments must not pull in community or village
 * heads. Every department group that stays open (with everything merged into it) is checked;
 * each head found is a 移出成员 suggestion on the open group, and the group gets one warning.
 * Members already planned for removal are not flagged. Nothing is removed here.
 *
 * The index counts each group's heads, and almost every group has none: only the open groups
 * that such a group is (or merges into) are looked at, not every department group's members.
 */
import { isOpen, type CreatedGroup, type Decision, type Suggestion } from '../plan/model';
import { problem, type Problem } from '../problems';
import type { Group, Person, Roster, RosterIndex } from '../roster/model';
import type { PlanMembers } from './members';
import { compareText } from './ties';
import { listSome, personLabel, placeOf, quoted, withPlace } from './text';

export interface CommunityHeadFlags {
  suggestions: Suggestion[];
  problems: Problem[];
}

interface Target {
  id: string;
  name: string;
  unitId: string;
  group: Group | null;
}

/**
 * `decisionAt` holds each work group's decision under its position in roster.groups (ids are
 * unique in a roster, so it agrees with `decisions`).
 */
export function flagCommunityHeads(
  roster: Roster,
  index: RosterIndex,
  members: PlanMembers,
  decisionAt: ReadonlyArray<Decision | undefined>,
  decisions: ReadonlyMap<string, Decision>,
  created: ReadonlyMap<string, CreatedGroup>,
): CommunityHeadFlags {
  const out: CommunityHeadFlags = { suggestions: [], problems: [] };
  const inDepartment = (unitId: string): boolean => index.unitById.get(unitId)?.type === 'department';
  const createdInDepartment = (id: string): boolean => {
    const c = created.get(id);
    return c !== undefined && inDepartment(c.unitId);
  };
  const { groupList, communityHeads } = members.table;
  // Open group id → positions of the groups with heads that end in it (itself when open, else
  // its target). The auto-plan merges within a unit only, so outside departments only the
  // clerk's merges can bring heads into a department's group.
  const sources = new Map<string, number[]>();
  for (let i = 0; i < groupList.length; i++) {
    if ((communityHeads[groupList[i] ?? -1] ?? 0) === 0) continue;
    const d = decisionAt[i];
    const g = roster.groups[i];
    if (d === undefined || g === undefined) continue;
    let target: string | null = null;
    if (d.state === 'merged') {
      if (d.rule === 'clerk' || inDepartment(g.unitId)) target = d.targetId;
    } else if (isOpen(d) && inDepartment(g.unitId) && !createdInDepartment(g.id)) {
      // A department's created group of the same id takes the group's place, without its members.
      target = g.id;
    }
    if (target === null) continue;
    const list = sources.get(target);
    if (list) list.push(i);
    else sources.set(target, [i]);
  }
  if (sources.size === 0) return out;

  const targets: Target[] = [];
  for (const id of sources.keys()) {
    const g = index.groupById.get(id);
    const d = decisions.get(id);
    if (g && d && isOpen(d) && inDepartment(g.unitId))
      targets.push({ id, name: g.name, unitId: g.unitId, group: g });
  }
  for (const c of created.values()) {
    if (sources.has(c.id) && createdInDepartment(c.id))
      targets.push({ id: c.id, name: c.name, unitId: c.unitId, group: null });
  }
  // Group targets come before a created one of the same id, as the stable sort keeps them.
  targets.sort((a, b) => compareText(a.id, b.id));

  const heads = new Map<string, Person>();
  for (const target of targets) {
    const unit = index.unitById.get(target.unitId);
    if (!unit) continue;
    heads.clear();
    for (const i of sources.get(target.id) ?? []) {
      const id = roster.groups[i]?.id ?? '';
      for (const p of members.communityHeadsOf(id, members.listAt(i))) {
        const person = members.table.personRecords[p];
        if (person) heads.set(person.key, person);
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
