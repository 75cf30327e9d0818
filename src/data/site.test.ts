import { describe, expect, it } from 'vitest';
import { formatProblem } from './problem';
import { parseSite } from './site';

const good = {
  title: 'Adult social care performance',
  authority: { code: 'E06000016', name: 'Leicester City Council' },
  groups: [
    {
      id: 'cipfa',
      name: 'CIPFA nearest neighbours',
      version: '2024',
      source: 's',
      members: ['E06000015'],
    },
  ],
  benchmarks: [{ code: 'E92000001', name: 'England' }],
  meetings: [{ date: '2026-01-15', label: 'Scrutiny Commission' }],
};

describe('parseSite', () => {
  it('reads a valid site.json, defaulting synthetic to false', () => {
    expect(parseSite(JSON.stringify(good), 'site.json').site?.synthetic).toBe(false);
  });

  it('names the line and setting of each problem', () => {
    const text = JSON.stringify(
      {
        ...good,
        authority: { code: 'E0616', name: 'Leicester' },
        meetings: [{ date: '2026-02-30', label: 'x' }],
        colour: 'blue',
      },
      null,
      2,
    );
    expect(parseSite(text, 'site.json').problems.map(formatProblem)).toEqual([
      'site.json:4: authority.code: must be a nine-character ONS code such as E06000016 — ' +
        'correct this setting (see data/README.md)',
      'site.json:26: meetings[0].date: must be a date written yyyy-mm-dd — correct this ' +
        'setting (see data/README.md)',
      'site.json:1: unknown setting "colour" — delete it or correct its spelling',
    ]);
  });

  it('reports broken JSON at its line', () => {
    expect(
      parseSite('{\n  "title": "x",\n  "authority": {\n}}}', 'site.json').problems.map((p) => [
        p.line,
        p.message.slice(0, 24),
      ]),
    ).toEqual([[4, 'this is not valid JSON (']]);
  });
});
