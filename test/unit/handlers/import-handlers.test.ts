import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { savedMappingOf } from '../../../core/import/index';
import { YUELU_POLICY } from '../../../core/policy/yuelu';
import { createHostHandlers, type HostHandlers } from '../../../main/handlers/index';
import type { HostResult, ImportRequest, ImportSession } from '../../../preload/contract';
import { MESSY_SAMPLE, placeCopy, tempDir, TestDialogs, testHost } from './helpers';

const request: ImportRequest = {
  choices: [],
  savedMappings: [],
  cellEdits: [],
  excludedRows: [],
  policy: YUELU_POLICY,
};

function value<T>(result: HostResult<T>): T {
  if (!result.ok) throw new Error(`${result.problem.code}: ${result.problem.message}`);
  return result.value;
}

describe('import sessions', () => {
  let dialogs: TestDialogs;
  let handlers: HostHandlers;
  beforeAll(() => {
    dialogs = new TestDialogs();
    handlers = createHostHandlers(testHost(dialogs));
  });

  it('opens the sample, analyses its sheets and imports it', async () => {
    const session = value(await handlers.openSample());
    expect(session.sessionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(session.files.map((f) => [f.file, f.ok])).toEqual([['示例-望月湖街道.xlsx', true]]);
    const kinds = session.files[0]?.sheets.map((s) => s.kind);
    expect(kinds).toEqual(expect.arrayContaining(['units', 'groups', 'members']));
    const imported = value(await handlers.importRoster(session.sessionId, request));
    expect(imported.problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(imported.roster?.files).toEqual(['示例-望月湖街道.xlsx']);
    expect(imported.roster?.groups.length).toBeGreaterThan(100);
  });

  it('returns null when the open dialog is cancelled', async () => {
    dialogs.openPaths = null;
    expect(await handlers.pickRosterFiles()).toEqual({ ok: true, value: null });
    dialogs.openPaths = [];
    expect(await handlers.pickRosterFiles()).toEqual({ ok: true, value: null });
  });

  it('reads two files of the same name as 名单.xlsx and 名单（2）.xlsx, saying where the second is', async () => {
    const dir = await tempDir();
    const a = await placeCopy(MESSY_SAMPLE, join(dir, '甲街道'), '名单.xlsx');
    const b = await placeCopy(MESSY_SAMPLE, join(dir, '乙街道'), '名单.xlsx');
    dialogs.openPaths = [a, b, a];
    const session = value(await handlers.pickRosterFiles());
    expect(session?.files.map((f) => f.file)).toEqual(['名单.xlsx', '名单（2）.xlsx']);
    const warning = session?.files[1]?.warnings.find((w) => w.code === 'FILE_NAME_DUPLICATE');
    expect(warning?.level).toBe('warning');
    expect(warning?.file).toBe('名单（2）.xlsx');
    expect(warning?.message).toContain(join(dir, '乙街道'));
    // Both copies roll up: the second file's rows are named by its import name.
    const imported = value(await handlers.importRoster(session?.sessionId ?? '', request));
    expect(
      imported.problems.some((p) => p.file === '名单（2）.xlsx' && p.code === 'GROUP_DUPLICATE_SAME'),
    ).toBe(true);
  });

  it('stops the import on a file that could not be read, with its Chinese message', async () => {
    const dir = await tempDir();
    const good = await placeCopy(MESSY_SAMPLE, dir, '银盆岭.xlsx');
    const bad = join(dir, '照片.xlsx');
    await writeFile(bad, Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex'));
    dialogs.openPaths = [good, bad];
    const session = value(await handlers.pickRosterFiles());
    const file = session?.files[1];
    expect(file).toMatchObject({ file: '照片.xlsx', ok: false, sheets: [] });
    expect(file?.problem?.code).toBe('FILE_NOT_SPREADSHEET');
    expect(file?.problem?.message).toContain('照片.xlsx');
    const imported = value(await handlers.importRoster(session?.sessionId ?? '', request));
    expect(imported.roster).toBeNull();
    expect(imported.problems[0]?.code).toBe('FILE_NOT_SPREADSHEET');
  });

  it('re-analyses with a remembered mapping', async () => {
    dialogs.openPaths = [MESSY_SAMPLE];
    const session = value(await handlers.pickRosterFiles()) as ImportSession;
    const groups = session.files[0]?.sheets.find((s) => s.kind === 'groups');
    if (!groups) throw new Error('the messy sample has a groups sheet');
    const saved = savedMappingOf(groups);
    if (!saved) throw new Error('a mapping to remember');
    const again = value(await handlers.analyzeImport(session.sessionId, [saved]));
    const sheet = again.files[0]?.sheets.find((s) => s.sheet === groups.sheet);
    expect(sheet?.kindSource).toBe('saved');
    expect(sheet?.mapping).toEqual(groups.mapping);
  });

  it('says a closed or unknown session has expired, for every call that needs one', async () => {
    const session = value(await handlers.openSample());
    expect(await handlers.closeImport(session.sessionId)).toEqual({ ok: true, value: null });
    const expired = {
      ok: false,
      problem: expect.objectContaining({
        level: 'error',
        code: 'IMPORT_SESSION_EXPIRED',
        message: '导入会话已过期，请重新选择文件。',
      }),
    };
    expect(await handlers.analyzeImport(session.sessionId, [])).toEqual(expired);
    expect(await handlers.importRoster(session.sessionId, request)).toEqual(expired);
    expect(await handlers.exportProblemRows(session.sessionId, [])).toEqual(expired);
    expect(await handlers.analyzeImport('no-such-session', [])).toEqual(expired);
    // Closing twice is harmless.
    expect(await handlers.closeImport(session.sessionId)).toEqual({ ok: true, value: null });
  });

  it('keeps at most the configured number of sessions, dropping the least recently used', async () => {
    const small = createHostHandlers(testHost(new TestDialogs(), MESSY_SAMPLE), { sessionLimit: 2 });
    const first = value(await small.openSample()).sessionId;
    const second = value(await small.openSample()).sessionId;
    value(await small.analyzeImport(first, [])); // first is now the most recently used
    const third = value(await small.openSample()).sessionId;
    expect((await small.analyzeImport(second, [])).ok).toBe(false);
    expect((await small.analyzeImport(first, [])).ok).toBe(true);
    expect((await small.analyzeImport(third, [])).ok).toBe(true);
  });

  it('turns an exception into an INTERNAL_ERROR result instead of throwing', async () => {
    const broken = createHostHandlers(
      testHost({
        openRosterFiles: () => Promise.reject(new Error('dialog crashed')),
        saveFile: () => Promise.reject(new Error('dialog crashed')),
      }),
    );
    const result = await broken.pickRosterFiles();
    expect(result).toMatchObject({ ok: false, problem: { level: 'error', code: 'INTERNAL_ERROR' } });
    if (!result.ok) {
      expect(result.problem.message).toContain('导入名单');
      expect(result.problem.detail).toContain('dialog crashed');
    }
    expect(await broken.saveTemplate()).toMatchObject({ ok: false, problem: { code: 'INTERNAL_ERROR' } });
  });

  it('tells the app its name and version', async () => {
    expect(await handlers.appInfo()).toEqual({
      ok: true,
      value: { name: '工作群精简规划器', version: '0.0.0-test', platform: 'test' },
    });
  });
});
