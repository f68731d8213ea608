/**
 * The clerk's own plan (拟处置 / 并入 / 转出类别), resolved against the whole roster once every
 * file is read. 并入 names an existing group by 群编号 (or the derived id, or 名称（群编号）),
 * or by a name unique in the roster, or `新建:名称` for a new consolidated group. Chains
 * (A→B, B→C) resolve to the final target; nothing unknown, ambiguous, circular or closing is
 * ever turned into a silently created group.
 */
import { isWorkGroup, type PlannedAction } from '../roster/model';
import { NEW_GROUP_PREFIX } from './fields';
import { cellPlace, rowPlaceText, type ImportContext } from './context';
import type { GroupDraft, GroupRegistry } from './rollup';
import { squeeze } from './text';

type Direct = { kind: 'plan'; action: PlannedAction } | { kind: 'to'; target: GroupDraft } | { kind: 'bad' };

const placeOfDraft = (d: GroupDraft, key: string) => cellPlace(d.ref, d.row, d.ref.mapping[key] ?? -1);
const rowOf = (d: GroupDraft) => rowPlaceText({ file: d.ref.file, sheet: d.ref.sheet, row: d.row });

const WITH_CODE = /^(.*?)[(（]([^()（）]+)[)）]$/;

export function resolveClerkPlans(ctx: ImportContext, groups: GroupRegistry): void {
  const byName = new Map<string, GroupDraft[]>();
  for (const d of groups.drafts) {
    const key = squeeze(d.group.name);
    const list = byName.get(key);
    if (list) list.push(d);
    else byName.set(key, [d]);
  }

  const findTarget = (d: GroupDraft, text: string): GroupDraft | null => {
    const at = placeOfDraft(d, 'target');
    const key = squeeze(text);
    const byId = groups.byId.get(key);
    if (byId) return byId;
    const named = byName.get(key);
    if (named && named.length === 1 && named[0]) return named[0];
    if (named && named.length > 1) {
      const where = named.map((g) => `${rowOf(g)}（${g.group.unitId}，${g.group.platform}）`).join('；');
      ctx.error(
        'PLAN_TARGET_AMBIGUOUS',
        at,
        `并入的群“${text}”有多个同名的群：${where}。请改填目标群的群编号。`,
      );
      return null;
    }
    const m = WITH_CODE.exec(key);
    const inner = m?.[2] !== undefined ? groups.byId.get(m[2]) : undefined;
    if (m && inner && squeeze(inner.group.name) === m[1]) return inner;
    ctx.error(
      'PLAN_TARGET_UNKNOWN',
      at,
      `并入的群“${text}”在名单中找不到（应填目标群的群编号或唯一的群名称，新建群请写“新建:群名称”）。`,
    );
    return null;
  };

  const direct = new Map<GroupDraft, Direct>();
  for (const d of groups.drafts) {
    const p = d.plan;
    if (p === null) continue;
    const atAction = placeOfDraft(d, 'action');
    const atTarget = placeOfDraft(d, 'target');
    if (!isWorkGroup(d.group)) {
      if (
        (p.action !== null && p.action !== 'keep' && p.action !== 'pending') ||
        p.target !== null ||
        p.reclassify !== undefined
      ) {
        ctx.warn(
          'PLAN_IGNORED_NON_WORK',
          p.action !== null ? atAction : atTarget,
          `群“${d.group.name}”是${d.group.category}，不属于工作群，不参与精简，其拟处置未采用。`,
        );
      }
      continue;
    }
    if (p.reclassify !== undefined && p.action !== 'reclassify') {
      ctx.error(
        'PLAN_ACTION_CONFLICT',
        placeOfDraft(d, 'reclassifyTo'),
        '填写了转出类别，但拟处置不是“转出”。请统一后重新导入。',
      );
      direct.set(d, { kind: 'bad' });
      continue;
    }
    let action = p.action;
    if (action === null && p.target !== null) {
      ctx.warn('PLAN_TARGET_WITHOUT_MERGE', atTarget, `填写了并入“${p.target}”但拟处置为空，按“合并”处理。`);
      action = 'merge';
    }
    if (action === null) continue;
    if (action !== 'merge') {
      if (p.target !== null) {
        ctx.error(
          'PLAN_ACTION_CONFLICT',
          atTarget,
          `拟处置为“${wordOf(action)}”，却填写了并入“${p.target}”。请统一后重新导入。`,
        );
        direct.set(d, { kind: 'bad' });
        continue;
      }
      const planned: PlannedAction =
        action === 'reclassify' ? { kind: 'reclassify', category: p.reclassify ?? null } : { kind: action };
      direct.set(d, { kind: 'plan', action: planned });
      continue;
    }
    if (p.target === null) {
      ctx.error('PLAN_TARGET_MISSING', atTarget, '拟处置为“合并”，但未填写并入的目标群。');
      direct.set(d, { kind: 'bad' });
      continue;
    }
    const fresh = NEW_GROUP_PREFIX.exec(p.target);
    if (fresh) {
      const newName = p.target.slice(fresh[0].length).trim();
      if (newName === '') {
        ctx.error('PLAN_TARGET_MISSING', atTarget, '“新建:”后面未写新群的名称。');
        direct.set(d, { kind: 'bad' });
      } else direct.set(d, { kind: 'plan', action: { kind: 'mergeNew', newName } });
      continue;
    }
    const t = findTarget(d, p.target);
    if (t === null) direct.set(d, { kind: 'bad' });
    else if (t === d) {
      ctx.error('PLAN_TARGET_SELF', atTarget, `群“${d.group.name}”不能并入它自己。`);
      direct.set(d, { kind: 'bad' });
    } else if (!isWorkGroup(t.group)) {
      ctx.error(
        'PLAN_TARGET_NOT_WORK',
        atTarget,
        `并入的群“${t.group.name}”（${rowOf(t)}）是${t.group.category}，不是工作群，工作群不能并入其中。`,
      );
      direct.set(d, { kind: 'bad' });
    } else direct.set(d, { kind: 'to', target: t });
  }

  resolveChains(ctx, groups, direct);
  warnNewNameClashes(ctx, groups, byName);
}

