/**
 * The headless planner: roster files in, report and summary out. The steps are the app's own
 * (isolated parsing, import, plan, metrics, report, atomic write); this module only wires them
 * and decides the exit code. It never throws for bad input: problems come back as values.
 */
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { hasErrors, problem, type Problem } from '../core/problems';
import { todayInShanghai } from '../core/dates';
import { importRoster } from '../core/import/index';
import { makePlan } from '../core/planner/index';
import { computeMetrics } from '../core/metrics/compute';
import { buildReport } from '../core/report/build';
import { findPreset, parsePolicyJson, type PolicyResult } from '../core/policy/presets';
import { readRosterFile } from '../main/roster/read-roster-file';
import { writeReport } from '../main/report/write-report';
import type { RawWorkbook } from '../core/import/raw';
import { indexRoster } from '../core/roster/model';
import type { PlanRequest } from './args';
import { planJson, rejectedJson, type PlanJson } from './output';
import type { PlanMetrics } from '../core/metrics/model';

export interface RunContext {
  cwd: string;
  /** The built roster-parsing worker (out/node/roster-worker.js). */
  workerPath: string;
  /** The embedded sample district, planned when no files are given. */
  samplePath: string;
  /** Today, for the plan date when neither --as-of nor 填报日期 gives one. */
  today?: string;
}

export interface RunOutcome {
  exitCode: 0 | 1 | 2;
  json: PlanJson;
  metrics: PlanMetrics | null;
  asOf: string | null;
  policyName: string | null;
  reportPath: string | null;
  problems: Problem[];
}

function rejected(
  problems: Problem[],
  ctx: { asOf?: string | null; policy?: string | null } = {},
): RunOutcome {
  return {
    exitCode: 2,
    json: rejectedJson(problems, ctx),
    metrics: null,
    asOf: ctx.asOf ?? null,
    policyName: ctx.policy ?? null,
    reportPath: null,
    problems,
  };
}

async function loadPolicy(spec: string, cwd: string): Promise<PolicyResult> {
  const preset = findPreset(spec);
  if (preset) return { ok: true, policy: preset };
  if (!/\.json$/i.test(spec)) {
    return {
      ok: false,
      problems: [
        problem(
          'error',
          'POLICY_INVALID',
          `没有名为“${spec}”的预置规则；可用“岳麓区”，或给出自定义规则的 .json 文件路径。`,
        ),
      ],
    };
  }
  const path = resolve(cwd, spec);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    return {
      ok: false,
      problems: [
        problem(
          'error',
          'POLICY_INVALID',
          `无法读取规则文件 ${basename(path)}，请确认路径是否正确。`,
          {
            file: basename(path),
          },
          String(e),
        ),
      ],
    };
  }
  return parsePolicyJson(text, basename(path));
}

export async function runPlanner(request: PlanRequest, ctx: RunContext): Promise<RunOutcome> {
  const policyResult = await loadPolicy(request.policy, ctx.cwd);
  if (!policyResult.ok) return rejected(policyResult.problems);
  const policy = policyResult.policy;

  const paths = (request.files.length ? request.files : [ctx.samplePath]).map((f) => resolve(ctx.cwd, f));
  const problems: Problem[] = [];
  const workbooks: RawWorkbook[] = [];
  // One file at a time: a district roll-up may be dozens of files, and each parse may use
  // hundreds of megabytes inside its worker.
  for (const path of paths) {
    const read = await readRosterFile({ path }, { workerPath: ctx.workerPath });
    if (read.ok) {
      workbooks.push(read.workbook);
      problems.push(...read.warnings);
    } else {
      problems.push(read.problem);
    }
  }
  if (hasErrors(problems)) return rejected(problems, { asOf: request.asOf, policy: policy.name });

  const imported = importRoster(workbooks, { businessLines: policy.businessLines, policy });
  problems.push(...imported.problems);
  if (!imported.roster || hasErrors(problems)) {
    return rejected(problems, { asOf: request.asOf, policy: policy.name });
  }
  const roster = imported.roster;
  const asOf = request.asOf ?? roster.reportDate ?? ctx.today ?? todayInShanghai();

  // One index for every step: building it is a pass over a million memberships on a big roster.
  const index = indexRoster(roster);
  const planned = makePlan(roster, policy, { asOf, useClerkPlan: !request.auto, index });
  problems.push(...planned.problems);
  const metrics = computeMetrics(roster, planned.plan, policy, index);

  const out = resolve(ctx.cwd, request.out ?? `工作群精简报告-${asOf}.xlsx`);
  if (paths.includes(out)) {
    problems.push(
      problem(
        'error',
        'FILE_WRITE_FAILED',
        `报告不能保存到名单文件 ${basename(out)} 上：名单文件从不被改动。请用 --out 指定其他文件名。`,
        {
          file: basename(out),
        },
      ),
    );
    return { ...rejected(problems, { asOf, policy: policy.name }), metrics };
  }
  const report = buildReport(
    roster,
    planned.plan,
    policy,
    metrics,
    { maskPersonalNumbers: request.mask },
    index,
  );
  problems.push(...report.problems);
  const written = await writeReport(report, out, { inputs: paths });
  if (!written.ok) {
    problems.push(written.problem);
    return {
      exitCode: 2,
      json: planJson(metrics, problems, { asOf, policy: policy.name, report: null }),
      metrics,
      asOf,
      policyName: policy.name,
      reportPath: null,
      problems,
    };
  }
  return {
    exitCode: 0,
    json: planJson(metrics, problems, { asOf, policy: policy.name, report: written.path }),
    metrics,
    asOf,
    policyName: policy.name,
    reportPath: written.path,
    problems,
  };
}
