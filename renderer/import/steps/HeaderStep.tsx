/**
 * 3 表头行: the first rows of each imported sheet, with the header row the analysis found marked
 * and the title rows above it dimmed. Clicking a row (or choosing its number) makes it the header;
 * the host then matches the columns afresh.
 */
import { SHEET_KIND_LABELS } from '../../../core/import/fields';
import { gridLetters, gridRows, rowRole } from '../model/grid';
import { usedSheets, type SheetState, type WizardState } from '../model/wizard';
import { SheetGrid } from '../SheetGrid';
import { SheetTabs, useSheetChoice } from '../SheetTabs';
import type { WizardActions } from '../useImportWizard';

const noHeader = (s: SheetState): boolean => s.headerRow === null;

export function HeaderStep({ state, actions }: { state: WizardState; actions: WizardActions }) {
  const sheets = usedSheets(state);
  const [sheet, choose] = useSheetChoice(sheets, noHeader);
  if (!sheet || sheet.kind === null) return null;
  const a = sheet.analysis;
  const preview = a.preview;
  const letters = gridLetters(preview, Math.max(1, a.headers.length));
  const edits = state.cellEdits.filter((e) => e.file === sheet.file && e.sheet === sheet.sheet);
  const rows = gridRows(preview, 1, edits, letters.length);
  const headerRows = sheet.headerRow === a.headerRow ? (a.headerRows ?? 1) : 1;
  const kind = SHEET_KIND_LABELS[sheet.kind];
  const choices = Array.from({ length: Math.max(preview.length, sheet.headerRow ?? 0) }, (_, i) => i + 1);
  return (
    <>
      <SheetTabs sheets={sheets} current={sheet} onChoose={choose} needsWork={noHeader} />
      <div className="wizard-sheet-head">
        <h2 className="wizard-panel-title">
          {sheet.file} · {sheet.sheet}（{kind}）
        </h2>
        <label className="field-inline wizard-header-choice">
          表头在第
          <select
            aria-label="表头所在行"
            value={sheet.headerRow ?? ''}
            onChange={(e) => void actions.setHeaderRow(sheet, Number(e.target.value))}
          >
            {sheet.headerRow === null && <option value="">（未找到）</option>}
            {choices.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          行
        </label>
      </div>
      <p className={sheet.headerRow === null ? 'wizard-intro text-danger' : 'wizard-intro'}>
        {sheet.headerRow === null
          ? `在前 ${preview.length} 行中没有找到${kind}表的表头，请点击表头所在的行。`
          : '蓝色标出的是表头行，其上方的标题行（灰色）不会导入。表头不对时，点击正确的那一行。'}
        {headerRows > 1 && ` 表头占 ${headerRows} 行（有上下合并的单元格）。`}
      </p>
      <SheetGrid
        label={`工作表“${sheet.sheet}”的前 ${preview.length} 行`}
        letters={letters}
        rows={rows}
        roleOf={(row) => rowRole(row, sheet.headerRow, headerRows)}
        onPickRow={(row) => void actions.setHeaderRow(sheet, row)}
        pickLabel={(row) => `把第 ${row} 行设为表头`}
      />
    </>
  );
}
