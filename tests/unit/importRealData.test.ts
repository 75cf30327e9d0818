/**
 * `npm run import:real-data`: the shipped folders are exactly what the importer makes from the
 * files in the repository and ../shared/real-data, and `--authority` makes a checked folder for any
 * council.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFolder } from '../../scripts/lib/checkFolder';
import { findCouncil } from '../../scripts/lib/findCouncil';
import { readNationalAreas } from '../../scripts/lib/nationalAreas';
import { formatProblem } from '../../src/data/problem';

const root = join(import.meta.dirname, '..', '..');
const realData = process.env.REAL_DATA ?? join(root, '..', 'shared', 'real-data');
const tmp = mkdtempSync(join(tmpdir(), 'import-real-data-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/**
 * Each import reads the national files afresh: a few seconds alone, but 83 s was seen with five
 * test runs sharing two cores (load average 16). The limit is there to catch a hang, not to time
 * it.
 */
const SLOW = { timeout: 180_000 };

function importer(...args: string[]): { status: number | null; output: string } {
  const run = spawnSync(
    join(root, 'node_modules', '.bin', 'tsx'),
    ['scripts/importRealData.ts', ...args],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, REAL_DATA: realData },
    },
  );
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** Every file under a folder, relative to it, leaving out the folders named. */
function files(dir: string, skip: string[] = []): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .filter((f) => !skip.some((s) => f === s || f.startsWith(`${s}/`)))
    .sort();
}

function expectSameFolder(made: string, shipped: string, skip: string[]): void {
  expect(files(made)).toEqual(files(shipped, skip));
  for (const f of files(made))
    expect(readFileSync(join(made, f), 'utf8'), f).toBe(readFileSync(join(shipped, f), 'utf8'));
}

describe('rebuilding the shipped folders', () => {
  it('makes data/ byte for byte without --authority', SLOW, () => {
    const out = join(tmp, 'leicester');
    expect(importer('--out', out).status).toBe(0);
    expectSameFolder(out, join(root, 'data'), ['README.md', 'examples']);
  });

  it('makes the Leicestershire example byte for byte from its import.json', SLOW, () => {
    const out = join(tmp, 'leicestershire');
    expect(importer('scripts/import/leicestershire/import.json', '--out', out).status).toBe(0);
    expectSameFolder(out, join(root, 'data', 'examples', 'leicestershire'), ['README.md']);
  });
});

describe('the shipped Leicester folder', () => {
  it('carries every council’s national figures, so a page can add any council', SLOW, async () => {
    const { data, problems } = await checkFolder(join(root, 'data'));
    expect(problems).toEqual([]);
    const councils = new Set(data?.areas.filter((a) => a.kind === 'council').map((a) => a.code));
    expect(councils.size).toBeGreaterThanOrEqual(153);
    expect(data?.areas.filter((a) => a.kind === 'region')).toHaveLength(9);
    const figures = (metric: string, period: string) =>
      new Set(
        data?.observations
          .filter((o) => o.metric === metric && o.period.label === period)
          .map((o) => o.area),
      );
    // ASCOF from the national trend file, and 2024-25 1A and client-level data from the
    // all-councils table.
    expect(figures('ascof-direct-payments-users', '2023-24').has('E10000016')).toBe(true);
    expect(figures('ascof-quality-of-life', '2024-25').size).toBe(153);
    expect(figures('cld-long-term-support-rate', '2026-03-31').size).toBe(153);
    const scilly = data?.observations.find(
      (o) =>
        o.metric === 'ascof-quality-of-life' &&
        o.area === 'E06000053' &&
        o.period.label === '2024-25',
    );
    expect([scilly?.value, scilly?.status]).toEqual([undefined, 'suppressed']);
  });
});

describe('finding a council', () => {
  const national = readNationalAreas(
    realData,
    join(root, 'scripts/import/national/code-changes.csv'),
  );
  const find = (q: string) => findCouncil(q, national.councils, national.codeChanges);

  it('knows the 153 councils with adult social care duties, each in one of the 9 regions', () => {
    expect(national.councils).toHaveLength(153);
    expect(new Set(national.councils.map((c) => c.region.code)).size).toBe(9);
  });

  it('finds a council by ONS code, by an earlier code on the same boundary, or by name', () => {
    expect(find('E08000025')).toMatchObject({ council: { code: 'E08000025', name: 'Birmingham' } });
    expect(find('e10000023')).toMatchObject({ council: { code: 'E06000065' } });
    expect(find('Leicester City Council')).toMatchObject({ council: { code: 'E06000016' } });
    expect(find('Kent')).toMatchObject({ council: { code: 'E10000016' } });
    expect(find('Durham')).toMatchObject({ council: { code: 'E06000047' } });
  });

  it('names the candidates when a name matches several councils or none', () => {
    expect(find('Yorkshire')).toEqual({
      error:
        '"Yorkshire" matches 2 councils: East Riding of Yorkshire (E06000011), North ' +
        'Yorkshire (E06000065). Give the full name or the ONS code.',
    });
    const typo = find('Birmingam');
    expect('error' in typo ? typo.error : '').toMatch(
      /^No council matches "Birmingam"\. The nearest names: Birmingham \(E08000025\)/,
    );
    expect(find('E07000001')).toEqual({
      error: 'No English council with adult social care duties has the ONS code E07000001.',
    });
  });

  it('has 15 CIPFA nearest neighbours for every council but six, under current codes', () => {
    const without = national.councils
      .filter((c) => !national.neighbours(c.code))
      .map((c) => c.code);
    expect(without.sort()).toEqual(['E06000053', 'E06000063', 'E06000064', 'E09000001'].sort());
    for (const c of national.councils) {
      const list = national.neighbours(c.code);
      if (list) expect(new Set(list).size, c.name).toBe(15);
    }
  });
});

describe('--authority', () => {
  it('stops with a one-line error listing the candidates when the name is ambiguous', SLOW, () => {
    const run = importer('--authority', 'Yorkshire', '--out', join(tmp, 'none'));
    expect(run.status).toBe(1);
    expect(run.output.trim()).toBe(
      '"Yorkshire" matches 2 councils: East Riding of Yorkshire (E06000011), North ' +
        'Yorkshire (E06000065). Give the full name or the ONS code.',
    );
  });

  it(
    'makes a passing folder for Birmingham, with its 15 neighbours, England and West Midlands',
    SLOW,
    async () => {
      const out = join(tmp, 'birmingham');
      expect(importer('--authority', 'E08000025', '--out', out).status).toBe(0);
      const { data, problems } = await checkFolder(out);
      expect(problems.map(formatProblem)).toEqual([]);
      expect(data?.site.authority).toEqual({ code: 'E08000025', name: 'Birmingham' });
      expect(data?.site.groups.map((g) => [g.id, g.members.length])).toEqual([['cipfa', 15]]);
      expect(data?.site.benchmarks.map((b) => b.name)).toEqual(['England', 'West Midlands']);
      expect(data?.outcomes).toEqual([]);
      expect(data?.targets).toEqual([]);
      // Every council, region and England is there, so a page can add any council.
      expect(data?.areas.filter((a) => a.kind === 'council').length).toBeGreaterThanOrEqual(153);
      expect(data?.areas.filter((a) => a.kind === 'region')).toHaveLength(9);
    },
  );
});
