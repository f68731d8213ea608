import { describe, expect, it } from 'vitest';
import { nameRosterFiles } from '../../../main/handlers/import-files';
import { ImportSessions } from '../../../main/handlers/import-sessions';

describe('names of the files of one import', () => {
  it('keeps unique names and numbers repeated ones', () => {
    expect(
      nameRosterFiles(['/a/名单.xlsx', '/b/名单.xlsx', '/c/其他.csv', '/d/名单.xlsx', '/e/名单.XLSX']).map(
        (n) => [n.file, n.renamedFrom],
      ),
    ).toEqual([
      ['名单.xlsx', null],
      ['名单（2）.xlsx', '名单.xlsx'],
      ['其他.csv', null],
      ['名单（3）.xlsx', '名单.xlsx'],
      ['名单（4）.XLSX', '名单.XLSX'],
    ]);
  });

  it('does not collide with a file already called 名单（2）.xlsx', () => {
    expect(nameRosterFiles(['/a/名单（2）.xlsx', '/b/名单.xlsx', '/c/名单.xlsx']).map((n) => n.file)).toEqual(
      ['名单（2）.xlsx', '名单.xlsx', '名单（3）.xlsx'],
    );
  });

  it('reads the same path once', () => {
    expect(nameRosterFiles(['/a/名单.xlsx', '/a/../a/名单.xlsx']).map((n) => n.path)).toEqual([
      '/a/名单.xlsx',
    ]);
  });

  it('names files without an extension', () => {
    expect(nameRosterFiles(['/a/名单', '/b/名单']).map((n) => n.file)).toEqual(['名单', '名单（2）']);
  });
});

describe('the import session store', () => {
  const open = (s: ImportSessions): string => s.open([]).id;

  it('hands out distinct random ids', () => {
    const s = new ImportSessions(10);
    const ids = new Set(Array.from({ length: 10 }, () => open(s)));
    expect(ids.size).toBe(10);
  });

  it('is bounded: the least recently used session goes first', () => {
    const s = new ImportSessions(3);
    const [a, b, c] = [open(s), open(s), open(s)];
    s.get(a);
    const d = open(s);
    expect(s.size).toBe(3);
    expect([a, b, c, d].map((id) => s.get(id) !== undefined)).toEqual([true, false, true, true]);
  });

  it('frees a closed session', () => {
    const s = new ImportSessions();
    const a = open(s);
    expect(s.close(a)).toBe(true);
    expect(s.close(a)).toBe(false);
    expect(s.get(a)).toBeUndefined();
  });

  it('refuses a limit below one', () => {
    expect(() => new ImportSessions(0)).toThrow(RangeError);
  });
});
