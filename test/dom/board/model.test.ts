/**
 * The board's pure model over a small plan (a street S with community C1, a department D; the
 * auto-plan merges C1's d2 into d): the tree's quota badges and area totals, the lanes and their
 * filters, what a drop means, the 移至… menu, the Chinese announcements — and, through the
 * controller and a real store, that one drag of several groups is one undo step, written first.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../core/metrics/compute';
import { YUELU_POLICY } from '../../../core/policy/yuelu';
import { BoardController } from '../../../renderer/board/controller';
import {
  cancelledText,
  droppedText,
  overText,
  pickedUpText,
  draggedName,
} from '../../../renderer/board/dnd/announcements';
import { boardData, type BoardData } from '../../../renderer/board/model/board-data';
import { CLOSED_TARGET_HINT, MERGE_LANE_HINT, planDrop } from '../../../renderer/board/model/drop';
import { buildLanes, scopeUnitIds } from '../../../renderer/board/model/lanes';
import { menuItems } from '../../../renderer/board/model/menu';
import { areaText, badgeOf, badgeText, buildTree, defaultUnit } from '../../../renderer/board/model/tree';
import type { OpenPlan } from '../../../renderer/store/state';
import type { WorkspaceStore } from '../../../renderer/store/store';
import { DEFAULT_FILTERS } from '../../../renderer/store/view';
import { freshDbName, newStore, testRoster } from '../helpers';

let store: WorkspaceStore;

beforeEach(async () => {
  store = newStore(freshDbName());
  await store.load();
  await store.createPlanFromRoster(testRoster(), YUELU_POLICY, '2026-03-05', '方案一');
});

afterEach(async () => {
  await store.close();
});

function open(): OpenPlan {
  const o = store.getSnapshot().open;
  if (!o) throw new Error('no open plan');
  return o;
}
const data = (): BoardData => boardData(open());

describe('the unit tree', () => {
  it('gives each unit its badge against its own quota and a street its area total', () => {
    const o = open();
    const metrics = computeMetrics(o.roster, o.plan, o.policy, o.index);
    const sections = buildTree(o.roster, metrics, { query: '', overQuotaFirst: false });
    expect(sections.map((s) => s.title)).toEqual(['街道、镇及所属社区、村', '区直部门']);
    const street = sections[0]?.nodes[0];
    expect(street?.name).toBe('S');
    expect(street && badgeText(street.badge)).toBe('3→3 / 10');
    expect(street?.area && areaText(street.area)).toBe('S片区 5→4');
    const community = street?.children[0];
    expect(community && [community.name, badgeText(community.badge), community.badge.over]).toEqual([
      'C1',
      '2→1 / 1',
      0,
    ]);
    expect(badgeOf({ before: 4, after: 3, quota: 1 })).toEqual({ before: 4, after: 3, quota: 1, over: 2 });
    // The board opens on the unit with most groups when none is over its quota.
    expect(defaultUnit(metrics)).toBe('S');
    const found = buildTree(o.roster, metrics, { query: 'c1', overQuotaFirst: false });
    expect(found[0]?.nodes.map((n) => n.children.map((c) => c.id))).toEqual([['C1']]);
  });
});

describe('the lanes', () => {
  it('puts each work group in the lane of its state, merge stacks with their sources', () => {
    const d = data();
    const c1 = buildLanes(d, ['C1'], DEFAULT_FILTERS);
    expect(c1.kept.ids).toEqual(['d']);
    expect(c1.merged.ids).toEqual(['d2']);
    expect(d.card('d')?.sourceIds).toEqual(['d2']);
    expect(d.card('d2')?.targetName).toBe('d群');
    const s = buildLanes(d, ['S'], DEFAULT_FILTERS);
    // The non-work group x is no card.
    expect(s.kept.ids).toEqual(['a', 'b', 'c']);
    expect(scopeUnitIds(d.roster, 'S', true)).toEqual(['S', 'C1']);
    expect(scopeUnitIds(d.roster, 'S', false)).toEqual(['S']);
  });

  it('filters by business line, platform, flags and text; a source finds its stack', () => {
    const d = data();
    const line = buildLanes(d, ['S'], { ...DEFAULT_FILTERS, businessLine: '党建' });
    expect([line.kept.ids, line.kept.total]).toEqual([['a'], 3]);
    expect(buildLanes(d, ['S'], { ...DEFAULT_FILTERS, platform: 'QQ' }).kept.ids).toEqual([]);
    expect(buildLanes(d, ['S'], { ...DEFAULT_FILTERS, flagged: true }).kept.ids).toEqual([]);
    expect(buildLanes(d, ['S'], { ...DEFAULT_FILTERS, search: ' B群 ' }).kept.ids).toEqual(['b']);
    expect(buildLanes(d, ['C1'], { ...DEFAULT_FILTERS, search: 'd2' }).kept.ids).toEqual(['d']);
  });
});

describe('what a drop means', () => {
  it('moves to a lane, merges on an open card, and explains what it cannot do', () => {
    const d = data();
    expect(planDrop(d, ['a'], { kind: 'lane', lane: 'dissolved' })).toEqual({
      kind: 'apply',
      label: '解散“a群”',
      steps: [{ action: { type: 'dissolve', groupIds: ['a'] }, label: '解散“a群”' }],
    });
    expect(planDrop(d, ['a', 'b'], { kind: 'lane', lane: 'pending' })).toMatchObject({
      kind: 'apply',
      label: '改为待定 2 个群',
    });
    expect(planDrop(d, ['a'], { kind: 'lane', lane: 'kept' })).toEqual({ kind: 'none', message: null });
    expect(planDrop(d, ['a'], { kind: 'lane', lane: 'merged' })).toEqual({
      kind: 'none',
      message: MERGE_LANE_HINT,
    });
    expect(planDrop(d, ['a'], { kind: 'card', id: 'd2' })).toEqual({
      kind: 'none',
      message: CLOSED_TARGET_HINT,
    });
    expect(planDrop(d, ['a', 'b'], { kind: 'card', id: 'b' })).toEqual({
      kind: 'merge',
      sourceIds: ['a'],
      targetId: 'b',
    });
    // No word of the policy marks "a群" as chat, party or service: the clerk is asked.
    expect(planDrop(d, ['a'], { kind: 'lane', lane: 'reclassified' })).toEqual({
      kind: 'askCategory',
      groupIds: ['a'],
    });
  });

  it('offers the 移至… items that would change something', () => {
    const d = data();
    const enabled = (ids: string[]) =>
      menuItems(d, ids)
        .filter((i) => !i.disabled)
        .map((i) => i.label);
    expect(enabled(['a'])).toEqual([
      '待定',
      '解散',
      '转出为日常交流群',
      '转出为党员交流群',
      '转出为便民服务群',
      '并入…',
      '新建合并群…',
      '查看详情',
    ]);
    expect(enabled(['d2'])).toContain('拆分（改为待定）');
    expect(enabled(['a', 'b'])).not.toContain('查看详情');
  });
});

describe('the announcements', () => {
  it('say in Chinese what is picked up, where it would go, and how it ended', () => {
    const nameOf = (id: string) => `${id}群`;
    expect(pickedUpText(draggedName('a群', 3))).toBe(
      '已拿起 a群 等 3 个群。用方向键移动，空格放下，Esc 取消。',
    );
    expect(overText('a群', { kind: 'card', id: 'b' }, nameOf)).toBe('a群 将并入 b群');
    expect(overText('a群', { kind: 'lane', lane: 'dissolved' }, nameOf)).toBe('a群 将移至“解散”栏');
    expect(overText('a群', null, nameOf)).toBe('a群 不在可放下的位置。');
    expect(droppedText('a群', { kind: 'lane', lane: 'kept' }, 'kept', nameOf)).toBe(
      '已放下 a群，仍在“保留”栏。',
    );
    expect(droppedText('a群', { kind: 'card', id: 'b' }, 'kept', nameOf)).toBe(
      '已放下 a群，将并入 b群，请确认合并方式。',
    );
    expect(cancelledText('a群')).toBe('已取消拖动 a群，已放回原处。');
  });
});

describe('the controller', () => {
  const controller = (): BoardController => {
    const ctl = new BoardController(store, () => undefined);
    const d = data();
    ctl.sync({
      data: d,
      lanes: buildLanes(d, ['S'], DEFAULT_FILTERS),
      selection: store.getSnapshot().view.selection,
    });
    return ctl;
  };

  it('selects with a click, Ctrl+click and Shift+click (view state, no undo step)', () => {
    let ctl = controller();
    ctl.click('a', { ctrl: false, shift: false });
    expect(store.getSnapshot().view).toMatchObject({ selection: ['a'], detailGroupId: 'a' });
    ctl = controller();
    ctl.click('a', { ctrl: false, shift: false });
    ctl.click('c', { ctrl: false, shift: true });
    expect(store.getSnapshot().view.selection).toEqual(['a', 'b', 'c']);
    ctl = controller();
    expect(ctl.moving('b')).toEqual(['a', 'b', 'c']);
    ctl.click('b', { ctrl: true, shift: false });
    expect(store.getSnapshot().view.selection).toEqual(['a', 'c']);
    expect(store.getSnapshot().history.canUndo).toBe(false);
  });

  it('runs one drag of several steps as ONE undo step, written before it is shown', async () => {
    const ctl = controller();
    const ok = await ctl.apply('解散 2 个群', [
      { action: { type: 'dissolve', groupIds: ['a'] }, label: '解散“a群”' },
      { action: { type: 'dissolve', groupIds: ['b'] }, label: '解散“b群”' },
    ]);
    await store.idle();
    expect(ok).toBe(true);
    const o = open();
    expect(['a', 'b'].map((id) => o.plan.decisions.get(id)?.state)).toEqual(['dissolved', 'dissolved']);
    const row = await store.db.decisions.get([o.planId, 'b']);
    expect(row?.decision.state).toBe('dissolved');
    expect(store.getSnapshot().history).toMatchObject({ canUndo: true, undoLabel: '解散 2 个群' });
    expect(await store.undo()).toBe(true);
    expect(['a', 'b'].map((id) => o.plan.decisions.get(id)?.state)).toEqual(['kept', 'kept']);
    expect(store.getSnapshot().history).toMatchObject({ canUndo: false, redoLabel: '解散 2 个群' });
  });
});
