import { DataFileError } from '../data/queries';

/**
 * A file that failed to load: says which, why, and offers a retry, leaving the rest of the page
 * working.
 */
export function LoadError({
  error,
  retry,
  what,
}: {
  error: unknown;
  retry: () => void;
  what: string;
}) {
  const file = error instanceof DataFileError ? error.file : undefined;
  const message = error instanceof Error ? error.message : 'The file could not be loaded.';
  return (
    <div className="error-summary" role="alert">
      <h2>{what} could not be loaded</h2>
      <p>{message}</p>
      {file && (
        <p>
          Data file: <code>{file}</code>
        </p>
      )}
      <button type="button" className="button" onClick={retry}>
        Try again
      </button>
    </div>
  );
}