function wordOf(action: string): string {
  return (
    { keep: '保留', dissolve: '解散', reclassify: '转出', pending: '待定', merge: '合并' }[action] ?? action
  );
}

/** Where a merge into a group ends up, following the target's own plan. */
type Term =
  | { kind: 'into'; action: PlannedAction }
  | { kind: 'closing'; at: GroupDraft; dissolve: boolean }
  /** Unresolved: the chain runs into an error already reported, or a cycle. */
  | { kind: 'dead' };

function resolveChains(ctx: ImportContext, groups: GroupRegistry, direct: Map<GroupDraft, Direct>): void {
  const terms = new Map<GroupDraft, Term>();
  const order = (g: GroupDraft): number => groups.drafts.indexOf(g);

  const termOf = (x: GroupDraft): Term => {
    const path: GroupDraft[] = [];
    const onPath = new Set<GroupDraft>();
    let cur = x;
    let result: Term;
    for (;;) {
      const known = terms.get(cur);
      if (known) {
        result = known;
        break;
      }
      if (onPath.has(cur)) {
        const loop = path.slice(path.indexOf(cur));
        // Told from the group that comes first in the files, so the message starts where the clerk reads.
        const at = loop.reduce((best, g, i) => (order(g) < order(loop[best] ?? g) ? i : best), 0);
        const cycle = [...loop.slice(at), ...loop.slice(0, at)];
        const head = cycle[0] ?? cur;
        ctx.error(
          'PLAN_TARGET_CYCLE',
          placeOfDraft(head, 'target'),
          `并入关系形成循环：${cycle.map((g) => `“${g.group.name}”`).join(' → ')} → “${head.group.name}”。请至少保留其中一个群。`,
        );
        result = { kind: 'dead' };
        break;
      }
      const step = direct.get(cur);
      if (step?.kind === 'to') {
        path.push(cur);
        onPath.add(cur);
        cur = step.target;
        continue;
      }
      path.push(cur);
      if (step === undefined) result = { kind: 'into', action: { kind: 'merge', targetId: cur.group.id } };
      else if (step.kind === 'bad') result = { kind: 'dead' };
      else {
        const a = step.action;
        if (a.kind === 'mergeNew' || a.kind === 'merge') result = { kind: 'into', action: a };
        else if (a.kind === 'dissolve' || a.kind === 'reclassify')
          result = { kind: 'closing', at: cur, dissolve: a.kind === 'dissolve' };
        else result = { kind: 'into', action: { kind: 'merge', targetId: cur.group.id } };
      }
      break;
    }
    for (const g of path) terms.set(g, result);
    return result;
  };

  for (const d of groups.drafts) {
    const step = direct.get(d);
    if (step === undefined) continue;
    if (step.kind === 'bad') continue;
    if (step.kind === 'plan') {
      d.group.planned = step.action;
      continue;
    }
    const t = termOf(step.target);
    if (t.kind === 'into') d.group.planned = t.action;
    else if (t.kind === 'closing') {
      const via = t.at === step.target ? '' : `最终`;
      ctx.error(
        'PLAN_TARGET_CLOSING',
        placeOfDraft(d, 'target'),
        `群“${d.group.name}”${via}并入的群“${t.at.group.name}”（${rowOf(t.at)}）拟${t.dissolve ? '解散' : '转出'}，不能作为合并目标。`,
      );
    }
  }
}

function warnNewNameClashes(
  ctx: ImportContext,
  groups: GroupRegistry,
  byName: Map<string, GroupDraft[]>,
): void {
  const seen = new Set<string>();
  for (const d of groups.drafts) {
    const a = d.group.planned;
    if (a?.kind !== 'mergeNew') continue;
    const key = squeeze(a.newName);
    const clash = (byName.get(key) ?? []).find(
      (g) => !(g.group.planned?.kind === 'mergeNew' && squeeze(g.group.planned.newName) === key),
    );
    if (!clash || seen.has(key)) continue;
    seen.add(key);
    ctx.warn(
      'PLAN_NEW_GROUP_CONFLICT',
      placeOfDraft(d, 'target'),
      `新建群“${a.newName}”与已有的群“${clash.group.name}”（${rowOf(clash)}）同名。如要并入该群，请改填其群编号；否则请换一个名称。`,
    );
  }
}
