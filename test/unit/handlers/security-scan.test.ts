/** scripts/check-electronegativity.cjs: what CI makes of the scanner's CSV. */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, tempDir } from './helpers';

const script = join(repoRoot, 'scripts', 'check-electronegativity.cjs');
const { parseCsv } = createRequire(import.meta.url)(script) as { parseCsv: (text: string) => string[][] };

const HEADER = 'issue, severity, confidence, filename, location, sample, description, url';
const row = (issue: string, severity: string, sample = 'x'): string =>
  `${issue},"${severity}","FIRM","main/app/window.ts","27:6","${sample.replace(/"/g, '""')}","desc",https://example.invalid/${issue}`;

async function check(lines: string[]): Promise<{ code: number; out: string }> {
  const file = join(await tempDir(), 'findings.csv');
  writeFileSync(file, lines.join('\n'));
  try {
    return {
      code: 0,
      out: execFileSync(process.execPath, [script, file], { encoding: 'utf8', stdio: 'pipe' }),
    };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, out: err.stdout + err.stderr };
  }
}

describe('the electronegativity gate', () => {
  it('parses quoted fields with commas and doubled quotes', () => {
    expect(parseCsv('a,"b, c","say ""hi"""\n1,2,3\n')).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['1', '2', '3'],
    ]);
  });

  it('passes PRELOAD_JS_CHECK and LOW findings, printing them', async () => {
    const r = await check([
      HEADER,
      row('PRELOAD_JS_CHECK', 'MEDIUM'),
      row('CSP_GLOBAL_CHECK', 'LOW', "script-src 'self'"),
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('CSP_GLOBAL_CHECK');
    expect(r.out).toContain('0 blocking');
  });

  it.each([['HIGH'], ['MEDIUM']])('fails on any other %s finding', async (severity) => {
    const r = await check([
      HEADER,
      row('PRELOAD_JS_CHECK', 'MEDIUM'),
      row('SANDBOX_JS_CHECK', severity, 'sandbox: false,'),
    ]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('FAIL SANDBOX_JS_CHECK');
  });

  it('fails on a garbled or truncated file rather than reading it as "no findings"', async () => {
    expect((await check([HEADER])).code).toBe(2);
    expect((await check([HEADER, 'pt-src \'self\'","desc",https://x'])).code).toBe(2);
    expect((await check([''])).code).toBe(2);
  });
});
