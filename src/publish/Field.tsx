import type { ReactNode } from 'react';

/** What a field's control carries: its id, and the hint that describes it if there is one. */
export interface ControlProps {
  id: string;
  'aria-describedby': string | undefined;
}

/** What a field says: its control's id, its label and the hint under the label, if any. */
export interface FieldWords {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
}

/** A labelled form control with a hint under its label; `control` draws the control itself. */
export function Field({
  id,
  label,
  hint,
  control,
}: FieldWords & { control: (props: ControlProps) => ReactNode }) {
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint !== undefined && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {control({ id, 'aria-describedby': hintId })}
    </div>
  );
}
