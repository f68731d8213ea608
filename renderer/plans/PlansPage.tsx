/**
 * 方案: the open roster's plans (scenarios) — 打开 (切换), 复制, 重命名, 删除 with 撤销 — and
 * 方案对比, two of them side by side. A deleted plan stays restorable (the bar with 撤销删除)
 * until the clerk closes the bar or deletes another plan; it survives a reload.
 */
import { useEffect, useMemo, useState } from 'react';
import type { GroupDifference } from '../../core/compare/model';
import { useStore, useWorkspaceSelector } from '../store/context';
import type { DeletedPlan } from '../store/plan-library';
import { planNamesOf } from '../store/plans';
import { ComparePanel } from './ComparePanel';
import { DeletedNotice } from './DeletedNotice';
import { usePlansScreenState, type PlansTab } from './memory';
import { rosterPlanRows, validPair } from './model';
import { PlanList } from './PlanList';
import { RenameDialog } from './RenameDialog';
import { panelId, Tabs } from './Tabs';
import './plans.css';

export function PlansPage() {
  const rosterId = useWorkspaceSelector((s) => s.open?.rosterId ?? null);
  if (rosterId === null) {
    return (
      <section className="page" aria-labelledby="plans-title">
        <h1 id="plans-title" className="page-title">
          方案
        </h1>
        <div className="panel empty-state">
          <p>还没有打开名单。请在“开始”页导入名单或打开一个方案，再来管理和对比它的各个方案。</p>
        </div>
      </section>
    );
  }
  return <RosterPlans key={rosterId} rosterId={rosterId} />;
}

function RosterPlans({ rosterId }: { rosterId: string }) {
  const store = useStore();
  const plans = useWorkspaceSelector((s) => s.plans);
  const rosterName = useWorkspaceSelector((s) => s.open?.rosterName ?? '');
  const openId = useWorkspaceSelector((s) => s.open?.planId ?? null);
  const busy = useWorkspaceSelector((s) => s.busy !== null);
  const rosters = useWorkspaceSelector((s) => s.rosters);
  const rows = useMemo(() => rosterPlanRows(plans, rosterId, openId), [plans, rosterId, openId]);
  const [ui, setUi] = usePlansScreenState(rosterId);
  const pair = validPair(rows, ui.pair);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<{ plan: DeletedPlan; focus: boolean } | null>(null);

  useEffect(() => {
    let live = true;
    void store.deletedPlan().then((plan) => {
      if (live && plan) setDeleted((d) => d ?? { plan, focus: false });
    });
    return () => {
      live = false;
    };
  }, [store]);

  const duplicate = async (id: string) => {
    const copy = await store.duplicatePlan(id);
    if (copy) setCopied(copy);
  };
  const remove = async (id: string) => {
    if (!(await store.deletePlan(id))) return;
    const plan = await store.deletedPlan();
    setDeleted(plan ? { plan, focus: true } : null);
  };
  const undoDelete = async () => {
    if (!deleted) return;
    await store.restoreDeletedPlan(deleted.plan.record.id);
    setDeleted(null);
  };
  const locate = async (planId: string, g: GroupDifference) => {
    const view = {
      selectedUnitId: g.unitId,
      selection: [g.groupId],
      detailGroupId: g.groupId,
      laneScroll: {},
    };
    if (planId === openId) {
      store.updateView(view);
      store.setScreen('board');
    } else if (await store.openPlan(planId, 'board')) {
      store.updateView(view);
    }
  };
  const dismiss = () => {
    setDeleted(null);
    void store.purgeDeletedPlan();
  };
  const renamed = rows.find((r) => r.id === renaming);
  const deletedRoster =
    deleted && deleted.plan.record.rosterId !== rosterId
      ? (rosters.find((r) => r.id === deleted.plan.record.rosterId)?.name ?? null)
      : null;
  const tabs: { id: PlansTab; label: string }[] = [
    { id: 'list', label: `方案列表（${rows.length}）` },
    { id: 'compare', label: '方案对比' },
  ];

  return (
    <section className="page plans-page" aria-labelledby="plans-title">
      <div className="page-head">
        <h1 id="plans-title" className="page-title">
          方案
        </h1>
        <span className="page-note">名单：{rosterName}</span>
      </div>
      {deleted && (
        <DeletedNotice
          name={deleted.plan.record.name}
          rosterName={deletedRoster}
          focus={deleted.focus}
          onUndo={() => void undoDelete()}
          onDismiss={dismiss}
        />
      )}
      <Tabs label="方案" idPrefix="plans" tabs={tabs} value={ui.tab} onChange={(tab) => setUi({ tab })} />
      <div
        className="plans-panel"
        role="tabpanel"
        id={panelId('plans', ui.tab)}
        aria-labelledby={`plans-tab-${ui.tab}`}
      >
        {ui.tab === 'list' ? (
          <>
            <PlanList
              rows={rows}
              highlight={copied}
              busy={busy}
              onOpen={(id) => void store.openPlan(id, 'board')}
              onDuplicate={(id) => void duplicate(id)}
              onRename={setRenaming}
              onDelete={(id) => void remove(id)}
            />
            <p className="page-note plans-help">
              同一名单可保存多个方案：复制一个方案后在整理看板中修改，再到“方案对比”中比较两个方案的结果。
              切换方案时，各方案的看板位置和筛选各自保留。
            </p>
          </>
        ) : (
          <ComparePanel
            rows={rows}
            pair={pair}
            onPair={(p) => setUi({ pair: p })}
            list={ui.list}
            onList={(list) => setUi({ list })}
            unitsDifferingOnly={ui.unitsDifferingOnly}
            onUnitsDifferingOnly={(unitsDifferingOnly) => setUi({ unitsDifferingOnly })}
            sort={ui.sort}
            onSort={(sort) => setUi({ sort })}
            onLocate={(planId, g) => void locate(planId, g)}
          />
        )}
      </div>
      {renamed && (
        <RenameDialog
          current={renamed.name}
          others={planNamesOf(plans, rosterId, renamed.id)}
          onClose={() => setRenaming(null)}
          onRename={async (name) => {
            const r = await store.renamePlan(renamed.id, name);
            return r.ok ? null : r.message;
          }}
        />
      )}
    </section>
  );
}
