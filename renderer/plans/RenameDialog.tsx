/** 重命名方案: the name is checked as it is typed (not empty, unique within the roster). */
import { useState, type FormEvent } from 'react';
import { Dialog } from '../components/Dialog';
import { TextField } from '../components/Field';
import { checkPlanName, MAX_PLAN_NAME } from '../store/plans';

export interface RenameDialogProps {
  current: string;
  /** The roster's other plans' names. */
  others: readonly string[];
  onRename: (name: string) => Promise<string | null>;
  onClose: () => void;
}

export function RenameDialog({ current, others, onRename, onClose }: RenameDialogProps) {
  const [name, setName] = useState(current);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const check = checkPlanName(name, others);
  const error = saveError ?? (check.ok ? undefined : check.message);
  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    if (!check.ok || saving) return;
    setSaving(true);
    const failed = await onRename(check.name);
    setSaving(false);
    if (failed === null) onClose();
    else setSaveError(failed);
  };
  return (
    <Dialog
      title="重命名方案"
      onClose={onClose}
      className="rename-dialog"
      actions={
        <>
          <button
            type="submit"
            form="rename-plan-form"
            className="btn btn-primary"
            disabled={!check.ok || saving}
          >
            确定
          </button>
          <button type="button" className="btn" onClick={onClose}>
            取消
          </button>
        </>
      }
    >
      <form id="rename-plan-form" onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          label="方案名称"
          value={name}
          onChange={(v) => {
            setName(v);
            setSaveError(null);
          }}
          error={error}
          hint={`不超过 ${MAX_PLAN_NAME} 个字，同一名单内不能重名。`}
          maxLength={MAX_PLAN_NAME + 10}
          data-autofocus="true"
          autoFocus
          spellCheck={false}
        />
      </form>
    </Dialog>
  );
}
