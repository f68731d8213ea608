/**
 * Merges on the board: into an existing open group or created group, or into a new consolidated
 * group. Decisions always name the final target: whatever a source had absorbed follows it.
 * Caps and platforms are not enforced here (the clerk decides; the board warns via mergeCheck).
 */
import type { Roster, RosterIndex } from '../roster/model';
import type { Policy } from '../policy/schema';
import { platformCap } from '../policy/quota';
import { mergedSize } from './size';
import { CREATED_ID_PREFIX, type CreatedGroup, type Plan } from './model';
import { actionContext, PlanDraft } from './actions-draft';
import {
  ActionFailure,
  quoted,
  resolveSubject,
  resolveSubjects,
  stateLabel,
  type Subject,
} from './actions-common';
import { decisionOf } from './actions-state';

/** The roster groups a subject stands for: itself (if a roster group) and all it absorbed. */
function stack(draft: PlanDraft, s: Subject): string[] {
  return s.kind === 'group' ? [s.id, ...draft.absorbed(s.id)] : draft.absorbed(s.id);
}

function resolveTarget(draft: PlanDraft, targetId: unknown): Subject {
  if (
    typeof targetId === 'string' &&
    draft.ctx.index.groupById.has(targetId) &&
    !draft.isWorkGroup(targetId)
  ) {
    const g = draft.ctx.index.groupById.get(targetId);
    throw new ActionFailure(
      'ACTION_TARGET_NOT_WORK',
      `群“${g?.name ?? targetId}”在花名册中是${g?.category ?? '非工作群'}，不能作为并入目标。`,
    );
  }
  const target = resolveSubject(draft, targetId, '并入目标');
  if (!draft.isOpenTarget(target.id)) {
    throw new ActionFailure(
      'ACTION_TARGET_CLOSED',
      `${quoted(draft, target.id)}已${stateLabel(draft, target.id)}，不能作为并入目标；请并入仍保留的群。`,
    );
  }
  return target;
}

/** Moves each source (and what it absorbed) into the open target. */
function mergeSubjects(draft: PlanDraft, sources: Subject[], target: Subject): void {
  const name = quoted(draft, target.id);
  for (const s of sources) {
    if (s.id === target.id) {
      throw new ActionFailure('ACTION_MERGE_SELF', `不能把${name}并入它自己。`);
    }
  }
  for (const s of sources) {
    const followers = draft.absorbed(s.id);
    if (s.kind === 'group') {
      const d = draft.decision(s.id);
      if (!(d.state === 'merged' && d.targetId === target.id)) {
        draft.setDecision(s.id, decisionOf(draft, 'merged', `并入${name}`, { targetId: target.id }));
      }
    }
    const via = quoted(draft, s.id);
    for (const f of followers) {
      draft.setDecision(f, decisionOf(draft, 'merged', `并入${name}（随${via}）`, { targetId: target.id }));
    }
  }
}

export function merge(draft: PlanDraft, sourceIds: unknown, targetId: unknown): void {
  const target = resolveTarget(draft, targetId);
  mergeSubjects(draft, resolveSubjects(draft, sourceIds), target);
}

interface Facts {
  unitId: string;
  platform: string;
  businessLine: string | null;
  owner: string | null;
  size: number;
  lastActive: string | null;
}

function facts(draft: PlanDraft, s: Subject): Facts {
  const { index, plan } = draft.ctx;
  const size = mergedSize({ index, removals: plan.removals }, stack(draft, s));
  if (s.kind === 'created') {
    let lastActive: string | null = null;
    for (const id of draft.absorbed(s.id)) {
      const la = index.groupById.get(id)?.lastActive ?? null;
      if (la !== null && (lastActive === null || la > lastActive)) lastActive = la;
    }
    const { unitId, platform, businessLine, owner } = s.created;
    return { unitId, platform, businessLine, owner, size, lastActive };
  }
  const edit = draft.edit(s.id);
  const g = s.group;
  return {
    unitId: g.unitId,
    platform: g.platform,
    businessLine: edit && 'businessLine' in edit ? (edit.businessLine ?? null) : g.businessLine,
    owner: edit && 'owner' in edit ? (edit.owner ?? null) : g.owner,
    size,
    lastActive: g.lastActive,
  };
}

/** DESIGN §4a rule 7: larger member count, then more recent activity, then the id. */
function largest(draft: PlanDraft, sources: Subject[]): { subject: Subject; facts: Facts } {
  let best: { subject: Subject; facts: Facts } | null = null;
  for (const subject of sources) {
    const f = facts(draft, subject);
    if (best === null) {
      best = { subject, facts: f };
      continue;
    }
    const b = best.facts;
    const la = f.lastActive ?? '';
    const lb = b.lastActive ?? '';
    if (f.size > b.size || (f.size === b.size && (la > lb || (la === lb && subject.id < best.subject.id)))) {
      best = { subject, facts: f };
    }
  }
  if (best === null) throw new ActionFailure('ACTION_EMPTY', '没有选中任何群。');
  return best;
}

