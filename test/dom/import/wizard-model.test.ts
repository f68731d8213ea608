/**
 * The import wizard's pure model: what the session becomes, when each step lets the clerk on,
 * mapping edits, sheet kinds, corrections and exclusions, and what is sent to the host and
 * remembered — checked against the real importer where it matters (a remembered mapping must
 * come back as kindSource 'saved').
 */
import { describe, expect, it } from 'vitest';
import { analyzeSheetAs, analyzeWorkbook, headerSignature, importRoster } from '../../../core/import/index';
import { YUELU_POLICY } from '../../../core/policy/yuelu';
import { blockers, canEnter } from '../../../renderer/import/model/gating';
import { importRequest, mappingsToRemember } from '../../../renderer/import/model/request';
import * as W from '../../../renderer/import/model/wizard';
import { sessionOf, streetWorkbook } from './fixtures';

const groupsRef = { file: '银盆岭街道.xlsx', sheet: '工作群统计' };
const notesRef = { file: '银盆岭街道.xlsx', sheet: '填表说明' };

function fresh(failed: string[] = []): W.WizardState {
  return W.wizardFromSession(sessionOf([streetWorkbook()], failed));
}

const sheet = (s: W.WizardState, ref: W.SheetRef = groupsRef): W.SheetState => {
  const found = W.findSheet(s, ref);
  if (!found) throw new Error('no sheet');
  return found;
};

/** 使用软件 (column D) mapped to 平台 by hand: the sheet is then complete. */
const mapped = (s: W.WizardState = fresh()): W.WizardState => W.setColumnField(s, groupsRef, 3, 'platform');

describe('the wizard from a session', () => {
  it('takes each file and sheet as analysed, leaving an unreadable file out', () => {
    const s = fresh(['照片.xlsx']);
    expect(s.files.map((f) => [f.file, f.ok, f.skipped])).toEqual([
      ['银盆岭街道.xlsx', true, false],
      ['照片.xlsx', false, true],
    ]);
    expect(sheet(s)).toMatchObject({ kind: 'groups', headerRow: 3, manualColumns: [], kindChosen: false });
    expect(sheet(s, notesRef).kind).toBeNull();
    // A file that could not be read cannot be taken back in.
    expect(W.setFileSkipped(s, '照片.xlsx', false).files[1]?.skipped).toBe(true);
  });
});

describe('step gating', () => {
  it.each<[string, (s: W.WizardState) => W.WizardState, W.WizardStep, string[]]>([
    ['no files yet', () => W.emptyWizard(), 'files', ['请先选择名单文件。']],
    [
      'every file left out',
      (s) => W.setFileSkipped(s, '银盆岭街道.xlsx', true),
      'files',
      ['所有文件都设为不导入了：请至少导入一个文件。'],
    ],
    [
      'no groups sheet',
      (s) => W.setSheetKind(s, groupsRef, null),
      'sheets',
      [
        '没有工作群表：请把至少一张工作表设为“工作群”。',
        '文件 银盆岭街道.xlsx 没有要导入的工作表：请选择工作表的内容，或回到“选择文件”不导入此文件。',
      ],
    ],
    [
      'a required column missing',
      (s) => s,
      'mapping',
      ['文件 银盆岭街道.xlsx 的工作表“工作群统计”（工作群）缺少必填的列：平台。'],
    ],
    ['nothing checked yet', (s) => mapped(s), 'check', ['正在检查名单，请稍候。']],
  ])('stops at %s', (_what, change, step, expected) => {
    expect(blockers(change(fresh()), step)).toEqual(expected);
  });

  it('lets the clerk on once the way is clear, and through a step only when all before it are', () => {
    const s = mapped();
    expect(blockers(s, 'files')).toEqual([]);
    expect(blockers(s, 'sheets')).toEqual([]);
    expect(blockers(s, 'header')).toEqual([]);
    expect(blockers(s, 'mapping')).toEqual([]);
    expect(canEnter(s, 'check')).toBe(true);
    expect(canEnter(s, 'finish')).toBe(false);
    expect(canEnter(fresh(), 'check')).toBe(false);
    expect(canEnter(fresh(), 'mapping')).toBe(true);
  });

  it('blocks on errors, asks for warnings to be confirmed, then lets through', () => {
    const s = mapped();
    const bad = importRoster([streetWorkbook('银盆岭街道.xlsx', true)], importRequest(s, [], YUELU_POLICY));
    const withErrors = W.applyResult(s, s.revision, bad);
    expect(blockers(withErrors, 'check')[0]).toMatch(/^还有 \d+ 个错误/);
    const good = importRoster([streetWorkbook()], importRequest(s, [], YUELU_POLICY));
    expect(good.problems.some((p) => p.level === 'error')).toBe(false);
    const withWarnings = W.applyResult(s, s.revision, good);
    expect(blockers(withWarnings, 'check')[0]).toMatch(/^请确认已查看 \d+ 条警告。$/);
    expect(blockers(W.confirmWarnings(withWarnings, true), 'check')).toEqual([]);
    expect(canEnter(W.confirmWarnings(withWarnings, true), 'finish')).toBe(true);
  });

  it('asks for a header row when none was found', () => {
    const s = fresh();
    const noHeader = {
      ...s,
      files: s.files.map((f) => ({
        ...f,
        sheets: f.sheets.map((sh) => (sh.sheet === groupsRef.sheet ? { ...sh, headerRow: null } : sh)),
      })),
    };
    expect(blockers(noHeader, 'header')).toEqual([
      '文件 银盆岭街道.xlsx 的工作表“工作群统计”还没有表头行：请点选表头所在的行。',
    ]);
  });
});

