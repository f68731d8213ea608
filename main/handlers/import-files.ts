/**
 * Reading the roster files of one import through the isolated parser. Several streets often send
 * files of the same name (each filled in the same template), and every message and every wizard
 * choice names a file by its name alone: a second 名单.xlsx is read as 名单（2）.xlsx, with a
 * warning saying which folder it came from.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import { problem } from '../../core/problems';
import { fileProblem } from '../roster/file-problems';
import { DEFAULT_LIMITS, readRosterFile, type ReadResult } from '../roster/read-roster-file';
import type { SessionFile } from './import-sessions';

export interface NamedPath {
  path: string;
  /** The name the import uses. */
  file: string;
  /** The file's own name when it had to be renamed; else null. */
  renamedFrom: string | null;
}

const samePathKey = (p: string): string =>
  process.platform === 'win32' ? resolve(p).toLowerCase() : resolve(p);

/** Unique names for the chosen files (the same path twice is read once). */
export function nameRosterFiles(paths: readonly string[]): NamedPath[] {
  const seenPaths = new Set<string>();
  const used = new Set<string>();
  const key = (name: string): string => name.toLowerCase();
  const out: NamedPath[] = [];
  for (const path of paths) {
    const pk = samePathKey(path);
    if (seenPaths.has(pk)) continue;
    seenPaths.add(pk);
    const own = basename(path) || '（未命名文件）';
    let file = own;
    if (used.has(key(file))) {
      const ext = extname(own);
      const stem = own.slice(0, own.length - ext.length);
      for (let n = 2; used.has(key(file)); n++) file = `${stem}（${n}）${ext}`;
    }
    used.add(key(file));
    out.push({ path, file, renamedFrom: file === own ? null : own });
  }
  return out;
}

async function readRenamed(named: NamedPath, workerPath: string): Promise<ReadResult> {
  let size: number;
  try {
    size = (await stat(named.path)).size;
  } catch {
    // The reader reports an unreadable path in its own words.
    return readRosterFile({ path: named.path }, { workerPath });
  }
  if (size > DEFAULT_LIMITS.maxFileBytes) {
    return {
      ok: false,
      problem: fileProblem('FILE_TOO_LARGE', named.file, {
        bytes: size,
        limitBytes: DEFAULT_LIMITS.maxFileBytes,
      }),
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(named.path);
  } catch {
    return readRosterFile({ path: named.path }, { workerPath });
  }
  return readRosterFile({ bytes, name: named.file }, { workerPath });
}

/**
 * Reads the files one at a time: a district roll-up may be dozens of files, and each parse may
 * use hundreds of megabytes inside its worker.
 */
export async function readRosterFiles(paths: readonly string[], workerPath: string): Promise<SessionFile[]> {
  const files: SessionFile[] = [];
  for (const named of nameRosterFiles(paths)) {
    const read =
      named.renamedFrom === null
        ? await readRosterFile({ path: named.path }, { workerPath })
        : await readRenamed(named, workerPath);
    const warnings = read.ok ? [...read.warnings] : [];
    if (named.renamedFrom !== null) {
      warnings.unshift(
        problem(
          'warning',
          'FILE_NAME_DUPLICATE',
          `选择的文件中有不止一个名为“${named.renamedFrom}”的文件；位于“${dirname(named.path)}”的这一个在本次导入中称为“${named.file}”。`,
          { file: named.file },
        ),
      );
    }
    files.push({
      file: named.file,
      path: named.path,
      workbook: read.ok ? read.workbook : null,
      problem: read.ok ? null : read.problem,
      warnings,
    });
  }
  return files;
}
