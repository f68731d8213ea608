import { expect, test } from 'vitest';
import { FIELDS_BY_KIND, type SheetKind } from '../../../core/import/fields';
import { importRoster } from '../../../core/import/index';
import type { RawCell } from '../../../core/import/raw';
import { UNIT_TYPE_LABELS, type Group, type Roster } from '../../../core/roster/model';
import { book, sheet } from './helpers';

/** The roster written back with the canonical headers, as the report writer does. */
function writeRoster(r: Roster): RawCell[][][] {
  const table = (kind: SheetKind, rows: Array<Record<string, RawCell>>): RawCell[][] => {
    const fields = FIELDS_BY_KIND[kind];
    return [fields.map((f) => f.header), ...rows.map((row) => fields.map((f) => row[f.key] ?? null))];
  };
  const groupById = new Map(r.groups.map((g) => [g.id, g]));
  const plan = (g: Group): Record<string, RawCell> => {
    const p = g.planned;
    if (p === null) return {};
    switch (p.kind) {
      case 'keep':
        return { action: '保留' };
      case 'pending':
        return { action: '待定' };
      case 'dissolve':
        return { action: '解散' };
      case 'reclassify':
        return { action: '转出', reclassifyTo: p.category };
      case 'merge':
        return { action: '合并', target: groupById.get(p.targetId)?.code ?? p.targetId };
      case 'mergeNew':
        return { action: '合并', target: `新建：${p.newName}` };
    }
  };
  const units = table(
    'units',
    r.units.map((u) => ({
      name: u.name,
      type: UNIT_TYPE_LABELS[u.type],
      parent: r.units.find((p) => p.id === u.parentId)?.name ?? null,
      staff: u.staff,
    })),
  );
  const groups = table(
    'groups',
    r.groups.map((g) => ({
      code: g.code,
      name: g.name,
      unit: r.units.find((u) => u.id === g.unitId)?.name ?? g.unitId,
      platform: g.platform,
      category: g.category,
      businessLine: g.businessLine,
      owner: g.owner,
      memberCount: g.memberCount,
      temporary: g.temporary ? '是' : '否',
      endDate: g.endDate,
      lastActive: g.lastActive,
      photoRequired: g.photoRequired ? '是' : '否',
      reason: g.plannedReason,
      ...plan(g),
    })),
  );
  const people = new Map(r.people.map((p) => [p.key, p]));
  const members = table(
    'members',
    r.memberships.map((m) => {
      const p = people.get(m.personKey);
      const g = groupById.get(m.groupId);
      return {
        groupCode: g?.code ?? g?.id ?? null,
        groupName: g?.name ?? null,
        name: p?.name ?? null,
        phone: p?.phone ?? null,
        idNumber: p?.idNumber ?? null,
        unit: p?.unitName ?? null,
        title: p?.title ?? null,
        removal: m.removalPlanned ? '是' : null,
      };
    }),
  );
  return [units, groups, members];
}

const strip = (r: Roster | null) =>
  r && {
    ...r,
    files: [],
    units: r.units.map((u) => ({ ...u, source: null, typeInferred: false })),
    groups: r.groups.map((g) => ({ ...g, source: null })),
  };

test('an exported roster re-imports to the same roster', () => {
  const original = importRoster([
    book('原始.xlsx', [
      sheet('单位', [
        ['名称', '类型', '上级单位', '在编人数'],
        ['望月湖街道', '街道', null, 60],
        ['荣华社区', null, '望月湖街道', null],
        ['区财政局', '区直部门', null, 45],
      ]),
      sheet('工作群', [
        [
          '群编号',
          '群名称',
          '所属单位',
          '平台',
          '群类别',
          '业务分类',
          '负责人',
          '成员数',
          '是否临时',
          '结束日期',
          '最近活跃',
          '是否要求晒照片',
          '拟处置',
          '并入',
          '转出类别',
          '处置理由',
        ],
        [
          'W1',
          '街道工作群',
          '望月湖街道',
          '微信',
          null,
          '党建',
          '王五',
          2,
          '否',
          null,
          '2026-02-01',
          '否',
          '保留',
          null,
          null,
          '主群',
        ],
        [
          'W2',
          '街道党建群',
          '望月湖街道',
          'wx',
          null,
          '党建',
          null,
          1,
          '是',
          '2026-06-30',
          null,
          '√',
          '合并',
          'W1',
          null,
          null,
        ],
        [
          null,
          '荣华社区群',
          '荣华社区',
          'QQ',
          null,
          null,
          null,
          1,
          null,
          null,
          null,
          null,
          '合并',
          '新建:荣华综合群',
          null,
          null,
        ],
        [
          null,
          '荣华闲聊',
          '荣华社区',
          '微信',
          '闲聊群',
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
        ],
        [
          'F1',
          '财政业务群',
          '区财政局',
          '钉钉',
          null,
          '政务服务',
          '钱七',
          null,
          null,
          null,
          null,
          null,
          '转出',
          null,
          '便民服务群',
          '服务群众',
        ],
        [
          'F2',
          '财政临时群',
          '区财政局',
          '钉钉',
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          '解散',
          null,
          null,
          null,
        ],
      ]),
      sheet('成员', [
        ['群编号', '群名称', '姓名', '手机号', '身份证号', '单位', '职务', '拟移出'],
        ['W1', null, '张三', '13800000001', null, '荣华社区', '书记', null],
        ['W1', null, '李四', null, '43010419900101123X', '望月湖街道', null, '是'],
        ['W2', null, '张三', '13800000001', null, '荣华社区', '书记', null],
        [null, '荣华社区群', '王五', null, null, '荣华社区', '主任', null],
      ]),
    ]),
  ]);
  expect(original.problems.filter((p) => p.level === 'error')).toEqual([]);
  const roster = original.roster;
  expect(roster).not.toBeNull();
  if (!roster) return;
  const [units, groups, members] = writeRoster(roster);
  const again = importRoster([
    book('报告.xlsx', [
      sheet('汇总', [
        ['项目', '数量'],
        ['精简前', 5],
      ]),
      sheet('单位', units ?? []),
      sheet('工作群', groups ?? []),
      sheet('成员', members ?? []),
    ]),
  ]);
  expect(again.problems.filter((p) => p.level === 'error')).toEqual([]);
  expect(again.analyses[0]?.sheets.every((s) => s.kind === null || s.unmatchedHeaders.length === 0)).toBe(
    true,
  );
  expect(strip(again.roster)).toEqual(strip(roster));
});
