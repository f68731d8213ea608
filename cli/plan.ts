/**
 * Entry of the headless planner (built to out/node/plan.js; `npm run -s plan -- …`).
 * stdout carries the summary, or exactly one JSON object with --json; everything else goes to
 * stderr so that the JSON can be piped.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parsePlanArgs, USAGE } from './args';
import { formatProblems, rejectedJson, summaryText } from './output';
import { runPlanner } from './run';
import { problem } from '../core/problems';

/** The repository (or installed package) root: the nearest folder above with samples/. */
function packageRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'samples')) && existsSync(join(dir, 'package.json'))) return dir;
    dir = dirname(dir);
  }
  return process.cwd();
}

async function main(argv: string[]): Promise<number> {
  const args = parsePlanArgs(argv);
  if (!args.ok) {
    process.stderr.write(`${args.message}\n`);
    if (args.json) {
      const p = problem('error', 'ARGS_INVALID', args.message.split('\n')[0] ?? args.message);
      process.stdout.write(`${JSON.stringify(rejectedJson([p]))}\n`);
    }
    return 2;
  }
  const request = args.request;
  if (request.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const root = packageRoot();
  const outcome = await runPlanner(request, {
    cwd: process.cwd(),
    workerPath: join(__dirname, 'roster-worker.js'),
    samplePath: join(root, 'samples', '示例-岳麓区.xlsx'),
  });
  for (const line of formatProblems(outcome.problems)) process.stderr.write(`${line}\n`);
  if (request.json) {
    process.stdout.write(`${JSON.stringify(outcome.json)}\n`);
  } else if (outcome.metrics && outcome.asOf && outcome.policyName) {
    process.stdout.write(
      `${summaryText(outcome.metrics, { asOf: outcome.asOf, policy: outcome.policyName, auto: request.auto })}\n`,
    );
  }
  if (outcome.reportPath) {
    // On a line of its own so scripts can pick it up; with --json it goes to stderr.
    (request.json ? process.stderr : process.stdout).write(`报告：${outcome.reportPath}\n`);
  } else if (outcome.exitCode !== 0) {
    process.stderr.write('未写出报告。\n');
  }
  return outcome.exitCode;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
    process.stderr.write(`内部错误：规划器意外中止，未写出报告。请把以下信息反馈给维护人员：\n${detail}\n`);
    if (process.argv.includes('--json')) {
      const p = problem('error', 'INTERNAL_ERROR', '内部错误：规划器意外中止，未写出报告。', {}, detail);
      process.stdout.write(`${JSON.stringify(rejectedJson([p]))}\n`);
    }
    process.exitCode = 1;
  },
);
