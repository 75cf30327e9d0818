import { useToday } from '../app/today';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { href, navigate } from '../app/useRoute';
import type { SiteData } from '../app/useSiteData';
import { useTitle } from '../app/useTitle';
import { quarterEndedBy, quarterId } from '../data/dropRules';
import { siteRoot } from '../data/siteRoot';
import type { DropCheck, DropRequest, OfficerFile } from '../publish/checkDrop';
import { AreaField, areaChoices } from '../publish/AreaField';
import { CheckProgress } from '../publish/CheckProgress';
import { CheckReport } from '../publish/CheckReport';
import { FileField } from '../publish/FileField';
import { SelectField } from '../publish/SelectField';
import { TextField } from '../publish/TextField';
import { startPreview } from '../publish/preview';
import { runCheck, type Progress } from '../publish/runCheck';
import { zipDrop } from '../publish/zipDrop';
import { routePath } from '../routes';
import { IMPORT_STATUSES, type ImportStatus } from '../wide/sheetToLong';

async function officerFile(file: File | undefined): Promise<OfficerFile | undefined> {
  return file && { name: file.name, bytes: await file.arrayBuffer() };
}

function isStatus(s: string): s is ImportStatus {
  return IMPORT_STATUSES.some((x) => x === s);
}

/**
 * For officers: check a new drop's files in the browser, preview the dashboard with it, hand it
 * over.
 */
export function PublishPage({ data }: { data: SiteData }) {
  useTitle('Publish a quarterly drop');
  const client = useQueryClient();
  // The build day while a pre-rendered page is taken over, then today: the suggested name follows.
  const today = useToday();
  const [typed, setDrop] = useState<string>();
  const drop = typed ?? quarterId(quarterEndedBy(today));
  const [values, setValues] = useState<File>();
  const [sheet, setSheet] = useState<File>();
  const [map, setMap] = useState<File>();
  const [commentary, setCommentary] = useState<File>();
  const [source, setSource] = useState('');
  const [area, setArea] = useState(data.site.authority.code);
  const [sheetName, setSheetName] = useState('');
  const [status, setStatus] = useState<ImportStatus>('provisional');
  const [note, setNote] = useState('');
  const [progress, setProgress] = useState<Progress>();
  const [check, setCheck] = useState<{ drop: string; result: DropCheck }>();
  const [failure, setFailure] = useState<string>();
  const result = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (check || failure) result.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [check, failure]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setCheck(undefined);
    setFailure(undefined);
    setProgress({ step: 'Reading your files', detail: '', done: 0, total: 0 });
    const sheetFile = await officerFile(sheet);
    const request: DropRequest = {
      drop: drop.trim(),
      today,
      values: await officerFile(values),
      commentary: await officerFile(commentary),
      sheet: sheetFile && {
        file: sheetFile,
        sheet: sheetName.trim() || undefined,
        map: await officerFile(map),
        source,
        area,
        status,
        note: note.trim(),
      },
    };
    try {
      const found = await runCheck(`${siteRoot()}data/`, request, setProgress).result;
      setCheck({ drop: request.drop, result: found });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setProgress(undefined);
    }
  };

  const download = (c: { drop: string; result: DropCheck }) => {
    const zip = zipDrop(c.drop, today, c.result.files, c.result.diff);
    const url = URL.createObjectURL(new Blob([new Uint8Array(zip)], { type: 'application/zip' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `drop-${c.drop}.zip`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const preview = (c: { drop: string; result: DropCheck }) => {
    startPreview(client, c.drop, c.result.files);
    navigate(href(routePath({ drop: undefined, view: { page: 'overview' } })));
    window.scrollTo(0, 0);
  };

  const passed = check && check.result.problems.length === 0 ? check : undefined;
  return (
    <>
      <h1>Publish a quarterly drop</h1>
      <p className="lead">
        Check a new drop&rsquo;s files with the same check as <code>npm run check-data</code>, see
        what it changes, preview the dashboard with it and download it for whoever deploys the site.
      </p>
      <p className="notice">
        <strong>Nothing is uploaded.</strong> Your files are read by this page on your computer and
        never leave it; the page only reads the published data from this site.
      </p>
      <form onSubmit={(e) => void submit(e)} className="publish-form">
        <TextField
          id="drop"
          label="Name of the drop"
          hint="The latest quarter its figures report that had ended by today, as in 2026-27-Q2."
          value={drop}
          onText={setDrop}
        />
        <FileField
          id="values-file"
          label="Figures: values.csv (optional)"
          hint="One row per measure, area and period, as described in data/README.md."
          onFile={setValues}
        />
        <fieldset>
          <legend>A report sheet (optional)</legend>
          <FileField
            id="sheet-file"
            label="Report sheet (.xlsx or .csv)"
            hint={
              'One row per measure, one column per period, as import-wide reads it. Its ' +
              'figures are added to values.csv.'
            }
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onFile={setSheet}
          />
          <SelectField
            id="source"
            label={<>Publication the sheet&rsquo;s figures come from</>}
            choices={[
              { value: '', label: 'Choose a publication' },
              ...[...data.sources.values()].map((s) => ({
                value: s.id,
                label: `${s.title} (${s.id})`,
              })),
            ]}
            value={source}
            required={sheet !== undefined}
            onChoose={setSource}
          />
          <AreaField
            areas={areaChoices(data.areas.values(), data.site.authority.code)}
            value={area}
            onChange={setArea}
          />
          <TextField
            id="sheet-name"
            label="Sheet of the workbook (optional)"
            hint="As written on its tab. Empty: the first sheet."
            value={sheetName}
            onText={setSheetName}
          />
          <FileField
            id="map-file"
            label="Measure map (optional)"
            hint="A CSV with columns measure and metric, for rows the sheet names in its own words."
            onFile={setMap}
          />
          <SelectField
            id="status"
            label={<>Status of the sheet&rsquo;s figures</>}
            choices={IMPORT_STATUSES.map((s) => ({ value: s, label: s }))}
            value={status}
            onChoose={(v) => {
              if (isStatus(v)) setStatus(v);
            }}
          />
          <TextField
            id="note"
            label="Note on every figure from the sheet (optional, public)"
            value={note}
            onText={setNote}
          />
        </fieldset>
        <FileField
          id="commentary-file"
          label="Commentary: commentary.csv (optional)"
          hint="Your comments on measures for this drop: columns metric, comment and owner."
          onFile={setCommentary}
        />
        <button type="submit" className="button" disabled={progress !== undefined}>
          Check the drop
        </button>
      </form>
      <CheckProgress progress={progress} />
      <div ref={result}>
        {failure && (
          <div className="error-summary">
            <h2 tabIndex={-1}>The check could not run</h2>
            <p>{failure}</p>
          </div>
        )}
        {check && <CheckReport check={check.result} drop={check.drop} />}
        {passed && (
          <div className="publish-actions">
            <button type="button" className="button" onClick={() => download(passed)}>
              Download the drop (.zip)
            </button>{' '}
            <button type="button" className="button secondary" onClick={() => preview(passed)}>
              Preview the dashboard with this drop
            </button>
          </div>
        )}
      </div>
    </>
  );
}
