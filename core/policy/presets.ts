/** The built-in policy presets, and reading a custom policy from JSON text. */
import { problem, type Problem } from '../problems';
import { policySchema, type Policy } from './schema';
import { YUELU_POLICY } from './yuelu';

export const POLICY_PRESETS: readonly Policy[] = [YUELU_POLICY];

export function findPreset(name: string): Policy | null {
  return POLICY_PRESETS.find((p) => p.name === name) ?? null;
}

export type PolicyResult = { ok: true; policy: Policy } | { ok: false; problems: Problem[] };

/** Validates a policy value (already parsed JSON). `file` names the source in messages. */
export function validatePolicy(value: unknown, file: string | null = null): PolicyResult {
  const parsed = policySchema.safeParse(value);
  if (parsed.success) return checkTiers(parsed.data, file);
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) =>
      problem(
        'error',
        'POLICY_INVALID',
        `规则文件${file ? ` ${file}` : ''}有误：${issue.path.length ? issue.path.join('.') + '：' : ''}${issue.message}`,
        { file },
        JSON.stringify(issue),
      ),
    ),
  };
}

/** A policy must end each unit type's tiers with an open upper bound, or some units get no quota. */
function checkTiers(policy: Policy, file: string | null): PolicyResult {
  const problems: Problem[] = [];
  const types = new Set(policy.tiers.map((t) => t.unitType));
  for (const type of types) {
    const tiers = policy.tiers.filter((t) => t.unitType === type);
    if (!tiers.some((t) => t.maxStaff === null)) {
      problems.push(
        problem(
          'error',
          'POLICY_INVALID',
          `规则文件${file ? ` ${file}` : ''}有误：单位类型 ${type} 的限额档位缺少“无上限”的最后一档（maxStaff 为 null）。`,
          { file },
        ),
      );
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, policy };
}

export function parsePolicyJson(text: string, file: string | null = null): PolicyResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      problems: [
        problem(
          'error',
          'POLICY_INVALID',
          `规则文件${file ? ` ${file}` : ''}不是有效的 JSON：${e instanceof Error ? e.message : String(e)}`,
          { file },
        ),
      ],
    };
  }
  return validatePolicy(value, file);
}
