/**
 * What the host handlers need from the world outside them. Electron's main process fills it in
 * (main/app/dialogs.ts wraps Electron's dialog module); the tests and the end-to-end harness pass
 * a stub dialog that returns the paths a test chose. Nothing here imports electron.
 */
import type { AppInfo } from '../../preload/contract';
import type { ReportPrinter } from './print-handlers';

export interface SaveFileOptions {
  /** The dialog's title, in Chinese. */
  title: string;
  /** The file name offered, without a folder. */
  defaultName: string;
  filters: Array<{ name: string; extensions: string[] }>;
}

/** The operating system's file dialogs: the one thing about files the clerk decides herself. */
export interface FileDialogs {
  /** Paths of the roster files chosen (several allowed); null when cancelled. */
  openRosterFiles(): Promise<string[] | null>;
  /** The path to save to; null when cancelled. */
  saveFile(options: SaveFileOptions): Promise<string | null>;
}

export interface HostContext {
  dialogs: FileDialogs;
  /** The embedded sample district (示例-岳麓区.xlsx). */
  samplePath: string;
  /** The built roster-parsing thread (roster-worker.js beside the main bundle). */
  workerPath: string;
  /** Electron's userData folder; absent in tests. */
  userDataDir?: string;
  appInfo: AppInfo;
  /** The window's page for 打印 / 另存为 PDF (main/app/print.ts); absent where nothing can print. */
  printer?: ReportPrinter;
}
