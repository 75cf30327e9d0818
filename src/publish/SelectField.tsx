import type { ReactNode } from 'react';
import { Field, type FieldWords } from './Field';

/** One choice of a SelectField: the value it gives and the words it shows. */
export interface Choice {
  value: string;
  label: ReactNode;
}

/** A labelled drop-down list of `choices` that hands on the value chosen. */
export function SelectField({
  choices,
  value,
  onChoose,
  required,
  ...words
}: FieldWords & {
  choices: Choice[];
  value: string;
  onChoose: (value: string) => void;
  required?: boolean;
}) {
  return (
    <Field
      {...words}
      control={(props) => (
        <select
          {...props}
          value={value}
          required={required}
          onChange={(e) => onChoose(e.currentTarget.value)}
        >
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}
