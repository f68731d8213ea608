/**
 * 1 选择文件: pick one or several roster files; each is listed with what was read (format,
 * encoding, sheets) or, prominently, why it could not be, in which case it is left out.
 */
import { problemText } from '../../errors/messages';
import { useStore } from '../../store/context';
import { saveTemplate } from '../../store/host';
import { formatLabel } from '../model/labels';
import type { WizardState } from '../model/wizard';
import type { WizardActions } from '../useImportWizard';

export function FilesStep({ state, actions }: { state: WizardState; actions: WizardActions }) {
  const store = useStore();
  const failed = state.files.filter((f) => !f.ok);
  const hasFiles = state.files.length > 0;
  return (
    <>
      <div className="panel wizard-pick">
        <div className="wizard-pick-row">
          <button
            type="button"
            className={hasFiles ? 'btn' : 'btn btn-primary'}
            onClick={() => void actions.pickFiles()}
            disabled={store.api === null}
          >
            {hasFiles ? '重新选择文件…' : '选择名单文件…'}
          </button>
          <span className="muted">
            可一次选择多个文件：Excel（.xlsx、.xls）、WPS（.et）或 CSV。各街道、部门的名单会合并为一份。
          </span>
        </div>
        <p className="muted wizard-template">
          还没有统一格式？
          <button type="button" className="link-button" onClick={() => void saveTemplate(store)}>
            保存标准模板
          </button>
          ，发给各单位按格式填报。
        </p>
      </div>

      {failed.length > 0 && (
        <div className="notice notice-error" role="alert">
          <p className="notice-title">
            {failed.length === state.files.length
              ? '选择的文件都无法读取。'
              : `有 ${failed.length} 个文件无法读取，将跳过，不会导入：`}
          </p>
          <ul>
            {failed.map((f) => (
              <li key={f.file}>{f.problem ? problemText(f.problem) : `文件 ${f.file} 无法读取。`}</li>
            ))}
          </ul>
          <p>
            {failed.length === state.files.length
              ? '请重新选择文件。'
              : '可以继续导入其他文件，也可以重新选择文件。'}
          </p>
        </div>
      )}

      {hasFiles && (
        <div className="panel panel-flush">
          <table className="table wizard-files">
            <thead>
              <tr>
                <th scope="col">导入</th>
                <th scope="col">文件</th>
                <th scope="col">格式</th>
                <th scope="col" className="num">
                  工作表
                </th>
                <th scope="col">读取情况</th>
              </tr>
            </thead>
            <tbody>
              {state.files.map((f) => (
                <tr key={f.file} className={f.skipped ? 'is-skipped' : undefined}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`导入 ${f.file}`}
                      checked={!f.skipped}
                      disabled={!f.ok}
                      onChange={(e) => actions.setFileSkipped(f.file, !e.target.checked)}
                    />
                  </td>
                  <th scope="row" className="wizard-file-name">
                    {f.file}
                  </th>
                  <td className="wizard-file-format">{formatLabel(f)}</td>
                  <td className="num">{f.ok ? f.sheets.length : '—'}</td>
                  <td>
                    {!f.ok ? (
                      <span className="text-danger">无法读取，已跳过</span>
                    ) : f.skipped ? (
                      <span className="muted">已选择不导入</span>
                    ) : (
                      <span className="text-ok">已读取</span>
                    )}
                    {f.ok &&
                      f.warnings.map((w, i) => (
                        <p key={i} className="text-warn wizard-file-warning">
                          {problemText(w)}
                        </p>
                      ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
