/**
 * The end-to-end harness: Debian's Chromium driven by playwright-core, loading the built
 * renderer (out/renderer) from a small static server on 127.0.0.1 (over file:// the module
 * script is blocked). Every end-to-end test and the UI benchmark reuse this one module; the
 * desktop-app issues add window.api here, built from the preload's contract on top of the real
 * main handlers.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';

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

export interface AppSession {
  browser: Browser;
  page: Page;
  server: StaticServer;
  /** Console errors and page errors seen so far: a test fails if the app logs any. */
  errors: string[];
  close(): Promise<void>;
}

export async function openApp(
  options: { width?: number; height?: number; scale?: number } = {},
): Promise<AppSession> {
  const server = await serveRenderer();
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
  await page.goto(server.url);
  return {
    browser,
    page,
    server,
    errors,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
