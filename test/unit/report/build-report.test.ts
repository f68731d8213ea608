import { describe, expect, it } from 'vitest';
import { GROUP_FIELDS, MEMBER_FIELDS, UNIT_FIELDS } from '../../../core/import/fields';
import { kindFromSheetName } from '../../../core/import/sheet-kind';
import { computeMetrics } from '../../../core/metrics/compute';
import { CREATED_ID_PREFIX } from '../../../core/plan/model';
import { buildReport, type ReportOptions } from '../../../core/report/build';
import { maskIdNumber, maskPhone } from '../../../core/report/mask';
import { continuedSheetName, REPORT_ONLY_SHEET_NAMES, sheetParts } from '../../../core/report/model';
import { CREATED_ID, smallFixture, type Fixture } from './fixture';
import { headers, records, rowWhere, sheet, table, values } from './helpers';

const OPTIONS: ReportOptions = { maskPersonalNumbers: false, generatedAt: '2026-03-06', preparedBy: '赵六' };

function report(f: Fixture = smallFixture(), options: Partial<ReportOptions> = {}) {
  return buildReport(f.roster, f.plan, f.policy, f.metrics, { ...OPTIONS, ...options });
}

function withMetrics(f: Fixture): Fixture {
  return { ...f, metrics: computeMetrics(f.roster, f.plan, f.policy) };
}

