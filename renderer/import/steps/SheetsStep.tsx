/**
 * 2 工作表: each sheet of each imported file with what it was found to hold (单位 / 工作群 / 成员
 * / 不导入) and why; the clerk may change it.
 */
import { KIND_OPTIONS, kindFromValue, kindReason } from '../model/labels';
import { usedFiles, usedSheets, type WizardState } from '../model/wizard';
import type { WizardActions } from '../useImportWizard';

export function SheetsStep({ state, actions }: { state: WizardState; actions: WizardActions }) {
  const files = usedFiles(state);
  const importHasGroups = usedSheets(state).some((s) => s.kind === 'groups');
  return (
    <>
      <p className="wizard-intro">
        请核对每张工作表的内容。说明页、汇总页等不是名单的表设为“不导入”。一份名单至少要有一张工作群表；单位表、成员表可选。
      </p>
      {files.map((f) => {
        const hasGroups = f.sheets.some((s) => s.kind === 'groups');
        return (
          <div key={f.file} className="panel panel-flush wizard-file-panel">
            <h2 className="wizard-panel-title">{f.file}</h2>
            {!hasGroups && importHasGroups && f.sheets.some((s) => s.kind !== null) && (
              <p className="wizard-panel-note text-warn">
                此文件没有工作群表：它的单位、成员将与其他文件的工作群合并。
              </p>
            )}
            <table className="table sheets-table">
              <colgroup>
                <col className="sheets-col-name" />
                <col className="sheets-col-kind" />
                <col />
                <col className="sheets-col-row" />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">工作表</th>
                  <th scope="col">内容</th>
                  <th scope="col">依据</th>
                  <th scope="col" className="num">
                    表头行
                  </th>
                </tr>
              </thead>
              <tbody>
                {f.sheets.map((sh) => (
                  <tr key={sh.sheet} className={sh.kind === null ? 'is-skipped' : undefined}>
                    <th scope="row">{sh.sheet}</th>
                    <td>
                      <select
                        aria-label={`工作表“${sh.sheet}”的内容`}
                        value={sh.kind ?? ''}
                        onChange={(e) => void actions.setSheetKind(sh, kindFromValue(e.target.value))}
                      >
                        {KIND_OPTIONS.map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td className="muted">{kindReason(sh)}</td>
                    <td className="num">{sh.kind === null ? '—' : (sh.headerRow ?? '未找到')}</td>
                  </tr>
                ))}
                {f.sheets.length === 0 && (
                  <tr>
                    <td colSpan={4} className="muted">
                      此文件没有工作表。
                    </td>
                  </tr>
                )}
              </tbody>
            </table>
          </div>
        );
      })}
    </>
  );
}
