/**
 * window.api in a real Chromium page, on the real main handlers through the harness's transport
 * (the same sender check and argument validation as Electron's ipcMain). The page is a blank one
 * under the renderer's own content security policy, so these tests do not depend on the UI.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { YUELU_POLICY } from '../../core/policy/yuelu';
import { makePlan } from '../../core/planner/index';
import type { Roster } from '../../core/roster/model';
import type { HostResult, ImportSession, PlannerApi } from '../../preload/contract';
import { openApp, repoRoot, testHost, type AppSession, type StubDialogs } from './harness';

declare global {
  interface Window {
    api: PlannerApi;
    __roster?: Roster;
    __menu?: string[];
  }
}

/** A page like index.html (same CSP meta), without the app. */
async function blankSite(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'planner-blank-'));
  const source = readFileSync(join(repoRoot, 'renderer', 'index.html'), 'utf8');
  const csp = /<meta\s+http-equiv="Content-Security-Policy"[^>]*>/s.exec(source)?.[0];
  if (!csp) throw new Error('renderer/index.html has no CSP meta');
  const page = (title: string): string =>
    `<!doctype html><html lang="zh-CN"><head><meta charset="UTF-8" />${csp}<link rel="icon" href="data:," /><title>${title}</title></head><body></body></html>`;
  await writeFile(join(dir, 'index.html'), page('host'));
  await writeFile(join(dir, 'frame.html'), page('frame'));
  return dir;
}

const EMPTY_REQUEST = { choices: [], savedMappings: [], cellEdits: [], excludedRows: [] };

