/**
 * Exporting a plan and importing the report restores the same plan and the same metrics (the
 * issue's requirement): the report is the backup and the way to move a plan between PCs.
 * Through the app's own path: the isolated file reader, the importer and the planner.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importRoster } from '../../../core/import/index';
import { computeMetrics } from '../../../core/metrics/compute';
import type { Plan } from '../../../core/plan/model';
import { makePlan } from '../../../core/planner/index';
import { hasErrors } from '../../../core/problems';
import { buildReport } from '../../../core/report/build';
import type { Roster } from '../../../core/roster/model';
import { readRosterFile } from '../../../main/roster/read-roster-file';
import { renderReportXlsx } from '../../../main/report/write-report';
import { smallFixture, type Fixture } from './fixture';

/** Built by test/global-setup.ts (a worker thread runs JavaScript). */
const WORKER = join(import.meta.dirname, '..', '..', '..', 'out', 'node', 'roster-worker.js');

async function exportAndImport(
  f: Fixture,
  maskPersonalNumbers: boolean,
): Promise<{ roster: Roster; plan: Plan }> {
  const model = buildReport(f.roster, f.plan, f.policy, f.metrics, {
    maskPersonalNumbers,
    generatedAt: '2026-03-06',
  });
  expect(model.problems).toEqual([]);
  const bytes = await renderReportXlsx(model);
  const read = await readRosterFile({ bytes, name: '报告.xlsx' }, { workerPath: WORKER });
  if (!read.ok) throw new Error(read.problem.message);
  expect(read.warnings).toEqual([]);
  const result = importRoster([read.workbook]);
  expect(result.problems.filter((p) => p.level === 'error')).toEqual([]);
  expect(hasErrors(result.problems)).toBe(false);
  if (!result.roster) throw new Error('no roster');
  const planned = makePlan(result.roster, f.policy, { asOf: f.plan.asOf, useClerkPlan: true });
  expect(planned.problems.filter((p) => p.level === 'error')).toEqual([]);
  return { roster: result.roster, plan: planned.plan };
}

/** A plan as what it does to each group: state, target, category and reason. */
function planShape(plan: Plan) {
  return {
    decisions: [...plan.decisions]
      .map(([id, d]) => [id, d.state, d.targetId, d.category, d.reason] as const)
      .sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    created: [...plan.created.values()].map((c) => [c.id, c.name, c.unitId, c.platform]).sort(),
    removals: [...plan.removals].sort(),
  };
}

function groupShape(roster: Roster) {
  return roster.groups.map((g) => ({
    id: g.id,
    code: g.code,
    name: g.name,
    unitId: g.unitId,
    platform: g.platform,
    category: g.category,
    businessLine: g.businessLine,
    memberCount: g.memberCount,
    temporary: g.temporary,
    endDate: g.endDate,
    lastActive: g.lastActive,
    photoRequired: g.photoRequired,
  }));
}

describe('report round trip', () => {
  it('restores the roster, the plan and the metrics', async () => {
    const f = smallFixture();
    const back = await exportAndImport(f, false);

    expect(back.roster.units.map((u) => [u.id, u.name, u.type, u.parentId, u.staff])).toEqual(
      f.roster.units.map((u) => [u.id, u.name, u.type, u.parentId, u.staff]),
    );
    expect(groupShape(back.roster)).toEqual(groupShape(f.roster));
    // The clerk's correction (plan.groupEdits) travels as the group's own value.
    expect(back.roster.groups.find((g) => g.id === 'G1')?.owner).toBe('张三丰');
    expect(
      back.roster.people.map((p) => [p.key, p.name, p.phone, p.idNumber, p.unitName, p.title]).sort(),
    ).toEqual(f.roster.people.map((p) => [p.key, p.name, p.phone, p.idNumber, p.unitName, p.title]).sort());
    expect(back.roster.memberships.map((m) => [m.groupId, m.personKey])).toEqual(
      f.roster.memberships.map((m) => [m.groupId, m.personKey]),
    );

    expect(planShape(back.plan)).toEqual(planShape(f.plan));
    const metrics = computeMetrics(back.roster, back.plan, f.policy);
    expect(metrics.totals).toEqual(f.metrics.totals);
    expect(metrics.units).toEqual(f.metrics.units);
    expect(metrics.areas).toEqual(f.metrics.areas);
    expect(metrics.burden).toEqual(f.metrics.burden);
  });

  it('restores the plan from a masked export, people then known by name and unit', async () => {
    const f = smallFixture();
    const back = await exportAndImport(f, true);
    expect(back.roster.people.every((p) => p.phone === null && p.idNumber === null)).toBe(true);
    expect(back.roster.people.map((p) => p.name).sort()).toEqual(['张三', '李四', '王五']);
    const shape = planShape(back.plan);
    const original = planShape(f.plan);
    expect(shape.decisions).toEqual(original.decisions);
    expect(shape.created).toEqual(original.created);
    expect(shape.removals).toHaveLength(1);
    expect(computeMetrics(back.roster, back.plan, f.policy).totals).toEqual(f.metrics.totals);
  });

  it('re-exports the re-imported plan to the same roster sheets', async () => {
    const f = smallFixture();
    const back = await exportAndImport(f, false);
    const again: Fixture = {
      ...back,
      policy: f.policy,
      metrics: computeMetrics(back.roster, back.plan, f.policy),
    };
    const first = buildReport(f.roster, f.plan, f.policy, f.metrics, {
      maskPersonalNumbers: false,
      generatedAt: 'x',
    });
    const second = buildReport(again.roster, again.plan, again.policy, again.metrics, {
      maskPersonalNumbers: false,
      generatedAt: 'x',
    });
    for (const name of ['单位', '工作群', '成员']) {
      const a = first.sheets.find((s) => s.name === name)?.tables[0];
      const b = second.sheets.find((s) => s.name === name)?.tables[0];
      expect(b && [...b.rows]).toEqual(a && [...a.rows]);
    }
  });
});