const MAX_NAME = 100;

export function mergeNew(draft: PlanDraft, sourceIds: unknown, name: unknown, unitId: unknown): void {
  if (typeof name !== 'string') throw new ActionFailure('ACTION_INVALID', '操作有误：新建群名称不是文本。');
  const trimmed = name.trim();
  // eslint-disable-next-line no-control-regex
  if (trimmed === '' || trimmed.length > MAX_NAME || /[\u0000-\u001f\u007f]/.test(trimmed)) {
    throw new ActionFailure(
      'ACTION_BAD_NAME',
      `新建群名称不能为空、不能含控制字符，且不超过 ${MAX_NAME} 个字。`,
    );
  }
  const { index } = draft.ctx;
  if (unitId !== undefined && (typeof unitId !== 'string' || !index.unitById.has(unitId))) {
    throw new ActionFailure('ACTION_UNKNOWN_UNIT', `找不到单位“${String(unitId)}”，无法把新建群归入该单位。`);
  }
  const sources = resolveSubjects(draft, sourceIds);
  const biggest = largest(draft, sources).facts;
  const unit = typeof unitId === 'string' ? unitId : biggest.unitId;
  const id = CREATED_ID_PREFIX + trimmed;
  const existing = draft.createdGroup(id);
  if (existing) {
    if (existing.unitId !== unit || existing.platform !== biggest.platform) {
      const unitName = index.unitById.get(existing.unitId)?.name ?? existing.unitId;
      throw new ActionFailure(
        'ACTION_NEW_GROUP_CONFLICT',
        `已有同名的新建群“${trimmed}”（${unitName}，${existing.platform}），与这次合并的单位或平台不同，请换一个名称。`,
      );
    }
    const target: Subject = { kind: 'created', id, created: existing };
    mergeSubjects(
      draft,
      sources.filter((s) => s.id !== id),
      target,
    );
    return;
  }
  const created: CreatedGroup = {
    id,
    name: trimmed,
    unitId: unit,
    platform: biggest.platform,
    businessLine: biggest.businessLine,
    owner: biggest.owner,
  };
  draft.setCreated(id, created);
  mergeSubjects(draft, sources, { kind: 'created', id, created });
}

export interface MergeCheck {
  /** mergedSize of everything that would end up in the target. */
  size: number;
  /** The target platform's cap, or null when none is known. */
  cap: number | null;
  overCap: boolean;
  /** Some source is on another platform than the target. */
  crossPlatform: boolean;
  /** Some source belongs to another unit than the target. */
  crossUnit: boolean;
}

/**
 * What the board shows before a drop: the merged size against the target platform's cap, and
 * whether the merge crosses platforms or units. `targetId` null previews a merge into a new
 * group (unit and platform of the largest source). Unknown or non-work ids are left out.
 */
export function mergeCheck(
  roster: Roster,
  index: RosterIndex,
  plan: Plan,
  policy: Policy,
  sourceIds: readonly string[],
  targetId: string | null,
): MergeCheck {
  const draft = new PlanDraft(actionContext(roster, index, plan, policy, 'board'));
  const known = (id: string): Subject | null => {
    try {
      return resolveSubject(draft, id);
    } catch {
      return null;
    }
  };
  const sources = sourceIds.flatMap((id) => known(id) ?? []).filter((s) => s.id !== targetId);
  const target = targetId === null ? null : known(targetId);
  const sourceFacts = sources.map((s) => facts(draft, s));
  let unitId: string | null = null;
  let platform: string | null = null;
  const ids = new Set<string>();
  if (target) {
    const f = facts(draft, target);
    unitId = f.unitId;
    platform = f.platform;
    for (const id of stack(draft, target)) ids.add(id);
  } else if (sources.length > 0) {
    const f = largest(draft, sources).facts;
    unitId = f.unitId;
    platform = f.platform;
  }
  for (const s of sources) for (const id of stack(draft, s)) ids.add(id);
  const size = mergedSize({ index, removals: plan.removals }, [...ids]);
  const cap = platform === null ? null : platformCap(policy, platform);
  return {
    size,
    cap,
    overCap: cap !== null && size > cap,
    crossPlatform: sourceFacts.some((f) => f.platform !== platform),
    crossUnit: sourceFacts.some((f) => f.unitId !== unitId),
  };
}