describe('column mapping edits', () => {
  it('gives a field to one column only, moving it from another column', () => {
    let s = mapped();
    expect(sheet(s).mapping['platform']).toBe(3);
    expect(sheet(s).manualColumns).toEqual([3]);
    // 群名 (C) as 平台: D loses it, C's 群名称 goes.
    s = W.setColumnField(s, groupsRef, 2, 'platform');
    expect(sheet(s).mapping['platform']).toBe(2);
    expect(sheet(s).mapping['name']).toBeUndefined();
    expect(W.fieldOfColumn(sheet(s).mapping, 3)).toBeNull();
    expect(sheet(s).manualColumns).toEqual([2, 3]);
    // 不导入
    s = W.setColumnField(s, groupsRef, 2, null);
    expect(W.fieldOfColumn(sheet(s).mapping, 2)).toBeNull();
  });

  it('makes the last check stale on every change', () => {
    const s = mapped();
    const checked = W.applyResult(
      s,
      s.revision,
      importRoster([streetWorkbook()], importRequest(s, [], YUELU_POLICY)),
    );
    expect(checked.result).not.toBeNull();
    const changed = W.setColumnField(checked, groupsRef, 4, null);
    expect(changed.result).toBeNull();
    expect(changed.revision).toBe(checked.revision + 1);
    // A check answering an older revision is dropped.
    expect(
      W.applyResult(
        changed,
        checked.revision,
        checked.result ?? { roster: null, problems: [], analyses: [] },
      ),
    ).toBe(changed);
  });
});

describe('sheet kinds and header rows', () => {
  it('ignores a sheet and brings it back with its mapping; another kind needs the host', () => {
    const s = mapped();
    const off = W.setSheetKind(s, groupsRef, null);
    expect(sheet(off)).toMatchObject({ kind: null, kindChosen: true });
    const back = W.setSheetKind(off, groupsRef, 'groups');
    expect(sheet(back).kind).toBe('groups');
    expect(sheet(back).mapping).toEqual(sheet(fresh()).mapping);
    expect(W.kindNeedsAnalysis(sheet(s), 'members')).toBe(true);
    expect(W.kindNeedsAnalysis(sheet(s), 'groups')).toBe(false);
    expect(W.kindNeedsAnalysis(sheet(s), null)).toBe(false);
  });

  it('takes a new reading at another header row, its mapping afresh', () => {
    const wb = streetWorkbook();
    const title = analyzeSheetAs(wb, groupsRef.sheet, 'groups', 1);
    if (!title) throw new Error('no analysis');
    const s = W.applySheetAnalysis(mapped(), groupsRef, title);
    expect(sheet(s)).toMatchObject({ headerRow: 1, manualColumns: [] });
    expect(blockers(s, 'mapping')[0]).toContain('缺少必填的列：群名称、所属单位、平台');
  });
});

