import type { FieldWords } from './Field';
import { InputField } from './InputField';

/** A labelled file chooser (a CSV file unless `accept` says otherwise) that hands on its file. */
export function FileField({
  accept = '.csv,text/csv',
  onFile,
  ...words
}: FieldWords & { accept?: string; onFile: (file: File | undefined) => void }) {
  return (
    <InputField
      {...words}
      type="file"
      accept={accept}
      onChange={(e) => onFile(e.currentTarget.files?.[0])}
    />
  );
}