describe('window.api on the real host handlers', () => {
  let app: AppSession;
  let dialogs: StubDialogs;
  let saveDir: string;
  let sessionId = '';

  beforeAll(async () => {
    const host = await testHost();
    dialogs = host.dialogs;
    saveDir = dialogs.saveFolder ?? '';
    app = await openApp({ host, root: await blankSite() });
  });
  afterAll(async () => {
    await app.close();
  });

  it('opens the sample with its three sheets analysed', async () => {
    const result = await app.page.evaluate(() => window.api.openSample());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    sessionId = result.value.sessionId;
    expect(result.value.files).toHaveLength(1);
    const [file] = result.value.files;
    expect(file?.file).toBe('示例-岳麓区.xlsx');
    expect(file?.ok).toBe(true);
    const kinds = new Map(file?.sheets.map((s) => [s.sheet, s.kind]));
    expect(kinds.get('单位')).toBe('units');
    expect(kinds.get('工作群')).toBe('groups');
    expect(kinds.get('成员')).toBe('members');
    for (const s of file?.sheets.filter((s) => s.kind !== null) ?? []) {
      expect(s.headerRow).toBeGreaterThanOrEqual(1);
      expect(s.missingRequired).toEqual([]);
    }
  });

  it('imports the sample into a roster of 1951 groups', async () => {
    const summary = await app.page.evaluate(
      async ({ id, request }) => {
        const r = await window.api.importRoster(id, request);
        if (!r.ok || !r.value.roster) return { ok: false, errors: r.ok ? r.value.problems : [r.problem] };
        window.__roster = r.value.roster;
        return {
          ok: true,
          groups: r.value.roster.groups.length,
          units: r.value.roster.units.length,
          errors: r.value.problems.filter((p) => p.level === 'error'),
        };
      },
      { id: sessionId, request: { ...EMPTY_REQUEST, policy: YUELU_POLICY } },
    );
    expect(summary).toMatchObject({ ok: true, groups: 1951, errors: [] });
  });

  it('exports the report to the folder the save dialog gave, Maps and Sets of the plan intact', async () => {
    const roster = await app.page.evaluate(() => window.__roster);
    if (!roster) throw new Error('no roster in the page');
    const { plan } = makePlan(roster, YUELU_POLICY, {
      asOf: roster.reportDate ?? '2026-03-05',
      useClerkPlan: true,
    });
    const planJson = {
      ...plan,
      decisions: [...plan.decisions],
      created: [...plan.created],
      removals: [...plan.removals],
      groupEdits: [...plan.groupEdits],
    };
    const result = await app.page.evaluate(
      async ({ p, policy }) => {
        const rebuilt = {
          ...p,
          decisions: new Map(p.decisions),
          created: new Map(p.created),
          removals: new Set(p.removals),
          groupEdits: new Map(p.groupEdits),
        };
        if (!window.__roster) throw new Error('no roster');
        return window.api.exportReport({
          roster: window.__roster,
          plan: rebuilt,
          policy,
          maskPersonalNumbers: false,
          preparedBy: '张三',
          suggestedName: '岳麓区工作群精简报告.xlsx',
        });
      },
      { p: planJson, policy: YUELU_POLICY },
    );
    expect(result.ok).toBe(true);
    if (!result.ok || !result.value) throw new Error(JSON.stringify(result));
    expect(result.value.path).toBe(join(saveDir, '岳麓区工作群精简报告.xlsx'));
    expect(dialogs.saveRequests.at(-1)?.defaultName).toBe('岳麓区工作群精简报告.xlsx');
    const bytes = await readFile(result.value.path);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect((await stat(result.value.path)).size).toBeGreaterThan(100_000);
  });

  it('saves the template and the problem rows where the dialog says', async () => {
    const template = await app.page.evaluate(() => window.api.saveTemplate());
    expect(template).toMatchObject({ ok: true, value: { path: join(saveDir, '标准模板.xlsx') } });
    expect(existsSync(join(saveDir, '标准模板.xlsx'))).toBe(true);

    const rows = await app.page.evaluate(
      (id) =>
        window.api.exportProblemRows(id, [
          {
            level: 'error',
            code: 'CELL_BAD_NUMBER',
            message: '成员数应为数字',
            file: '示例-岳麓区.xlsx',
            sheet: '工作群',
            row: 5,
            column: 'H',
            header: '成员数',
          },
        ]),
      sessionId,
    );
    expect(rows.ok).toBe(true);
    if (rows.ok && rows.value) expect(existsSync(rows.value.path)).toBe(true);
  });

  it('gives a file that is not a spreadsheet its Chinese error', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'planner-hostile-'));
    const png = Buffer.from('89504e470d0a1a0a0000000d494844520000000100000001', 'hex');
    const path = join(dir, '名单.xlsx');
    await writeFile(path, png);
    dialogs.openPaths = [path];
    const result = await app.page.evaluate(() => window.api.pickRosterFiles());
    expect(result.ok).toBe(true);
    const file = result.ok ? result.value?.files[0] : undefined;
    expect(file?.ok).toBe(false);
    expect(file?.problem?.code).toBe('FILE_NOT_SPREADSHEET');
    expect(file?.problem?.message).toContain('名单.xlsx');
    expect(file?.problem?.message).toContain('不是电子表格');
    expect(file?.problem?.message).toContain('PNG');
  });

  it('returns null when the clerk cancels a dialog', async () => {
    dialogs.openPaths = null;
    expect(await app.page.evaluate(() => window.api.pickRosterFiles())).toEqual({ ok: true, value: null });
    const folder = dialogs.saveFolder;
    dialogs.saveFolder = null;
    try {
      expect(await app.page.evaluate(() => window.api.saveTemplate())).toEqual({ ok: true, value: null });
    } finally {
      dialogs.saveFolder = folder;
    }
  });

  it('validates arguments called from page JavaScript (IPC_BAD_ARGUMENTS)', async () => {
    const codes = await app.page.evaluate(async (id) => {
      // Calls as a compromised page could make them, past the TypeScript types.
      const api = window.api as unknown as Record<string, (...a: unknown[]) => Promise<HostResult<unknown>>>;
      const call = async (name: string, ...args: unknown[]): Promise<string> => {
        const fn = api[name];
        if (!fn) return `no ${name}`;
        const r = await fn(...args);
        return r.ok ? 'ok' : r.problem.code;
      };
      return {
        numberAsId: await call('importRoster', 123, {}),
        pathAsId: await call('closeImport', '../../etc/passwd'),
        missingArgument: await call('analyzeImport', id),
        extraArgument: await call('appInfo', 'more'),
        badRequest: await call('exportReport', { roster: 'x' }),
        unknownProblemCode: await call('exportProblemRows', id, [
          {
            level: 'error',
            code: 'NOPE',
            message: '',
            file: null,
            sheet: null,
            row: null,
            column: null,
            header: null,
          },
        ]),
        functionArgument: await call('analyzeImport', id, [() => 1]),
      };
    }, sessionId);
    expect(codes).toEqual({
      numberAsId: 'IPC_BAD_ARGUMENTS',
      pathAsId: 'IPC_BAD_ARGUMENTS',
      missingArgument: 'IPC_BAD_ARGUMENTS',
      extraArgument: 'IPC_BAD_ARGUMENTS',
      badRequest: 'IPC_BAD_ARGUMENTS',
      unknownProblemCode: 'IPC_BAD_ARGUMENTS',
      // Like Electron's structured clone, the transport refuses a function; the call still settles.
      functionArgument: 'IPC_TRANSPORT_FAILED',
    });
    const message = await app.page.evaluate(async () => {
      const r = await (window.api.closeImport as (id: unknown) => Promise<HostResult<null>>)(42);
      return r.ok ? '' : r.problem.message;
    });
    expect(message).toContain('请求格式不对');
  });

  it('refuses calls from a frame other than the top-level page (IPC_UNTRUSTED_SENDER)', async () => {
    const code = await app.page.evaluate(async () => {
      const frame = document.createElement('iframe');
      frame.src = '/frame.html';
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve));
      document.body.append(frame);
      await loaded;
      const api = (frame.contentWindow as (Window & typeof globalThis) | null)?.api;
      if (!api) return 'no api in frame';
      const r = await api.appInfo();
      frame.remove();
      return r.ok ? 'ok' : r.problem.code;
    });
    expect(code).toBe('IPC_UNTRUSTED_SENDER');
    expect(await app.page.evaluate(() => window.api.appInfo())).toMatchObject({
      ok: true,
      value: { name: '工作群精简规划器' },
    });
  });

  it('delivers menu commands to subscribers until they unsubscribe', async () => {
    await app.page.evaluate(() => {
      window.__menu = [];
      const off = window.api.onMenuCommand((c) => {
        window.__menu?.push(c);
        if (c === 'about') off();
      });
    });
    await app.host?.menuCommand('import');
    await app.host?.menuCommand('about');
    await app.host?.menuCommand('undo');
    expect(await app.page.evaluate(() => window.__menu)).toEqual(['import', 'about']);
  });

  it('says a closed import session has expired, in Chinese', async () => {
    const result = await app.page.evaluate(async (id) => {
      await window.api.closeImport(id);
      return window.api.analyzeImport(id, []);
    }, sessionId);
    expect(result).toMatchObject({
      ok: false,
      problem: { code: 'IMPORT_SESSION_EXPIRED', message: '导入会话已过期，请重新选择文件。' },
    });
    expect(app.errors).toEqual([]);
  });

  it('keeps window.api read-only for the page', async () => {
    const replaced = await app.page.evaluate(() => {
      try {
        (window as unknown as { api: unknown }).api = {};
      } catch {
        // strict-mode assignment to a read-only property throws; either way it must not stick
      }
      return typeof window.api.openSample === 'function' && Object.isFrozen(window.api);
    });
    expect(replaced).toBe(true);
  });
});

// Keep the session type referenced for readers of the test: openSample resolves to ImportSession.
export type { ImportSession };
