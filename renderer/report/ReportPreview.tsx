/**
 * The printed report as it will come out of the printer: A4 sheets on grey on screen, and under
 * print media nothing but these sheets (report.css). It only draws a PrintReport
 * (core/report/print-model.ts); every number and word is decided there.
 */
import {
  columnPercents,
  type PrintReport,
  type PrintRow,
  type PrintTable,
} from '../../core/report/print-model';
import { READY_ATTRIBUTE } from './print-actions';

function RowView({
  row,
  columns,
  className,
}: {
  row: PrintRow;
  columns: PrintTable['columns'];
  className?: string;
}) {
  const classes = [className, row.emphasized ? 'is-emphasized' : null].filter(Boolean).join(' ');
  return (
    <tr className={classes || undefined}>
      {row.cells.map((cell, i) => {
        const column = columns[i];
        const alert = row.alert && column?.header === '是否达标';
        const cls = [
          column ? `align-${column.align}` : null,
          // Numbers stay on one line; text wraps rather than lose characters on paper.
          column && column.align !== 'left' ? 'nowrap' : null,
          alert ? 'is-alert' : null,
        ]
          .filter(Boolean)
          .join(' ');
        return (
          <td key={i} className={cls || undefined}>
            {cell}
          </td>
        );
      })}
    </tr>
  );
}

export function PrintTableView({ table, label }: { table: PrintTable; label: string }) {
  const widths = columnPercents(table.columns);
  return (
    <table className="report-table" aria-label={label}>
      <colgroup>
        {widths.map((w, i) => (
          <col key={i} style={{ width: `${w.toFixed(2)}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {table.columns.map((c) => (
            <th key={c.header} scope="col">
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, i) => (
          <RowView key={i} row={row} columns={table.columns} />
        ))}
        {table.totals ? <RowView row={table.totals} columns={table.columns} className="is-total" /> : null}
      </tbody>
    </table>
  );
}

export function ReportPreview({ report }: { report: PrintReport }) {
  const ready = { [READY_ATTRIBUTE]: 'true' };
  return (
    <article className="report-print-root" aria-label="报告预览" {...ready}>
      <section className="report-sheet report-portrait">
        <header className="report-head">
          <h1 className="report-title">{report.title}</h1>
          <p className="report-subtitle">{report.subtitle}</p>
        </header>
        <p className="report-headline">{report.headline}</p>
        {report.summary.map((table, i) => (
          <div className="report-block" key={i}>
            {table.heading ? <h2 className="report-heading">{table.heading}</h2> : null}
            <PrintTableView table={table} label={table.heading ?? '汇总'} />
          </div>
        ))}
        <div className="report-block">
          <h2 className="report-heading">各单位精简前后对照</h2>
          <PrintTableView table={report.units} label="各单位精简前后对照" />
        </div>
        {report.notes.length > 0 ? (
          <ul className="report-notes">
            {report.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        ) : null}
        <div className="report-signature">
          {report.signature.map((f) => (
            <span className="report-signature-field" key={f.label}>
              <span className="report-signature-label">{f.label}：</span>
              <span className="report-signature-line">{f.value ?? ''}</span>
            </span>
          ))}
        </div>
      </section>
      {report.actions ? (
        <section className="report-sheet report-landscape">
          <h2 className="report-heading report-appendix-title">附表：处置清单</h2>
          <PrintTableView table={report.actions} label="处置清单" />
        </section>
      ) : null}
    </article>
  );
}
