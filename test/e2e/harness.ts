/**
 * The end-to-end harness: Debian's Chromium driven by playwright-core, loading the built
 * renderer (out/renderer) from a small static server on 127.0.0.1 (over file:// the module
 * script is blocked). Every end-to-end test and the UI benchmark reuse this one module.
 *
 * window.api is the real thing with only the transport replaced: an init script (host-shim.ts,
 * bundled here with vite) builds it with the preload's own buildApi, and each call comes to this
 * Node process through an exposed binding, passes the same sender check and argument validation
 * as Electron's ipcMain (main/ipc-dispatch.ts), and runs the real main handlers. Only the OS file
 * dialogs are stubbed (StubDialogs): a test says which files "the clerk picked" and where saving
 * goes.
 */
import { createServer, type Server } from 'node:http';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { createHostHandlers, type HostHandlers } from '../../main/handlers/index';
import type { FileDialogs, HostContext, SaveFileOptions } from '../../main/handlers/context';
import { dispatchInvoke, isTrustedSender, untrustedSenderProblem } from '../../main/ipc-dispatch';
import type { MenuCommand } from '../../preload/contract';
import { decodeWire, encodeWire } from './wire-codec';

export const repoRoot = join(import.meta.dirname, '..', '..');
export const rendererRoot = join(repoRoot, 'out', 'renderer');
export const screenshotDir = join(repoRoot, 'test-output', 'screenshots');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export async function serveRenderer(root: string = rendererRoot): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' }).end(body);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Flags measured to work here: no sandbox as root, and no background traffic to a closed network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/** The OS file dialogs as a test drives them. */
export class StubDialogs implements FileDialogs {
  /** What 导入名单… returns: the files "the clerk picked", or null for 取消. */
  openPaths: string[] | null = null;
  /** Where saving goes (the dialog's default name in this folder); null for 取消. */
  saveFolder: string | null;
  /** A file name to save as instead of the dialog's default. */
  saveName: string | null = null;
  /** Every save dialog shown, with its options. */
  readonly saveRequests: SaveFileOptions[] = [];
  openRequests = 0;

  constructor(saveFolder: string | null = null) {
    this.saveFolder = saveFolder;
  }

  openRosterFiles(): Promise<string[] | null> {
    this.openRequests++;
    return Promise.resolve(this.openPaths === null ? null : [...this.openPaths]);
  }

  saveFile(options: SaveFileOptions): Promise<string | null> {
    this.saveRequests.push(options);
    if (this.saveFolder === null) return Promise.resolve(null);
    return Promise.resolve(join(this.saveFolder, this.saveName ?? options.defaultName));
  }
}

export const samplePath = join(repoRoot, 'samples', '示例-岳麓区.xlsx');
/** The reader thread Electron's main process uses (built by electron-vite into out/main). */
export const workerPath = join(repoRoot, 'out', 'main', 'roster-worker.js');

/** A host like the desktop app's, with stub dialogs saving into a fresh temporary folder. */
export async function testHost(dialogs?: StubDialogs): Promise<HostContext & { dialogs: StubDialogs }> {
  const stub = dialogs ?? new StubDialogs(await mkdtemp(join(tmpdir(), 'planner-e2e-')));
  return {
    dialogs: stub,
    samplePath,
    workerPath,
    appInfo: { name: '工作群精简规划器', version: 'e2e', platform: `${process.platform}-${process.arch}` },
  };
}

/**
 * The built shim is kept in out/e2e/ with the hash of every module it was built from, so one
 * test run builds it once (each test file runs in its own worker) and a changed contract or codec
 * is never served stale.
 */
const SHIM_CACHE = join(repoRoot, 'out', 'e2e', 'host-shim.json');

interface ShimCache {
  /** Absolute module path → sha256 of its content when the shim was built. */
  modules: Record<string, string>;
  code: string;
}

const sha256 = async (path: string): Promise<string | null> => {
  try {
    return createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
  } catch {
    return null;
  }
};

async function cachedShim(): Promise<string | null> {
  let cache: ShimCache;
  try {
    cache = JSON.parse(await readFile(SHIM_CACHE, 'utf8')) as ShimCache;
  } catch {
    return null;
  }
  const entries = Object.entries(cache.modules ?? {});
  if (entries.length === 0 || typeof cache.code !== 'string') return null;
  for (const [path, hash] of entries) if ((await sha256(path)) !== hash) return null;
  return cache.code;
}

