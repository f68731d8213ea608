/**
 * A report open in Excel on Windows cannot be replaced: the final rename fails with EBUSY. That
 * cannot happen on this Linux machine, so the rename is made to fail here, and the handler must
 * hand the atomic writer's FILE_TARGET_LOCKED problem to the renderer as the call's error.
 */
import { existsSync } from 'node:fs';
import type * as FsPromises from 'node:fs/promises';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { makePlan } from '../../../core/planner/index';
import { YUELU_POLICY } from '../../../core/policy/yuelu';
import { createHostHandlers } from '../../../main/handlers/index';
import { tempDir, TestDialogs, testHost } from './helpers';

const locked = new Set<string>();

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  return {
    ...real,
    rename: async (from: string, to: string) => {
      if (locked.has(to))
        throw Object.assign(new Error(`EBUSY: resource busy or locked, rename '${to}'`), { code: 'EBUSY' });
      return real.rename(from, to);
    },
  };
});

describe('saving over a file another program holds open', () => {
  it('returns FILE_TARGET_LOCKED and leaves the old file as it was', async () => {
    const dir = await tempDir();
    const target = join(dir, '标准模板.xlsx');
    await writeFile(target, 'old content');
    locked.add(target);
    const dialogs = new TestDialogs();
    dialogs.savePath = target;
    const result = await createHostHandlers(testHost(dialogs)).saveTemplate();
    expect(result).toMatchObject({
      ok: false,
      problem: { level: 'error', code: 'FILE_TARGET_LOCKED', file: '标准模板.xlsx' },
    });
    if (!result.ok) expect(result.problem.message).toContain('正被其他程序（如 Excel、WPS）打开');
    const { readFile, readdir } = await vi.importActual<typeof FsPromises>('node:fs/promises');
    expect(await readFile(target, 'utf8')).toBe('old content');
    expect(await readdir(dir)).toEqual(['标准模板.xlsx']);
    expect(existsSync(target)).toBe(true);
  });

  it('returns FILE_TARGET_LOCKED for the report too', async () => {
    const dir = await tempDir();
    const target = join(dir, '报告.xlsx');
    await writeFile(target, 'old report');
    locked.add(target);
    const dialogs = new TestDialogs();
    dialogs.savePath = target;
    const handlers = createHostHandlers(testHost(dialogs));
    const session = await handlers.openSample();
    if (!session.ok) throw new Error(session.problem.message);
    const request = { choices: [], savedMappings: [], cellEdits: [], excludedRows: [], policy: YUELU_POLICY };
    const imported = await handlers.importRoster(session.value.sessionId, request);
    const roster = imported.ok ? imported.value.roster : null;
    if (!roster) throw new Error('the street sample imports');
    const { plan } = makePlan(roster, YUELU_POLICY, { asOf: '2026-03-05', useClerkPlan: true });
    const result = await handlers.exportReport({
      roster,
      plan,
      policy: YUELU_POLICY,
      maskPersonalNumbers: false,
      preparedBy: null,
      suggestedName: '报告.xlsx',
    });
    expect(result).toMatchObject({ ok: false, problem: { code: 'FILE_TARGET_LOCKED', file: '报告.xlsx' } });
    if (!result.ok) expect(result.problem.message).toContain('报告尚未保存');
  });
});
