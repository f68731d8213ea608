/**
 * The members of the group in the detail panel (after merge), flagged community heads first with
 * 移出成员, removed members with 恢复. Long lists show the first part until asked for all.
 */
import { useState } from 'react';
import type { BoardController } from './controller';
import type { BoardData } from './model/board-data';
import { quote } from './model/drop';
import { memberRows } from './model/members';

const FIRST = 80;

export function DetailMembers({ ctl, data, id }: { ctl: BoardController; data: BoardData; id: string }) {
  const [all, setAll] = useState(false);
  const rows = memberRows(data, id);
  if (rows === null) {
    return (
      <>
        <h3 className="detail-section">成员</h3>
        <p className="muted">名单中没有这个群的成员明细。</p>
      </>
    );
  }
  const shown = all ? rows : rows.slice(0, FIRST);
  const act = (key: string, name: string, remove: boolean) => {
    const label = `${remove ? '移出' : '恢复'}${quote(data, id)}的成员“${name}”`;
    const action = remove
      ? ({ type: 'removeMember', groupId: id, personKey: key } as const)
      : ({ type: 'restoreMember', groupId: id, personKey: key } as const);
    void ctl.apply(label, [{ action, label }]);
  };
  return (
    <>
      <h3 className="detail-section">成员（{rows.length} 人）</h3>
      <ul className="detail-members">
        {shown.map((r) => (
          <li key={r.key} className={r.removed ? 'is-removed' : undefined}>
            <span className="member-name">{r.name}</span>
            <span className="member-info">{[r.unit, r.title, r.contact].filter(Boolean).join(' · ')}</span>
            {r.flagged && !r.removed && <span className="flag flag-danger">社区负责人</span>}
            {/* A head where the rules allow one (a street's own groups): said, not flagged. */}
            {r.communityHead && !r.flagged && !r.removed && <span className="flag">社区负责人</span>}
            {r.removed && <span className="flag">已移出</span>}
            {r.flagged && !r.removed && (
              <button
                type="button"
                className="btn btn-small btn-danger"
                onClick={() => act(r.key, r.name, true)}
              >
                移出成员
              </button>
            )}
            {r.removed && (
              <button type="button" className="btn btn-small" onClick={() => act(r.key, r.name, false)}>
                恢复
              </button>
            )}
          </li>
        ))}
      </ul>
      {!all && rows.length > FIRST && (
        <button type="button" className="btn btn-small" onClick={() => setAll(true)}>
          显示全部 {rows.length} 人
        </button>
      )}
    </>
  );
}
