/**
 * The detail panel of the focused card: its facts, why the plan treats it as it does, the fields
 * a clerk may correct (category via 保留/转出, business line, responsible person, temporary and
 * end date, 晒照片 — each change one undo step), the groups merged into it, and its members.
 * Text fields are saved when they lose focus or on Enter.
 */
import { useId, type KeyboardEvent } from 'react';
import type { GroupEdit } from '../../core/plan/model';
import { NON_WORK_CATEGORIES, WORK_CATEGORY, type NonWorkCategory } from '../../core/roster/model';
import { PlatformBadge, reasonText } from './CardBody';
import type { BoardController } from './controller';
import { DetailMembers } from './DetailMembers';
import type { BoardData, CardView } from './model/board-data';
import { quote } from './model/drop';
import { LANE_TITLES } from './model/lanes';

const FIELD_NAMES: Record<keyof GroupEdit, string> = {
  businessLine: '业务分类',
  owner: '负责人',
  temporary: '是否临时',
  endDate: '结束日期',
  photoRequired: '是否要求晒照片',
};

function edit(ctl: BoardController, data: BoardData, id: string, change: GroupEdit): void {
  const field = Object.keys(change)[0] as keyof GroupEdit | undefined;
  const label = `修改${quote(data, id)}的${field ? FIELD_NAMES[field] : '信息'}`;
  void ctl.apply(label, [{ action: { type: 'editGroup', groupId: id, edit: change }, label }]);
}

function TextEdit({
  label,
  value,
  list,
  onSave,
}: {
  label: string;
  value: string | null;
  list?: string;
  onSave(v: string): void;
}) {
  const id = useId();
  const save = (el: HTMLInputElement) => {
    if (el.value.trim() !== (value ?? '')) onSave(el.value);
  };
  return (
    <div className="detail-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        // Remounts with the saved value after a save, an undo or another card.
        key={value ?? ''}
        defaultValue={value ?? ''}
        list={list}
        onBlur={(e) => save(e.currentTarget)}
        onKeyDown={(e: KeyboardEvent<HTMLInputElement>) => {
          if (e.key === 'Enter') save(e.currentTarget);
        }}
      />
    </div>
  );
}

export function DetailPanel({
  ctl,
  data,
  id,
  onClose,
}: {
  ctl: BoardController;
  data: BoardData;
  id: string;
  onClose(): void;
}) {
  const titleId = useId();
  const linesId = useId();
  const card: CardView | null = data.card(id);
  if (!card) {
    return (
      <aside className="detail" aria-label="群详情">
        <div className="detail-head">
          <h2 className="detail-title">群详情</h2>
          <button type="button" className="btn btn-quiet" aria-label="关闭详情" onClick={onClose}>
            ✕
          </button>
        </div>
        <p className="muted">这个群已不在方案中（可能已撤销新建）。</p>
      </aside>
    );
  }
  const created = card.created;
  const onCategory = (value: string) => {
    if (value === WORK_CATEGORY) ctl.moveTo([id], 'kept', false);
    else
      ctl.reclassify([id], NON_WORK_CATEGORIES.find((c) => c === value) ?? (null as NonWorkCategory | null));
  };
  return (
    <aside className="detail" aria-labelledby={titleId}>
      <div className="detail-head">
        <h2 id={titleId} className="detail-title">
          <PlatformBadge platform={card.platform} /> {card.name}
        </h2>
        <button type="button" className="btn btn-quiet" aria-label="关闭详情" onClick={onClose}>
          ✕
        </button>
      </div>
      <div className="detail-body">
        <dl className="detail-facts">
          <dt>单位</dt>
          <dd>{card.unitName}</dd>
          <dt>处置</dt>
          <dd>
            {created ? '新建合并群（保留）' : LANE_TITLES[card.lane]}
            {card.targetId && (
              <>
                {' → '}
                <button type="button" className="link" onClick={() => ctl.focusCard(card.targetId ?? '')}>
                  “{card.targetName}”
                </button>
              </>
            )}
          </dd>
          <dt>成员</dt>
          <dd>{card.members} 人</dd>
          {card.code && (
            <>
              <dt>群编号</dt>
              <dd>{card.code}</dd>
            </>
          )}
          <dt>最近活跃</dt>
          <dd>{card.lastActive ?? '无记录'}</dd>
        </dl>
        <p className="detail-reason">
          <span className="rule">{card.ruleLabel}</span> {reasonText(card)}
        </p>
        <h3 className="detail-section">群信息</h3>
        {!created && (
          <div className="detail-field">
            <label htmlFor={`${titleId}-cat`}>群类别</label>
            <select id={`${titleId}-cat`} value={card.category} onChange={(e) => onCategory(e.target.value)}>
              {[WORK_CATEGORY, ...NON_WORK_CATEGORIES].map((c) => (
                <option key={c} value={c}>
                  {c === WORK_CATEGORY ? c : `${c}（转出）`}
                </option>
              ))}
              {card.category === '非工作群' && <option value="非工作群">非工作群（转出）</option>}
            </select>
          </div>
        )}
        <TextEdit
          label="业务分类"
          value={card.businessLine}
          list={linesId}
          onSave={(v) => edit(ctl, data, id, { businessLine: v })}
        />
        <datalist id={linesId}>
          {data.policy.businessLines.map((l) => (
            <option key={l} value={l} />
          ))}
        </datalist>
        <TextEdit label="负责人" value={card.owner} onSave={(v) => edit(ctl, data, id, { owner: v })} />
        {!created && (
          <>
            <label className="check">
              <input
                type="checkbox"
                checked={card.temporary}
                onChange={(e) => edit(ctl, data, id, { temporary: e.target.checked })}
              />
              临时性、阶段性工作群
            </label>
            {card.temporary && (
              <div className="detail-field">
                <label htmlFor={`${titleId}-end`}>结束日期</label>
                <input
                  id={`${titleId}-end`}
                  type="date"
                  key={card.endDate ?? ''}
                  defaultValue={card.endDate ?? ''}
                  onBlur={(e) => {
                    const v = e.currentTarget.value;
                    if (v !== (card.endDate ?? '')) edit(ctl, data, id, { endDate: v === '' ? null : v });
                  }}
                />
              </div>
            )}
            <label className="check">
              <input
                type="checkbox"
                checked={card.photoRequired}
                onChange={(e) => edit(ctl, data, id, { photoRequired: e.target.checked })}
              />
              要求晒照片（违反规定，应取消）
            </label>
          </>
        )}
        {card.sourceIds.length > 0 && (
          <>
            <h3 className="detail-section">已并入的群（{card.sourceIds.length}）</h3>
            <ul className="detail-sources">
              {card.sourceIds.map((s) => (
                <li key={s}>
                  <span>{data.nameOf(s)}</span>
                  <button type="button" className="btn btn-small" onClick={() => ctl.unmerge([s])}>
                    拆出
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        <DetailMembers ctl={ctl} data={data} id={id} />
      </div>
    </aside>
  );
}
