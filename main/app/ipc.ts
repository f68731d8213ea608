/**
 * ipcMain wiring: one handle() per contract channel. Every call is checked for its sender (our
 * window's top-level frame, on app://planner) and then goes through dispatchInvoke, which
 * validates the arguments against the contract's schemas before the handler runs.
 */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { HostResult } from '../../preload/contract';
import { INVOKE_CHANNELS } from '../../preload/contract';
import type { HostHandlers } from '../handlers/index';
import { dispatchInvoke, isTrustedSender, untrustedSenderProblem } from '../ipc-dispatch';

function fromTrustedSender(
  event: IpcMainInvokeEvent,
  isOurWindow: (contents: WebContents) => boolean,
): boolean {
  const frame = event.senderFrame;
  if (frame === null || !isOurWindow(event.sender)) return false;
  return isTrustedSender({ url: frame.url, isMainFrame: frame.parent === null });
}

export function registerIpc(handlers: HostHandlers, isOurWindow: (contents: WebContents) => boolean): void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, (event, ...args: unknown[]): Promise<HostResult<unknown>> => {
      if (!fromTrustedSender(event, isOurWindow)) {
        return Promise.resolve({ ok: false, problem: untrustedSenderProblem() });
      }
      return dispatchInvoke(handlers, channel, args);
    });
  }
}
