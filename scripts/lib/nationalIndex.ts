/**
 * The national index page: every council built, as a list that a small script filters as you type
 * and as a map whose areas are links, both written into the page at build time so they work without
 * the script and without any request leaving the site. The map's text alternative is the list.
 */
import type { EnglandMap } from './englandMap';
import { escapeHtml } from './html';

export interface IndexCouncil {
  code: string;
  name: string;
  region: string;
  /** The council's folder under the base, without slashes. */
  slug: string;
}

/** Words a search can match: the name, its region and its ONS code, in lower case. */
const searchWords = (c: IndexCouncil) => `${c.name} ${c.region} ${c.code}`.toLowerCase();

function list(councils: IndexCouncil[], base: string): string {
  const items = councils.map(
    (c) =>
      `<li data-search="${escapeHtml(searchWords(c))}" data-code="${c.code}"><a ` +
      `href="${escapeHtml(`${base}${c.slug}/`)}">${escapeHtml(c.name)}</a> <span ` +
      `class="council-meta">${escapeHtml(c.region)} · ${c.code}</span></li>`,
  );
  return `<ul id="councils" class="council-list">\n${items.join('\n')}\n</ul>`;
}

function map(england: EnglandMap, councils: IndexCouncil[], base: string): string {
  const built = new Map(councils.map((c) => [c.code, c]));
  const areas = england.areas.map((a) => {
    const c = built.get(a.code);
    if (!c)
      return (
        '<path class="map-area not-built" ' +
        `d="${a.d}"><title>${escapeHtml(a.name)}</title></path>`
      );
    const name = escapeHtml(c.name);
    return (
      `<a href="${escapeHtml(`${base}${c.slug}/`)}" aria-label="${name}" ` +
      `data-code="${c.code}"><path class="map-area" ` +
      `d="${a.d}"><title>${name}</title></path></a>`
    );
  });
  return (
    `<svg class="england-map" viewBox="0 0 ${england.width} ${england.height}" role="group" ` +
    `aria-labelledby="map-heading" aria-describedby="map-help">\n${areas.join('\n')}\n</svg>`
  );
}

/** The page: the built `national.html` with the list and the map in place of its placeholder. */
export function nationalIndex(
  template: string,
  councils: IndexCouncil[],
  england: EnglandMap,
  base: string,
): string {
  const count = `${councils.length} council${councils.length === 1 ? '' : 's'}`;
  const body = `<div class="national-columns">
<section aria-labelledby="find-heading" class="national-list">
<h2 id="find-heading">Find a council</h2>
<div class="council-search" hidden>
<label for="council-filter">Name, region or ONS code</label>
<input id="council-filter" type="search" autocomplete="off" spellcheck="false">
</div>
<p id="council-count" class="council-count" role="status">${count}</p>
${list(councils, base)}
</section>
<section aria-labelledby="map-heading" class="national-map">
<h2 id="map-heading">Map of England's councils</h2>
<p id="map-help">Each council on the map is a link to its dashboard; the list holds the same
councils, with their regions. <a href="#after-map" class="skip-map">Skip the map</a></p>
${map(england, councils, base)}
<p id="after-map" class="map-credit" tabindex="-1">Boundaries: Office for National Statistics,
Counties and Unitary Authorities (December 2024), ultra generalised, licensed under the Open
Government Licence v3.0. Contains OS data © Crown copyright and database right 2024.</p>
</section>
</div>`;
  if (!template.includes('<!--councils-->'))
    throw new Error('national.html has no <!--councils--> placeholder');
  return template.replace('<!--councils-->', body);
}
