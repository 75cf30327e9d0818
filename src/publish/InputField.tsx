import type { InputHTMLAttributes } from 'react';
import { Field, type FieldWords } from './Field';

/** A labelled input (a text box, a file chooser) with a hint; other attributes go to the input. */
export function InputField({
  id,
  label,
  hint,
  ...input
}: FieldWords & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'aria-describedby'>) {
  return (
    <Field id={id} label={label} hint={hint} control={(props) => <input {...props} {...input} />} />
  );
}
