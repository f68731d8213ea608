import { mkdir, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_CSP, appResponse, resolveAppPath } from '../../../main/app-files';
import { APP_ORIGIN, APP_START_URL } from '../../../main/app-origin';
import { repoRoot, tempDir } from './helpers';

describe('what app://planner serves', () => {
  let root: string;
  let outside: string;
  beforeAll(async () => {
    const base = await tempDir();
    root = join(base, 'renderer');
    outside = join(base, 'secret.txt');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html><title>t</title>');
    await writeFile(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
    await writeFile(join(root, 'assets', '图标 1.svg'), '<svg/>');
    await writeFile(outside, 'secret');
  });

  it('keeps the origin the IndexedDB data belongs to', () => {
    expect(APP_ORIGIN).toBe('app://planner');
    expect(APP_START_URL).toBe('app://planner/index.html');
  });

  it.each([
    ['app://planner/', 'index.html'],
    ['app://planner/index.html', 'index.html'],
    ['app://planner/index.html?x=1#/board', 'index.html'],
    ['app://planner/assets/index-abc.js', 'assets/index-abc.js'],
    ['app://planner/assets/%E5%9B%BE%E6%A0%87%201.svg', 'assets/图标 1.svg'],
    ['app://planner/assets/../index.html', 'index.html'],
  ])('%s → %s', (url, file) => {
    expect(resolveAppPath(root, url)).toBe(join(root, file));
  });

  it.each([
    ['app://planner/../secret.txt'],
    ['app://planner/%2e%2e/secret.txt'],
    ['app://planner/assets/%2e%2e/%2e%2e/secret.txt'],
    ['app://planner/..%2fsecret.txt'],
    ['app://planner/..%5csecret.txt'],
    ['app://planner/assets\\..\\..\\secret.txt'],
    ['app://planner/index.html%00.js'],
    ['app://planner/%E0%A4%A'],
    ['app://other/index.html'],
    ['https://planner/index.html'],
    ['app://planner//etc/passwd'],
  ])('never leaves the renderer folder for %s', (url) => {
    // The URL parser itself folds /../ away, so some of these name root/secret.txt (absent): fine.
    const file = resolveAppPath(root, url);
    expect(file === null || file.startsWith(root + sep)).toBe(true);
    expect(file).not.toBe(outside);
  });

  it('serves files with their type, the CSP and nosniff', async () => {
    const html = await appResponse(root, { url: 'app://planner/', method: 'GET' });
    expect(html.status).toBe(200);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.headers['content-security-policy']).toBe(APP_CSP);
    expect(html.headers['x-content-type-options']).toBe('nosniff');
    expect(new TextDecoder().decode(html.body ?? new Uint8Array())).toContain('<title>');
    const js = await appResponse(root, { url: 'app://planner/assets/index-abc.js', method: 'GET' });
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const head = await appResponse(root, { url: 'app://planner/assets/index-abc.js', method: 'HEAD' });
    expect([head.status, head.body]).toEqual([200, null]);
  });

  it.each([
    ['app://planner/missing.js', 'GET', 404],
    ['app://planner/assets', 'GET', 404],
    ['app://planner/../secret.txt', 'GET', 404],
    ['app://planner/index.html', 'POST', 405],
  ])('%s (%s) → %i', async (url, method, status) => {
    const r = await appResponse(root, { url, method });
    expect([r.status, r.body]).toEqual([status, null]);
    expect(r.headers['content-security-policy']).toBe(APP_CSP);
  });

  it('sends the policy of renderer/index.html, plus frame-ancestors', () => {
    const html = readFileSync(join(repoRoot, 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const directives = (csp: string): string[] =>
      csp
        .split(';')
        .map((d) => d.trim().replace(/\s+/g, ' '))
        .filter(Boolean)
        .sort();
    expect(meta).toBeDefined();
    expect(directives(APP_CSP)).toEqual(directives(`${meta ?? ''}; frame-ancestors 'none'`));
  });
});
