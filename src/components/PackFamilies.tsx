import { ageWords, compareWords, rankWords } from '../a11y/describe';
import type { PackFamily } from '../app/packView';
import { capitalise, formatPeriod, formatValue } from '../format';

/**
 * The Commission's five families in the pack: each measure's latest figure, age, England and rank.
 */
export function PackFamilies({
  families,
  groupName,
}: {
  families: PackFamily[];
  groupName: string;
}) {
  return (
    <section className="pack-page pack-families pack-entry" aria-labelledby="pack-families">
      <h2 id="pack-families" className="pack-entry-title">
        The five families the Commission follows
      </h2>
      <p>
        Each measure&rsquo;s latest figure, how old it is where a newer one is overdue, the
        comparison with England and the rank among {groupName}.
      </p>
      {families.map((f) => (
        <table className="table pack-family" key={f.family}>
          <caption>{f.title}</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">Latest</th>
              <th scope="col">England</th>
              <th scope="col">Among {groupName}</th>
            </tr>
          </thead>
          <tbody>
            {f.summaries.map((s) => {
              const age = ageWords(s.freshness, true);
              return (
                <tr key={s.metric.id}>
                  <th scope="row">{s.metric.title}</th>
                  <td>
                    {s.latest?.value === undefined
                      ? 'suppressed'
                      : formatValue(s.latest.value, s.metric)}{' '}
                    ({s.latest ? formatPeriod(s.latest.period) : 'no figure'})
                    {age && <strong> {age}</strong>}
                  </td>
                  <td>{capitalise(compareWords(s) ?? 'no England figure')}</td>
                  <td>{capitalise(rankWords(s, '') ?? 'not ranked')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ))}
    </section>
  );
}
