/** Shared by the renderer's DOM tests: a small roster, a fresh database, a fake host, a store. */
import { vi } from 'vitest';
import type { HostResult, ImportSession, PlannerApi } from '../../preload/contract';
import type { ImportResult } from '../../core/import/types';
import { problem } from '../../core/problems';
import type { Roster } from '../../core/roster/model';
import { PlannerDb } from '../../renderer/store/db';
import { WorkspaceStore } from '../../renderer/store/store';
import { makeRoster } from '../unit/plan/fixtures';

/** A street with a community and a department; C1 is over its quota of 1, so the auto-plan merges. */
export function testRoster(): Roster {
  const roster = makeRoster(
    [
      ['S', 'street'],
      ['C1', 'community', 'S'],
      ['D', 'department', null, 30],
    ],
    [
      { id: 'a', unit: 'S', members: ['p1', 'p2', 'p3'], businessLine: '党建', lastActive: '2026-02-01' },
      { id: 'b', unit: 'S', members: ['p2', 'p4'], businessLine: '网格化', lastActive: '2026-02-01' },
      { id: 'c', unit: 'S', members: ['p5'], lastActive: '2026-02-01' },
      { id: 'd', unit: 'C1', members: ['p1', 'p6'], lastActive: '2026-02-01' },
      { id: 'd2', unit: 'C1', members: ['p1'], lastActive: '2026-02-01' },
      { id: 'e', unit: 'D', members: ['p6', 'p7'], lastActive: '2026-02-01' },
      { id: 'x', unit: 'S', category: '日常交流群', members: ['p1'] },
    ],
  );
  return { ...roster, reportDate: '2026-03-05', files: ['测试名单.xlsx'] };
}

let dbCounter = 0;
export const freshDbName = (): string => `test-planner-${Date.now()}-${++dbCounter}`;

export function newStore(
  dbName: string,
  api: PlannerApi | null = null,
  options: { upTo?: number } = {},
): WorkspaceStore {
  let clock = 1_700_000_000_000;
  let id = 0;
  return new WorkspaceStore({
    db: new PlannerDb(dbName, options),
    api,
    now: () => (clock += 1000),
    newId: () => `id-${dbName}-${++id}`,
  });
}

const ok = <T>(value: T): Promise<HostResult<T>> => Promise.resolve({ ok: true, value });

/** A host that serves `roster` as the sample and records what the renderer asked of it. */
export function fakeApi(roster: Roster = testRoster(), overrides: Partial<PlannerApi> = {}): PlannerApi {
  const session: ImportSession = {
    sessionId: 'session-1',
    files: [{ file: '示例-岳麓区.xlsx', ok: true, problem: null, warnings: [], sheets: [] }],
  };
  const imported: ImportResult = {
    roster: { ...roster, files: ['示例-岳麓区.xlsx'] },
    problems: [],
    analyses: [],
  };
  return {
    pickRosterFiles: vi.fn(() => ok(null)),
    openSample: vi.fn(() => ok(session)),
    analyzeImport: vi.fn(() => ok(session)),
    analyzeSheet: vi.fn(() =>
      Promise.resolve<HostResult<never>>({
        ok: false,
        problem: problem('error', 'IMPORT_SESSION_EXPIRED', '导入会话已过期，请重新选择文件。'),
      }),
    ),
    sheetRows: vi.fn(() =>
      Promise.resolve<HostResult<never>>({
        ok: false,
        problem: problem('error', 'IMPORT_SESSION_EXPIRED', '导入会话已过期，请重新选择文件。'),
      }),
    ),
    importRoster: vi.fn(() => ok(imported)),
    closeImport: vi.fn(() => ok(null)),
    exportProblemRows: vi.fn(() => ok(null)),
    saveTemplate: vi.fn(() => ok({ path: 'C:\\Users\\clerk\\标准模板.xlsx' })),
    exportReport: vi.fn(() => ok({ path: 'C:\\Users\\clerk\\报告.xlsx' })),
    printReport: vi.fn(() => ok(true)),
    saveReportPdf: vi.fn(() => ok({ path: 'C:\\Users\\clerk\\报告.pdf' })),
    appInfo: vi.fn(() => ok({ name: '工作群精简规划器', version: '0.1.0', platform: 'win32' })),
    onMenuCommand: vi.fn(() => () => undefined),
    ...overrides,
  };
}
