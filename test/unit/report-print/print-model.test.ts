/**
 * The printed report is read off the workbook's model: same numbers, same words, cells already
 * formatted as the workbook shows them, the action list only when asked for.
 */
import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../core/metrics/compute';
import { buildReport } from '../../../core/report/build';
import {
  buildPrintReport,
  columnPercents,
  formatCell,
  pdfFileName,
  type PrintTable,
} from '../../../core/report/print-model';
import { smallFixture, type Fixture } from '../report/fixture';

function model(f: Fixture = smallFixture()) {
  const metrics = computeMetrics(f.roster, f.plan, f.policy);
  return buildReport(f.roster, f.plan, f.policy, metrics, {
    maskPersonalNumbers: false,
    generatedAt: '2026-03-06',
  });
}

const column = (t: PrintTable, header: string): string[] => {
  const at = t.columns.findIndex((c) => c.header === header);
  if (at < 0) throw new Error(`no column ${header}`);
  return t.rows.map((r) => r.cells[at] ?? '');
};

const rowOf = (t: PrintTable, first: string) => {
  const row = t.rows.find((r) => r.cells[0] === first);
  if (!row) throw new Error(`no row ${first}`);
  return row;
};

describe('formatCell', () => {
  it.each([
    [null, 'integer', ''],
    [12, 'integer', '12'],
    [0.5912, 'percent', '59.1%'],
    [{ kind: 'percent' as const, value: 0.5 }, 'integer', '50.0%'],
    [{ kind: 'decimal' as const, value: 2.345 }, 'integer', '2.3'],
    [true, 'boolean', '是'],
    [false, 'boolean', '否'],
    ['0012', 'code', '0012'],
    [3.25, 'integer', '3.3'],
    ['2026-03-05', 'date', '2026-03-05'],
  ] as const)('%j as %s → %s', (cell, kind, text) => {
    expect(formatCell(cell, kind)).toBe(text);
  });
});

describe('buildPrintReport', () => {
  const m = model();
  const f = smallFixture();
  const metrics = computeMetrics(f.roster, f.plan, f.policy);
  const report = buildPrintReport(m, { includeActions: false, preparedBy: ' 区委网信办 张三 ' });

  it('titles the page 汇总表 with the plan date under it', () => {
    expect(report.title).toBe(`${m.title}汇总表`);
    expect(report.subtitle).toContain(`方案日期：${f.plan.asOf}`);
    expect(report.subtitle).toContain('生成日期：2026-03-06');
  });

  it('names a single street after itself', () => {
    const street = smallFixture();
    street.roster.groups = street.roster.groups.filter((g) => g.unitId !== '区财政局');
    street.roster.memberships = street.roster.memberships.filter((mm) => !mm.groupId.startsWith('区财政局'));
    for (const id of [...street.plan.decisions.keys()]) {
      if (id.startsWith('区财政局')) street.plan.decisions.delete(id);
    }
    expect(buildPrintReport(model(street), { includeActions: false, preparedBy: null }).title).toBe(
      '望月湖街道工作群精简方案汇总表',
    );
  });

  it('states the totals as the 汇总 sheet has them', () => {
    const t = metrics.totals;
    const pct = `${(t.compression * 100).toFixed(1)}%`;
    expect(report.headline).toBe(`工作群 ${t.before} → ${t.after}，压缩 ${pct}`);
    const totals = report.summary[0];
    if (!totals) throw new Error('no totals');
    expect(rowOf(totals, '原工作群').cells.slice(0, 3)).toEqual(['原工作群', String(t.before), '100.0%']);
    expect(rowOf(totals, '精简后合计').cells[1]).toBe(String(t.after));
    expect(rowOf(totals, '精简后合计').emphasized).toBe(true);
  });

  it('lists every unit with quota and compliance, and marks the units still over quota', () => {
    const units = report.units;
    expect(units.columns.map((c) => c.header)).toEqual([
      '单位',
      '类型',
      '上级单位',
      '精简前',
      '限额',
      '限额档位',
      '精简后',
      '是否达标',
    ]);
    for (const u of metrics.units) {
      const row = rowOf(units, u.name);
      expect(row.cells[3]).toBe(String(u.before));
      expect(row.cells[4]).toBe(u.quota === null ? '' : String(u.quota));
      expect(row.cells[6]).toBe(String(u.after));
      expect(row.alert).toBe(!u.compliant && u.quota !== null);
    }
    expect(column(units, '是否达标').every((c) => c !== '')).toBe(true);
    expect(units.totals?.cells[0]).toBe('合计');
    expect(units.columns.find((c) => c.header === '精简前')?.align).toBe('right');
    // Columns are shared by content: a short one holds its longest value on one line.
    expect(units.totals?.cells[1]).toBe(`${metrics.units.length} 个单位`);
    expect(units.columns.find((c) => c.header === '类型')?.width).toBe(10); // "3 个单位", "区直部门"
    expect(units.columns.find((c) => c.header === '限额')?.width).toBe(6); // the header
    // A wrapping column takes at most the workbook's width.
    const model = m.sheets.find((s) => s.name === '单位对照')?.tables[0];
    units.columns.forEach((c, i) => {
      if (c.wrap) expect(c.width).toBeLessThanOrEqual((model?.columns[i]?.width ?? 0) + 2);
    });
    // 片区 subtotals are emphasized, as in the workbook.
    expect(units.rows.filter((r) => r.emphasized).map((r) => r.cells[0])).toEqual(['望月湖街道片区']);
  });

  it('signs with the clerk from settings and leaves 审核人 and 日期 to be written by hand', () => {
    expect(report.signature).toEqual([
      { label: '制表人', value: '区委网信办 张三' },
      { label: '审核人', value: null },
      { label: '日期', value: null },
    ]);
    expect(buildPrintReport(m, { includeActions: false, preparedBy: '  ' }).signature[0]?.value).toBeNull();
  });

  it('leaves out the workbook-only note about re-importing its sheets', () => {
    expect(report.notes.some((n) => n.includes('本工作簿'))).toBe(false);
    expect(report.notes.some((n) => n.startsWith('说明：限额'))).toBe(true);
  });

  it('adds the 处置清单 only when asked, one row per work group', () => {
    expect(report.actions).toBeNull();
    const withActions = buildPrintReport(m, { includeActions: true, preparedBy: null });
    const actions = withActions.actions;
    if (!actions) throw new Error('no actions');
    expect(actions.columns.map((c) => c.header).slice(0, 3)).toEqual(['序号', '群编号', '群名称']);
    expect(actions.rows).toHaveLength(metrics.totals.before);
    expect(column(actions, '序号')[0]).toBe('1');
  });
});

describe('columnPercents', () => {
  it('shares the width by the workbook column widths', () => {
    const cols = [10, 30].map((width) => ({ header: 'x', align: 'left' as const, width, wrap: false }));
    expect(columnPercents(cols)).toEqual([25, 75]);
    expect(columnPercents([])).toEqual([]);
  });
});

describe('pdfFileName', () => {
  it('names the plan and its date', () => {
    expect(pdfFileName('示例-岳麓区', '方案一', '2026-03-05')).toBe(
      '工作群精简方案汇总表-示例-岳麓区-方案一-2026-03-05.pdf',
    );
  });
});
