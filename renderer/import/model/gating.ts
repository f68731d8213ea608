/**
 * When the clerk may go on: for each step, what still stands in the way of the next one, in
 * Chinese, naming the file and sheet. A step can be entered when no step before it has anything
 * in the way.
 */
import { SHEET_KIND_LABELS } from '../../../core/import/fields';
import { missingRequiredOf } from './columns';
import { usedFiles, usedSheets, WIZARD_STEPS, type WizardState, type WizardStep } from './wizard';

const sheetName = (file: string, sheet: string): string => `文件 ${file} 的工作表“${sheet}”`;

export interface CheckCounts {
  errors: number;
  warnings: number;
}

export function checkCounts(s: WizardState): CheckCounts | null {
  if (!s.result) return null;
  let errors = 0;
  for (const p of s.result.problems) if (p.level === 'error') errors++;
  return { errors, warnings: s.result.problems.length - errors };
}

/** What keeps the clerk from leaving `step` forward; empty when nothing does. */
export function blockers(s: WizardState, step: WizardStep): string[] {
  switch (step) {
    case 'files': {
      if (s.sessionId === null) return ['请先选择名单文件。'];
      if (usedFiles(s).length === 0) {
        return s.files.some((f) => f.ok)
          ? ['所有文件都设为不导入了：请至少导入一个文件。']
          : ['选择的文件都无法读取：请重新选择文件。'];
      }
      return [];
    }
    case 'sheets': {
      const out: string[] = [];
      for (const f of usedFiles(s)) {
        if (!f.sheets.some((sh) => sh.kind !== null)) {
          out.push(`文件 ${f.file} 没有要导入的工作表：请选择工作表的内容，或回到“选择文件”不导入此文件。`);
        }
      }
      if (!usedSheets(s).some((sh) => sh.kind === 'groups')) {
        out.unshift('没有工作群表：请把至少一张工作表设为“工作群”。');
      }
      return out;
    }
    case 'header':
      return usedSheets(s)
        .filter((sh) => sh.headerRow === null)
        .map((sh) => `${sheetName(sh.file, sh.sheet)}还没有表头行：请点选表头所在的行。`);
    case 'mapping':
      return usedSheets(s).flatMap((sh) => {
        const missing = missingRequiredOf(sh);
        if (missing.length === 0) return [];
        const kind = sh.kind ? SHEET_KIND_LABELS[sh.kind] : '';
        return [`${sheetName(sh.file, sh.sheet)}（${kind}）缺少必填的列：${missing.join('、')}。`];
      });
    case 'check': {
      const counts = checkCounts(s);
      if (!counts) return ['正在检查名单，请稍候。'];
      if (counts.errors > 0) return [`还有 ${counts.errors} 个错误：请修改单元格或排除有错的行。`];
      if (counts.warnings > 0 && !s.warningsConfirmed) return [`请确认已查看 ${counts.warnings} 条警告。`];
      return [];
    }
    case 'finish':
      return [];
  }
}

/** True when every step before `step` lets the clerk through. */
export function canEnter(s: WizardState, step: WizardStep): boolean {
  for (const before of WIZARD_STEPS) {
    if (before === step) return true;
    if (blockers(s, before).length > 0) return false;
  }
  return true;
}

export const nextStep = (step: WizardStep): WizardStep | null =>
  WIZARD_STEPS[WIZARD_STEPS.indexOf(step) + 1] ?? null;

export const previousStep = (step: WizardStep): WizardStep | null =>
  WIZARD_STEPS[WIZARD_STEPS.indexOf(step) - 1] ?? null;
