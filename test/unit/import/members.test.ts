import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { importRoster } from '../../../core/import/index';
import { isHeadTitle } from '../../../core/import/members';
import type { RawCell } from '../../../core/import/raw';
import { book, codes, places, sheet } from './helpers';

const UNITS: RawCell[][] = [
  ['名称', '类型', '上级单位', '在编人数'],
  ['望月湖街道', '街道', null, 60],
  ['荣华社区', '社区', '望月湖街道', 8],
  ['区财政局', '区直部门', null, 45],
];
const GROUPS: RawCell[][] = [
  ['群编号', '群名称', '所属单位', '平台', '成员数'],
  ['W1', '街道工作群', '望月湖街道', '微信', null],
  ['W2', '街道党建群', '望月湖街道', '微信', null],
  ['F1', '财政业务群', '区财政局', '钉钉', null],
];
const MEMBER_HEADER: RawCell[] = ['群编号', '群名称', '姓名', '手机号', '身份证号', '单位', '职务', '拟移出'];

function run(members: RawCell[][], groups: RawCell[][] = GROUPS) {
  return importRoster([
    book('成员.xlsx', [
      sheet('单位', UNITS),
      sheet('工作群', groups),
      sheet('成员', [MEMBER_HEADER, ...members]),
    ]),
  ]);
}

describe('person keys', () => {
  test('phone, else ID number (upper case), else name and unit', () => {
    const r = run([
      ['W1', null, '张三', '138 0000 0001', null, '望月湖街道', null, null],
      ['W1', null, '李四', null, '43010419900101123x', '望月湖街道', null, null],
      ['W1', null, '王五', null, null, '望月湖街道', null, null],
      ['W1', null, '王五', null, null, '区财政局', null, null],
      ['W2', null, '张三', 13800000001, null, '望月湖街道', null, null],
    ]);
    expect(r.problems).toEqual([]);
    expect(r.roster?.people.map((p) => p.key)).toEqual([
      'tel:13800000001',
      'id:43010419900101123X',
      'name:王五|望月湖街道',
      'name:王五|区财政局',
    ]);
    expect(r.roster?.memberships.map((m) => [m.groupId, m.personKey])).toEqual([
      ['W1', 'tel:13800000001'],
      ['W1', 'id:43010419900101123X'],
      ['W1', 'name:王五|望月湖街道'],
      ['W1', 'name:王五|区财政局'],
      ['W2', 'tel:13800000001'],
    ]);
  });

  test('no name and no key is MEMBER_NO_KEY', () => {
    const r = run([['W1', null, null, null, null, '望月湖街道', '干部', null]]);
    expect(places(r.problems)).toEqual([['MEMBER_NO_KEY', 2, 'C']]);
  });

  test('one phone with another name is the same person, kept first, with a warning', () => {
    const r = run([
      ['W1', null, '张三', '13800000001', null, '望月湖街道', null, null],
      ['W2', null, '张叁', '13800000001', null, '望月湖街道', null, null],
      ['F1', null, '张叁', '13800000001', null, '望月湖街道', null, null],
    ]);
    expect(places(r.problems)).toEqual([['MEMBER_IDENTITY_CONFLICT', 3, 'C']]);
    expect(r.problems[0]?.message).toContain('第 2 行');
    expect(r.roster?.people.map((p) => p.name)).toEqual(['张三']);
    expect(r.roster?.memberships).toHaveLength(3);
  });
});

describe('community heads', () => {
  test.each<[string, string | null, boolean]>([
    ['荣华社区', '党委书记', true],
    ['荣华社区', '居委会主任', true],
    ['荣华社区', '网格员', false],
    ['望月湖街道', '党工委书记', false],
    ['区财政局', '办公室主任', false],
    ['莲花镇桃花村', '村主任', true],
    ['某某单位', '书记', false],
    [null as unknown as string, '书记', false],
  ])('%s %s → %s', (unit, title, head) => {
    const r = run([['W1', null, '甲', '13800000009', null, unit, title, null]]);
    expect(r.roster?.people[0]?.isCommunityHead).toBe(head);
  });
});

