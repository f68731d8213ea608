/**
 * Saving a file so that a failure never leaves a half-written report or a damaged old one: the
 * content goes to a temporary file in the same folder (same volume, so the rename is atomic),
 * is flushed to disk, and only then renamed over the target. On any failure the temporary file
 * is removed and an existing target is left exactly as it was.
 *
 * On Windows a file open in Excel or WPS cannot be replaced: the rename fails with EBUSY, EPERM
 * or EACCES. That is the commonest failure a clerk meets, so it gets its own Problem
 * (FILE_TARGET_LOCKED) telling her to close the file. An input roster is never overwritten.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { problem, type Problem } from '../../core/problems';

export type WriteResult = { ok: true; path: string } | { ok: false; problem: Problem };

/** Bytes to write, or a function that writes to the stream and ends it (exceljs's streaming writer). */
export type WriteContent = Uint8Array | ((out: Writable) => Promise<void>);

/** The file-system calls the writer makes, replaceable so tests can make them fail. */
export interface AtomicFs {
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

export interface AtomicWriteOptions {
  /** The roster files this session read: saving over one of them is refused. */
  inputs?: readonly string[];
  /** What is being saved, for messages: 报告, 模板; default 文件. */
  label?: string;
  fs?: Partial<AtomicFs>;
  /**
   * Waits between rename retries. A virus scanner or the search indexer holds a fresh file for
   * a moment on Windows, so a few short retries there avoid a false "file is open".
   */
  retryDelaysMs?: readonly number[];
}

const LOCK_CODES = new Set(['EBUSY', 'EPERM', 'EACCES']);

const errorCode = (e: unknown): string =>
  typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : '';

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

function failureReason(code: string): string {
  switch (code) {
    case 'ENOSPC':
      return '磁盘空间不足';
    case 'EACCES':
    case 'EPERM':
      return '没有写入该文件夹的权限';
    case 'ENOENT':
      return '保存位置的文件夹不存在';
    case 'EISDIR':
      return '该位置已有同名的文件夹';
    case 'EROFS':
      return '保存位置是只读的';
    case 'ENAMETOOLONG':
      return '文件名或路径太长';
    default:
      return code ? `系统错误 ${code}` : '系统错误';
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await fsp.lstat(path);
    return true;
  } catch {
    return false;
  }
}

/** True when `target` is the same file as one of `inputs` (same path, or same file reached another way). */
export async function isInputFile(target: string, inputs: readonly string[]): Promise<boolean> {
  const win = process.platform === 'win32';
  const norm = (p: string): string => (win ? resolve(p).toLowerCase() : resolve(p));
  const t = norm(target);
  if (inputs.some((i) => norm(i) === t)) return true;
  let st: { dev: bigint; ino: bigint };
  try {
    st = await fsp.stat(target, { bigint: true });
  } catch {
    return false;
  }
  for (const input of inputs) {
    try {
      const s = await fsp.stat(input, { bigint: true });
      if (s.ino !== 0n && s.dev === st.dev && s.ino === st.ino) return true;
    } catch {
      // An input that is gone cannot be overwritten.
    }
  }
  return false;
}

async function writeTemp(temp: string, content: WriteContent): Promise<void> {
  if (typeof content !== 'function') {
    const handle = await fsp.open(temp, 'wx');
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    return;
  }
  const out = createWriteStream(temp, { flags: 'wx' });
  // A stream error (disk full) may come while the writer still runs, and the writer may then
  // wait for a 'finish' that never comes: the first error wins the race and ends the wait.
  let failure: unknown = undefined;
  let fail: (e: unknown) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => {
    fail = reject;
  });
  failed.catch(() => undefined);
  out.on('error', (e) => {
    if (failure !== undefined) return;
    failure = e;
    fail(e);
  });
  const closed = new Promise<void>((ok) => out.once('close', () => ok()));
  try {
    await Promise.race([content(out), failed]);
    if (!out.writableEnded) out.end();
    await Promise.race([closed, failed]);
  } catch (e) {
    out.destroy();
    await closed;
    throw failure ?? e;
  }
  if (failure !== undefined) throw failure;
  // The stream has closed its descriptor; flush through a fresh one before the rename.
  const handle = await fsp.open(temp, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes the rename itself durable on POSIX; Windows cannot open a folder and needs no such step. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await fsp.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems refuse fsync on a folder; the data itself is already on disk.
  }
}

export async function writeFileAtomic(
  targetPath: string,
  content: WriteContent,
  options: AtomicWriteOptions = {},
): Promise<WriteResult> {
  const target = resolve(targetPath);
  const name = basename(target);
  const label = options.label ?? '文件';
  const rename = options.fs?.rename ?? fsp.rename;
  const unlink = options.fs?.unlink ?? fsp.unlink;
  const place = { file: name };

  if (options.inputs && (await isInputFile(target, options.inputs))) {
    return {
      ok: false,
      problem: problem(
        'error',
        'FILE_TARGET_IS_INPUT',
        `不能保存到“${name}”：它是本次导入的名单文件，程序从不改动导入的文件。请另选文件名保存。`,
        place,
      ),
    };
  }

  const existed = await exists(target);
  const untouched = existed ? '原文件未改动，' : '';
  const temp = join(dirname(target), `.~${name}.${randomBytes(6).toString('hex')}.tmp`);
  let phase: 'write' | 'rename' = 'write';
  try {
    await writeTemp(temp, content);
    phase = 'rename';
    const delays = options.retryDelaysMs ?? (process.platform === 'win32' ? [100, 300, 600] : []);
    for (let attempt = 0; ; attempt++) {
      try {
        await rename(temp, target);
        break;
      } catch (e) {
        const delay = delays[attempt];
        if (delay === undefined || !LOCK_CODES.has(errorCode(e))) throw e;
        await sleep(delay);
      }
    }
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    const code = errorCode(e);
    if (phase === 'rename' && existed && LOCK_CODES.has(code)) {
      return {
        ok: false,
        problem: problem(
          'error',
          'FILE_TARGET_LOCKED',
          `文件“${name}”正被其他程序（如 Excel、WPS）打开，无法覆盖。请先关闭该文件后重试，或另存为其他文件名。${untouched}${label}尚未保存。`,
          place,
          `${code}: ${errorText(e)}`,
        ),
      };
    }
    return {
      ok: false,
      problem: problem(
        'error',
        'FILE_WRITE_FAILED',
        `无法保存“${name}”：${failureReason(code)}。${untouched}${label}尚未保存。`,
        place,
        code ? `${code}: ${errorText(e)}` : errorText(e),
      ),
    };
  }
  await syncFolder(dirname(target));
  return { ok: true, path: target };
}
