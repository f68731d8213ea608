/** The report model and its builders; writers live in main/report. */
export { buildReport, defaultReportTitle, type ReportOptions } from './build';
export { buildTemplateModel } from './template';
export { maskIdNumber, maskPhone } from './mask';
export * from './model';
