/**
 * The one application window. Its webPreferences are written inline in the constructor call on
 * purpose: the security scanner (electronegativity) reads only inline options, and a reader
 * checking the baseline finds them all in one place.
 */
import { BrowserWindow, screen } from 'electron';
import { loadWindowState, MIN_WINDOW, saveWindowState, type Rect } from '../window-state';

export const WINDOW_TITLE = '工作群精简规划器';

function workAreas(): Rect[] {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((d) => d.id !== primary.id);
  return [primary, ...others].map((d) => d.workArea);
}

export async function createMainWindow(options: {
  preloadPath: string;
  statePath: string;
}): Promise<BrowserWindow> {
  const state = await loadWindowState(options.statePath, workAreas());
  const window = new BrowserWindow({
    ...state.bounds,
    minWidth: MIN_WINDOW.width,
    minHeight: MIN_WINDOW.height,
    title: WINDOW_TITLE,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preloadPath,
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
      // Spellcheck would try to download Hunspell dictionaries from a network the PCs may lack.
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  rememberBounds(window, options.statePath);
  return window;
}

/**
 * Saves the normal bounds when the window closes. The close waits for the (tiny, atomic) write,
 * because the process quits right after the last window closes.
 */
function rememberBounds(window: BrowserWindow, statePath: string): void {
  let phase: 'open' | 'saving' | 'saved' = 'open';
  window.on('close', (event) => {
    if (phase === 'saved') return;
    event.preventDefault();
    if (phase === 'saving') return;
    phase = 'saving';
    void saveWindowState(statePath, window.getNormalBounds(), window.isMaximized())
      .catch(() => false)
      .then(() => {
        phase = 'saved';
        window.close();
      });
  });
}
