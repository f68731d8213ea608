/**
 * The detail panel: removing and restoring members, and correcting a group's fields.
 *
 * A member shown in an open group may come from any group merged into it, so removing them from
 * an open (or created) group removes them from every source that lists them; otherwise they
 * would reappear through another source. A closed group's removals touch only that group.
 */
import { dayNumber } from '../dates';
import type { Group } from '../roster/model';
import { removalKey, type CreatedGroup, type GroupEdit } from './model';
import type { PlanDraft } from './actions-draft';
import { ActionFailure, quoted, resolveSubject, type Subject } from './actions-common';

function involved(draft: PlanDraft, s: Subject): string[] {
  if (s.kind === 'created') return draft.absorbed(s.id);
  return draft.isOpenTarget(s.id) ? [s.id, ...draft.absorbed(s.id)] : [s.id];
}

function listing(draft: PlanDraft, groupId: unknown, personKey: unknown): { s: Subject; ids: string[] } {
  const s = resolveSubject(draft, groupId);
  if (typeof personKey !== 'string')
    throw new ActionFailure('ACTION_INVALID', '操作有误：成员标识不是文本。');
  const members = draft.ctx.index.membersByGroup;
  const ids = involved(draft, s);
  if (!ids.some((id) => members.has(id))) {
    throw new ActionFailure('ACTION_NO_MEMBER_LIST', `${quoted(draft, s.id)}没有成员名单，无法调整成员。`);
  }
  const holding = ids.filter((id) => members.get(id)?.includes(personKey) === true);
  if (holding.length === 0) {
    const who = draft.ctx.index.personByKey.get(personKey)?.name ?? personKey;
    throw new ActionFailure('ACTION_NOT_MEMBER', `“${who}”不在${quoted(draft, s.id)}的成员名单中。`);
  }
  return { s, ids: holding };
}

export function setMember(draft: PlanDraft, groupId: unknown, personKey: unknown, removed: boolean): void {
  const { ids } = listing(draft, groupId, personKey);
  for (const id of ids) draft.setRemoval(removalKey(id, personKey as string), removed);
}

type EditKey = keyof GroupEdit;
const TEXT_KEYS = ['businessLine', 'owner'] as const;
const ALL_KEYS: readonly EditKey[] = ['businessLine', 'owner', 'temporary', 'endDate', 'photoRequired'];

function bad(message: string): never {
  throw new ActionFailure('ACTION_BAD_EDIT', message);
}

/** The edit's own keys with values checked and text trimmed ('' means not given: null). */
function normalise(edit: unknown): Map<EditKey, string | boolean | null | undefined> {
  if (typeof edit !== 'object' || edit === null) bad('操作有误：没有给出要修改的内容。');
  const out = new Map<EditKey, string | boolean | null | undefined>();
  for (const [key, value] of Object.entries(edit)) {
    const k = ALL_KEYS.find((x) => x === key);
    if (k === undefined) bad(`操作有误：群没有可修改的字段“${key}”。`);
    if (value === undefined) {
      out.set(k, undefined);
    } else if (k === 'temporary' || k === 'photoRequired') {
      if (typeof value !== 'boolean') bad('“是否临时”“是否要求晒照片”只能是“是”或“否”。');
      out.set(k, value);
    } else if (value === null) {
      out.set(k, null);
    } else if (typeof value !== 'string') {
      bad('操作有误：字段内容应为文本。');
    } else if (k === 'endDate') {
      if (Number.isNaN(dayNumber(value))) bad(`结束日期“${value}”不是有效日期（应为 YYYY-MM-DD）。`);
      out.set(k, value);
    } else {
      out.set(k, value.trim() === '' ? null : value.trim());
    }
  }
  return out;
}

/** Keeps only what differs from the roster: an edit back to the roster's value is no edit. */
function editRosterGroup(draft: PlanDraft, group: Group, changes: Map<EditKey, unknown>): void {
  const next = new Map(Object.entries(draft.edit(group.id) ?? {}) as Array<[EditKey, unknown]>);
  for (const [k, v] of changes) {
    if (v === undefined || v === group[k]) next.delete(k);
    else next.set(k, v);
  }
  draft.setEdit(group.id, next.size === 0 ? null : (Object.fromEntries(next) as GroupEdit));
}

function editCreated(draft: PlanDraft, created: CreatedGroup, changes: Map<EditKey, unknown>): void {
  const next: CreatedGroup = { ...created };
  for (const [k, v] of changes) {
    const text = TEXT_KEYS.find((x) => x === k);
    if (text !== undefined) next[text] = typeof v === 'string' ? v : null;
    else if (v !== undefined) bad(`${quoted(draft, created.id)}只能修改业务分类和负责人。`);
  }
  draft.setCreated(created.id, next);
}

export function editGroup(draft: PlanDraft, groupId: unknown, edit: unknown): void {
  const changes = normalise(edit);
  let s: Subject;
  const group = typeof groupId === 'string' ? draft.ctx.index.groupById.get(groupId) : undefined;
  // Non-work groups are listed and reported too, so their details may be corrected.
  if (group) s = { kind: 'group', id: group.id, group };
  else s = resolveSubject(draft, groupId);
  if (s.kind === 'group') editRosterGroup(draft, s.group, changes);
  else editCreated(draft, s.created, changes);
}
