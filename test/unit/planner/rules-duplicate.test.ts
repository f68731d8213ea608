import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseName } from '../../../core/planner';
import { cachedNormaliser, normaliseByRules } from '../../../core/planner/normalise-name';
import { overlapNeeded } from '../../../core/planner/rules-duplicate';
import { decisionsOf, kept, merged, people, plan, policy, roster } from './build-roster';

describe('normaliseName', () => {
  it.each([
    ['网格工作1群', '网格工作群'],
    ['网格工作2群', '网格工作群'],
    ['网格工作一群', '网格工作群'],
    ['网格工作二群', '网格工作群'],
    ['网格工作3号群', '网格工作群'],
    ['网格工作（一）群', '网格工作群'],
    ['网格工作群(2)', '网格工作群'],
    ['网格工作群【第3组】', '网格工作群'],
    ['第二网格工作群', '网格工作群'],
    ['网格工作群-3', '网格工作群'],
    ['网格工作群 02', '网格工作群'],
    [' 网格 · 工作群 ', '网格工作群'],
    ['【网格】工作群', '网格工作群'],
    ['ＱＱ工作群', 'qq工作群'],
    ['网格工作群（临时）', '网格工作群临时'],
    ['三农工作群', '三农工作群'],
    ['（一）', ''],
  ])('%s → %s', (name, expected) => {
    expect(normaliseName(name)).toBe(expected);
  });

  it('takes its shortcut only for characters the rules leave alone (every BMP character checked)', () => {
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const name = `网格${String.fromCharCode(c)}工作群`;
      expect(normaliseName(name), `U+${c.toString(16)}`).toBe(normaliseByRules(name));
    }
  });

  it('agrees with the rules on any mix of CJK, numerals, Latin, brackets and punctuation', () => {
    const chars = [...'网格工作群党建第号组零一二十百千三农qQ0１2 （）()【】-·、.\u3000\u200b'];
    const cached = cachedNormaliser();
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 12 }), (parts) => {
        const name = parts.join('');
        expect(normaliseName(name)).toBe(normaliseByRules(name));
        expect(cached(name)).toBe(normaliseByRules(name));
      }),
    );
  });
});

describe('overlapNeeded', () => {
  it.each([
    [10, 0.8, 8],
    [10, 0.7, 7],
    [3, 0.8, 3],
    [5, 0.8, 4],
    [1, 0.8, 1],
    [7, 1, 7],
    [10, 0.01, 1],
  ])('%i members at %f need %i shared', (size, t, k) => {
    expect(overlapNeeded(size, t)).toBe(k);
    expect(k / size).toBeGreaterThanOrEqual(t);
    if (k > 1) expect((k - 1) / size).toBeLessThan(t);
  });
});

