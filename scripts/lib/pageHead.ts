/**
 * The start of every page's <head>, the dashboard's (index.html) and the national index's
 * (national.html): character set, viewport, Content-Security-Policy, description and icon, written
 * once here.
 * vite.config.ts puts it in place of each page's <!--page-head--> marker, in the build and in
 * `npm run dev`.
 */

/**
 * The built site's policy: scripts, styles, fonts and data from the site itself only, no inline
 * script, no eval, no plugins. The build adds its inlined stylesheet's hash to style-src
 * (inlineStyles.ts), and nothing else.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

/**
 * The development server injects inline styles and React's refresh preamble, which the strict
 * policy refuses: `npm run dev` relaxes it. Built sites keep the strict policy.
 */
export const DEVELOPMENT_POLICY = CONTENT_SECURITY_POLICY.replace(
  "script-src 'self'",
  "script-src 'self' 'unsafe-inline'",
).replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

/** Each page's description (for search results and link previews), by its HTML file. */
const DESCRIPTIONS: Record<string, string> = {
  'index.html':
    'Adult social care performance: each measure over time against statistical neighbours, ' +
    'England and the improvement-plan targets.',
  'national.html':
    "Adult social care performance for every council in England: each council's measures over " +
    'time against its statistical neighbours, England and its region.',
};

const MARKER = '<!--page-head-->';

/**
 * `html`, the page `file` (index.html or national.html), with its head elements under `policy` in
 * place of its marker.
 */
export function withPageHead(html: string, file: string, policy: string): string {
  const description = DESCRIPTIONS[file];
  if (description === undefined) throw new Error(`${file} has no description in pageHead.ts`);
  const at = html.indexOf(MARKER);
  if (at < 0 || html.indexOf(MARKER, at + 1) >= 0)
    throw new Error(`A page's <head> must hold ${MARKER} once, where its shared elements go`);
  // Indented as the marker is, so the page reads as it was written.
  const indent = /[ \t]*$/.exec(html.slice(0, at))?.[0] ?? '';
  const head = [
    '<meta charset="utf-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    `<meta http-equiv="Content-Security-Policy" content="${policy}" />`,
    `<meta name="description" content="${description}" />`,
    '<link rel="icon" href="data:," />',
  ].join(`\n${indent}`);
  return html.slice(0, at) + head + html.slice(at + MARKER.length);
}
