/**
 * The preload: exposes window.api — the contract's PlannerApi, built by buildApi on Electron's
 * IPC — and nothing else. Neither ipcRenderer nor any Node API reaches the page. Runs sandboxed,
 * so it is bundled to one CommonJS file that requires only 'electron'.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildApi, MENU_COMMANDS, MENU_EVENT_CHANNEL, settledInvoke, type MenuCommand } from './contract';

const isMenuCommand = (value: unknown): value is MenuCommand =>
  typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);

function subscribe(listener: (command: MenuCommand) => void): () => void {
  const onCommand = (_event: IpcRendererEvent, command: unknown): void => {
    if (isMenuCommand(command)) listener(command);
  };
  ipcRenderer.on(MENU_EVENT_CHANNEL, onCommand);
  return () => {
    ipcRenderer.removeListener(MENU_EVENT_CHANNEL, onCommand);
  };
}

contextBridge.exposeInMainWorld(
  'api',
  buildApi(
    settledInvoke((channel, args) => ipcRenderer.invoke(channel, ...args)),
    subscribe,
  ),
);
