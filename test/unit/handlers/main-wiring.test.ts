/**
 * main/index.ts and main/app/* against a stand-in for the electron module (the real one cannot
 * run here). It checks the wiring that no browser test reaches: the scheme registered before
 * ready, the window's webPreferences, the permission and navigation denials, the protocol
 * handler, ipcMain's sender check in front of the real handlers, the menu sending commands, the
 * window state saved on close, and the single-instance lock.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS, MENU_EVENT_CHANNEL } from '../../../preload/contract';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const order: string[] = [];
  const appListeners = new Map<string, Listener[]>();
  let ready: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolve) => {
    ready = resolve;
  });
  const on = (map: Map<string, Listener[]>, event: string, fn: Listener): void => {
    map.set(event, [...(map.get(event) ?? []), fn]);
  };

  class FakeWebContents {
    readonly listeners = new Map<string, Listener[]>();
    readonly sent: unknown[][] = [];
    windowOpenHandler: Listener | null = null;
    on(event: string, fn: Listener): this {
      on(this.listeners, event, fn);
      return this;
    }
    setWindowOpenHandler(fn: Listener): void {
      this.windowOpenHandler = fn;
    }
    send(...args: unknown[]): void {
      this.sent.push(args);
    }
    emit(event: string, ...args: unknown[]): void {
      for (const fn of this.listeners.get(event) ?? []) fn(...args);
    }
  }

  class FakeWindow {
    static readonly instances: FakeWindow[] = [];
    readonly webContents = new FakeWebContents();
    readonly listeners = new Map<string, Listener[]>();
    readonly loaded: string[] = [];
    readonly actions: string[] = [];
    destroyed = false;
    constructor(readonly options: Record<string, unknown>) {
      order.push('BrowserWindow');
      FakeWindow.instances.push(this);
    }
    on(event: string, fn: Listener): this {
      on(this.listeners, event, fn);
      return this;
    }
    once(event: string, fn: Listener): this {
      return this.on(event, fn);
    }
    loadURL(url: string): Promise<void> {
      this.loaded.push(url);
      return Promise.resolve();
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    isMinimized(): boolean {
      return true;
    }
    isMaximized(): boolean {
      return false;
    }
    getNormalBounds(): { x: number; y: number; width: number; height: number } {
      return { x: 40, y: 30, width: 1111, height: 700 };
    }
    maximize(): void {
      this.actions.push('maximize');
    }
    restore(): void {
      this.actions.push('restore');
    }
    show(): void {
      this.actions.push('show');
    }
    focus(): void {
      this.actions.push('focus');
    }
    close(): void {
      const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
      for (const fn of this.listeners.get('close') ?? []) fn(event);
      if (!event.defaultPrevented) {
        this.actions.push('closed');
        this.destroyed = true;
      }
    }
  }

  const state = {
    lock: true,
    userData: '',
    appPath: '',
    protocolHandler: null as Listener | null,
    ipc: new Map<string, Listener>(),
    permissionRequest: null as Listener | null,
    permissionCheck: null as Listener | null,
    devicePermission: null as Listener | null,
    menuTemplate: null as unknown,
  };

  const electron = {
    app: {
      isPackaged: false,
      on: (event: string, fn: Listener) => on(appListeners, event, fn),
      whenReady: () => {
        order.push('whenReady');
        return readyPromise;
      },
      requestSingleInstanceLock: () => state.lock,
      enableSandbox: () => order.push('enableSandbox'),
      quit: () => order.push('quit'),
      getPath: (name: string) => (name === 'userData' ? state.userData : `/nonexistent/${name}`),
      getAppPath: () => state.appPath,
      getVersion: () => '9.9.9',
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) =>
        order.push(`registerSchemesAsPrivileged ${JSON.stringify(schemes)}`),
      handle: (scheme: string, fn: Listener) => {
        order.push(`protocol.handle ${scheme}`);
        state.protocolHandler = fn;
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: Listener) => (state.permissionRequest = fn),
        setPermissionCheckHandler: (fn: Listener) => (state.permissionCheck = fn),
        setDevicePermissionHandler: (fn: Listener) => (state.devicePermission = fn),
      },
    },
    ipcMain: { handle: (channel: string, fn: Listener) => state.ipc.set(channel, fn) },
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: (menu: { template: unknown }) => (state.menuTemplate = menu.template),
    },
    BrowserWindow: FakeWindow,
    screen: {
      getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
      getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
    },
    dialog: {},
  };
  return { electron, order, appListeners, ready: () => ready(), state, FakeWindow, FakeWebContents };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

const settle = async (): Promise<void> => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
};

function mainWindow(): InstanceType<typeof fake.FakeWindow> {
  const w = fake.FakeWindow.instances[0];
  if (!w) throw new Error('no window was created');
  return w;
}

describe('the Electron main process wiring (electron stood in for)', () => {
  beforeAll(async () => {
    const { tempDir, repoRoot } = await import('./helpers');
    fake.state.userData = await tempDir();
    fake.state.appPath = repoRoot;
    await import('../../../main/index');
    expect(fake.order).not.toContain('BrowserWindow');
    fake.ready();
    // start() reads the saved window state from disk before it creates the window: wait for the
    // page load rather than a fixed number of ticks (a loaded CI machine needs more of them).
    await vi.waitFor(() => expect(fake.FakeWindow.instances[0]?.loaded).toHaveLength(1), {
      timeout: 15_000,
      interval: 5,
    });
    await settle();
  });
  afterAll(() => {
    vi.restoreAllMocks();
  });

  it('registers app:// as a privileged standard, secure scheme before the app is ready', () => {
    const register = fake.order.findIndex((o) => o.startsWith('registerSchemesAsPrivileged'));
    expect(register).toBeGreaterThanOrEqual(0);
    expect(register).toBeLessThan(fake.order.indexOf('whenReady'));
    expect(fake.order[register]).toBe(
      'registerSchemesAsPrivileged [{"scheme":"app","privileges":{"standard":true,"secure":true,"supportFetchAPI":true}}]',
    );
    expect(fake.order.indexOf('enableSandbox')).toBeLessThan(fake.order.indexOf('whenReady'));
  });

  it('creates one locked-down window and loads app://planner/index.html', () => {
    expect(fake.FakeWindow.instances).toHaveLength(1);
    const w = mainWindow();
    expect(w.options['webPreferences']).toEqual({
      preload: expect.stringMatching(/preload[\\/]index\.js$/),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(w.options).toMatchObject({
      title: '工作群精简规划器',
      show: false,
      minWidth: 800,
      minHeight: 460,
    });
    expect(w.loaded).toEqual(['app://planner/index.html']);
  });

  it('denies every permission request and check', () => {
    const granted: boolean[] = [];
    fake.state.permissionRequest?.(null, 'media', (ok: boolean) => granted.push(ok));
    fake.state.permissionRequest?.(null, 'notifications', (ok: boolean) => granted.push(ok));
    expect(granted).toEqual([false, false]);
    expect(fake.state.permissionCheck?.(null, 'clipboard-read', 'app://planner')).toBe(false);
    expect(fake.state.devicePermission?.({ deviceType: 'usb' })).toBe(false);
  });

  it('stops navigation, redirects, new windows and webviews of every web contents', () => {
    const created = fake.appListeners.get('web-contents-created') ?? [];
    expect(created).toHaveLength(1);
    const contents = new fake.FakeWebContents();
    created[0]?.({}, contents);
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      const e = { preventDefault: vi.fn() };
      contents.emit(event, e, 'https://example.com/');
      expect(e.preventDefault, event).toHaveBeenCalled();
    }
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('serves the renderer folder on app:// with the CSP header', async () => {
    expect(fake.order).toContain('protocol.handle app');
    const handler = fake.state.protocolHandler;
    if (!handler) throw new Error('no protocol handler');
    const ok = (await handler({ url: 'app://planner/index.html', method: 'GET' })) as Response;
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const escape = (await handler({
      url: 'app://planner/..%2f..%2fpackage.json',
      method: 'GET',
    })) as Response;
    expect(escape.status).toBe(404);
  });

  it('answers every contract channel, only for our window’s top-level app:// frame', async () => {
    expect([...fake.state.ipc.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    const appInfo = fake.state.ipc.get('appInfo');
    if (!appInfo) throw new Error('no appInfo handler');
    const ours = mainWindow().webContents;
    const frame = (url: string, parent: unknown = null) => ({ url, parent });
    expect(await appInfo({ sender: ours, senderFrame: frame('app://planner/index.html') })).toEqual({
      ok: true,
      value: { name: '工作群精简规划器', version: '9.9.9', platform: `${process.platform}-${process.arch}` },
    });
    const refused = { ok: false, problem: expect.objectContaining({ code: 'IPC_UNTRUSTED_SENDER' }) };
    expect(await appInfo({ sender: ours, senderFrame: frame('https://example.com/') })).toEqual(refused);
    expect(await appInfo({ sender: ours, senderFrame: frame('app://planner/x.html', {}) })).toEqual(refused);
    expect(await appInfo({ sender: ours, senderFrame: null })).toEqual(refused);
    expect(
      await appInfo({ sender: new fake.FakeWebContents(), senderFrame: frame('app://planner/') }),
    ).toEqual(refused);
    expect(await appInfo({ sender: ours, senderFrame: frame('app://planner/') }, 'extra')).toEqual({
      ok: false,
      problem: expect.objectContaining({ code: 'IPC_BAD_ARGUMENTS' }),
    });
  });

  it('reads the sample through the real handlers', async () => {
    const openSample = fake.state.ipc.get('openSample');
    const result = (await openSample?.({
      sender: mainWindow().webContents,
      senderFrame: { url: 'app://planner/index.html', parent: null },
    })) as { ok: boolean; value?: { files: Array<{ file: string }> }; problem?: { code: string } };
    // Run from source, main/ has no built reader thread beside it: the file's failure is a value.
    expect(result.ok).toBe(true);
    expect(result.value?.files[0]?.file).toBe('示例-岳麓区.xlsx');
  });

  it('sends menu commands to the window', () => {
    const template = fake.state.menuTemplate as Array<{
      label: string;
      submenu: Array<{ label?: string; click?: () => void }>;
    }>;
    expect(template.map((m) => m.label)).toEqual(
      process.platform === 'darwin' ? ['文件', '编辑', '帮助'] : ['文件(&F)', '编辑(&E)', '帮助(&H)'],
    );
    const importItem = template[0]?.submenu.find((i) => i.label === '导入名单…');
    importItem?.click?.();
    expect(mainWindow().webContents.sent.at(-1)).toEqual([MENU_EVENT_CHANNEL, 'import']);
  });

  it('brings the window back when the app is started again', () => {
    for (const fn of fake.appListeners.get('second-instance') ?? []) fn();
    expect(mainWindow().actions).toEqual(expect.arrayContaining(['restore', 'show', 'focus']));
  });

  it('saves the window’s bounds before it closes', async () => {
    const { join } = await import('node:path');
    const w = mainWindow();
    w.close();
    expect(w.actions).not.toContain('closed');
    await vi.waitFor(() => expect(w.actions).toContain('closed'), { timeout: 5_000 });
    const file = join(fake.state.userData, 'window-state.json');
    expect(existsSync(file)).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      bounds: { x: 40, y: 30, width: 1111, height: 700 },
      maximized: false,
    });
  });
});

describe('a second copy of the app', () => {
  it('quits at once when the single-instance lock is taken', async () => {
    vi.resetModules();
    fake.order.length = 0;
    fake.state.lock = false;
    await import('../../../main/index');
    expect(fake.order).toContain('quit');
    expect(fake.order).not.toContain('whenReady');
  });
});
