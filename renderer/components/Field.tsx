/**
 * Form fields with their error next to them: the input is aria-invalid and described by the
 * message, so a screen reader reads the reason with the field.
 */
import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <span id={id} className="field-error">
      {error}
    </span>
  );
}

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: ReactNode;
  /** Text after the input ("天", "%"). */
  unit?: string;
}

export function TextField({ label, value, onChange, error, hint, unit, className, ...rest }: TextFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      <span className="field-input">
        <input
          id={id}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
          {...rest}
        />
        {unit && <span className="field-unit">{unit}</span>}
      </span>
      {hint && (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      )}
      <FieldError id={errorId} error={error} />
    </div>
  );
}

/** An input inside a table cell: labelled for screen readers, error below it. */
export function CellInput({
  label,
  value,
  onChange,
  error,
  placeholder,
  inputMode,
  width,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  placeholder?: string;
  inputMode?: 'numeric' | 'decimal' | 'text';
  width?: 'narrow' | 'wide';
}) {
  const id = useId();
  return (
    <>
      <input
        className={`cell-input cell-input-${width ?? 'narrow'}`}
        aria-label={label}
        value={value}
        placeholder={placeholder}
        inputMode={inputMode}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? id : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      <FieldError id={id} error={error} />
    </>
  );
}
