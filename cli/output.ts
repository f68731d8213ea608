/**
 * What the headless planner prints: the --json object (schema in docs/plan-output.schema.json)
 * and the Chinese text summary. Both are built from the same PlanMetrics.
 */
import { describePlace, type Problem } from '../core/problems';
import type { PlanMetrics } from '../core/metrics/model';
import { UNIT_TYPE_LABELS, type UnitType } from '../core/roster/model';

export interface PlanJson {
  asOf: string | null;
  policy: string | null;
  report: string | null;
  before: number | null;
  after: number | null;
  merged: number | null;
  dissolved: number | null;
  reclassified: number | null;
  kept: number | null;
  created: number | null;
  compression: number | null;
  nonWork: number | null;
  units: Array<{
    name: string;
    type: UnitType;
    parent: string | null;
    before: number;
    quota: number | null;
    after: number;
    compliant: boolean;
  }> | null;
  areas: Array<{ name: string; before: number; after: number }> | null;
  burden: {
    people: number;
    maxBefore: number;
    maxAfter: number;
    meanBefore: number;
    meanAfter: number;
  } | null;
  errors: Problem[];
  warnings: Problem[];
}

export function rejectedJson(
  problems: Problem[],
  context: { asOf?: string | null; policy?: string | null } = {},
): PlanJson {
  return {
    asOf: context.asOf ?? null,
    policy: context.policy ?? null,
    report: null,
    before: null,
    after: null,
    merged: null,
    dissolved: null,
    reclassified: null,
    kept: null,
    created: null,
    compression: null,
    nonWork: null,
    units: null,
    areas: null,
    burden: null,
    errors: problems.filter((p) => p.level === 'error'),
    warnings: problems.filter((p) => p.level === 'warning'),
  };
}

export function planJson(
  metrics: PlanMetrics,
  problems: Problem[],
  context: { asOf: string; policy: string; report: string | null },
): PlanJson {
  const t = metrics.totals;
  const b = metrics.burden;
  return {
    asOf: context.asOf,
    policy: context.policy,
    report: context.report,
    before: t.before,
    after: t.after,
    merged: t.merged,
    dissolved: t.dissolved,
    reclassified: t.reclassified,
    kept: t.kept,
    created: t.created,
    compression: t.compression,
    nonWork: t.nonWork,
    units: metrics.units.map((u) => ({
      name: u.name,
      type: u.type,
      parent: u.parent,
      before: u.before,
      quota: u.quota,
      after: u.after,
      compliant: u.compliant,
    })),
    areas: metrics.areas.map((a) => ({ name: a.name, before: a.before, after: a.after })),
    burden: b
      ? {
          people: b.people,
          maxBefore: b.maxBefore,
          maxAfter: b.maxAfter,
          meanBefore: b.meanBefore,
          meanAfter: b.meanAfter,
        }
      : null,
    errors: problems.filter((p) => p.level === 'error'),
    warnings: problems.filter((p) => p.level === 'warning'),
  };
}

/** One line per problem, with its place when the message does not already name the file. */
export function formatProblem(p: Problem): string {
  const label = p.level === 'error' ? '错误' : '提示';
  const place = p.file && p.message.includes(p.file) ? '' : describePlace(p);
  return `${label}：${place ? `${place}：` : ''}${p.message}`;
}

/** Warnings can run to thousands on a big roster: show the first few of each code and a count. */
export function formatProblems(problems: Problem[], perCode = 5): string[] {
  const lines: string[] = [];
  const seen = new Map<string, number>();
  for (const p of problems) {
    const n = (seen.get(p.code) ?? 0) + 1;
    seen.set(p.code, n);
    if (n <= perCode) lines.push(formatProblem(p));
  }
  for (const [code, n] of seen) {
    if (n > perCode) lines.push(`……另有 ${n - perCode} 条同类${code}问题，详见报告或使用 --json 查看全部。`);
  }
  return lines;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

export function summaryText(
  metrics: PlanMetrics,
  context: { asOf: string; policy: string; auto: boolean },
): string {
  const t = metrics.totals;
  const lines = [
    `工作群精简方案（规划日期 ${context.asOf}，规则：${context.policy}${context.auto ? '，全部按自动规则' : ''}）`,
    `原工作群 ${t.before} 个 → 精简后合计 ${t.after} 个（原群保留 ${t.kept}，新建合并群 ${t.created}），压缩 ${pct(t.compression)}`,
    `合并 ${t.merged} 个，解散 ${t.dissolved} 个，转出 ${t.reclassified} 个${t.pending ? `，待定 ${t.pending} 个（计入保留）` : ''}；非工作群 ${t.nonWork} 个（不计入）`,
    `成员人次 ${t.membershipsBefore} → ${t.membershipsAfter}`,
  ];
  const b = metrics.burden;
  if (b) {
    lines.push(
      `人员负担：${b.people} 人，人均所在工作群 ${b.meanBefore.toFixed(1)} → ${b.meanAfter.toFixed(1)} 个，最多 ${b.maxBefore} → ${b.maxAfter} 个`,
    );
  }
  const over = metrics.units.filter((u) => !u.compliant);
  if (over.length === 0) {
    lines.push(`全部 ${metrics.units.length} 个单位均在限额内。`);
  } else {
    lines.push(`超出限额的单位 ${over.length} 个：`);
    for (const u of over.slice(0, 30)) {
      lines.push(
        `  ${u.name}（${UNIT_TYPE_LABELS[u.type]}）：精简后 ${u.after} 个，限额 ${u.quota ?? '—'} 个，超出 ${u.after - (u.quota ?? u.after)} 个`,
      );
    }
    if (over.length > 30) lines.push(`  ……另有 ${over.length - 30} 个，详见报告“单位对照”。`);
  }
  return lines.join('\n');
}
