import { DATA_FILES } from '../data/dataset';
import { dataUrl } from '../data/queries';
import type { Drop } from '../data/types';

/** The published files every page reads, with what each holds, in the words of data/README.md. */
const FILES: [string, string][] = [
  [DATA_FILES.metrics, 'every measure: its title, definition, unit, source and caveats'],
  [DATA_FILES.areas, 'every council, region and country a figure is for, by ONS code'],
  [DATA_FILES.sources, 'every publication the figures come from'],
  [DATA_FILES.drops, 'the quarterly drops of figures, with the day each was published'],
  [DATA_FILES.targets, 'the improvement plan’s baselines, milestones and targets'],
  [DATA_FILES.outcomes, 'the improvement plan’s outcomes and the measures that track them'],
  [DATA_FILES.events, 'dated events that explain figures'],
  [DATA_FILES.questions, 'the questions for members, and the picture each one fits'],
  [DATA_FILES.site, 'the council, its comparator groups and benchmarks'],
];

/**
 * "Download all data": every file the site is built from, as published, with the README that says
 * what each column means, so anyone can reuse the figures without the dashboard.
 */
export function DataDownloads({ drops }: { drops: Drop[] }) {
  return (
    <section aria-labelledby="download-data" id="download-data-section">
      <h2 id="download-data">Download all the data</h2>
      <p>
        Every figure on this site is in these files, exactly as the site reads them: CSV saved as
        UTF-8, one row per figure, with the publication each figure comes from.{' '}
        <a href={dataUrl('README.md')} download>
          The README (what every file and column means)
        </a>{' '}
        explains the columns; in the figures, a suppressed value is left empty and said so in the
        status column, never written as 0.
      </p>
      <ul className="data-files">
        {FILES.map(([file, what]) => (
          <li key={file}>
            <a href={dataUrl(file)} download>
              {file}
            </a>
            : {what}
          </li>
        ))}
        {drops.map((d) => (
          <li key={d.id}>
            Drop {d.id}:{' '}
            <a href={dataUrl(DATA_FILES.values(d.id))} download>
              its figures (values.csv)
            </a>{' '}
            and{' '}
            <a href={dataUrl(DATA_FILES.commentary(d.id))} download>
              officers&rsquo; commentary (commentary.csv)
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
