/**
 * The host's handlers: one function per capability of PlannerApi, on plain arguments (already
 * validated by the dispatcher), each returning a HostResult and never throwing. Electron's main
 * process and the end-to-end harness both build them from a HostContext; only the file dialogs
 * and the transport differ.
 */
import type { InvokeChannel, PlannerApi } from '../../preload/contract';
import type { HostContext } from './context';
import {
  analyzeImport,
  closeImport,
  importSessionRoster,
  openSample,
  pickRosterFiles,
  type HostState,
} from './import-handlers';
import { DEFAULT_SESSION_LIMIT, ImportSessions } from './import-sessions';
import { analyzeSessionSheet, sessionRowCells, sessionSheetRows } from './import-sheet';
import { exportProblemRows } from './problem-rows';
import { guarded, ok } from './results';
import { exportReport, saveTemplate } from './save-handlers';
import { printReport, saveReportPdf } from './print-handlers';

export type { FileDialogs, HostContext, SaveFileOptions } from './context';

/** Exactly the invoke part of PlannerApi: what the dispatcher calls after validating. */
export type HostHandlers = { [K in InvokeChannel]: PlannerApi[K] };

export interface HandlerOptions {
  /** Import sessions kept open at once; the least recently used is dropped beyond it. */
  sessionLimit?: number;
}

export function createHostHandlers(host: HostContext, options: HandlerOptions = {}): HostHandlers {
  const state: HostState = {
    sessions: new ImportSessions(options.sessionLimit ?? DEFAULT_SESSION_LIMIT),
    inputs: new Set(),
  };
  return {
    pickRosterFiles: () => guarded('导入名单', () => pickRosterFiles(host, state)),
    openSample: () => guarded('打开示例', () => openSample(host, state)),
    analyzeImport: (sessionId, savedMappings) =>
      guarded('分析名单', async () => analyzeImport(state, sessionId, savedMappings)),
    analyzeSheet: (sessionId, request) =>
      guarded('分析工作表', async () => analyzeSessionSheet(state, sessionId, request)),
    sheetRows: (sessionId, request) =>
      guarded('读取名单行', async () => sessionSheetRows(state, sessionId, request)),
    importRoster: (sessionId, request) =>
      guarded('导入名单', async () => importSessionRoster(state, sessionId, request)),
    closeImport: (sessionId) => guarded('关闭导入', async () => closeImport(state, sessionId)),
    exportProblemRows: (sessionId, problems) =>
      guarded('导出问题行', () =>
        exportProblemRows(host, state, sessionId, problems, sessionRowCells(state, sessionId)),
      ),
    saveTemplate: () => guarded('保存模板', () => saveTemplate(host, state)),
    exportReport: (request) => guarded('导出报告', () => exportReport(host, state, request)),
    printReport: () => guarded('打印', () => printReport(host)),
    saveReportPdf: (suggestedName) => guarded('另存为 PDF', () => saveReportPdf(host, state, suggestedName)),
    appInfo: () => guarded('关于', async () => ok(host.appInfo)),
  };
}
