/** A host for the handler tests: the built reader thread, the samples, and dialogs a test drives. */
import { copyFile, mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FileDialogs, HostContext, SaveFileOptions } from '../../../main/handlers/context';

export const repoRoot = join(import.meta.dirname, '..', '..', '..');
export const workerPath = join(repoRoot, 'out', 'node', 'roster-worker.js');
export const samples = join(repoRoot, 'samples');
/** Small samples keep these tests quick; the district sample is for the end-to-end tests. */
export const STREET_SAMPLE = join(samples, '示例-望月湖街道.xlsx');
export const MESSY_SAMPLE = join(samples, '示例-杂乱名单.xlsx');

export class TestDialogs implements FileDialogs {
  openPaths: string[] | null = null;
  /** The path the save dialog returns; null: cancelled. */
  savePath: string | null = null;
  readonly saveRequests: SaveFileOptions[] = [];
  openRosterFiles(): Promise<string[] | null> {
    return Promise.resolve(this.openPaths);
  }
  saveFile(options: SaveFileOptions): Promise<string | null> {
    this.saveRequests.push(options);
    return Promise.resolve(this.savePath);
  }
}

export function testHost(dialogs: FileDialogs = new TestDialogs(), samplePath = STREET_SAMPLE): HostContext {
  return {
    dialogs,
    samplePath,
    workerPath,
    appInfo: { name: '工作群精简规划器', version: '0.0.0-test', platform: 'test' },
  };
}

export const tempDir = (): Promise<string> => mkdtemp(join(tmpdir(), 'planner-handlers-'));

/** Copies a sample into `folder` under `name` (made if missing). */
export async function placeCopy(source: string, folder: string, name: string): Promise<string> {
  await mkdir(folder, { recursive: true });
  const path = join(folder, name);
  await copyFile(source, path);
  return path;
}
