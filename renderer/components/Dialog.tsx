/**
 * A modal dialog on the native <dialog> element: the browser traps focus, Esc closes it (as
 * onClose), and what is behind it is inert. Buttons are the caller's; the element marked
 * `data-autofocus` gets the focus (put it on the safe choice) — React's autoFocus alone loses to
 * showModal(), which focuses the dialog's first button.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface DialogProps {
  title: string;
  children: ReactNode;
  /** The buttons, right-aligned at the bottom. */
  actions: ReactNode;
  onClose: () => void;
  /** 'alert' for errors and destructive confirmations (screen readers announce it at once). */
  role?: 'dialog' | 'alertdialog';
  className?: string;
}

export function Dialog({ title, children, actions, onClose, role = 'dialog', className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (typeof dialog.showModal === 'function' && !dialog.open) dialog.showModal();
    else dialog.setAttribute('open', '');
    dialog.querySelector<HTMLElement>('[data-autofocus="true"]')?.focus();
    const cancel = (e: Event) => {
      e.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', cancel);
    return () => {
      dialog.removeEventListener('cancel', cancel);
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={['dialog', className].filter(Boolean).join(' ')}
      role={role}
      aria-labelledby={titleId}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      <div className="dialog-body">{children}</div>
      <div className="dialog-actions">{actions}</div>
    </dialog>
  );
}

export interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  /** A destructive action: the confirm button is red and the focus starts on 取消. */
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A two-button question: what will happen, then [confirm] [取消]. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel = '取消',
  danger = false,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  return (
    <Dialog
      title={title}
      onClose={onCancel}
      role={danger ? 'alertdialog' : 'dialog'}
      actions={
        <>
          <button
            type="button"
            className={danger ? 'btn btn-danger' : 'btn btn-primary'}
            onClick={onConfirm}
            autoFocus={!danger}
            data-autofocus={!danger}
          >
            {confirmLabel}
          </button>
          <button type="button" className="btn" onClick={onCancel} autoFocus={danger} data-autofocus={danger}>
            {cancelLabel}
          </button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
