/**
 * Electron's main process: the one window, the menu, the app:// scheme and the IPC handlers.
 * Thin on purpose — the handlers (main/handlers), the IPC checks (main/ipc-dispatch.ts), the
 * menu (main/menu-template.ts), the window state and the files served are Electron-free modules
 * with their own tests; this file and main/app/ only connect them to Electron.
 *
 * The userData folder (where Chromium keeps the renderer's IndexedDB) is named after the
 * productName in package.json, and the data belongs to the origin app://planner: changing either
 * would make the clerk's saved plans disappear.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, Menu, type BrowserWindow, type WebContents } from 'electron';
import { APP_START_URL } from './app-origin';
import { electronDialogs } from './app/dialogs';
import { registerIpc } from './app/ipc';
import { buildMenu } from './app/menu';
import { electronPrinter } from './app/print';
import { registerAppScheme, serveRenderer } from './app/protocol';
import { applySecurityPolicy } from './app/security';
import { createMainWindow, WINDOW_TITLE } from './app/window';
import { createHostHandlers } from './handlers/index';
import { menuTemplate } from './menu-template';
import { WINDOW_STATE_FILE } from './window-state';
import { MENU_EVENT_CHANNEL, type MenuCommand } from '../preload/contract';

const SAMPLE_FILE = '示例-岳麓区.xlsx';

/** out/main/ when built: the renderer, the preload and the reader thread are its neighbours. */
const here = __dirname;

/**
 * The reader thread, preferring an unpacked copy once packaged (electron-builder's asarUnpack):
 * whether a worker thread can load a script, and its require()s, from inside app.asar is not
 * something this machine can check, and an unpacked file is sure to work.
 */
function workerPath(): string {
  const inAsar = join(here, 'roster-worker.js');
  const unpacked = inAsar.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
  return unpacked !== inAsar && existsSync(unpacked) ? unpacked : inAsar;
}

/** The sample ships as a resource file once packaged (extraResources), else it is in the repo. */
function samplePath(): string {
  if (app.isPackaged) {
    const resource = join(process.resourcesPath, 'samples', SAMPLE_FILE);
    if (existsSync(resource)) return resource;
  }
  return join(app.getAppPath(), 'samples', SAMPLE_FILE);
}

let mainWindow: BrowserWindow | null = null;

function isOurWindow(contents: WebContents): boolean {
  return mainWindow !== null && !mainWindow.isDestroyed() && contents === mainWindow.webContents;
}

function sendMenuCommand(command: MenuCommand): void {
  if (mainWindow === null || mainWindow.isDestroyed()) return;
  mainWindow.webContents.send(MENU_EVENT_CHANNEL, command);
}

function focusMainWindow(): void {
  if (mainWindow === null || mainWindow.isDestroyed()) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

async function start(): Promise<void> {
  applySecurityPolicy();
  serveRenderer(join(here, '..', 'renderer'));
  const handlers = createHostHandlers({
    dialogs: electronDialogs(() => mainWindow),
    printer: electronPrinter(() => mainWindow),
    samplePath: samplePath(),
    workerPath: workerPath(),
    userDataDir: app.getPath('userData'),
    appInfo: {
      name: WINDOW_TITLE,
      version: app.getVersion(),
      platform: `${process.platform}-${process.arch}`,
    },
  });
  registerIpc(handlers, isOurWindow);
  Menu.setApplicationMenu(buildMenu(menuTemplate(process.platform), sendMenuCommand));

  mainWindow = await createMainWindow({
    preloadPath: join(here, '..', 'preload', 'index.js'),
    statePath: join(app.getPath('userData'), WINDOW_STATE_FILE),
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  // A crashed page reloads: every edit is already in IndexedDB, so the clerk finds her work.
  // Not endlessly: a page that crashes as it loads would otherwise spin.
  const crashes: number[] = [];
  mainWindow.webContents.on('render-process-gone', (_event, details) => {
    console.error(`renderer gone: ${details.reason}`);
    const now = Date.now();
    crashes.push(now);
    const recent = crashes.filter((t) => now - t < 60_000).length;
    if (details.reason !== 'clean-exit' && recent <= 3 && mainWindow !== null && !mainWindow.isDestroyed()) {
      void mainWindow.loadURL(APP_START_URL);
    }
  });
  await mainWindow.loadURL(APP_START_URL);
}

// Must happen before the app is ready.
registerAppScheme();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // A second start (double-clicked again) hands over to the first, which comes to the front.
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((e: unknown) => {
      console.error(e);
      app.quit();
    });
}
