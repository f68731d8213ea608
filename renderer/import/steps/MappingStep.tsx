/**
 * 4 列对应: for each imported sheet, every column of its header (letter, header text, sample
 * values) and the field it is imported as. Matches made by the importer are marked 自动 (or 记住的
 * when a remembered mapping was used); the clerk can change any of them. Each field goes to one
 * column at most; required fields still without a column are listed in red.
 */
import { SHEET_KIND_LABELS } from '../../../core/import/fields';
import {
  columnRows,
  fieldOptions,
  missingRequiredOf,
  optionLabel,
  SOURCE_LABELS,
  type ColumnRow,
} from '../model/columns';
import { usedSheets, type SheetState, type WizardState } from '../model/wizard';
import { SheetTabs, useSheetChoice } from '../SheetTabs';
import type { WizardActions } from '../useImportWizard';

const incomplete = (s: SheetState): boolean => missingRequiredOf(s).length > 0;

function ColumnLine({ sheet, row, actions }: { sheet: SheetState; row: ColumnRow; actions: WizardActions }) {
  if (sheet.kind === null) return null;
  const options = fieldOptions(sheet.kind, sheet.mapping, row.column);
  const label = `${row.letter} 列（${row.header || '无表头'}）导入为`;
  return (
    <tr className={row.field ? undefined : 'is-unmapped'}>
      <td className="mapping-letter">{row.letter}</td>
      <th scope="row" className="mapping-header">
        {row.header || <span className="muted">（空）</span>}
      </th>
      <td className="mapping-samples" title={row.samples.join('；')}>
        {row.samples.length ? row.samples.join('；') : <span className="muted">—</span>}
      </td>
      <td className="mapping-field">
        <select
          aria-label={label}
          value={row.field?.key ?? ''}
          title={row.field?.hint}
          onChange={(e) =>
            actions.setColumnField(sheet, row.column, e.target.value === '' ? null : e.target.value)
          }
        >
          <option value="">不导入</option>
          {options.map((o) => (
            <option key={o.field.key} value={o.field.key} title={o.field.hint}>
              {optionLabel(o)}
            </option>
          ))}
        </select>
      </td>
      <td className="mapping-hint">{row.field?.hint}</td>
      <td className="mapping-source">
        {row.source && <span className={`badge badge-${row.source}`}>{SOURCE_LABELS[row.source]}</span>}
      </td>
    </tr>
  );
}

export function MappingStep({ state, actions }: { state: WizardState; actions: WizardActions }) {
  const sheets = usedSheets(state);
  const [sheet, choose] = useSheetChoice(sheets, incomplete);
  if (!sheet || sheet.kind === null) return null;
  const rows = columnRows(sheet);
  const missing = missingRequiredOf(sheet);
  const matched = rows.filter((r) => r.field !== null).length;
  return (
    <>
      <SheetTabs sheets={sheets} current={sheet} onChoose={choose} needsWork={incomplete} />
      <div className="wizard-sheet-head">
        <h2 className="wizard-panel-title">
          {sheet.file} · {sheet.sheet}（{SHEET_KIND_LABELS[sheet.kind]}，表头第 {sheet.headerRow} 行）
        </h2>
        <span className="muted">
          {sheet.analysis.kindSource === 'saved'
            ? `与上次导入的表头相同，已按记住的对应导入 ${matched} 列。`
            : `已对应 ${matched} 列，共 ${rows.length} 列。`}
        </span>
      </div>
      {missing.length > 0 ? (
        <p className="notice notice-error" role="alert">
          缺少必填的列：<strong>{missing.join('、')}</strong>。请在下表中为它们选择对应的列。
        </p>
      ) : (
        <p className="wizard-intro">
          请核对每一列导入为什么。没有对应的列不导入（如序号、备注）。确认后，这样的表头下次会按同样的方式对应。
        </p>
      )}
      <div className="panel panel-flush mapping-panel">
        <table className="table mapping-table">
          <thead>
            <tr>
              <th scope="col">列</th>
              <th scope="col">表头</th>
              <th scope="col">示例内容</th>
              <th scope="col">导入为</th>
              <th scope="col">说明</th>
              <th scope="col">
                <span className="sr-only">来源</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <ColumnLine key={row.column} sheet={sheet} row={row} actions={actions} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
