/**
 * Where the renderer lives. The app is served from app://planner/ (main/app/protocol.ts), never
 * from file:// or a server.
 *
 * NEVER CHANGE THE SCHEME OR THE HOST: the renderer keeps every roster, plan and undo history in
 * IndexedDB, and IndexedDB belongs to the page's origin. A different origin opens an empty
 * database, and the clerk's saved work would seem lost.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'planner';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;
