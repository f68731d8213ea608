/** Electron's file dialogs as the handlers' FileDialogs (main/handlers/context.ts). */
import { app, dialog, type BrowserWindow } from 'electron';
import { dirname, join } from 'node:path';
import type { FileDialogs } from '../handlers/context';

const ROSTER_FILTERS = [
  { name: '名单文件（Excel、WPS、CSV）', extensions: ['xlsx', 'xls', 'et', 'ods', 'csv'] },
  { name: '所有文件', extensions: ['*'] },
];

export function electronDialogs(window: () => BrowserWindow | null): FileDialogs {
  // The folder last used in this run, so the next dialog opens where the clerk was working.
  let lastFolder: string | null = null;
  const folder = (): string => lastFolder ?? app.getPath('documents');
  return {
    async openRosterFiles() {
      const options: Electron.OpenDialogOptions = {
        title: '导入名单',
        defaultPath: folder(),
        properties: ['openFile', 'multiSelections'],
        filters: ROSTER_FILTERS,
      };
      const owner = window();
      const result = owner
        ? await dialog.showOpenDialog(owner, options)
        : await dialog.showOpenDialog(options);
      if (result.canceled || result.filePaths.length === 0) return null;
      lastFolder = dirname(result.filePaths[0] ?? folder());
      return result.filePaths;
    },
    async saveFile({ title, defaultName, filters }) {
      const options: Electron.SaveDialogOptions = {
        title,
        defaultPath: join(folder(), defaultName),
        filters,
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      };
      const owner = window();
      const result = owner
        ? await dialog.showSaveDialog(owner, options)
        : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      lastFolder = dirname(result.filePath);
      return result.filePath;
    },
  };
}
