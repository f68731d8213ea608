/** The standard blank template (标准模板.xlsx), rendered by the report writer from core's template model. */
import { buildTemplateModel } from '../../core/report/template';
import { writeFileAtomic, type WriteResult } from '../files/atomic-write';
import { renderReportXlsx, streamReportXlsx, type SaveOptions } from './write-report';

export const TEMPLATE_FILE_NAME = '标准模板.xlsx';

export function renderTemplateXlsx(): Promise<Uint8Array> {
  return renderReportXlsx(buildTemplateModel());
}

export function writeTemplate(targetPath: string, options: SaveOptions = {}): Promise<WriteResult> {
  const model = buildTemplateModel();
  return writeFileAtomic(targetPath, (out) => streamReportXlsx(model, out), {
    label: '模板',
    ...(options.inputs ? { inputs: options.inputs } : {}),
  });
}
