import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inlineStyles } from '../../scripts/lib/inlineStyles';

const site = mkdtempSync(join(tmpdir(), 'inline-styles-'));
mkdirSync(join(site, 'assets'));
const CSS = 'body{margin:0}.a::before{content:">"}';
writeFileSync(join(site, 'assets', 'index-1.css'), CSS);
afterAll(() => rmSync(site, { recursive: true, force: true }));

const policy = (extra = '') =>
  [
    '<meta http-equiv="Content-Security-Policy" content="',
    `default-src 'self'; script-src 'self'; style-src 'self'${extra}; img-src 'self'`,
    '" />',
  ].join('');
const page = (base: string) =>
  `<head>${policy()}<link rel="stylesheet" crossorigin href="${base}assets/index-1.css"></head>`;

describe("the app's stylesheet in each page", () => {
  const hash = createHash('sha256').update(CSS).digest('base64');

  it('is written into the page, its hash allowed by the policy and nothing else', () => {
    expect(inlineStyles(page('/'), site, '/')).toBe(
      `<head>${policy(` 'sha256-${hash}'`)}<style>${CSS}</style></head>`,
    );
  });

  it('is found under the base path the site is built for', () => {
    expect(inlineStyles(page('/sc/'), site, '/sc/')).toContain(`<style>${CSS}</style>`);
  });

  it('is refused when it is not under the base, or the page has no policy to extend', () => {
    expect(() => inlineStyles(page('/other/'), site, '/sc/')).toThrow(/not under \/sc\//);
    expect(() =>
      inlineStyles('<link rel="stylesheet" href="/assets/index-1.css">', site, '/'),
    ).toThrow(/no style-src/);
  });

  it('leaves a page without a stylesheet as it was', () => {
    expect(inlineStyles(`<head>${policy()}</head>`, site, '/')).toBe(`<head>${policy()}</head>`);
  });
});
