/** 处置清单 (every work group and what happens to it) and 保留群台账 (every group open after the plan). */
import { GROUP_STATE_LABELS, RULE_LABELS } from '../plan/model';
import { isWorkGroup, WORK_CATEGORY, type Group } from '../roster/model';
import { effectiveGroup } from '../plan/effective';
import {
  byUnit,
  decisionOf,
  sheetTitleLines,
  unitName,
  type LedgerGroup,
  type ReportContext,
} from './context';
import { fitWidth, lazyRows, REPORT_SHEET_NAMES, type ReportRow, type ReportSheet } from './model';

/** How a merge target reads in the report: "名称（群编号）", or "新建：名称". */
export function targetLabel(ctx: ReportContext, targetId: string | null): string | null {
  if (targetId === null) return null;
  const created = ctx.plan.created.get(targetId);
  if (created) return `新建：${created.name}`;
  const g = ctx.index.groupById.get(targetId);
  if (!g) return targetId;
  return g.code ? `${g.name}（${g.code}）` : g.name;
}

function* sample<T>(items: readonly T[], f: (item: T) => string | null): Generator<string | null> {
  for (let i = 0; i < items.length && i < 300; i++) yield f(items[i] as T);
}

export function actionsSheet(ctx: ReportContext): ReportSheet {
  const groups = byUnit(
    ctx,
    ctx.roster.groups.filter((g) => isWorkGroup(g)),
    (g) => g.unitId,
  );
  const row = (g: Group, i: number): ReportRow => {
    const d = decisionOf(ctx, g.id);
    let target: string | null = null;
    if (d.state === 'merged') target = targetLabel(ctx, d.targetId);
    else if (d.state === 'reclassified' && d.category) target = `转为${d.category}`;
    return [
      i + 1,
      g.code,
      g.name,
      unitName(ctx, g.unitId),
      g.platform,
      g.memberCount,
      GROUP_STATE_LABELS[d.state],
      target,
      ctx.plan.decisions.has(g.id) ? RULE_LABELS[d.rule] : null,
      d.reason,
    ];
  };
  return {
    name: REPORT_SHEET_NAMES.actions,
    titleLines: sheetTitleLines(ctx, '处置清单'),
    orientation: 'landscape',
    tables: [
      {
        heading: null,
        columns: [
          { header: '序号', width: 6, kind: 'integer' },
          {
            header: '群编号',
            width: fitWidth(
              '群编号',
              sample(groups, (g) => g.code),
              8,
              16,
            ),
            kind: 'code',
          },
          {
            header: '群名称',
            width: fitWidth(
              '群名称',
              sample(groups, (g) => g.name),
              14,
              30,
            ),
            kind: 'text',
            wrap: true,
          },
          {
            header: '所属单位',
            width: fitWidth(
              '所属单位',
              sample(groups, (g) => unitName(ctx, g.unitId)),
              10,
              20,
            ),
            kind: 'text',
            wrap: true,
          },
          { header: '平台', width: 9.01, kind: 'text' },
          { header: '成员数', width: 8, kind: 'integer' },
          { header: '处置', width: 7, kind: 'text' },
          { header: '并入', width: 26, kind: 'text', wrap: true },
          { header: '依据', width: 18, kind: 'text', wrap: true },
          { header: '理由', width: 40, kind: 'text', wrap: true },
        ],
        rows: lazyRows(groups.length, function* () {
          for (let i = 0; i < groups.length; i++) yield row(groups[i] as Group, i);
        }),
        totals: null,
      },
    ],
    noteLines: [],
  };
}

/** Groups merged into an open group (its own id is among a roster group's sources). */
const absorbed = (o: LedgerGroup): number => (o.created ? o.sourceIds.length : o.sourceIds.length - 1);

function ledgerRow(ctx: ReportContext, o: LedgerGroup, i: number): ReportRow {
  const base = o.created ? undefined : ctx.index.groupById.get(o.id);
  const g = base ? effectiveGroup(base, ctx.plan) : null;
  return [
    i + 1,
    o.created ? '新建' : (g?.code ?? null),
    o.name,
    unitName(ctx, o.unitId),
    o.platform,
    g?.category ?? WORK_CATEGORY,
    o.businessLine,
    o.owner,
    o.size,
    absorbed(o),
    g?.temporary ?? false,
    g?.photoRequired ?? false,
    { kept: '保留', pending: '待定', created: '新建' }[o.state],
  ];
}

export function ledgerSheet(ctx: ReportContext): ReportSheet {
  const open = byUnit(ctx, ctx.open, (o) => o.unitId);
  const totalSize = open.reduce((s, o) => s + o.size, 0);
  const totalSources = open.reduce((s, o) => s + absorbed(o), 0);
  return {
    name: REPORT_SHEET_NAMES.ledger,
    titleLines: sheetTitleLines(ctx, '保留群台账'),
    orientation: 'landscape',
    tables: [
      {
        heading: null,
        columns: [
          { header: '序号', width: 6, kind: 'integer' },
          {
            header: '群编号',
            width: fitWidth(
              '群编号',
              sample(open, (o) => ctx.index.groupById.get(o.id)?.code ?? null),
              8,
              16,
            ),
            kind: 'code',
          },
          {
            header: '群名称',
            width: fitWidth(
              '群名称',
              sample(open, (o) => o.name),
              14,
              30,
            ),
            kind: 'text',
            wrap: true,
          },
          {
            header: '所属单位',
            width: fitWidth(
              '所属单位',
              sample(open, (o) => unitName(ctx, o.unitId)),
              10,
              20,
            ),
            kind: 'text',
            wrap: true,
          },
          { header: '平台', width: 9.01, kind: 'text' },
          { header: '群类别', width: 9.01, kind: 'text' },
          { header: '业务分类', width: 10, kind: 'text' },
          { header: '负责人', width: 10, kind: 'text' },
          { header: '成员数', width: 8, kind: 'integer' },
          { header: '并入原群数', width: 11, kind: 'integer' },
          { header: '是否临时', width: 9.01, kind: 'boolean' },
          { header: '要求晒照片', width: 11, kind: 'boolean' },
          { header: '状态', width: 7, kind: 'text' },
        ],
        rows: lazyRows(open.length, function* () {
          for (let i = 0; i < open.length; i++) yield ledgerRow(ctx, open[i] as LedgerGroup, i);
        }),
        totals: [
          '合计',
          null,
          `共 ${open.length} 个群`,
          null,
          null,
          null,
          null,
          null,
          totalSize,
          totalSources,
          null,
          null,
          null,
        ],
      },
    ],
    noteLines: [
      '说明：成员数为精简后的人数，合并群按去重后的人数计（无成员名单时为各群人数之和）。严禁强制要求在群内晒照片。',
    ],
  };
}
