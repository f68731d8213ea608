/**
 * The board's menu and dialogs, in their own component: opening the 移至… menu or the merge
 * question re-renders this, not the lanes. The controller opens them (attachOverlays).
 */
import { useLayoutEffect, useState } from 'react';
import { ConfirmDialog } from '../components/Dialog';
import { useStore } from '../store/context';
import { CategoryDialog } from './CategoryDialog';
import type { BoardController, BoardDialog, MenuRequest } from './controller';
import { MergeDialog } from './MergeDialog';
import { MergePicker } from './MergePicker';
import type { BoardData } from './model/board-data';
import { MoveMenu } from './MoveMenu';

export function Overlays({ ctl, data }: { ctl: BoardController; data: BoardData }) {
  const store = useStore();
  const [dialog, setDialog] = useState<BoardDialog | null>(null);
  const [menu, setMenu] = useState<MenuRequest | null>(null);
  useLayoutEffect(() => {
    ctl.attachOverlays({ setDialog, setMenu });
    return () => ctl.attachOverlays(null);
  }, [ctl]);
  const close = () => setDialog(null);
  return (
    <>
      {menu && (
        <MoveMenu
          data={data}
          request={menu}
          onClose={() => setMenu(null)}
          onPick={(ids, cmd) => ctl.command(ids, cmd)}
        />
      )}
      {dialog?.kind === 'merge' && (
        <MergeDialog
          data={data}
          sourceIds={dialog.sourceIds}
          targetId={dialog.targetId}
          onCancel={close}
          onInto={(target) => {
            close();
            ctl.merge(dialog.sourceIds, target);
          }}
          onNew={(ids, name, unitId) => {
            close();
            ctl.mergeNew(ids, name, unitId);
          }}
        />
      )}
      {dialog?.kind === 'picker' && (
        <MergePicker
          data={data}
          sourceIds={dialog.sourceIds}
          onCancel={close}
          onPick={(targetId) => setDialog({ kind: 'merge', sourceIds: dialog.sourceIds, targetId })}
        />
      )}
      {dialog?.kind === 'category' && (
        <CategoryDialog
          count={dialog.groupIds.length}
          onCancel={close}
          onConfirm={(category) => {
            close();
            ctl.reclassify(dialog.groupIds, category);
          }}
        />
      )}
      {dialog?.kind === 'autoplan' && (
        <ConfirmDialog
          title="自动规划"
          confirmLabel="开始自动规划"
          onCancel={close}
          onConfirm={() => {
            close();
            void store.replanAuto();
          }}
        >
          <p>按当前规则，为所有没有人工调整过的群重新生成处置建议。</p>
          <p>您在看板上调整过的群保持不变。整个自动规划算一步，可以撤销。</p>
        </ConfirmDialog>
      )}
    </>
  );
}
