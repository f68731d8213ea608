/**
 * The embedded sample district through the product's own path (isolated reader, importer,
 * planner, metrics, report): the published figures of DESIGN §6 and the auto-plan's promises.
 * The generator's own tests check its arithmetic; these check that the real pipeline agrees.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importRoster } from '../../../core/import/index';
import { computeMetrics, personBurdens } from '../../../core/metrics/compute';
import { makePlan } from '../../../core/planner/index';
import { YUELU_POLICY } from '../../../core/policy/yuelu';
import { hasErrors } from '../../../core/problems';
import { buildReport } from '../../../core/report/build';
import { indexRoster, type Roster } from '../../../core/roster/model';
import { readRosterFile } from '../../../main/roster/read-roster-file';
import { renderReportXlsx } from '../../../main/report/write-report';

const root = join(import.meta.dirname, '..', '..', '..');
const WORKER = join(root, 'out', 'node', 'roster-worker.js');

async function load(bytesOrPath: { path: string } | { bytes: Uint8Array; name: string }): Promise<Roster> {
  const read = await readRosterFile(bytesOrPath, { workerPath: WORKER });
  if (!read.ok) throw new Error(read.problem.message);
  const imported = importRoster([read.workbook], {
    businessLines: YUELU_POLICY.businessLines,
    policy: YUELU_POLICY,
  });
  expect(imported.problems.filter((p) => p.level === 'error')).toEqual([]);
  if (!imported.roster || hasErrors(imported.problems)) throw new Error('import failed');
  return imported.roster;
}

describe('the sample district through the real pipeline', () => {
  let roster: Roster;
  beforeAll(async () => {
    roster = await load({ path: join(root, 'samples', '示例-岳麓区.xlsx') });
  });

  it('carries its plan date in 填报日期', () => {
    expect(roster.reportDate).toBe('2026-03-05');
  });

  it('recorded plan: the 荣华社区 party secretary goes from dozens of work groups to 6', () => {
    const { plan } = makePlan(roster, YUELU_POLICY, { asOf: '2026-03-05', useClerkPlan: true });
    const secretaryKeys = new Set(
      roster.people
        .filter((p) => p.unitName === '荣华社区' && p.title?.includes('书记') && !p.title.includes('副'))
        .map((p) => p.key),
    );
    expect(secretaryKeys.size).toBe(1);
    const burden = personBurdens(roster, plan).filter((b) => secretaryKeys.has(b.key));
    expect(burden).toHaveLength(1);
    expect(burden[0]?.before).toBeGreaterThanOrEqual(24);
    expect(burden[0]?.after).toBe(6);
  });

  it('auto-plan: every unit within quota and no person in more groups than before', () => {
    const index = indexRoster(roster);
    const { plan } = makePlan(roster, YUELU_POLICY, { asOf: '2026-03-05', useClerkPlan: false, index });
    const metrics = computeMetrics(roster, plan, YUELU_POLICY, index);
    expect(metrics.units.filter((u) => !u.compliant).map((u) => u.name)).toEqual([]);
    const risen = personBurdens(roster, plan, index).filter((b) => b.after > b.before);
    expect(risen).toEqual([]);
    // The rules did real work on the sample, not only rule 5.
    const rules = new Set([...plan.decisions.values()].map((d) => d.rule));
    for (const rule of ['reclassify', 'temporary', 'dead', 'duplicate', 'quota', 'within-quota']) {
      expect(rules).toContain(rule);
    }
    expect(plan.suggestions.some((s) => s.rule === 'community-head')).toBe(true);
  });

  it('auto-plan exported to the report and imported again gives the same metrics', async () => {
    const index = indexRoster(roster);
    const { plan } = makePlan(roster, YUELU_POLICY, { asOf: '2026-03-05', useClerkPlan: false, index });
    const metrics = computeMetrics(roster, plan, YUELU_POLICY, index);
    const model = buildReport(roster, plan, YUELU_POLICY, metrics, { maskPersonalNumbers: false }, index);
    const back = await load({ bytes: await renderReportXlsx(model), name: '报告.xlsx' });
    const replanned = makePlan(back, YUELU_POLICY, { asOf: '2026-03-05', useClerkPlan: true });
    const again = computeMetrics(back, replanned.plan, YUELU_POLICY);
    expect(again.totals).toEqual(metrics.totals);
    expect(again.units).toEqual(metrics.units);
    expect(again.areas).toEqual(metrics.areas);
    expect(again.burden).toEqual(metrics.burden);
  }, 120_000);
});
