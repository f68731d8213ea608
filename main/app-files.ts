/**
 * What app://planner/… serves, without Electron: the built renderer's files (out/renderer), and
 * nothing outside that folder whatever the URL says (../, %2e%2e, backslashes, NUL). Every
 * response carries the content security policy as a header too, where frame-ancestors works
 * (a <meta> policy cannot set it).
 */
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, join, normalize, relative } from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';

/** The renderer/index.html policy plus what only a header can say. Keep the two in step. */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const CONTENT_TYPES: ReadonlyMap<string, string> = new Map([
  ['.html', 'text/html; charset=utf-8'],
  ['.js', 'text/javascript; charset=utf-8'],
  ['.mjs', 'text/javascript; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.json', 'application/json; charset=utf-8'],
  ['.svg', 'image/svg+xml'],
  ['.png', 'image/png'],
  ['.jpg', 'image/jpeg'],
  ['.ico', 'image/x-icon'],
  ['.woff2', 'font/woff2'],
  ['.woff', 'font/woff'],
  ['.ttf', 'font/ttf'],
]);

/** The file under `root` that an app:// URL names, or null when it names none (or tries to escape). */
export function resolveAppPath(root: string, url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  const inside = path === '/' || path === '' ? 'index.html' : path.replace(/^\/+/, '');
  const file = normalize(join(root, inside));
  const rel = relative(root, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  return file;
}

export interface AppResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | null;
}

const baseHeaders = (): Record<string, string> => ({
  'content-security-policy': APP_CSP,
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-cache',
});

/** The response to one request for app://planner/…. Only GET and HEAD; unknown files are 404. */
export async function appResponse(
  root: string,
  request: { url: string; method: string },
): Promise<AppResponse> {
  const method = request.method.toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') return { status: 405, headers: baseHeaders(), body: null };
  const file = resolveAppPath(root, request.url);
  if (file === null) return { status: 404, headers: baseHeaders(), body: null };
  let body: Uint8Array;
  try {
    body = await readFile(file);
  } catch {
    return { status: 404, headers: baseHeaders(), body: null };
  }
  return {
    status: 200,
    headers: {
      ...baseHeaders(),
      'content-type': CONTENT_TYPES.get(extname(file).toLowerCase()) ?? 'application/octet-stream',
    },
    body: method === 'HEAD' ? null : body,
  };
}
