/**
 * The national index's search: filters the list of councils (and dims the others on the map) as the
 * reader types a name, region or ONS code. Without this script the whole list and map still work.
 */
import { matchCouncils } from './matchCouncils';

const search = document.querySelector<HTMLElement>('.council-search');
const input = document.querySelector<HTMLInputElement>('#council-filter');
const count = document.querySelector<HTMLElement>('#council-count');
const items = [...document.querySelectorAll<HTMLLIElement>('#councils li')];
const areas = [...document.querySelectorAll<SVGAElement>('.england-map a')];

if (search && input && count) {
  search.hidden = false;
  const total = count.textContent;
  input.addEventListener('input', () => {
    const shown = matchCouncils(
      input.value,
      items.map((li) => li.dataset.search ?? ''),
    );
    const codes = new Set<string>();
    items.forEach((li, i) => {
      li.hidden = !shown.has(i);
      if (shown.has(i)) codes.add(li.dataset.code ?? '');
    });
    for (const a of areas) a.classList.toggle('dimmed', !codes.has(a.dataset.code ?? ''));
    const n = shown.size;
    count.textContent =
      input.value.trim() === ''
        ? total
        : n === 0
          ? `No council matches “${input.value.trim()}”.`
          : `${n} council${n === 1 ? '' : 's'} match${n === 1 ? 'es' : ''} ` +
            `“${input.value.trim()}”.`;
  });
}
