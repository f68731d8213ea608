/**
 * The Electron security checklist's process-wide part (DESIGN §5): no page may navigate, open a
 * window, attach a <webview>, or be granted a permission. The app is one page on app://planner
 * that never needs to leave it, so every such request is denied outright rather than filtered;
 * links to the outside world are not followed (there is no shell.openExternal in this app).
 */
import { app, session, type WebContents } from 'electron';

function lockDown(contents: WebContents): void {
  // loadURL from main is not a navigation event; anything the page itself starts is.
  contents.on('will-navigate', (event) => {
    event.preventDefault();
  });
  // The same for frames (the app has none; an injected iframe gets nowhere).
  contents.on('will-frame-navigate', (event) => {
    event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Call before the first window is created (app ready). */
export function applySecurityPolicy(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false);
  });
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  app.on('web-contents-created', (_event, contents) => {
    lockDown(contents);
  });
}
