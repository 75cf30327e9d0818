/**
 * The app's stylesheet written into each page's HTML instead of linked: the browser can lay out
 * and paint a pre-rendered page as soon as its HTML arrives, without waiting behind the scripts
 * and data files for a second request (measured: the stylesheet was what held the first paint
 * back). The Content-Security-Policy names the stylesheet's hash, so no other inline style is
 * allowed.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const LINK = /<link rel="stylesheet"(?: crossorigin)? href="([^"]+)"\s*\/?>/g;

/**
 * `html` (a built page template whose stylesheets sit under `base` in `siteDir`) with each
 * stylesheet link replaced by a <style> element holding the same rules, and the policy's style-src
 * extended with those elements' hashes.
 */
export function inlineStyles(html: string, siteDir: string, base: string): string {
  const hashes: string[] = [];
  const inlined = html.replace(LINK, (_link, href: string) => {
    if (!href.startsWith(base)) throw new Error(`The stylesheet ${href} is not under ${base}`);
    const css = readFileSync(join(siteDir, href.slice(base.length)), 'utf8');
    if (/<\/style/i.test(css)) throw new Error(`The stylesheet ${href} cannot be inlined`);
    hashes.push(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
    return `<style>${css}</style>`;
  });
  if (hashes.length === 0) return html;
  if (!inlined.includes("style-src 'self'"))
    throw new Error("The page's Content-Security-Policy has no style-src 'self' to extend");
  return inlined.replace("style-src 'self'", `style-src 'self' ${hashes.join(' ')}`);
}
