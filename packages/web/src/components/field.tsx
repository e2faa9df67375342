// A labelled form field with its optional hint and problem message, wired for screen readers: the control
// is described by both and marked invalid while there is a problem. The control itself is the caller's.
import type { ComponentChildren } from 'preact';

export interface FieldControl {
  id: string;
  'aria-invalid': 'true' | undefined;
  'aria-describedby': string | undefined;
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string | undefined;
  problem?: string | undefined;
  children: (control: FieldControl) => ComponentChildren;
}

export function Field({ id, label, hint, problem, children }: FieldProps) {
  const describedBy = [hint && `${id}-hint`, problem && `${id}-problem`].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {problem && (
        <p id={`${id}-problem`} class="problem">
          {problem}
        </p>
      )}
      {children({ id, 'aria-invalid': problem ? 'true' : undefined, 'aria-describedby': describedBy || undefined })}
    </div>
  );
}
