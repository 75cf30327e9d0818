import type { ComparatorChoice } from '../app/comparatorParams';
import type { Area, Site } from '../data/types';
import { AddCouncil } from './AddCouncil';

interface Props {
  site: Site;
  areas: Map<string, Area>;
  choice: ComparatorChoice;
  onChange: (choice: Pick<ComparatorChoice, 'groupId' | 'added' | 'removed'>) => void;
}

/** Choose the comparator group, then take councils out of it or add others. */
export function ComparatorControls({ site, areas, choice, onChange }: Props) {
  const group = site.groups.find((g) => g.id === choice.groupId);
  const name = (code: string) => areas.get(code)?.name ?? code;
  const others = [...areas.values()]
    .filter(
      (a) =>
        a.kind === 'council' && a.code !== site.authority.code && !choice.members.includes(a.code),
    )
    .sort((a, b) => a.name.localeCompare(b.name));
  const toggle = (code: string, on: boolean) => {
    if (group?.members.includes(code))
      onChange({
        ...choice,
        removed: on ? choice.removed.filter((c) => c !== code) : [...choice.removed, code],
      });
    else
      onChange({
        ...choice,
        added: on ? [...choice.added, code] : choice.added.filter((c) => c !== code),
      });
  };
  return (
    <div className="controls">
      <fieldset>
        <legend>Compare with</legend>
        {site.groups.map((g) => (
          <div className="radio" key={g.id}>
            <input
              type="radio"
              id={`group-${g.id}`}
              name="group"
              value={g.id}
              checked={g.id === choice.groupId}
              onChange={() => onChange({ groupId: g.id, added: [], removed: [] })}
            />
            <label htmlFor={`group-${g.id}`}>
              {g.name} ({g.members.length})
            </label>
          </div>
        ))}
        <noscript>
          <p className="hint">
            Changing the comparison needs JavaScript, which is off in this browser: the page
            compares with {site.groups[0]?.name ?? 'the default group'}.
          </p>
        </noscript>
      </fieldset>
      <details className="council-list">
        <summary>Councils in the comparison ({choice.members.length})</summary>
        <fieldset>
          <legend className="visually-hidden">Councils in the comparison</legend>
          {[...(group?.members ?? []), ...choice.added].map((code) => (
            <div className="checkbox" key={code}>
              <input
                type="checkbox"
                id={`member-${code}`}
                checked={choice.members.includes(code)}
                onChange={(e) => toggle(code, e.target.checked)}
              />
              <label htmlFor={`member-${code}`}>
                {name(code)}
                {choice.added.includes(code) && ' (added)'}
              </label>
            </div>
          ))}
        </fieldset>
        {others.length > 0 && <AddCouncil councils={others} onAdd={(code) => toggle(code, true)} />}
      </details>
    </div>
  );
}
