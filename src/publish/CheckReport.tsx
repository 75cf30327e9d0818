import type { DropCheck } from './checkDrop';

/** What the check found: every problem at once, or that the drop passes and what it changes. */
export function CheckReport({ check, drop }: { check: DropCheck; drop: string }) {
  const n = check.problems.length;
  return (
    <section aria-labelledby="check-result">
      {n > 0 ? (
        <div className="error-summary">
          <h2 id="check-result" tabIndex={-1}>
            {n === 1 ? '1 problem' : `${n.toLocaleString('en-GB')} problems`}: the drop {drop}{' '}
            cannot be handed over yet
          </h2>
          <p>
            Each line says the file, the line and the column, what is wrong and, after the dash, how
            to fix it. Correct the files and check again.
          </p>
          <ol className="problem-list">
            {check.problems.map((p, i) => (
              <li key={i}>
                <code>{p}</code>
              </li>
            ))}
          </ol>
        </div>
      ) : (
        <>
          <h2 id="check-result" tabIndex={-1}>
            No problems found: the drop {drop} is ready to hand over
          </h2>
          <h3>What the drop changes</h3>
          <pre className="check-text">{check.diff}</pre>
        </>
      )}
      {check.report.length > 0 && (
        <details>
          <summary>What was read from the report sheet and what was left out</summary>
          <pre className="check-text">{check.report.join('\n')}</pre>
        </details>
      )}
    </section>
  );
}
