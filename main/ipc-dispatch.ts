/**
 * The IPC rules every call from the renderer passes, without Electron: the sender must be our
 * window's main frame on our origin, the channel must be one of the contract's, and the
 * arguments must match the contract's schema; only then does the handler run. main/app/ipc.ts
 * feeds Electron's ipcMain into this; the end-to-end harness feeds its exposed function into
 * the same code, so the checks are exercised for real.
 */
import type { z } from 'zod';
import { problem, type Problem } from '../core/problems';
import { ARG_SCHEMAS } from '../preload/contract-schemas';
import { INVOKE_CHANNELS, type HostResult, type InvokeChannel, type PlannerApi } from '../preload/contract';
import { APP_ORIGIN } from './app-origin';
import type { HostHandlers } from './handlers/index';

export interface SenderFrame {
  /** The frame's current URL. */
  url: string;
  /** False for an iframe: only the top-level page of our window may call the host. */
  isMainFrame: boolean;
}

/** scheme://host[:port] of a URL, compared as text (Node gives custom schemes an opaque origin). */
function originOf(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.username !== '' || u.password !== '' || u.host === '') return null;
  return `${u.protocol}//${u.host}`;
}

export function isTrustedSender(
  frame: SenderFrame | null | undefined,
  trustedOrigin: string = APP_ORIGIN,
): boolean {
  if (!frame || !frame.isMainFrame || typeof frame.url !== 'string') return false;
  const origin = originOf(frame.url);
  return origin !== null && origin === originOf(trustedOrigin);
}

export const isInvokeChannel = (channel: unknown): channel is InvokeChannel =>
  typeof channel === 'string' && (INVOKE_CHANNELS as readonly string[]).includes(channel);

const CHANNEL_LABELS: Record<InvokeChannel, string> = {
  pickRosterFiles: '导入名单',
  openSample: '打开示例',
  analyzeImport: '分析名单',
  analyzeSheet: '分析工作表',
  sheetRows: '读取名单行',
  importRoster: '导入名单',
  closeImport: '关闭导入',
  exportProblemRows: '导出问题行',
  saveTemplate: '保存模板',
  exportReport: '导出报告',
  printReport: '打印',
  saveReportPdf: '另存为 PDF',
  appInfo: '关于',
};

export function untrustedSenderProblem(): Problem {
  return problem('error', 'IPC_UNTRUSTED_SENDER', '请求不是来自本程序的窗口，已拒绝。');
}

function badArguments(channel: string, detail: string): Problem {
  const step = isInvokeChannel(channel) ? `“${CHANNEL_LABELS[channel]}”` : '';
  return problem(
    'error',
    'IPC_BAD_ARGUMENTS',
    `程序内部出错：界面发给主程序的${step}请求格式不对，操作未执行。请重试；如果仍然出错，请把详细信息发给技术支持。`,
    {},
    detail.slice(0, 4_000),
  );
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 20)
    .map((i) => `${i.path.map(String).join('.') || '(args)'}: ${i.message}`)
    .join('; ');
}

/**
 * Compile-time proof that each channel's schema yields exactly the handler's parameters: a
 * contract change that forgets one side fails the typecheck here.
 */
type SchemaMatches = {
  [K in InvokeChannel]: z.output<(typeof ARG_SCHEMAS)[K]> extends Parameters<PlannerApi[K]>
    ? Parameters<PlannerApi[K]> extends z.output<(typeof ARG_SCHEMAS)[K]>
      ? true
      : false
    : false;
};
const SCHEMAS_MATCH: SchemaMatches = {
  pickRosterFiles: true,
  openSample: true,
  analyzeImport: true,
  analyzeSheet: true,
  sheetRows: true,
  importRoster: true,
  closeImport: true,
  exportProblemRows: true,
  saveTemplate: true,
  exportReport: true,
  printReport: true,
  saveReportPdf: true,
  appInfo: true,
};
void SCHEMAS_MATCH;

/** Validates, then calls the handler with the parsed (copied, stripped) arguments. Never throws. */
export async function dispatchInvoke(
  handlers: HostHandlers,
  channel: unknown,
  args: unknown,
): Promise<HostResult<unknown>> {
  if (!isInvokeChannel(channel)) {
    return { ok: false, problem: badArguments(String(channel).slice(0, 100), 'unknown channel') };
  }
  const parsed = ARG_SCHEMAS[channel].safeParse(args);
  if (!parsed.success) return { ok: false, problem: badArguments(channel, describeIssues(parsed.error)) };
  // The schema and the handler's parameters are the same type (SCHEMAS_MATCH above); TypeScript
  // cannot correlate the union of channels with the union of handlers, hence the widening.
  const handler = handlers[channel] as (...a: unknown[]) => Promise<HostResult<unknown>>;
  try {
    return await handler(...(parsed.data as unknown[]));
  } catch (e) {
    // Handlers never throw; this is the last guard so that no IPC promise ever rejects.
    return {
      ok: false,
      problem: problem('error', 'INTERNAL_ERROR', '程序内部出错，操作未能完成。请重试。', {}, String(e)),
    };
  }
}
