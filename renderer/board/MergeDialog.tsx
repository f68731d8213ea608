/**
 * The question after a drop on a card (and the 新建合并群… path): 并入该群 (the default: Enter
 * confirms) or 与该群合并为新群 with a name the clerk types. It shows what mergeCheck says: the
 * merged size against the platform's cap, and whether the merge crosses platforms or units.
 */
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { mergeCheck } from '../../core/plan/actions';
import { Dialog } from '../components/Dialog';
import type { BoardData } from './model/board-data';

export interface MergeDialogProps {
  data: BoardData;
  sourceIds: string[];
  /** Null: only a new group (新建合并群…). */
  targetId: string | null;
  onInto(targetId: string): void;
  onNew(ids: string[], name: string, unitId: string | undefined): void;
  onCancel(): void;
}

function listNames(data: BoardData, ids: readonly string[]): string {
  const names = ids.slice(0, 4).map((id) => `“${data.nameOf(id)}”`);
  return ids.length > 4 ? `${names.join('、')} 等 ${ids.length} 个群` : names.join('、');
}

export function mergeWarnings(
  data: BoardData,
  sourceIds: readonly string[],
  targetId: string | null,
): { size: string; warnings: string[] } {
  const { roster, index, plan, policy } = data;
  const c = mergeCheck(roster, index, plan, policy, sourceIds, targetId);
  const warnings: string[] = [];
  if (c.overCap && c.cap !== null) warnings.push(`合并后 ${c.size} 人，超过平台人数上限 ${c.cap} 人。`);
  if (c.crossPlatform) warnings.push('这些群不在同一个平台上，合并后成员需要换平台。');
  if (c.crossUnit) warnings.push('这些群属于不同单位，合并后由一个单位负责。');
  const size = c.cap === null ? `合并后 ${c.size} 人` : `合并后 ${c.size} 人（上限 ${c.cap} 人）`;
  return { size, warnings };
}

export function MergeDialog({ data, sourceIds, targetId, onInto, onNew, onCancel }: MergeDialogProps) {
  const formId = useId();
  const [mode, setMode] = useState<'into' | 'new'>(targetId ? 'into' : 'new');
  const allIds = useMemo(() => (targetId ? [...sourceIds, targetId] : sourceIds), [sourceIds, targetId]);
  const [name, setName] = useState(() => `${data.nameOf(targetId ?? sourceIds[0] ?? '')}（合并）`);
  const units = useMemo(() => {
    const seen = new Map<string, string>();
    for (const id of allIds) {
      const unitId = data.index.groupById.get(id)?.unitId ?? data.plan.created.get(id)?.unitId;
      if (unitId && !seen.has(unitId)) seen.set(unitId, data.index.unitById.get(unitId)?.name ?? unitId);
    }
    return [...seen];
  }, [allIds, data]);
  const [unitId, setUnitId] = useState('');
  const followers = sourceIds.reduce((n, id) => n + (data.sources.get(id)?.length ?? 0), 0);
  const [error, setError] = useState<string | null>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // After showModal (the Dialog's own effect ran first): Enter confirms the default.
    (mode === 'into' ? confirm.current : nameInput.current)?.focus();
    if (mode === 'new') nameInput.current?.select();
  }, [mode]);

  const check = useMemo(
    () =>
      mode === 'into' && targetId
        ? mergeWarnings(data, sourceIds, targetId)
        : mergeWarnings(data, allIds, null),
    [mode, data, sourceIds, targetId, allIds],
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (mode === 'into' && targetId) {
      onInto(targetId);
      return;
    }
    if (name.trim() === '') {
      setError('请填写新群的名称');
      nameInput.current?.focus();
      return;
    }
    onNew(allIds, name, unitId === '' ? undefined : unitId);
  };

  return (
    <Dialog
      title={targetId ? '合并群' : '新建合并群'}
      onClose={onCancel}
      className="merge-dialog"
      actions={
        <>
          <button ref={confirm} type="submit" form={formId} className="btn btn-primary">
            确定
          </button>
          <button type="button" className="btn" onClick={onCancel}>
            取消
          </button>
        </>
      }
    >
      <form id={formId} onSubmit={submit} className="merge-form">
        <p>
          {listNames(data, sourceIds)}
          {targetId ? <> → “{data.nameOf(targetId)}”</> : ' 合并为一个新群'}
        </p>
        {followers > 0 && <p className="muted">已并入这些群的 {followers} 个群随之一起并入。</p>}
        {targetId && (
          <fieldset className="merge-modes">
            <legend className="sr-only">合并方式</legend>
            <label className="check">
              <input type="radio" name="mode" checked={mode === 'into'} onChange={() => setMode('into')} />
              并入该群：保留“{data.nameOf(targetId)}”，其余的群关闭
            </label>
            <label className="check">
              <input type="radio" name="mode" checked={mode === 'new'} onChange={() => setMode('new')} />
              与该群合并为新群（输入名称）
            </label>
          </fieldset>
        )}
        {mode === 'new' && (
          <div className="merge-new">
            <div className="field">
              <label htmlFor={`${formId}-name`}>新群名称</label>
              <input
                id={`${formId}-name`}
                ref={nameInput}
                value={name}
                maxLength={100}
                aria-invalid={error ? true : undefined}
                onChange={(e) => {
                  setName(e.target.value);
                  setError(null);
                }}
              />
              {error && <span className="field-error">{error}</span>}
            </div>
            {units.length > 1 && (
              <div className="field">
                <label htmlFor={`${formId}-unit`}>归属单位</label>
                <select id={`${formId}-unit`} value={unitId} onChange={(e) => setUnitId(e.target.value)}>
                  <option value="">人数最多的群所在单位（默认）</option>
                  {units.map(([id, unitName]) => (
                    <option key={id} value={id}>
                      {unitName}
                    </option>
                  ))}
                </select>
              </div>
            )}
          </div>
        )}
        <p className="merge-size">{check.size}</p>
        {check.warnings.length > 0 && (
          <ul className="merge-warnings" aria-label="注意">
            {check.warnings.map((w) => (
              <li key={w}>⚠ {w}</li>
            ))}
          </ul>
        )}
      </form>
    </Dialog>
  );
}
