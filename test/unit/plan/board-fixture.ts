/** The small board every action test starts from (a street, one of its communities, a department). */
import { expect } from 'vitest';
import { applyAction, planAction, type PlanAction } from '../../../core/plan/actions';
import { CREATED_ID_PREFIX } from '../../../core/plan/model';
import { YUELU_POLICY } from '../../../core/policy/yuelu';
import type { Policy } from '../../../core/policy/schema';
import { setup, snapshot, type GroupSpec, type UnitSpec } from './fixtures';

export const UNITS: UnitSpec[] = [
  ['S', 'street'],
  ['C1', 'community', 'S'],
  ['D', 'department', null, 30],
];
export const GROUPS: GroupSpec[] = [
  {
    id: 'a',
    unit: 'S',
    members: ['p1', 'p2', 'p3'],
    businessLine: '党建',
    owner: '甲',
    lastActive: '2026-01-01',
  },
  { id: 'b', unit: 'S', members: ['p2', 'p4'], businessLine: '网格化' },
  { id: 'c', unit: 'S', members: ['p5'] },
  { id: 'd', unit: 'C1', platform: 'QQ', members: ['p1'] },
  { id: 'e', unit: 'D', members: ['p6', 'p7'] },
  { id: 'x', unit: 'S', category: '日常交流群', members: ['p1'] },
  { id: 'f', unit: 'S', memberCount: 10 },
];
export const NEW = (name: string): string => CREATED_ID_PREFIX + name;

export function fresh(): ReturnType<typeof setup> {
  return setup(UNITS, GROUPS);
}

/** Applies actions that must succeed. */
export function run(ctx: ReturnType<typeof setup>, ...actions: PlanAction[]): void {
  for (const a of actions) {
    const r = applyAction(ctx.roster, ctx.index, ctx.plan, YUELU_POLICY, a);
    if (!r.ok) throw new Error(`${a.type} failed: ${r.message}`);
  }
}

export function tryAction(ctx: ReturnType<typeof setup>, action: PlanAction, policy: Policy = YUELU_POLICY) {
  const before = snapshot(ctx.plan);
  const r = planAction(ctx.roster, ctx.index, ctx.plan, policy, action);
  expect(snapshot(ctx.plan)).toEqual(before); // planAction is pure
  return r;
}
