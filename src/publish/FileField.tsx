/**
 * A labelled file chooser with a hint; `onFile` hears the chosen file, or undefined when cleared.
 */
export function FileField({
  id,
  label,
  hint,
  accept,
  onFile,
}: {
  id: string;
  label: string;
  hint: string;
  accept: string;
  onFile: (file: File | undefined) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
      <input
        id={id}
        type="file"
        accept={accept}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onFile(e.currentTarget.files?.[0] ?? undefined)}
      />
    </div>
  );
}
