import { describe, expect, it } from 'vitest';
import { plan, roster } from './build-roster';

function headsRoster() {
  return roster()
    .unit('区民政局', { type: 'department', staff: 150 })
    .unit('望月湖街道', { type: 'street' })
    .person('h1', { name: '王芳', unitName: '荣华社区', title: '书记', isCommunityHead: true })
    .person('h2', { name: '李强', unitName: '白鹤村', title: '村主任', isCommunityHead: true })
    .person('h3', { name: '赵敏', unitName: '望月社区', title: '主任', isCommunityHead: true })
    .group('D1', { unit: '区民政局', name: '民政业务1群', members: ['h1', 'h2', 'p1', 'p2'], row: 2 })
    .group('D2', { unit: '区民政局', name: '民政业务2群', members: ['h3', 'p1'] })
    .group('D3', { unit: '区民政局', name: '旧群', members: ['h1', 'p9'], lastActive: '2024-01-01' })
    .group('S1', { unit: '望月湖街道', name: '街道工作群', members: ['h1', 'h2'] });
}

describe('rule 6: community heads in department groups', () => {
  it('suggests removing each head from the open department group, with everything merged into it', () => {
    const result = plan(headsRoster().build());
    expect(result.plan.decisions.get('D2')?.targetId).toBe('D1');
    expect(result.plan.suggestions).toEqual([
      {
        rule: 'community-head',
        kind: 'remove-member',
        groupId: 'D1',
        personKey: 'h1',
        reason: '区直部门业务群不得拉入社区、村主要负责人：王芳（荣华社区 书记）（规则6）',
      },
      {
        rule: 'community-head',
        kind: 'remove-member',
        groupId: 'D1',
        personKey: 'h2',
        reason: '区直部门业务群不得拉入社区、村主要负责人：李强（白鹤村 村主任）（规则6）',
      },
      {
        rule: 'community-head',
        kind: 'remove-member',
        groupId: 'D1',
        personKey: 'h3',
        reason: '区直部门业务群不得拉入社区、村主要负责人：赵敏（望月社区 主任）（规则6）',
      },
    ]);
    // One warning per group; the street's own group and the dissolved group are not flagged.
    expect(result.problems.map((p) => [p.code, p.row, p.message])).toEqual([
      [
        'COMMUNITY_HEAD_IN_DEPARTMENT_GROUP',
        2,
        '文件 roster.xlsx，工作表“工作群”，第 2 行：区直部门区民政局的“民政业务1群”有 3 名社区、村主要负责人：王芳（荣华社区 书记）、李强（白鹤村 村主任）、赵敏（望月社区 主任），建议移出（规则6）',
      ],
    ]);
    // It removes nobody by itself.
    expect(result.plan.removals.size).toBe(0);
  });

  it('skips members the clerk already plans to remove', () => {
    const r = headsRoster().removal('D1', 'h1').removal('D1', 'h2').removal('D2', 'h3').build();
    const result = plan(r, undefined, true);
    expect(result.plan.suggestions).toEqual([]);
    expect(result.problems).toEqual([]);
  });
});
