/**
 * The app:// scheme (Electron wiring; the rules are in main/app-files.ts). Registered as
 * privileged before the app is ready — standard (relative URLs, and storage such as IndexedDB,
 * which Chromium disables for non-standard schemes), secure (a secure context, so
 * crypto.randomUUID and friends work) and supportFetchAPI. Not corsEnabled: that would let other
 * origins read app:// responses, and the renderer loads only its own origin. Not bypassCSP.
 */
import { protocol } from 'electron';
import { appResponse } from '../app-files';
import { APP_SCHEME } from '../app-origin';

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves out/renderer on app://planner/ (call once the app is ready). */
export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const response = await appResponse(rendererRoot, { url: request.url, method: request.method });
    // A copy into a plain ArrayBuffer: what the Response body type accepts.
    const body = response.body === null ? null : new Uint8Array(response.body).buffer;
    return new Response(body, { status: response.status, headers: response.headers });
  });
}
