/**
 * Command-line arguments of the headless planner. node:util's parseArgs does the parsing; this
 * module turns its result into a typed request or a Chinese message for exit code 2.
 */
import { parseArgs } from 'node:util';
import { dayNumber } from '../core/dates';

export interface PlanRequest {
  files: string[];
  /** A preset name or a path to a policy JSON file. */
  policy: string;
  auto: boolean;
  asOf: string | null;
  out: string | null;
  json: boolean;
  mask: boolean;
  help: boolean;
}

export type ArgsResult = { ok: true; request: PlanRequest } | { ok: false; message: string; json: boolean };

export const USAGE = `用法：npm run -s plan -- [名单文件…] [选项]

不给名单文件时，规划内置的示例区县（samples/示例-岳麓区.xlsx）。

选项：
  --policy <名称|文件.json>  使用的规则：预置规则名（默认“岳麓区”）或自定义规则 JSON 文件
  --auto                     忽略名单中填报的拟处置/并入，全部按自动规则重新规划
  --as-of <YYYY-MM-DD>       规划日期；默认取名单的填报日期，没有则取今天
  --out <报告.xlsx>          报告保存位置；默认为当前目录下的“工作群精简报告-<日期>.xlsx”
  --mask                     导出时隐去手机号、身份证号（隐去后报告不能再恢复人员身份）
  --json                     在标准输出打印一个 JSON 对象（结构见 docs/plan-output.schema.json）
  -h, --help                 显示本说明

退出码：0 报告已写出（有单位超出限额也属于结果）；2 输入或参数有误、报告无法写出（未写出任何文件）；1 内部错误。`;

export function parsePlanArgs(argv: string[]): ArgsResult {
  const wantsJson = argv.includes('--json');
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        policy: { type: 'string', default: '岳麓区' },
        auto: { type: 'boolean', default: false },
        'as-of': { type: 'string' },
        out: { type: 'string' },
        json: { type: 'boolean', default: false },
        mask: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    return { ok: false, message: `参数有误：${translateParseError(e)}\n\n${USAGE}`, json: wantsJson };
  }
  const v = parsed.values;
  const asOf = v['as-of'] ?? null;
  if (asOf !== null && Number.isNaN(dayNumber(asOf))) {
    return {
      ok: false,
      message: `参数有误：--as-of 应为实际存在的日期，格式 YYYY-MM-DD（例如 2026-03-05），收到“${asOf}”。`,
      json: wantsJson,
    };
  }
  if (v.out !== undefined && !/\.xlsx$/i.test(v.out)) {
    return { ok: false, message: `参数有误：--out 应为 .xlsx 文件，收到“${v.out}”。`, json: wantsJson };
  }
  return {
    ok: true,
    request: {
      files: parsed.positionals,
      policy: v.policy ?? '岳麓区',
      auto: v.auto ?? false,
      asOf,
      out: v.out ?? null,
      json: v.json ?? false,
      mask: v.mask ?? false,
      help: v.help ?? false,
    },
  };
}

function translateParseError(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  const unknown = /Unknown option '([^']+)'/.exec(text);
  if (unknown) return `不认识的选项 ${unknown[1]}`;
  const missing = /Option '([^']+)' argument missing/.exec(text);
  if (missing) return `选项 ${missing[1]} 后面缺少取值`;
  return text;
}