describe('buildReport', () => {
  it('lays out the sheets in the order of DESIGN §3', () => {
    expect(report().sheets.map((s) => s.name)).toEqual([
      '汇总',
      '单位对照',
      '处置清单',
      '保留群台账',
      '人员负担',
      '规则',
      '单位',
      '工作群',
      '成员',
    ]);
    expect(REPORT_ONLY_SHEET_NAMES).toEqual([
      '汇总',
      '单位对照',
      '处置清单',
      '保留群台账',
      '人员负担',
      '规则',
    ]);
  });

  it('states the totals on 汇总 with the labels clerks read', () => {
    const m = report();
    const t = table(m, '汇总');
    const count = (label: string) => rowWhere(t, '项目', label)['数量'];
    expect(count('原工作群')).toBe(8);
    expect(count('原群保留')).toBe(2);
    expect(count('新建合并群')).toBe(1);
    expect(count('精简后合计')).toBe(3);
    expect(count('合并')).toBe(4);
    expect(count('解散')).toBe(1);
    expect(count('转出')).toBe(1);
    expect(count('待定')).toBe(1);
    expect(count('非工作群')).toBe(1);
    expect(rowWhere(t, '项目', '压缩比例')['占原工作群']).toBeCloseTo(0.625);
    const compression = [...t.rows].find((r) => r[0] === '压缩比例');
    expect(compression?.[2]).toEqual({ kind: 'percent', value: 0.625 });
    expect(rowWhere(t, '项目', '原群保留')['说明']).toContain('待定 1 个');

    const burden = table(m, '汇总', 1);
    expect(rowWhere(burden, '项目', '每人最多')).toMatchObject({ 精简前: 5, 精简后: 2 });
    const s = sheet(m, '汇总');
    expect(s.titleLines[0]).toBe('岳麓区工作群精简方案');
    expect(s.titleLines[1]).toContain('2026-03-05');
    expect(s.onePage).toBe(true);
    const signature = s.signatureLine ?? '';
    expect(signature).toMatch(/^制表人：赵六\s+审核人：＿+\s+日期：＿+$/u);
  });

  it('compares each unit with its quota and sums each area', () => {
    const f = smallFixture();
    // 荣华社区 keeps its chat group instead of moving it out: 2 groups against a quota of 1.
    f.plan.decisions.set('G6', {
      state: 'kept',
      targetId: null,
      category: null,
      rule: 'board',
      reason: '保留',
    });
    const t = table(report(withMetrics(f)), '单位对照');
    expect(headers(t)).toEqual([
      '单位',
      '类型',
      '上级单位',
      '精简前',
      '限额',
      '限额档位',
      '精简后',
      '是否达标',
    ]);
    expect(rowWhere(t, '单位', '荣华社区')).toMatchObject({
      类型: '社区',
      上级单位: '望月湖街道',
      精简前: 3,
      限额: 1,
      精简后: 2,
      是否达标: '超出 1 个',
    });
    expect(rowWhere(t, '单位', '区财政局')).toMatchObject({
      限额: 5,
      限额档位: '区直部门（在编 21–99 人）限 5 个',
      是否达标: '达标',
    });
    expect(rowWhere(t, '单位', '望月湖街道片区')).toMatchObject({
      精简前: 6,
      精简后: 3,
      是否达标: '1 个单位超出',
    });
    // Area order: the street, its community, then the subtotal.
    expect(values(t).map((r) => r[0])).toEqual(['望月湖街道', '荣华社区', '望月湖街道片区', '区财政局']);
    expect(t.emphasized).toEqual(new Set([2]));
    expect(t.totals).toEqual(['合计', '3 个单位', null, 8, null, null, 4, '1 个单位超出']);
  });

  it('lists every work group with its action, target, rule and reason', () => {
    const t = table(report(), '处置清单');
    expect(t.rows.count).toBe(8);
    expect(rowWhere(t, '群编号', 'G2')).toMatchObject({
      处置: '合并',
      并入: '望月湖街道党建工作群（G1）',
      依据: '规则4 重复群',
      理由: '与“望月湖街道党建工作群”重复',
    });
    expect(rowWhere(t, '群编号', 'G4')).toMatchObject({ 处置: '合并', 并入: '新建：荣华社区综合工作群' });
    expect(rowWhere(t, '群编号', 'G6')).toMatchObject({ 处置: '转出', 并入: '转为日常交流群' });
    expect(rowWhere(t, '群名称', '业务一群')).toMatchObject({ 群编号: null, 处置: '待定' });
    expect(records(t).some((r) => r['群编号'] === 'N1')).toBe(false);
  });

  it('lists kept and created groups in 保留群台账 with sizes after the merge', () => {
    const m = report();
    const t = table(m, '保留群台账');
    expect(t.rows.count).toBe(3);
    expect(rowWhere(t, '群编号', 'G1')).toMatchObject({
      负责人: '张三丰',
      成员数: 3,
      并入原群数: 1,
      状态: '保留',
    });
    // The created group: its sources G4 and G5 less the planned removal of 张三 from G5.
    expect(rowWhere(t, '群名称', '荣华社区综合工作群')).toMatchObject({
      群编号: '新建',
      所属单位: '荣华社区',
      群类别: '工作群',
      业务分类: '网格化',
      负责人: '李四',
      成员数: 1,
      并入原群数: 2,
      状态: '新建',
    });
    expect(rowWhere(t, '群名称', '业务一群')).toMatchObject({ 状态: '待定' });
    expect(t.totals?.[8]).toBe(5);
  });

  it('shows per-person burden most burdened first', () => {
    const t = table(report(), '人员负担');
    expect(values(t).map((r) => [r[1], r[6], r[7], r[8]])).toEqual([
      ['李四', 5, 2, -3],
      ['王五', 3, 2, -1],
      ['张三', 3, 1, -2],
    ]);
    expect(rowWhere(t, '姓名', '李四')).toMatchObject({ 手机号: '13900001111', 社区负责人: '是' });
  });

  it.each([
    ['with every member list', (f: Fixture) => f],
    [
      'when a merged source has no member list',
      (f: Fixture) => {
        f.roster.memberships = f.roster.memberships.filter((m) => m.groupId !== 'G2');
        return withMetrics(f);
      },
    ],
  ])('agrees person by person with the metrics %s', (_, prepare) => {
    const f = prepare(smallFixture());
    const rows = values(table(report(f), '人员负担'));
    const before = rows.map((r) => Number(r[6]));
    const after = rows.map((r) => Number(r[7]));
    const b = f.metrics.burden;
    if (!b) throw new Error('fixture has members');
    expect(rows).toHaveLength(b.people);
    expect(Math.max(...before)).toBe(b.maxBefore);
    expect(Math.max(...after)).toBe(b.maxAfter);
    expect(before.reduce((s, n) => s + n, 0) / rows.length).toBeCloseTo(b.meanBefore);
    expect(after.reduce((s, n) => s + n, 0) / rows.length).toBeCloseTo(b.meanAfter);
    expect([...before].sort((x, y) => y - x)).toEqual(before);
  });

  it('masks phone numbers in 人员负担 and leaves numbers out of 成员 when asked', () => {
    const m = report(smallFixture(), { maskPersonalNumbers: true });
    expect(rowWhere(table(m, '人员负担'), '姓名', '李四')['手机号']).toBe('139****1111');
    const members = records(table(m, '成员'));
    expect(members.every((r) => r['手机号'] === null && r['身份证号'] === null)).toBe(true);
    expect(members.map((r) => r['姓名'])).toContain('王五');
    expect(sheet(m, '汇总').noteLines.join('')).toContain('已部分隐去');
  });

  it('writes the roster with the canonical headers and the plan in its columns', () => {
    const m = report();
    const units = table(m, '单位');
    expect(headers(units)).toEqual(UNIT_FIELDS.map((f) => f.header));
    expect(values(units)).toContainEqual(['荣华社区', '社区', '望月湖街道', null]);

    const groups = table(m, '工作群');
    const single = new Set(['unitType', 'unitParent', 'unitStaff']);
    expect(headers(groups)).toEqual(GROUP_FIELDS.filter((f) => !single.has(f.key)).map((f) => f.header));
    const row = (code: string) => rowWhere(groups, '群编号', code);
    expect(row('G1')).toMatchObject({ 拟处置: '保留', 负责人: '张三丰', 最近活跃: '2026-02-01' });
    expect(row('G2')).toMatchObject({ 拟处置: '合并', 并入: 'G1', 是否要求晒照片: true });
    expect(row('G3')).toMatchObject({ 拟处置: '解散', 是否临时: true, 结束日期: '2025-09-30' });
    expect(row('G4')).toMatchObject({ 拟处置: '合并', 并入: '新建:荣华社区综合工作群' });
    expect(row('G6')).toMatchObject({ 拟处置: '转出', 转出类别: '日常交流群', 处置理由: '群名含“闲聊”' });
    expect(row('N1')).toMatchObject({ 群类别: '党员交流群', 拟处置: null, 并入: null });
    // A target without 群编号 is named by its (unique) name.
    expect(rowWhere(groups, '群名称', '业务二群')).toMatchObject({
      群编号: null,
      拟处置: '合并',
      并入: '业务一群',
    });
    expect(rowWhere(groups, '群名称', '业务一群')['拟处置']).toBe('待定');
    expect(groups.inputRows).toBe(groups.rows.count + 200);

    const members = table(m, '成员');
    expect(headers(members)).toEqual(MEMBER_FIELDS.map((f) => f.header));
    const removal = records(members).filter((r) => r['拟移出'] === true);
    expect(removal).toEqual([expect.objectContaining({ 群编号: 'G5', 姓名: '张三', 手机号: '13812341234' })]);
    expect(rowWhere(members, '姓名', '王五')['身份证号']).toBe('430104199001011234');
    expect(sheet(m, '工作群').titleLines).toEqual([]);
    expect(sheet(m, '工作群').noteLines).toEqual([]);
    expect(m.problems).toEqual([]);
  });

  it('warns when a target without 群编号 has a name shared with another group', () => {
    const f = smallFixture();
    const twin = f.roster.groups.find((g) => g.name === '业务一群');
    if (!twin) throw new Error('fixture');
    f.roster.groups.push({ ...twin, id: '望月湖街道|微信|业务一群', unitId: '望月湖街道' });
    const m = report(withMetrics(f));
    expect(m.problems.map((p) => [p.code, p.level, p.sheet, p.row])).toEqual([
      ['REPORT_GROUP_NOT_UNIQUE', 'warning', '工作群', 8],
    ]);
    expect(m.problems[0]?.message).toContain('业务一群');
    expect(sheet(m, '汇总').noteLines.join('')).toContain('1 个问题');
  });

  it('warns when two created groups share a name', () => {
    const f = smallFixture();
    const other = `${CREATED_ID_PREFIX}2`;
    const created = f.plan.created.get(CREATED_ID);
    if (!created) throw new Error('fixture');
    f.plan.created.set(other, { ...created, id: other });
    f.plan.decisions.set('G5', {
      state: 'merged',
      targetId: other,
      category: null,
      rule: 'board',
      reason: '',
    });
    const m = report(withMetrics(f));
    expect(m.problems.map((p) => p.code)).toEqual(['REPORT_NEW_GROUP_NOT_UNIQUE']);
  });

  it('leaves out 人员负担 and 成员 without member lists', () => {
    const f = smallFixture();
    f.roster.memberships = [];
    f.roster.people = [];
    f.plan.removals.clear();
    const m = report(withMetrics(f));
    expect(m.sheets.map((s) => s.name)).not.toContain('人员负担');
    expect(m.sheets.map((s) => s.name)).not.toContain('成员');
    expect(m.sheets.map((s) => s.name).at(-1)).toBe('工作群');
    expect(table(m, '汇总').rows.count).toBeGreaterThan(0);
    expect(sheet(m, '汇总').tables).toHaveLength(1);
  });

  it('names the report after its only area, or takes the given title', () => {
    const f = smallFixture();
    f.roster.groups = f.roster.groups.filter((g) => g.unitId !== '区财政局');
    f.roster.memberships = f.roster.memberships.filter((mm) => !mm.groupId.startsWith('区财政局'));
    for (const id of [...f.plan.decisions.keys()]) if (id.startsWith('区财政局')) f.plan.decisions.delete(id);
    expect(report(withMetrics(f)).title).toBe('望月湖街道工作群精简方案');
    expect(report(smallFixture(), { title: '  某某方案 ' }).title).toBe('某某方案');
  });
});

