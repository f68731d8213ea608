/**
 * The import wizard's host side: read the chosen files (or the sample) into a session, analyse
 * them again with the clerk's remembered mappings, build the roster with her choices, free the
 * session. Electron-free; the workbooks are passed from the reader to the core untouched.
 */
import { analyzeWorkbook, importRoster } from '../../core/import/index';
import type { ImportResult, SavedMapping } from '../../core/import/index';
import { hasErrors, problem, type Problem } from '../../core/problems';
import type { HostResult, ImportRequest, ImportSession } from '../../preload/contract';
import type { HostContext } from './context';
import { readRosterFiles } from './import-files';
import type { ImportSessionState, ImportSessions } from './import-sessions';
import { failed, ok } from './results';

/** State the handlers share for the life of the app. */
export interface HostState {
  sessions: ImportSessions;
  /** Every roster file read since the app started: nothing is ever saved over one of them. */
  inputs: Set<string>;
}

export const sessionExpired = (): Problem =>
  problem('error', 'IMPORT_SESSION_EXPIRED', '导入会话已过期，请重新选择文件。');

export function sessionView(session: ImportSessionState, savedMappings: SavedMapping[] = []): ImportSession {
  return {
    sessionId: session.id,
    files: session.files.map((f) => ({
      file: f.file,
      ok: f.workbook !== null,
      problem: f.problem,
      warnings: f.warnings,
      sheets: f.workbook ? analyzeWorkbook(f.workbook, { savedMappings }) : [],
      format: f.workbook?.format ?? null,
      encoding: f.workbook?.encoding ?? null,
    })),
  };
}

export async function openRosterSession(
  host: HostContext,
  state: HostState,
  paths: readonly string[],
): Promise<ImportSession> {
  const files = await readRosterFiles(paths, host.workerPath);
  for (const f of files) state.inputs.add(f.path);
  return sessionView(state.sessions.open(files));
}

export async function pickRosterFiles(
  host: HostContext,
  state: HostState,
): Promise<HostResult<ImportSession | null>> {
  const paths = await host.dialogs.openRosterFiles();
  if (paths === null || paths.length === 0) return ok(null);
  return ok(await openRosterSession(host, state, paths));
}

export async function openSample(host: HostContext, state: HostState): Promise<HostResult<ImportSession>> {
  return ok(await openRosterSession(host, state, [host.samplePath]));
}

export function analyzeImport(
  state: HostState,
  sessionId: string,
  savedMappings: SavedMapping[],
): HostResult<ImportSession> {
  const session = state.sessions.get(sessionId);
  if (!session) return failed(sessionExpired());
  return ok(sessionView(session, savedMappings));
}

/**
 * The roster from the session's files. A file that could not be read is an error of the import
 * (as in the headless planner): the roster is never built silently without it — unless the clerk
 * left it out (request.skippedFiles), which each such file's FILE_SKIPPED warning then says.
 */
export function importSessionRoster(
  state: HostState,
  sessionId: string,
  request: ImportRequest,
): HostResult<ImportResult> {
  const session = state.sessions.get(sessionId);
  if (!session) return failed(sessionExpired());
  const skipped = new Set(request.skippedFiles ?? []);
  const fileProblems: Problem[] = [];
  for (const f of session.files) {
    if (skipped.has(f.file)) {
      fileProblems.push(skippedWarning(f.file, f.problem));
      continue;
    }
    if (f.problem) fileProblems.push(f.problem);
    fileProblems.push(...f.warnings);
  }
  const workbooks = session.files.flatMap((f) => (f.workbook && !skipped.has(f.file) ? [f.workbook] : []));
  const result = importRoster(workbooks, {
    choices: request.choices,
    savedMappings: request.savedMappings,
    cellEdits: request.cellEdits,
    excludedRows: request.excludedRows,
    businessLines: request.policy.businessLines,
    policy: request.policy,
  });
  if (workbooks.length === 0) {
    fileProblems.push(
      problem('error', 'IMPORT_NO_FILES', '本次导入没有可以读取的文件，没有工作群可导入。请重新选择文件。'),
    );
  }
  const problems = [...fileProblems, ...result.problems];
  return ok({ ...result, roster: hasErrors(problems) ? null : result.roster, problems });
}

function skippedWarning(file: string, why: Problem | null): Problem {
  const message = why
    ? `文件 ${file} 无法读取，已按您的选择跳过，没有导入：${why.message}`
    : `文件 ${file} 已按您的选择跳过，没有导入。`;
  return problem('warning', 'FILE_SKIPPED', message, { file }, why ? `${why.code}` : undefined);
}

export function closeImport(state: HostState, sessionId: string): HostResult<null> {
  state.sessions.close(sessionId);
  return ok(null);
}
