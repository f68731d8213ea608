/** The running totals above the lanes (computeMetrics of the whole plan, DESIGN §2). */
import { memo } from 'react';
import type { ComputedPlanMetrics } from '../../core/metrics/model';
import { totalsStrip } from './model/totals';

const n = (x: number): string => x.toLocaleString('zh-CN');

function TotalsBarView({ metrics }: { metrics: ComputedPlanMetrics }) {
  const t = totalsStrip(metrics);
  return (
    <div className="totals" role="group" aria-label="全区精简情况">
      <span className="total total-main">
        <span className="total-label">工作群</span>
        <strong data-testid="totals">
          {t.before} → {t.after}
        </strong>
        <span className="total-note">
          （原群保留 {t.kept} + 新建 {t.created}）
        </span>
      </span>
      <span className="total">
        <span className="total-label">压缩</span>
        <strong data-testid="compression">{t.compression}</strong>
      </span>
      <span className="total">
        <span className="total-label">合并</span> {t.merged}
        <span className="total-label">解散</span> {t.dissolved}
        <span className="total-label">转出</span> {t.reclassified}
        {t.pending > 0 && (
          <>
            <span className="total-label">待定</span> {t.pending}
          </>
        )}
      </span>
      <span className="total">
        <span className="total-label">成员人次</span>
        {n(t.membershipsBefore)} → {n(t.membershipsAfter)}
      </span>
      <span className={`total${t.unitsOverQuota > 0 ? ' total-over' : ''}`}>
        <span className="total-label">超限单位</span>
        {t.unitsOverQuota > 0 ? `${t.unitsOverQuota} 个` : '无'}
      </span>
    </div>
  );
}

export const TotalsBar = memo(TotalsBarView);
