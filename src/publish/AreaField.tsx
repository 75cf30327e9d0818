import type { Area } from '../data/types';
import { SelectField } from './SelectField';

/** The site's own council first, then every other area of areas.csv by name. */
export function areaChoices(areas: Iterable<Area>, authority: string): Area[] {
  const all = [...areas];
  const own = all.filter((a) => a.code === authority);
  const rest = all
    .filter((a) => a.code !== authority)
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  return [...own, ...rest];
}

/**
 * import-wide's --area: the area a report sheet's figures are for, the site's council by default.
 */
export function AreaField({
  areas,
  value,
  onChange,
}: {
  areas: Area[];
  value: string;
  onChange: (code: string) => void;
}) {
  return (
    <SelectField
      id="area"
      label={<>Area the sheet&rsquo;s figures are for</>}
      hint={
        <>
          Usually this site&rsquo;s council, listed first. Any area the published data lists can be
          chosen.
        </>
      }
      choices={areas.map((a) => ({ value: a.code, label: `${a.name} (${a.code})` }))}
      value={value}
      onChoose={onChange}
    />
  );
}
