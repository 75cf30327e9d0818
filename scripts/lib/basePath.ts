/**
 * BASE_PATH, the path the site is served from, as `build` and `build:all` take it: it must start
 * with a slash (a relative path would break every address), and it gets its closing slash
 * (/sc → /sc/), without which every page would fail to find its data.
 */
export function basePath(given: string): { base: string } | { problem: string } {
  if (!given.startsWith('/'))
    return {
      problem:
        `BASE_PATH "${given}" must start with a slash: write the site's path on the host, ` +
        'like /social-care/.',
    };
  return { base: given.endsWith('/') ? given : `${given}/` };
}
