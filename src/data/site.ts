// zod/mini: the same checks as classic zod at a fraction of the bundle, which matters on the first
// view.
import { z } from 'zod/mini';
import { isIsoDate } from './period.ts';
import type { Problem } from './problem.ts';
import type { Site } from './types.ts';

const code = z
  .string()
  .check(z.regex(/^E\d{8}$/, 'must be a nine-character ONS code such as E06000016'));
const isoDate = z.string().check(z.refine(isIsoDate, 'must be a date written yyyy-mm-dd'));
const text = z.string().check(z.minLength(1, 'must not be empty'));

const siteSchema = z.strictObject({
  title: text,
  authority: z.strictObject({ code, name: text }),
  synthetic: z._default(z.boolean(), false),
  groups: z
    .array(
      z.strictObject({
        id: z
          .string()
          .check(z.regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and hyphens')),
        name: text,
        version: text,
        source: text,
        members: z.array(code).check(z.minLength(1, 'must list at least one council')),
      }),
    )
    .check(z.minLength(1, 'must have at least one comparator group')),
  benchmarks: z.array(z.strictObject({ code, name: text })),
  meetings: z.array(z.strictObject({ date: isoDate, label: text })),
});

/** The line of the innermost named key on a JSON path: close enough to point an officer at it. */
function lineOfPath(text: string, path: readonly PropertyKey[]): number {
  let at = 0;
  for (const key of path) {
    if (typeof key !== 'string') continue;
    const found = text.indexOf(`"${key}"`, at);
    if (found < 0) break;
    at = found;
  }
  return text.slice(0, at).split('\n').length;
}

function pathWords(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

export type SiteResult =
  { site: Site; problems: Problem[] } | { site: undefined; problems: Problem[] };

/** Reads site.json: the authority, its comparator groups, benchmarks and meetings. */
export function parseSite(text: string, file: string): SiteResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(message);
    const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : 1;
    return {
      site: undefined,
      problems: [
        {
          file,
          line,
          column: '',
          message: `this is not valid JSON (${message})`,
          fix: 'check for a missing comma, bracket or quotation mark near here',
        },
      ],
    };
  }
  const parsed = siteSchema.safeParse(json);
  if (parsed.success) return { site: parsed.data, problems: [] };
  const problems = parsed.error.issues.map((issue) => ({
    file,
    line: lineOfPath(text, issue.path),
    column: pathWords(issue.path),
    message:
      issue.code === 'unrecognized_keys'
        ? `unknown setting ${issue.keys.map((k) => `"${k}"`).join(', ')}`
        : issue.message,
    fix:
      issue.code === 'unrecognized_keys'
        ? 'delete it or correct its spelling'
        : 'correct this setting (see data/README.md)',
  }));
  return { site: undefined, problems };
}