describe('masking', () => {
  it.each([
    ['13812341234', '138****1234'],
    ['430104199001011234', '430104********1234'],
  ])('%s', (raw, masked) => {
    expect(raw.length === 11 ? maskPhone(raw) : maskIdNumber(raw)).toBe(masked);
  });

  it('never shows more than a quarter of a short number', () => {
    expect(maskPhone('1234567')).toBe('******7');
    expect(maskPhone('')).toBe('');
  });
});

describe('sheets longer than Excel allows', () => {
  it('splits rows into parts of at most a million', () => {
    expect(sheetParts(0)).toEqual([[0, 0]]);
    expect(sheetParts(1_000_000)).toEqual([[0, 1_000_000]]);
    expect(sheetParts(2_500_001)).toEqual([
      [0, 1_000_000],
      [1_000_000, 2_000_000],
      [2_000_000, 2_500_001],
    ]);
    expect(sheetParts(5, 2)).toEqual([
      [0, 2],
      [2, 4],
      [4, 5],
    ]);
  });

  it('names the continuation sheets so that the importer reads them as the same kind', () => {
    expect(continuedSheetName('成员', 0)).toBe('成员');
    expect(continuedSheetName('成员', 1)).toBe('成员（续1）');
    expect(kindFromSheetName(continuedSheetName('成员', 2))).toBe('members');
  });
});
