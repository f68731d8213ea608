/**
 * 报告: the print preview of the open plan's 汇总表 with 打印 / 另存为 PDF / 导出报告 / 保存模板.
 * The toolbar is for the screen only; the sheets below are what the printer gets.
 */
import { useMemo } from 'react';
import { computeMetrics } from '../../core/metrics/compute';
import { buildReport } from '../../core/report/build';
import { buildPrintReport } from '../../core/report/print-model';
import { NoPlanOpen } from '../components/NoPlanOpen';
import { saveTemplate } from '../store/host';
import { useStore, usePlanDerived, useWorkspaceSelector } from '../store/context';
import { setReportChoices, useReportChoices } from './options';
import { exportReportPage, preparedByOf, printReportPage, saveReportPdfPage } from './print-actions';
import { ReportPreview } from './ReportPreview';
import './report.css';

function Toolbar() {
  const store = useStore();
  const choices = useReportChoices();
  return (
    <div className="report-toolbar">
      <h1 className="page-title">报告</h1>
      <div className="report-options" role="group" aria-label="报告选项">
        <label className="check">
          <input
            type="checkbox"
            checked={choices.includeActions}
            onChange={(e) => setReportChoices({ includeActions: e.target.checked })}
          />
          附处置清单（横向打印）
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={choices.maskPersonalNumbers}
            onChange={(e) => setReportChoices({ maskPersonalNumbers: e.target.checked })}
          />
          导出报告时隐去手机号、身份证号
        </label>
      </div>
      <div className="button-row report-buttons">
        <button type="button" className="btn btn-primary" onClick={() => void printReportPage(store)}>
          打印…
        </button>
        <button type="button" className="btn" onClick={() => void saveReportPdfPage(store)}>
          另存为 PDF…
        </button>
        <button type="button" className="btn" onClick={() => void exportReportPage(store)}>
          导出报告…
        </button>
        <button type="button" className="btn btn-quiet" onClick={() => void saveTemplate(store)}>
          保存模板…
        </button>
      </div>
    </div>
  );
}

export function ReportPage() {
  const { includeActions } = useReportChoices();
  const settings = useWorkspaceSelector((s) => s.settings);
  // The workbook's model, built once per plan version; the print model only reads three sheets.
  const model = usePlanDerived((open) =>
    buildReport(
      open.roster,
      open.plan,
      open.policy,
      computeMetrics(open.roster, open.plan, open.policy, open.index),
      { maskPersonalNumbers: false },
      open.index,
    ),
  );
  const preparedBy = preparedByOf(settings);
  const report = useMemo(
    () => (model ? buildPrintReport(model, { includeActions, preparedBy }) : null),
    [model, includeActions, preparedBy],
  );
  if (!report) return <NoPlanOpen title="报告" />;
  return (
    <div className="report-screen">
      <Toolbar />
      <div className="report-paper-area">
        <ReportPreview report={report} />
      </div>
    </div>
  );
}