describe('groups of member rows', () => {
  test('by a unique 群名称 when no 群编号; unknown groups are MEMBER_UNKNOWN_GROUP once per value', () => {
    const r = run([
      [null, '街道党建群', '甲', '13800000001', null, null, null, null],
      ['W9', null, '乙', '13800000002', null, null, null, null],
      ['W9', null, '丙', '13800000003', null, null, null, null],
      [null, '不存在的群', '丁', '13800000004', null, null, null, null],
    ]);
    expect(places(r.problems)).toEqual([
      ['MEMBER_UNKNOWN_GROUP', 3, 'A'],
      ['MEMBER_UNKNOWN_GROUP', 5, 'B'],
    ]);
    expect(r.problems[0]?.message).toContain('共 2 行');
    expect(r.roster).toBeNull();
  });

  test('an ambiguous 群名称 is MEMBER_GROUP_AMBIGUOUS', () => {
    const groups = [...GROUPS, ['F2', '街道党建群', '区财政局', '微信', null]];
    const r = run([[null, '街道党建群', '甲', '13800000001', null, null, null, null]], groups);
    expect(places(r.problems)).toEqual([['MEMBER_GROUP_AMBIGUOUS', 2, 'B']]);
  });

  test('the same person twice in a group is kept once with MEMBER_DUPLICATE; 拟移出 is kept', () => {
    const r = run([
      ['W1', null, '甲', '13800000001', null, null, null, null],
      ['W1', null, '甲', '13800000001', null, null, null, '是'],
    ]);
    expect(places(r.problems)).toEqual([['MEMBER_DUPLICATE', 3, 'C']]);
    expect(r.roster?.memberships).toEqual([
      { groupId: 'W1', personKey: 'tel:13800000001', removalPlanned: true },
    ]);
  });

  test('a stated 成员数 that differs from the list is MEMBER_COUNT_MISMATCH at the count', () => {
    const groups = [
      GROUPS[0] ?? [],
      ['W1', '街道工作群', '望月湖街道', '微信', 5],
      ['W2', '街道党建群', '望月湖街道', '微信', 1],
    ];
    const r = run(
      [
        ['W1', null, '甲', '13800000001', null, null, null, null],
        ['W2', null, '甲', '13800000001', null, null, null, null],
      ],
      groups,
    );
    expect(places(r.problems)).toEqual([['MEMBER_COUNT_MISMATCH', 2, 'E']]);
    expect(r.roster?.groups[0]?.memberCount).toBe(5);
  });

  test('members of the same group from two files are united, without a duplicate warning', () => {
    const a = book('a.xlsx', [
      sheet('工作群', [GROUPS[0] ?? [], GROUPS[1] ?? []]),
      sheet('成员', [MEMBER_HEADER, ['W1', null, '甲', '13800000001', null, null, null, null]]),
    ]);
    const b = book('b.xlsx', [
      sheet('工作群', [GROUPS[0] ?? [], GROUPS[1] ?? []]),
      sheet('成员', [
        MEMBER_HEADER,
        ['W1', null, '甲', '13800000001', null, null, null, null],
        ['W1', null, '乙', '13800000002', null, null, null, null],
      ]),
    ]);
    const r = importRoster([a, b]);
    expect(codes(r.problems).filter((c) => c.startsWith('MEMBER'))).toEqual([]);
    expect(r.roster?.memberships.map((m) => m.personKey)).toEqual(['tel:13800000001', 'tel:13800000002']);
  });
});

describe('a group whose rows are not together', () => {
  test('each person is kept once, and a repeat is MEMBER_DUPLICATE at the repeat', () => {
    const r = run([
      ['W1', null, '甲', '13800000001', null, null, null, null],
      ['W2', null, '乙', '13800000002', null, null, null, null],
      ['W1', null, '甲', '13800000001', null, null, null, '是'],
      ['W1', null, '丙', '13800000003', null, null, null, null],
      ['W2', null, '乙', '13800000002', null, null, null, null],
      ['W1', null, '丙', '13800000003', null, null, null, null],
    ]);
    expect(places(r.problems)).toEqual([
      ['MEMBER_DUPLICATE', 4, 'C'],
      ['MEMBER_DUPLICATE', 6, 'C'],
      ['MEMBER_DUPLICATE', 7, 'C'],
    ]);
    expect(r.roster?.memberships).toEqual([
      { groupId: 'W1', personKey: 'tel:13800000001', removalPlanned: true },
      { groupId: 'W2', personKey: 'tel:13800000002', removalPlanned: false },
      { groupId: 'W1', personKey: 'tel:13800000003', removalPlanned: false },
    ]);
  });

  test('any order of rows: every (group, person) pair once, every repeat reported (property)', () => {
    const groups = ['W1', 'W2', 'F1'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 1, max: 6 })), { maxLength: 40 }),
        (pairs) => {
          const r = run(
            pairs.map(([g, p]) => [
              groups[g] ?? 'W1',
              null,
              `人${p}`,
              `1380000000${p}`,
              null,
              null,
              null,
              null,
            ]),
          );
          const expected: string[] = [];
          for (const [g, p] of pairs) {
            const key = `${groups[g] ?? 'W1'} tel:1380000000${p}`;
            if (!expected.includes(key)) expected.push(key);
          }
          expect(r.roster?.memberships.map((m) => `${m.groupId} ${m.personKey}`)).toEqual(expected);
          expect(codes(r.problems).filter((c) => c === 'MEMBER_DUPLICATE')).toHaveLength(
            pairs.length - expected.length,
          );
        },
      ),
    );
  });
});

test('masked phone and ID numbers identify nobody: name and unit are used, with one warning per sheet', () => {
  const r = run([
    ['W1', null, '张三', '138****0001', null, '望月湖街道', null, null],
    ['W2', null, '张三', '138****0001', '430104********123X', '望月湖街道', null, null],
  ]);
  expect(places(r.problems)).toEqual([
    ['MEMBER_KEY_MASKED', 2, 'D'],
    ['MEMBER_KEY_MASKED', 3, 'E'],
  ]);
  expect(r.problems[0]?.message).toContain('共 2 行');
  expect(r.roster?.people.map((p) => [p.key, p.phone])).toEqual([['name:张三|望月湖街道', null]]);
});

test('a 群编号 that matches no group is an error even when the 群名称 would match', () => {
  const r = run([['W7', '街道工作群', '甲', '13800000001', null, null, null, null]]);
  expect(places(r.problems)).toEqual([['MEMBER_UNKNOWN_GROUP', 2, 'A']]);
});

describe('community heads are the 书记 and 主任, not their deputies', () => {
  const cases: Array<[string, boolean]> = [
    ['党总支书记', true],
    ['居委会主任', true],
    ['村党支部书记、村委会主任', true],
    ['党总支副书记', false],
    ['居委会副主任', false],
    ['副书记、居委会主任', true],
    ['网格员', false],
    ['驻村第一书记', true],
  ];
  for (const [title, head] of cases) {
    it(`${title} → ${head ? 'head' : 'not a head'}`, () => {
      expect(isHeadTitle(title)).toBe(head);
    });
  }
});
