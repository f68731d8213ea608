/**
 * What the renderer asks of the host (window.api), wrapped so that every failure reaches the
 * clerk as a Chinese toast: a HostResult error shows its problem's message, a thrown error (the
 * bridge itself failed) the HOST_CALL_FAILED sentence. The import wizard reuses hostCall.
 */
import type { HostResult, MenuCommand, PlannerApi, SavedFile } from '../../preload/contract';
import { todayInShanghai } from '../../core/dates';
import type { Roster } from '../../core/roster/model';
import { problemText } from '../errors/messages';
import { rosterNameFromFiles } from './plans';
import type { WorkspaceStore } from './store';
import { printReportPage, saveReportPdfPage } from '../report/print-actions';

/** The value of a host call, or null after showing why it failed. */
export async function hostCall<T>(
  store: WorkspaceStore,
  call: (api: PlannerApi) => Promise<HostResult<T>>,
): Promise<T | null> {
  const api = store.api;
  if (!api) {
    store.showAppError('HOST_UNAVAILABLE');
    return null;
  }
  let result: HostResult<T>;
  try {
    result = await call(api);
  } catch (e) {
    store.showAppError('HOST_CALL_FAILED', e);
    return null;
  }
  if (result.ok) return result.value;
  store.toast('error', problemText(result.problem));
  return null;
}

/** The plan date: the roster's 填报日期, else today in China. */
export const defaultAsOf = (roster: Roster, today: () => string = todayInShanghai): string =>
  roster.reportDate ?? today();

export const FIRST_RUN_NOTICE = (name: string): string => `已为您打开示例数据（${name}），可直接体验`;

/**
 * 打开示例: reads the embedded sample district, imports it with the analysis as it is, saves it
 * with a first plan and opens the board. On the first run it also says what happened.
 */
export async function openSample(
  store: WorkspaceStore,
  options: { firstRun?: boolean } = {},
): Promise<boolean> {
  return store.busy('正在打开示例数据…', async () => {
    const session = await hostCall(store, (api) => api.openSample());
    if (!session) return false;
    try {
      const policy = store.getSnapshot().defaultPolicy;
      const result = await hostCall(store, (api) =>
        api.importRoster(session.sessionId, {
          choices: [],
          savedMappings: [],
          cellEdits: [],
          excludedRows: [],
          policy,
        }),
      );
      if (!result) return false;
      if (!result.roster) {
        const first = result.problems.find((p) => p.level === 'error');
        store.toast('error', first ? problemText(first) : '示例数据无法导入。');
        return false;
      }
      const name = rosterNameFromFiles(result.roster.files);
      const ids = await store.createPlanFromRoster(
        result.roster,
        policy,
        defaultAsOf(result.roster),
        '方案一',
        {
          rosterName: name,
        },
      );
      if (!ids) return false;
      if (options.firstRun) {
        await store.markFirstRunDone();
        store.toast('info', FIRST_RUN_NOTICE(name));
      }
      return true;
    } finally {
      void store.api?.closeImport(session.sessionId).catch(() => undefined);
    }
  });
}

/** Loads the workspace; on the very first run opens the sample district. */
export async function startWorkspace(store: WorkspaceStore): Promise<void> {
  const { firstRun } = await store.load();
  if (firstRun && store.api) await openSample(store, { firstRun: true });
}

/** A saved file's path, and what the clerk should know about it (each warning its own toast). */
function announceSaved(store: WorkspaceStore, what: string, saved: SavedFile | null): void {
  if (!saved) return;
  store.toast('success', `${what}已保存：${saved.path}`);
  for (const w of saved.warnings ?? []) store.toast('info', problemText(w));
}

export async function saveTemplate(store: WorkspaceStore): Promise<void> {
  announceSaved(store, '模板', await hostCall(store, (api) => api.saveTemplate()));
}

/** 导出报告 of the open plan; the report page passes its 隐去手机号、身份证号 choice. */
export async function exportReport(
  store: WorkspaceStore,
  options: { maskPersonalNumbers?: boolean } = {},
): Promise<void> {
  const { open, settings } = store.getSnapshot();
  if (!open) {
    store.showAppError('NO_OPEN_PLAN');
    return;
  }
  const preparedBy = [settings.clerkUnit, settings.clerkName].filter(Boolean).join(' ') || null;
  const saved = await store.busy('正在导出报告…', () =>
    hostCall(store, (api) =>
      api.exportReport({
        roster: open.roster,
        plan: open.plan,
        policy: open.policy,
        maskPersonalNumbers: options.maskPersonalNumbers ?? false,
        preparedBy,
        suggestedName: `工作群精简报告-${open.rosterName}-${open.planName}-${open.plan.asOf}.xlsx`,
      }),
    ),
  );
  announceSaved(store, '报告', saved);
}

async function showAbout(store: WorkspaceStore): Promise<void> {
  const info = await hostCall(store, (api) => api.appInfo());
  if (info) store.toast('info', `${info.name} 版本 ${info.version}`);
}

/** The application menu's commands (and their shortcuts), routed to what they do. */
export function runMenuCommand(store: WorkspaceStore, command: MenuCommand): void {
  switch (command) {
    case 'import':
      store.setScreen('import');
      return;
    case 'open-sample':
      void openSample(store);
      return;
    case 'save-template':
      void saveTemplate(store);
      return;
    case 'export-report':
      void exportReport(store);
      return;
    case 'print':
      void printReportPage(store);
      return;
    case 'save-pdf':
      void saveReportPdfPage(store);
      return;
    case 'undo':
      void store.undo();
      return;
    case 'redo':
      void store.redo();
      return;
    case 'about':
      void showAbout(store);
      return;
  }
}
