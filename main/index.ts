// Placeholder Electron entry; the desktop-app issue fills in the window, menu and IPC wiring.
import { app } from 'electron';

void app.whenReady().then(() => {
  app.quit();
});
