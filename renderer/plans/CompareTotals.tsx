/** The two plans' totals side by side (a row each) and B − A below; figures that differ are marked. */
import type { TotalRow } from '../../core/compare/model';
import { differenceText, TOTAL_HEADINGS, totalText } from './model';

export interface CompareTotalsProps {
  rows: readonly TotalRow[];
  nameA: string;
  nameB: string;
}

export function CompareTotals({ rows, nameA, nameB }: CompareTotalsProps) {
  const mark = (r: TotalRow) => (r.differs ? 'num cmp-differs' : 'num');
  return (
    <div className="panel panel-flush cmp-totals-panel">
      <table className="table cmp-totals" aria-label="两个方案的汇总">
        <thead>
          <tr>
            <th scope="col">方案</th>
            {rows.map((r) => (
              <th key={r.key} scope="col" className="num" title={r.label}>
                {TOTAL_HEADINGS[r.key]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr data-testid="compare-totals-a">
            <th scope="row">
              <span className="cmp-side cmp-side-a">A</span> {nameA}
            </th>
            {rows.map((r) => (
              <td key={r.key} className={mark(r)}>
                {totalText(r, r.a)}
              </td>
            ))}
          </tr>
          <tr data-testid="compare-totals-b">
            <th scope="row">
              <span className="cmp-side cmp-side-b">B</span> {nameB}
            </th>
            {rows.map((r) => (
              <td key={r.key} className={mark(r)}>
                {totalText(r, r.b)}
              </td>
            ))}
          </tr>
          <tr className="cmp-diff-row">
            <th scope="row">差（B − A）</th>
            {rows.map((r) => (
              <td key={r.key} className="num">
                {r.differs ? differenceText(r) : ''}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
