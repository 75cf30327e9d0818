import type { FieldWords } from './Field';
import { InputField } from './InputField';

/** A labelled text box that hands on its text as typed. */
export function TextField({
  value,
  onText,
  ...words
}: FieldWords & { value: string; onText: (text: string) => void }) {
  return (
    <InputField
      {...words}
      type="text"
      value={value}
      onChange={(e) => onText(e.currentTarget.value)}
    />
  );
}
