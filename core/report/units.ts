/**
 * 单位对照: each unit against its own quota, listed area by area (a street or town, then its
 * communities and villages, then the area's subtotal: "望月湖街道片区 127 → 16"). One table
 * rather than two keeps the repeated header row right on every printed page.
 */
import type { UnitMetrics } from '../metrics/model';
import { UNIT_TYPE_LABELS } from '../roster/model';
import { sheetTitleLines, type ReportContext } from './context';
import { fitWidth, REPORT_SHEET_NAMES, rowsOf, type ReportRow, type ReportSheet } from './model';

function complianceText(u: UnitMetrics): string {
  if (u.quota === null) return '无限额';
  return u.compliant ? '达标' : `超出 ${u.after - u.quota} 个`;
}

function quotaBasis(u: UnitMetrics): string | null {
  if (u.quotaLabel === null) return null;
  return u.quotaAssumed ? `${u.quotaLabel}（未填在编人数，按此档计）` : u.quotaLabel;
}

function unitRow(u: UnitMetrics): ReportRow {
  return [
    u.name,
    UNIT_TYPE_LABELS[u.type],
    u.parent,
    u.before,
    u.quota,
    quotaBasis(u),
    u.after,
    complianceText(u),
  ];
}

const overText = (over: number): string => (over === 0 ? '全部达标' : `${over} 个单位超出`);

export function unitsSheet(ctx: ReportContext): ReportSheet {
  const byId = new Map(ctx.metrics.units.map((u) => [u.id, u]));
  const listed = new Set<string>();
  const rows: ReportRow[] = [];
  const emphasized = new Set<number>();
  for (const area of ctx.metrics.areas) {
    const members: UnitMetrics[] = [];
    for (const id of area.unitIds) {
      const u = byId.get(id);
      if (!u || listed.has(id)) continue;
      listed.add(id);
      members.push(u);
      rows.push(unitRow(u));
    }
    if (area.unitIds.length > 1) {
      emphasized.add(rows.length);
      const over = members.filter((u) => !u.compliant).length;
      rows.push([`${area.name}片区`, '片区合计', null, area.before, null, null, area.after, overText(over)]);
    }
  }
  for (const u of ctx.metrics.units) if (!listed.has(u.id)) rows.push(unitRow(u));

  const units = ctx.metrics.units;
  const sum = (f: (u: UnitMetrics) => number): number => units.reduce((s, u) => s + f(u), 0);
  const over = units.filter((u) => !u.compliant).length;
  return {
    name: REPORT_SHEET_NAMES.units,
    titleLines: sheetTitleLines(ctx, '单位对照'),
    orientation: 'portrait',
    tables: [
      {
        heading: null,
        columns: [
          { header: '单位', width: fitWidth('单位', unitNames(rows), 12, 28), kind: 'text', wrap: true },
          { header: '类型', width: 10, kind: 'text' },
          {
            header: '上级单位',
            width: fitWidth(
              '上级单位',
              units.map((u) => u.parent),
              10,
              20,
            ),
            kind: 'text',
            wrap: true,
          },
          { header: '精简前', width: 8, kind: 'integer' },
          { header: '限额', width: 7, kind: 'integer' },
          {
            header: '限额档位',
            width: fitWidth('限额档位', units.map(quotaBasis), 12, 36),
            kind: 'text',
            wrap: true,
          },
          { header: '精简后', width: 8, kind: 'integer' },
          { header: '是否达标', width: 12, kind: 'text' },
        ],
        rows: rowsOf(rows),
        emphasized,
        totals: [
          '合计',
          `${units.length} 个单位`,
          null,
          sum((u) => u.before),
          null,
          null,
          sum((u) => u.after),
          overText(over),
        ],
      },
    ],
    noteLines: [
      '说明：限额按各单位自身的工作群计；片区合计为街道（镇）及其所属社区、村的工作群之和，仅供对照。',
    ],
  };
}

function unitNames(rows: readonly ReportRow[]): string[] {
  return rows.map((r) => (typeof r[0] === 'string' ? r[0] : ''));
}
