/** The big numbers across the top of the dashboard. */
import type { BigNumbers as Big } from '../../core/dashboard';
import { fmt } from './theme';

function Card({ label, children, testId }: { label: string; children: React.ReactNode; testId: string }) {
  return (
    <div className="dash-card" data-testid={testId}>
      <div className="dash-card-label">{label}</div>
      <div className="dash-card-value">{children}</div>
    </div>
  );
}

const Arrow = () => (
  <span className="dash-arrow" aria-label="精简为">
    →
  </span>
);

export function BigNumbers({ big, overQuota }: { big: Big; overQuota: number }) {
  const person = big.mostBurdened;
  return (
    <div className="dash-cards">
      <Card label="工作群（精简前 → 后）" testId="dash-groups">
        <span className="dash-num dash-before">{fmt(big.before)}</span>
        <Arrow />
        <span className="dash-num dash-after">{fmt(big.after)}</span>
      </Card>
      <Card label="压缩比例" testId="dash-compression">
        <span className="dash-num dash-after">{big.compressionText}</span>
      </Card>
      <Card label="处置" testId="dash-actions">
        <dl className="dash-actions">
          <div>
            <dt>合并</dt>
            <dd>{fmt(big.merged)}</dd>
          </div>
          <div>
            <dt>解散</dt>
            <dd>{fmt(big.dissolved)}</dd>
          </div>
          <div>
            <dt>转出</dt>
            <dd>{fmt(big.reclassified)}</dd>
          </div>
          <div>
            <dt>新建</dt>
            <dd>{fmt(big.created)}</dd>
          </div>
        </dl>
        {big.pending > 0 && <div className="dash-card-note">待定 {fmt(big.pending)} 个</div>}
      </Card>
      <Card label="群成员人次" testId="dash-memberships">
        <span className="dash-num dash-before">{fmt(big.membershipsBefore)}</span>
        <Arrow />
        <span className="dash-num dash-after">{fmt(big.membershipsAfter)}</span>
      </Card>
      <Card label="负担最重的人（群数）" testId="dash-person">
        {person ? (
          <>
            <span className="dash-num dash-before">{fmt(person.before)}</span>
            <Arrow />
            <span className="dash-num dash-after">{fmt(person.after)}</span>
            <div
              className="dash-card-note"
              title={person.unit ? `${person.name}（${person.unit}）` : person.name}
            >
              {person.name}
              {person.unit ? `（${person.unit}）` : ''}
            </div>
          </>
        ) : (
          <span className="dash-card-note">名单未附群成员</span>
        )}
      </Card>
      <Card label="超出限额的单位" testId="dash-over">
        <span className={`dash-num ${overQuota > 0 ? 'dash-bad' : 'dash-good'}`}>{fmt(overQuota)}</span>
        <span className="dash-unit-text">个</span>
      </Card>
    </div>
  );
}
