/**
 * Units that do not meet their quota as the plan stands, with the reason. The planner records a
 * unit it cannot bring within its quota as a QUOTA_INFEASIBLE warning on the open plan (the
 * latest 自动规划), whose message ends with the reason: “<unit> 限 Q 个，合并后仍有 N 个：<why>”.
 * The list itself follows the metrics (after > quota now), so it stays right after board edits:
 * a unit the planner gave up on but the clerk has since brought within its quota is not listed,
 * and a unit over its quota without a planner warning gets a reason from the numbers.
 */
import type { ComputedUnitMetrics } from '../metrics/model';
import type { Problem } from '../problems';
import type { Unit } from '../roster/model';
import type { InfeasibleUnit } from './model';

const REASON = /合并后仍有 \d+ 个：(.+)$/u;

/** Whether a QUOTA_INFEASIBLE problem is about `unit`: by its row in the roster, else by name. */
function isAbout(p: Problem, unit: Unit): boolean {
  const src = unit.source;
  if (src && p.file !== null && p.sheet !== null && p.row !== null) {
    return p.file === src.file && p.sheet === src.sheet && p.row === src.row;
  }
  const head = `${unit.name} 限 `;
  return p.message.startsWith(head) || p.message.includes(`：${head}`);
}

export function plannerReason(message: string): string {
  return REASON.exec(message)?.[1] ?? message;
}

export function infeasibleUnits(
  units: readonly ComputedUnitMetrics[],
  unitById: ReadonlyMap<string, Unit>,
  problems: readonly Problem[],
): InfeasibleUnit[] {
  const warnings = problems.filter((p) => p.code === 'QUOTA_INFEASIBLE');
  const out: InfeasibleUnit[] = [];
  for (const m of units) {
    if (m.compliant || m.quota === null) continue;
    const unit = unitById.get(m.id);
    const warning = unit ? warnings.find((p) => isAbout(p, unit)) : undefined;
    const excess = m.after - m.quota;
    out.push({
      id: m.id,
      name: m.name,
      parent: m.parent,
      quota: m.quota,
      after: m.after,
      excess,
      reason: warning
        ? plannerReason(warning.message)
        : `按当前方案仍需再减少 ${excess} 个群：可在整理看板继续合并，或运行自动规划`,
      source: warning ? 'planner' : 'plan',
    });
  }
  return out.sort((a, b) => b.excess - a.excess);
}
