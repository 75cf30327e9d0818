/**
 * Where this council's site lives: the path its pages and its `data/` folder are under, ending in a
 * slash. A site built alone lives at the build's base (BASE_PATH). In a national build the councils
 * share one set of scripts and styles at the base, and each council's pages name their own folder
 * in `<meta name="site-root" content="/<base>/<council>/">`, so the same scripts find each
 * council's data.
 */
let rendered: string | undefined;

/**
 * The build's renderer: the council whose pages are being rendered now (a national build renders
 * each council's pages in turn, in one process, where there is no page to name its folder).
 */
export function renderSiteAt(root: string): void {
  rendered = root;
}

export function siteRoot(
  doc: Pick<Document, 'querySelector'> | undefined = globalThis.document,
  base: string = import.meta.env.BASE_URL,
): string {
  if (rendered !== undefined) return rendered;
  const named = doc?.querySelector('meta[name="site-root"]')?.getAttribute('content') ?? '';
  return /^\/(?:[^/?#]+\/)*$/.test(named) ? named : base;
}