describe('what is sent to the host', () => {
  it('makes every sheet of an imported file a choice, with edits and exclusions of those files', () => {
    let s = W.setFileSkipped(
      mapped(W.wizardFromSession(sessionOf([streetWorkbook(), streetWorkbook('乙.xlsx')]))),
      '乙.xlsx',
      true,
    );
    s = W.addCellEdit(s, { ...groupsRef, row: 5, column: 4, value: '40' });
    s = W.addCellEdit(s, { ...groupsRef, row: 5, column: 4, value: '41' });
    s = W.addCellEdit(s, { file: '乙.xlsx', sheet: groupsRef.sheet, row: 5, column: 4, value: '1' });
    s = W.setRowExcluded(s, { ...groupsRef, row: 6 }, true);
    s = W.setRowExcluded(s, { file: '乙.xlsx', sheet: groupsRef.sheet, row: 6 }, true);
    const request = importRequest(s, [], YUELU_POLICY);
    expect(request.choices.map((c) => [c.file, c.sheet, c.kind, c.headerRow])).toEqual([
      ['银盆岭街道.xlsx', '工作群统计', 'groups', 3],
      ['银盆岭街道.xlsx', '填表说明', null, 1],
    ]);
    expect(request.choices[0]?.mapping).toMatchObject({ unit: 1, name: 2, platform: 3, memberCount: 4 });
    expect(request.choices[1]?.mapping).toEqual({});
    expect(request.skippedFiles).toEqual(['乙.xlsx']);
    expect(request.cellEdits).toEqual([{ ...groupsRef, row: 5, column: 4, value: '41' }]);
    expect(request.excludedRows).toEqual([{ ...groupsRef, row: 6 }]);
    expect(request.policy).toBe(YUELU_POLICY);
    expect(W.isExcluded(s, { ...groupsRef, row: 6 })).toBe(true);
    expect(W.setRowExcluded(s, { ...groupsRef, row: 6 }, false).excludedRows).toHaveLength(1);
  });

  it('imports exactly what the wizard shows (an edit and an exclusion reach the roster)', () => {
    let s = mapped();
    s = W.addCellEdit(s, { ...groupsRef, row: 5, column: 2, value: '银盆岭街道网格化工作群' });
    s = W.setRowExcluded(s, { ...groupsRef, row: 6 }, true);
    const result = importRoster([streetWorkbook()], importRequest(s, [], YUELU_POLICY));
    expect(result.roster?.groups.map((g) => g.name)).toEqual([
      '银盆岭街道工作总群',
      '银盆岭街道网格化工作群',
    ]);
    expect(result.problems.some((p) => p.code === 'ROW_EXCLUDED' && p.row === 6)).toBe(true);
  });

  it('remembers the confirmed mapping by its header, and the importer then says kindSource saved', () => {
    const s = mapped();
    const remembered = mappingsToRemember(s);
    expect(remembered).toEqual([
      {
        signature: headerSignature(['序号', '单位名称', '群名', '使用软件', '群人数', '最后活跃']),
        kind: 'groups',
        mapping: sheet(s).mapping,
      },
    ]);
    const next = analyzeWorkbook(streetWorkbook('另一个街道.xlsx'), { savedMappings: remembered });
    expect(next[0]).toMatchObject({ kindSource: 'saved', missingRequired: [] });
    expect(next[0]?.mapping['platform']).toBe(3);
    expect(W.wizardFromSession(sessionOf([streetWorkbook('另一个街道.xlsx')], [], remembered))).toSatisfy(
      (w: W.WizardState) => blockers(w, 'mapping').length === 0,
    );
  });
});
