/**
 * A small hand-made roster and plan covering every state: a street with one community, a
 * department whose groups have no 群编号, a merge into an existing group, a merge into a created
 * group, a dissolved temporary group, a reclassified chat group, a pending group, a non-work
 * group, members with phone and ID numbers and one planned removal.
 */
import { computeMetrics } from '../../../core/metrics/compute';
import type { PlanMetrics } from '../../../core/metrics/model';
import { CREATED_ID_PREFIX, removalKey, type Decision, type Plan } from '../../../core/plan/model';
import type { Policy } from '../../../core/policy/schema';
import { YUELU_POLICY } from '../../../core/policy/yuelu';
import type { Group, Membership, Person, Roster, Unit } from '../../../core/roster/model';

const unit = (id: string, type: Unit['type'], parentId: string | null, staff: number | null): Unit => ({
  id,
  name: id,
  type,
  typeInferred: false,
  parentId,
  staff,
  source: null,
});

const group = (code: string | null, name: string, unitId: string, over: Partial<Group> = {}): Group => ({
  id: code ?? `${unitId}|${over.platform ?? '微信'}|${name}`,
  code,
  name,
  unitId,
  platform: '微信',
  category: '工作群',
  businessLine: null,
  owner: null,
  memberCount: null,
  temporary: false,
  endDate: null,
  lastActive: null,
  photoRequired: false,
  planned: null,
  plannedReason: null,
  source: null,
  ...over,
});

const person = (key: string, name: string, over: Partial<Person> = {}): Person => ({
  key,
  name,
  phone: null,
  idNumber: null,
  unitName: null,
  title: null,
  isCommunityHead: false,
  ...over,
});

export const CREATED_ID = `${CREATED_ID_PREFIX}荣华社区综合工作群`;
export const DEPT_G7 = '区财政局|微信|业务一群';
export const DEPT_G8 = '区财政局|微信|业务二群';

export interface Fixture {
  roster: Roster;
  plan: Plan;
  policy: Policy;
  metrics: PlanMetrics;
}

export function smallFixture(): Fixture {
  const units = [
    unit('望月湖街道', 'street', null, null),
    unit('荣华社区', 'community', '望月湖街道', null),
    unit('区财政局', 'department', null, 35),
  ];
  const groups = [
    group('G1', '望月湖街道党建工作群', '望月湖街道', {
      businessLine: '党建',
      owner: '张三',
      memberCount: 2,
      lastActive: '2026-02-01',
    }),
    group('G2', '望月湖街道党建通知群', '望月湖街道', {
      platform: 'QQ',
      memberCount: 2,
      photoRequired: true,
    }),
    group('G3', '防汛临时群', '望月湖街道', { memberCount: 1, temporary: true, endDate: '2025-09-30' }),
    group('G4', '荣华社区工作群', '荣华社区', { memberCount: 1 }),
    group('G5', '荣华社区网格群', '荣华社区', { memberCount: 2, businessLine: '网格化' }),
    group('G6', '荣华社区闲聊群', '荣华社区', { memberCount: 1 }),
    group(null, '业务一群', '区财政局', { memberCount: 1, owner: '王五' }),
    group(null, '业务二群', '区财政局', { memberCount: 1 }),
    group('N1', '荣华社区党员群', '荣华社区', { category: '党员交流群', memberCount: 1 }),
  ];
  const people = [
    person('tel:13812341234', '张三', { phone: '13812341234', unitName: '望月湖街道', title: '主任' }),
    person('tel:13900001111', '李四', {
      phone: '13900001111',
      unitName: '荣华社区',
      title: '书记',
      isCommunityHead: true,
    }),
    person('id:430104199001011234', '王五', { idNumber: '430104199001011234', unitName: '区财政局' }),
  ];
  const [p1, p2, p3] = people.map((p) => p.key) as [string, string, string];
  const m = (groupId: string, personKey: string): Membership => ({
    groupId,
    personKey,
    removalPlanned: false,
  });
  const memberships = [
    m('G1', p1),
    m('G1', p2),
    m('G2', p2),
    m('G2', p3),
    m('G3', p1),
    m('G4', p2),
    m('G5', p2),
    m('G5', p1),
    m('G6', p2),
    m(DEPT_G7, p3),
    m(DEPT_G8, p3),
    m('N1', p2),
  ];
  const roster: Roster = {
    units,
    groups,
    people,
    memberships,
    reportDate: '2026-03-01',
    files: ['望月湖街道.xlsx'],
  };
  const d = (
    state: Decision['state'],
    rule: Decision['rule'],
    reason: string,
    over: Partial<Decision> = {},
  ): Decision => ({
    state,
    targetId: null,
    category: null,
    rule,
    reason,
    ...over,
  });
  const plan: Plan = {
    asOf: '2026-03-05',
    policyName: YUELU_POLICY.name,
    decisions: new Map([
      ['G1', d('kept', 'within-quota', '限额内保留')],
      ['G2', d('merged', 'duplicate', '与“望月湖街道党建工作群”重复', { targetId: 'G1' })],
      ['G3', d('dissolved', 'temporary', '临时群，结束日期 2025-09-30 已过')],
      ['G4', d('merged', 'board', '合并为社区综合群', { targetId: CREATED_ID })],
      ['G5', d('merged', 'board', '合并为社区综合群', { targetId: CREATED_ID })],
      ['G6', d('reclassified', 'reclassify', '群名含“闲聊”', { category: '日常交流群' })],
      [DEPT_G7, d('pending', 'board', '待商定')],
      [DEPT_G8, d('merged', 'clerk', '业务相近', { targetId: DEPT_G7 })],
    ]),
    created: new Map([
      [
        CREATED_ID,
        {
          id: CREATED_ID,
          name: '荣华社区综合工作群',
          unitId: '荣华社区',
          platform: '微信',
          businessLine: '网格化',
          owner: '李四',
        },
      ],
    ]),
    removals: new Set([removalKey('G5', p1)]),
    groupEdits: new Map([['G1', { owner: '张三丰' }]]),
    suggestions: [],
  };
  return { roster, plan, policy: YUELU_POLICY, metrics: computeMetrics(roster, plan, YUELU_POLICY) };
}
