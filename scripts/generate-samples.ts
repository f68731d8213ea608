/**
 * `npm run samples`: generates the sample rosters in samples/ from a fixed seed (see
 * samples/README.md), after checking that the generated district reproduces the published
 * figures. Options: --seed N (default 20260305), --out DIR (default ./samples).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildDistrict } from './samples/district';
import { buildMessyRoster } from './samples/messy';
import { DISTRICT, PLAN_DATE, SAMPLE_SEED } from './samples/published';
import { FILES, figureLines, notesFor, readme, showcaseLines } from './samples/readme';
import { SHOWCASE_STREET } from './samples/units';
import { verifyDistrict } from './samples/verify';
import { messyCsv, writeMessyXlsx } from './samples/write-messy';
import { writeRoster } from './samples/write-roster';
import { areaUnits } from './samples/figures';

function option(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? null) : null;
}

async function main(): Promise<void> {
  const seed = Number(option('--seed') ?? SAMPLE_SEED);
  if (!Number.isInteger(seed)) throw new Error('--seed 须为整数');
  const out = resolve(option('--out') ?? 'samples');
  const d = buildDistrict(seed);
  const failures = verifyDistrict(d);
  if (failures.length > 0) {
    process.stderr.write(
      `生成的示例数据不符合要求（${failures.length} 处）：\n${failures.slice(0, 30).join('\n')}\n`,
    );
    process.exit(1);
  }
  // The plan date as the documents' timestamp, so the same seed gives byte-identical files.
  const fixed = new Date(`${PLAN_DATE}T00:00:00Z`);
  const messy = buildMessyRoster(d);
  mkdirSync(out, { recursive: true });
  const all = new Set(d.units.map((u) => u.name));
  const files: Array<[string, Buffer | string]> = [
    [
      FILES.district,
      await writeRoster(
        d,
        {
          title: `${DISTRICT}工作群统计表（示例数据，非真实名单）`,
          units: all,
          notes: notesFor(d, `${DISTRICT}工作群统计表`, figureLines(d)),
        },
        fixed,
      ),
    ],
    [
      FILES.street,
      await writeRoster(
        d,
        {
          title: `${SHOWCASE_STREET}工作群统计表（示例数据，非真实名单）`,
          units: areaUnits(d, SHOWCASE_STREET),
          notes: notesFor(d, `${SHOWCASE_STREET}工作群统计表`, showcaseLines(d)),
        },
        fixed,
      ),
    ],
    [FILES.messy, await writeMessyXlsx(messy, fixed)],
    [FILES.messyCsv, messyCsv(messy)],
    ['README.md', readme(d, messy.groups.length)],
  ];
  for (const [name, data] of files) writeFileSync(join(out, name), data);
  process.stdout.write(
    `已生成示例数据（随机种子 ${seed}）到 ${out}：\n${files.map(([n]) => `  ${n}`).join('\n')}\n`,
  );
  process.stdout.write(`${figureLines(d).join('\n')}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
