import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { newWorkDir, repoRoot, runCli } from './run-cli';
import type { PlanJson } from '../../../cli/output';

const schema: object = JSON.parse(readFileSync(join(repoRoot, 'docs', 'plan-output.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

function parseJson(stdout: string): PlanJson {
  const lines = stdout.trim().split('\n');
  expect(lines).toHaveLength(1);
  const json: unknown = JSON.parse(lines[0] ?? '');
  expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  return json as PlanJson;
}

describe('headless planner on the embedded sample (recorded plan)', () => {
  const run = runCli(['--json']);
  const json = parseJson(run.stdout);

  it('exits 0 and writes the report it names', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(json.report).not.toBeNull();
    expect(existsSync(json.report ?? '')).toBe(true);
    expect(run.stderr).toContain(`报告：${json.report}`);
  });

  it('reproduces the published district figures', () => {
    expect(json.before).toBe(1784);
    expect((json.merged ?? 0) + (json.dissolved ?? 0)).toBe(1170);
    expect(json.kept).toBe(614);
    expect(json.created).toBe(117);
    expect(json.after).toBe(731);
    expect(json.compression?.toFixed(2)).toBe('0.59');
    expect(json.errors).toEqual([]);
  });

  it('reproduces 望月湖街道 127 → 16', () => {
    const area = json.areas?.find((a) => a.name === '望月湖街道');
    expect(area).toEqual({ name: '望月湖街道', before: 127, after: 16 });
  });

  it('reports per-person burden because the sample lists members', () => {
    expect(json.burden).not.toBeNull();
    expect(json.burden?.maxAfter).toBeLessThan(json.burden?.maxBefore ?? 0);
  });
});

describe('headless planner with --auto', () => {
  const run = runCli(['--auto', '--json']);
  const json = parseJson(run.stdout);

  it('brings every unit of the sample within quota', () => {
    expect(run.code, run.stderr).toBe(0);
    const over = (json.units ?? []).filter((u) => !u.compliant);
    expect(over).toEqual([]);
    expect(json.after).toBeLessThan(json.before ?? 0);
  });

  it('raises nobody’s burden', () => {
    expect(json.burden?.maxAfter).toBeLessThanOrEqual(json.burden?.maxBefore ?? 0);
    expect(json.burden?.meanAfter).toBeLessThan(json.burden?.meanBefore ?? 0);
  });
});

describe('headless planner text output', () => {
  it('prints a Chinese summary and the report path on a line of its own', () => {
    const run = runCli(['--as-of', '2026-03-05']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('原工作群 1784 个');
    expect(run.stdout).toContain('规划日期 2026-03-05');
    const line = run.stdout.split('\n').find((l) => l.startsWith('报告：'));
    expect(line).toBe(`报告：${join(run.cwd, '工作群精简报告-2026-03-05.xlsx')}`);
    expect(existsSync(join(run.cwd, '工作群精简报告-2026-03-05.xlsx'))).toBe(true);
  });
});

describe('headless planner rejections (exit 2, nothing written)', () => {
  // A report that cannot be written still reports the plan's figures; rejected input has none.
  const cases: Array<{ name: string; args: (dir: string) => string[]; code: string; figures?: boolean }> = [
    { name: 'an unknown option', args: () => ['--frobnicate', '--json'], code: 'ARGS_INVALID' },
    { name: 'a bad --as-of', args: () => ['--as-of', '2026-02-30', '--json'], code: 'ARGS_INVALID' },
    { name: 'an unknown preset', args: () => ['--policy', '不存在', '--json'], code: 'POLICY_INVALID' },
    {
      name: 'an invalid policy file',
      args: (dir) => {
        writeFileSync(join(dir, 'bad.json'), JSON.stringify({ name: '坏规则', tiers: [] }));
        return ['--policy', 'bad.json', '--json'];
      },
      code: 'POLICY_INVALID',
    },
    { name: 'a missing roster file', args: () => ['不存在.xlsx', '--json'], code: 'FILE_UNREADABLE' },
    {
      name: 'a file that is not a spreadsheet',
      args: (dir) => {
        writeFileSync(
          join(dir, '名单.xlsx'),
          Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
        );
        return ['名单.xlsx', '--json'];
      },
      code: 'FILE_NOT_SPREADSHEET',
    },
    {
      name: 'an output path under a file',
      args: (dir) => {
        writeFileSync(join(dir, '名单.xlsx'), 'not a folder');
        return ['--out', join('名单.xlsx', '报告.xlsx'), '--json'];
      },
      code: 'FILE_WRITE_FAILED',
      figures: true,
    },
  ];
  for (const c of cases) {
    it(`rejects ${c.name}`, () => {
      const dir = newWorkDir();
      mkdirSync(join(dir, 'keep'), { recursive: true });
      const before = readdirSync(dir).sort();
      const run = runCli(c.args(dir), dir);
      expect(run.code, run.stderr).toBe(2);
      const json = parseJson(run.stdout);
      expect(json.before === null).toBe(!c.figures);
      expect(json.report).toBeNull();
      expect(json.errors.map((e) => e.code)).toContain(c.code);
      expect(run.stderr).toMatch(/[\u4e00-\u9fff]/);
      const after = readdirSync(dir)
        .filter((f) => !f.endsWith('.json') && f !== '名单.xlsx')
        .sort();
      expect(after).toEqual(before.filter((f) => !f.endsWith('.json') && f !== '名单.xlsx'));
    });
  }

  it('never writes the report over an input roster', () => {
    const dir = newWorkDir();
    const sample = join(repoRoot, 'samples', '示例-望月湖街道.xlsx');
    const copy = join(dir, '望月湖.xlsx');
    writeFileSync(copy, readFileSync(sample));
    const run = runCli([copy, '--out', copy, '--json'], dir);
    expect(run.code).toBe(2);
    expect(readFileSync(copy).equals(readFileSync(sample))).toBe(true);
  });
});
