import { describe, expect, test } from 'vitest';
import { importRoster } from '../../../core/import/index';
import type { RawCell } from '../../../core/import/raw';
import { book, codes, places, sheet } from './helpers';

const UNIT_HEADER: RawCell[] = ['名称', '类型', '上级单位', '在编人数'];
const GROUP_HEADER: RawCell[] = ['群编号', '群名称', '所属单位', '平台', '成员数', '负责人'];

function street(file: string, units: RawCell[][], groups: RawCell[][]) {
  return book(file, [sheet('单位', [UNIT_HEADER, ...units]), sheet('工作群', [GROUP_HEADER, ...groups])]);
}

describe('several files roll up into one roster', () => {
  test('files are listed; units and groups from each file are kept', () => {
    const r = importRoster([
      street(
        '望月湖.xlsx',
        [['望月湖街道', '街道', null, 60]],
        [['W1', '街道群', '望月湖街道', '微信', 30, '甲']],
      ),
      street(
        '财政局.xlsx',
        [['区财政局', '区直部门', null, 45]],
        [['F1', '财政群', '区财政局', '微信', 20, '乙']],
      ),
    ]);
    expect(r.problems).toEqual([]);
    expect(r.roster?.files).toEqual(['望月湖.xlsx', '财政局.xlsx']);
    expect(r.roster?.units.map((u) => u.id)).toEqual(['望月湖街道', '区财政局']);
    expect(r.roster?.groups.map((g) => g.id)).toEqual(['W1', 'F1']);
  });

  test('the same unit with identical facts: merged, UNIT_DUPLICATE_SAME', () => {
    const r = importRoster([
      street(
        'a.xlsx',
        [['望月湖街道', '街道', null, 60]],
        [['W1', '街道群', '望月湖街道', '微信', 30, '甲']],
      ),
      street(
        'b.xlsx',
        [['望月湖 街道', '街道', null, null]],
        [['W2', '街道二群', '望月湖街道', '微信', 30, '甲']],
      ),
    ]);
    expect(places(r.problems)).toEqual([['UNIT_DUPLICATE_SAME', 2, 'A']]);
    expect(r.problems[0]?.file).toBe('b.xlsx');
    expect(r.problems[0]?.message).toContain('a.xlsx');
    expect(r.roster?.units).toHaveLength(1);
    expect(r.roster?.units[0]?.staff).toBe(60);
  });

  test('the same unit with conflicting facts: UNIT_CONFLICT naming both places', () => {
    const r = importRoster([
      street(
        'a.xlsx',
        [
          ['荣华社区', '社区', '望月湖街道', 8],
          ['望月湖街道', '街道', null, 60],
        ],
        [['W1', '群', '荣华社区', '微信', 3, null]],
      ),
      street(
        'b.xlsx',
        [
          ['荣华社区', '村', '咸嘉湖街道', 8],
          ['咸嘉湖街道', '街道', null, 50],
        ],
        [['X1', '群', '荣华社区', '微信', 3, null]],
      ),
    ]);
    expect(r.roster).toBeNull();
    expect(places(r.problems, 'UNIT_CONFLICT')).toEqual([
      ['UNIT_CONFLICT', 2, 'B'],
      ['UNIT_CONFLICT', 2, 'C'],
    ]);
    const p = r.problems.find((x) => x.code === 'UNIT_CONFLICT');
    expect(p?.file).toBe('b.xlsx');
    expect(p?.message).toContain('文件 a.xlsx，工作表“单位”，第 2 行');
  });

  test('the same group with identical rows: merged, GROUP_DUPLICATE_SAME', () => {
    const r = importRoster([
      street(
        'a.xlsx',
        [['望月湖街道', '街道', null, 60]],
        [['W1', '街道群', '望月湖街道', '微信', 30, '甲']],
      ),
      street(
        'b.xlsx',
        [['区财政局', '区直部门', null, 45]],
        [['W1', '街道群', '望月湖街道', '微信', 30, '甲']],
      ),
    ]);
    expect(places(r.problems)).toEqual([['GROUP_DUPLICATE_SAME', 2, 'A']]);
    expect(r.roster?.groups).toHaveLength(1);
    expect(r.roster?.groups[0]?.source?.file).toBe('a.xlsx');
  });

  test('the same group with different rows: GROUP_CONFLICT naming both places and the columns', () => {
    const r = importRoster([
      street(
        'a.xlsx',
        [['望月湖街道', '街道', null, 60]],
        [['W1', '街道群', '望月湖街道', '微信', 30, '甲']],
      ),
      street(
        'b.xlsx',
        [['区财政局', '区直部门', null, 45]],
        [['W1', '街道群', '望月湖街道', '微信', 31, '乙']],
      ),
    ]);
    expect(r.roster).toBeNull();
    expect(places(r.problems)).toEqual([['GROUP_CONFLICT', 2, 'A']]);
    const m = r.problems[0]?.message ?? '';
    expect(m).toContain('文件 b.xlsx');
    expect(m).toContain('文件 a.xlsx，工作表“工作群”，第 2 行');
    expect(m).toContain('“负责人”、“成员数”不一致');
  });

  test('the same group twice in one file: GROUP_DUPLICATE_IDENTITY naming both rows', () => {
    const r = importRoster([
      street(
        'a.xlsx',
        [['望月湖街道', '街道', null, 60]],
        [
          [null, '街道群', '望月湖街道', '微信', 30, '甲'],
          [null, '街道 群', '望月湖街道', 'WeChat', 30, '甲'],
          ['W1', '一群', '望月湖街道', '微信', 1, null],
          ['W1', '二群', '望月湖街道', '微信', 1, null],
        ],
      ),
    ]);
    expect(places(r.problems)).toEqual([
      ['GROUP_DUPLICATE_IDENTITY', 3, 'B'],
      ['GROUP_DUPLICATE_IDENTITY', 5, 'A'],
    ]);
    expect(r.problems[0]?.message).toContain('第 2 行');
  });

  test('without 群编号 the identity is unit|platform|name; 序号 is never an identity', () => {
    const r = importRoster([
      book('a.xlsx', [
        sheet('工作群', [
          ['序号', '群名称', '所属单位', '平台'],
          [1, '工作群', '区财政局', '微信'],
          [1, '工作群', '区财政局', 'QQ'],
          [1, '工作群', '区教育局', '微信'],
        ]),
      ]),
    ]);
    expect(codes(r.problems).filter((c) => c.startsWith('GROUP'))).toEqual([]);
    expect(r.roster?.groups.map((g) => g.id)).toEqual([
      '区财政局|微信|工作群',
      '区财政局|QQ|工作群',
      '区教育局|微信|工作群',
    ]);
  });
});
