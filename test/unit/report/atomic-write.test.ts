import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic, type WriteResult } from '../../../main/files/atomic-write';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

function fsError(code: string): NodeJS.ErrnoException {
  const e: NodeJS.ErrnoException = new Error(`${code}: simulated`);
  e.code = code;
  return e;
}

function problemOf(result: WriteResult) {
  if (result.ok) throw new Error('expected a failure');
  return result.problem;
}

describe('writeFileAtomic', () => {
  let dir = '';
  let target = '';

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    target = join(dir, '报告.xlsx');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes bytes and leaves no temporary file', async () => {
    expect(await writeFileAtomic(target, bytes('new'))).toEqual({ ok: true, path: target });
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['报告.xlsx']);
  });

  it('replaces an existing file with what a streaming writer produced', async () => {
    writeFileSync(target, 'old');
    const result = await writeFileAtomic(target, async (out) => {
      out.write('part 1, ');
      await new Promise((r) => setTimeout(r, 5));
      out.end('part 2');
    });
    expect(result.ok).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('part 1, part 2');
    expect(readdirSync(dir)).toEqual(['报告.xlsx']);
  });

  it('keeps the old file and removes the temporary one when the writer fails midway', async () => {
    writeFileSync(target, 'old');
    const result = await writeFileAtomic(
      target,
      async (out) => {
        out.write('half a report');
        throw new Error('boom');
      },
      { label: '报告' },
    );
    expect(problemOf(result)).toMatchObject({ level: 'error', code: 'FILE_WRITE_FAILED', file: '报告.xlsx' });
    expect(problemOf(result).message).toContain('原文件未改动，报告尚未保存');
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['报告.xlsx']);
  });

  it('reports a full disk during the write, even when the writer then waits forever', async () => {
    writeFileSync(target, 'old');
    const result = await writeFileAtomic(target, async (out) => {
      out.write('some rows');
      out.destroy(fsError('ENOSPC'));
      await new Promise(() => undefined); // like a writer waiting for a 'finish' that never comes
    });
    expect(problemOf(result)).toMatchObject({ code: 'FILE_WRITE_FAILED' });
    expect(problemOf(result).message).toBe('无法保存“报告.xlsx”：磁盘空间不足。原文件未改动，文件尚未保存。');
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['报告.xlsx']);
  });

  it.each(['EBUSY', 'EPERM', 'EACCES'])(
    'says the file is open in Excel when replacing it fails with %s (as on Windows)',
    async (code) => {
      writeFileSync(target, 'old');
      const result = await writeFileAtomic(target, bytes('new'), {
        label: '报告',
        fs: {
          rename: () => Promise.reject(fsError(code)),
        },
        retryDelaysMs: [],
      });
      const p = problemOf(result);
      expect(p.code).toBe('FILE_TARGET_LOCKED');
      expect(p.message).toBe(
        '文件“报告.xlsx”正被其他程序（如 Excel、WPS）打开，无法覆盖。请先关闭该文件后重试，或另存为其他文件名。原文件未改动，报告尚未保存。',
      );
      expect(p.detail).toContain(code);
      expect(readFileSync(target, 'utf8')).toBe('old');
      expect(readdirSync(dir)).toEqual(['报告.xlsx']);
    },
  );

  it('retries a briefly held file before giving up', async () => {
    writeFileSync(target, 'old');
    let calls = 0;
    const { rename } = await import('node:fs/promises');
    const result = await writeFileAtomic(target, bytes('new'), {
      fs: {
        rename: (from, to) => (++calls === 1 ? Promise.reject(fsError('EBUSY')) : rename(from, to)),
      },
      retryDelaysMs: [1],
    });
    expect(result.ok).toBe(true);
    expect(calls).toBe(2);
    expect(readFileSync(target, 'utf8')).toBe('new');
  });

  it('fails plainly when a folder of that name is in the way, touching nothing', async () => {
    mkdirSync(target);
    writeFileSync(join(target, 'inside.txt'), 'keep');
    const p = problemOf(await writeFileAtomic(target, bytes('new')));
    expect(p.code).toBe('FILE_WRITE_FAILED');
    expect(p.message).toMatch(/^无法保存“报告\.xlsx”：/u);
    expect(readFileSync(join(target, 'inside.txt'), 'utf8')).toBe('keep');
    expect(readdirSync(dir)).toEqual(['报告.xlsx']);
  });

  it('names a missing folder', async () => {
    const p = problemOf(await writeFileAtomic(join(dir, 'nope', 'a.xlsx'), bytes('x')));
    expect(p).toMatchObject({ code: 'FILE_WRITE_FAILED', file: 'a.xlsx' });
    expect(p.message).toBe('无法保存“a.xlsx”：保存位置的文件夹不存在。文件尚未保存。');
  });

  it('refuses to overwrite an input roster, however it is named', async () => {
    const input = join(dir, '名单.xlsx');
    writeFileSync(input, 'roster');
    const link = join(dir, 'link.xlsx');
    symlinkSync(input, link);
    for (const path of [input, join(dir, '.', '名单.xlsx'), link]) {
      const p = problemOf(await writeFileAtomic(path, bytes('report'), { inputs: [input] }));
      expect(p.code).toBe('FILE_TARGET_IS_INPUT');
      expect(p.message).toContain('程序从不改动导入的文件');
    }
    expect(readFileSync(input, 'utf8')).toBe('roster');
    expect(readdirSync(dir).sort()).toEqual(['link.xlsx', '名单.xlsx']);
    expect((await writeFileAtomic(target, bytes('report'), { inputs: [input] })).ok).toBe(true);
  });
});