async function buildShim(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      target: 'es2022',
      // From repoRoot, not this file's folder: the UI benchmark runs this module bundled into out/node/.
      lib: {
        entry: join(repoRoot, 'test', 'e2e', 'host-shim.ts'),
        formats: ['iife'],
        name: 'plannerHostShim',
      },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const out of outputs) {
    if (!('output' in out)) continue;
    const chunk = out.output.find((o) => o.type === 'chunk');
    if (!chunk || chunk.type !== 'chunk') continue;
    const modules: Record<string, string> = {};
    for (const id of chunk.moduleIds) {
      const hash = id.startsWith('\0') ? null : await sha256(id);
      if (hash !== null) modules[id] = hash;
    }
    await mkdir(dirname(SHIM_CACHE), { recursive: true });
    const temp = `${SHIM_CACHE}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify({ modules, code: chunk.code } satisfies ShimCache));
    await rename(temp, SHIM_CACHE);
    return chunk.code;
  }
  throw new Error('host shim bundle has no chunk');
}

let shimBundle: Promise<string> | null = null;

/** host-shim.ts (with the contract and the codec) as one IIFE script. */
export function hostShimScript(): Promise<string> {
  shimBundle ??= cachedShim().then((code) => code ?? buildShim());
  return shimBundle;
}

export interface InstalledHost {
  handlers: HostHandlers;
  /** Channels called so far, in order, with whether the result was ok. */
  calls: Array<{ channel: string; ok: boolean }>;
  /** Sends a menu command to the page, as choosing it in the application menu does. */
  menuCommand(command: MenuCommand): Promise<void>;
}

/**
 * Installs window.api in `page` (for every document it loads from now on) on top of the real
 * handlers of `host`. Calls are accepted from the page's top-level frame on `origin` only, as
 * main accepts them only from app://planner.
 */
export async function installApi(
  page: Page,
  host: HostContext,
  options: { origin: string },
): Promise<InstalledHost> {
  const handlers = createHostHandlers(host);
  const calls: InstalledHost['calls'] = [];
  await page.exposeBinding('__hostInvoke', async (source, channel: unknown, args: unknown) => {
    const frame = source.frame;
    const trusted = isTrustedSender(
      { url: frame.url(), isMainFrame: frame === source.page.mainFrame() },
      options.origin,
    );
    let decoded: unknown = undefined;
    try {
      decoded = typeof args === 'string' ? decodeWire(args) : undefined;
    } catch {
      // Undecodable arguments fail validation below, as malformed IPC would.
    }
    const result = trusted
      ? await dispatchInvoke(handlers, channel, decoded)
      : { ok: false as const, problem: untrustedSenderProblem() };
    calls.push({ channel: String(channel), ok: result.ok });
    return encodeWire(result);
  });
  await page.addInitScript({ content: await hostShimScript() });
  return {
    handlers,
    calls,
    async menuCommand(command) {
      await page.evaluate((c) => {
        (window as unknown as { __hostMenuCommand?: (c: string) => void }).__hostMenuCommand?.(c);
      }, command);
    },
  };
}

export interface AppSession {
  browser: Browser;
  page: Page;
  server: StaticServer;
  /** The host behind window.api; null when opened with `host: null`. */
  host: InstalledHost | null;
  /** The stub file dialogs of the default host (null with a custom host or none). */
  dialogs: StubDialogs | null;
  /** Console errors and page errors seen so far: a test fails if the app logs any. */
  errors: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  width?: number;
  height?: number;
  scale?: number;
  /**
   * The host behind window.api: by default testHost() (the sample, the built reader thread,
   * stub dialogs saving to a temporary folder); null for a page without window.api.
   */
  host?: HostContext | null;
  /** Open the page (default true); false leaves navigation to the test. */
  navigate?: boolean;
  /** The folder served (default out/renderer). */
  root?: string;
}

export async function openApp(options: OpenOptions = {}): Promise<AppSession> {
  const server = await serveRenderer(options.root);
  const browser = await launchBrowser();
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1366, height: options.height ?? 768 },
    deviceScaleFactor: options.scale ?? 1,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  let dialogs: StubDialogs | null = null;
  let hostContext: HostContext | null;
  if (options.host === undefined) {
    const host = await testHost();
    dialogs = host.dialogs;
    hostContext = host;
  } else {
    hostContext = options.host;
  }
  const host = hostContext
    ? await installApi(page, hostContext, { origin: new URL(server.url).origin })
    : null;
  if (options.navigate !== false) await page.goto(server.url);
  return {
    browser,
    page,
    server,
    host,
    dialogs,
    errors,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
