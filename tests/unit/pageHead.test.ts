import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  DEVELOPMENT_POLICY,
  withPageHead,
} from '../../scripts/lib/pageHead';

const repo = resolve(import.meta.dirname, '..', '..');
const page = (file: string) => readFileSync(join(repo, file), 'utf8');

describe('the shared page head', () => {
  it('starts both pages with the character set, the strict policy and their description', () => {
    for (const file of ['index.html', 'national.html']) {
      const html = withPageHead(page(file), file, CONTENT_SECURITY_POLICY);
      const head = /<head>\s*([\s\S]*?)<\/head>/.exec(html)?.[1] ?? '';
      expect(head.startsWith('<meta charset="utf-8" />\n    <meta name="viewport"')).toBe(true);
      expect(head).toContain(
        `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      );
      expect(head).toMatch(/<meta name="description" content="Adult social care performance[^"]+"/);
      expect(html).not.toContain('unsafe-inline');
      expect(html).not.toContain('<!--page-head-->');
    }
  });

  it('relaxes only script-src and style-src for the development server', () => {
    expect(DEVELOPMENT_POLICY).toBe(
      "default-src 'self'; script-src 'self' 'unsafe-inline'; " +
        "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
    );
  });

  it('refuses a page without its marker, or one it has no description for', () => {
    expect(() => withPageHead('<head></head>', 'index.html', CONTENT_SECURITY_POLICY)).toThrow(
      /must hold <!--page-head--> once/,
    );
    expect(() => withPageHead(page('index.html'), 'other.html', CONTENT_SECURITY_POLICY)).toThrow(
      'other.html has no description in pageHead.ts',
    );
  });
});