describe('rule 4: duplicates', () => {
  it('merges same-named groups of a unit and platform into the largest, not across platforms', () => {
    const r = roster()
      .unit('区城管局', { type: 'department', staff: 150 })
      .group('G1', { unit: '区城管局', name: '网格工作1群', count: 40 })
      .group('G2', { unit: '区城管局', name: '网格工作2群', count: 30 })
      .group('G3', { unit: '区城管局', name: '网格工作（三）群', count: 20 })
      .group('G4', { unit: '区城管局', name: '环卫群', count: 50 })
      .group('G5', { unit: '区城管局', name: '网格工作群', count: 10, platform: 'QQ' })
      .build();
    expect(decisionsOf(plan(r))).toEqual({
      G1: kept('within-quota', '单位限额 10 个，精简后 3 个，保留（规则5）'),
      G2: merged('G1', 'duplicate', '与“网格工作1群”同名（规范化后“网格工作群”），并入该群（规则4）'),
      G3: merged('G1', 'duplicate', '与“网格工作1群”同名（规范化后“网格工作群”），并入该群（规则4）'),
      G4: kept('within-quota', '单位限额 10 个，精简后 3 个，保留（规则5）'),
      G5: kept('within-quota', '单位限额 10 个，精简后 3 个，保留（规则5）'),
    });
  });

  it('does not merge same-named groups of different units', () => {
    const r = roster()
      .unit('荣华社区', { type: 'community' })
      .unit('望月社区', { type: 'community' })
      .group('A', { unit: '荣华社区', name: '网格群' })
      .group('B', { unit: '望月社区', name: '网格群' })
      .build();
    expect([...plan(r).plan.decisions.values()].map((d) => d.state)).toEqual(['kept', 'kept']);
  });

  it('merges by member overlap |A∩B| / min(|A|,|B|) when both lists are known', () => {
    const r = roster()
      .unit('区城管局', { type: 'department', staff: 150 })
      .group('A', { unit: '区城管局', name: '执法队', members: people('p', 10), lastActive: '2026-02-25' })
      .group('B', { unit: '区城管局', name: '夜查组', members: [...people('p', 8), 'q1', 'q2'] })
      .group('C', { unit: '区城管局', name: '督查组', members: people('p', 4) })
      .group('D', { unit: '区城管局', name: '环卫组', members: ['p1', ...people('r', 5)] })
      // 7 of 10 shared: 70% is below the 80% threshold.
      .group('E', { unit: '区城管局', name: '应急组', members: [...people('p', 7, 4), 's1', 's2', 's3'] })
      .build();
    expect(decisionsOf(plan(r))).toEqual({
      A: kept('within-quota', '单位限额 10 个，精简后 3 个，保留（规则5）'),
      B: merged('A', 'duplicate', '与“执法队”成员重合 80%，并入该群（规则4）'),
      C: merged('A', 'duplicate', '与“执法队”成员重合 100%，并入该群（规则4）'),
      D: kept('within-quota', '单位限额 10 个，精简后 3 个，保留（规则5）'),
      E: kept('within-quota', '单位限额 10 个，精简后 3 个，保留（规则5）'),
    });
  });

  it('finds an overlap with a head whose list repeats people (fewer distinct members than the group)', () => {
    const r = roster()
      .unit('区城管局', { type: 'department', staff: 150 })
      .group('H', { unit: '区城管局', name: '执法队', members: ['a', 'a', 'a', 'b'] })
      .group('I', { unit: '区城管局', name: '夜查组', members: ['a', 'b', 'c'] })
      .build();
    expect(plan(r).plan.decisions.get('I')).toEqual(
      merged('H', 'duplicate', '与“执法队”成员重合 100%，并入该群（规则4）'),
    );
  });

  it('honours a custom overlap threshold', () => {
    const r = roster()
      .unit('区城管局', { type: 'department', staff: 150 })
      .group('A', { unit: '区城管局', name: '执法队', members: people('p', 10) })
      .group('E', { unit: '区城管局', name: '应急组', members: [...people('p', 7), 's1', 's2', 's3'] })
      .build();
    expect(plan(r, policy({ duplicateOverlap: 0.7 })).plan.decisions.get('E')?.reason).toBe(
      '与“执法队”成员重合 70%，并入该群（规则4）',
    );
  });

  it('never merges past the platform cap: the refused group tries the next duplicate, else stays', () => {
    const r = roster()
      .unit('区城管局', { type: 'department', staff: 150 })
      .group('X1', { unit: '区城管局', name: '巡查1群', count: 300 })
      .group('X2', { unit: '区城管局', name: '巡查2群', count: 250 })
      .group('X3', { unit: '区城管局', name: '巡查3群', count: 200 })
      .group('X4', { unit: '区城管局', name: '巡查4群', count: 240 })
      .build();
    // X2: 300 + 250 > 500, so it stays and takes X4 (490); X3 fits X1 exactly (500).
    expect(decisionsOf(plan(r))).toEqual({
      X1: kept('within-quota', '单位限额 10 个，精简后 2 个，保留（规则5）'),
      X2: kept(
        'duplicate',
        '与“巡查1群”同名（规范化后“巡查群”），但合并后将超过微信群上限 500 人，不合并，保留（规则4）',
      ),
      X3: merged('X1', 'duplicate', '与“巡查1群”同名（规范化后“巡查群”），并入该群（规则4）'),
      X4: merged('X2', 'duplicate', '与“巡查2群”同名（规范化后“巡查群”），并入该群（规则4）'),
    });
  });

  it('counts the union of members against the cap when lists are known', () => {
    const capped = policy({ platformCaps: [{ platform: '微信', cap: 12 }] });
    const r = roster()
      .unit('区城管局', { type: 'department', staff: 150 })
      .group('A', { unit: '区城管局', name: '执法队', members: people('p', 10) })
      .group('B', { unit: '区城管局', name: '夜查组', members: [...people('p', 8), 'q1', 'q2', 'q3'] })
      .group('C', { unit: '区城管局', name: '督查组', members: people('p', 9) })
      .build();
    // B (11) heads; A would make 13 > 12; C adds nobody new (11).
    expect(decisionsOf(plan(r, capped))).toEqual({
      A: kept('duplicate', '与“夜查组”成员重合 80%，但合并后将超过微信群上限 12 人，不合并，保留（规则4）'),
      B: kept('within-quota', '单位限额 10 个，精简后 2 个，保留（规则5）'),
      C: merged('B', 'duplicate', '与“夜查组”成员重合 88%，并入该群（规则4）'),
    });
  });
});
