/**
 * Runs in the page before the app (a Playwright init script, bundled as an IIFE by the harness):
 * builds window.api with the preload's own buildApi, on a transport that sends each call to the
 * test's Node process (__hostInvoke, an exposed binding) instead of Electron's ipcRenderer.
 * Menu commands arrive through __hostMenuCommand, which the harness calls.
 */
import {
  buildApi,
  MENU_COMMANDS,
  settledInvoke,
  type InvokeChannel,
  type MenuCommand,
} from '../../preload/contract';
import { decodeWire, encodeWire } from './wire-codec';

interface HostBridgeWindow {
  __hostInvoke?: (channel: string, args: string) => Promise<string>;
}

const listeners = new Set<(command: MenuCommand) => void>();

async function invoke(channel: InvokeChannel, args: unknown[]): Promise<unknown> {
  const send = (window as unknown as HostBridgeWindow).__hostInvoke;
  if (typeof send !== 'function') throw new Error('host bridge missing');
  // Structured clone (Electron's IPC) throws for functions; encodeWire does the same here.
  return decodeWire(await send(channel, encodeWire(args)));
}

function subscribe(listener: (command: MenuCommand) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function emitMenuCommand(command: unknown): void {
  if (typeof command !== 'string' || !(MENU_COMMANDS as readonly string[]).includes(command)) return;
  for (const listener of [...listeners]) listener(command as MenuCommand);
}

// contextBridge hands the page a frozen copy; the page cannot replace or extend the API.
Object.defineProperty(window, 'api', {
  value: Object.freeze(buildApi(settledInvoke(invoke), subscribe)),
  enumerable: true,
});
Object.defineProperty(window, '__hostMenuCommand', { value: emitMenuCommand });
