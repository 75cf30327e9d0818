import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDrops } from '../../src/data/tables';
import { CLI_TIMEOUT, runCli } from './runCli';

const work = mkdtempSync(join(tmpdir(), 'script-args-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run new-drop, reading its arguments', () => {
  it(
    'answers --help with its usage and makes nothing',
    async () => {
      const run = await runCli('scripts/newDrop.ts', ['--help', work]);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^Usage: npm run new-drop -- <drop-id> \[data-dir\]\n\nStarts /);
      expect(run.stderr).toBe('');
      expect(readdirSync(work)).toEqual([]);
    },
    CLI_TIMEOUT,
  );

  it(
    'refuses an option it does not know, with its usage, and makes nothing',
    async () => {
      const run = await runCli('scripts/newDrop.ts', ['2026-27-Q3', work, '--force']);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(
        /^Unknown option '--force'\. .*\n\nUsage: npm run new-drop -- <drop-id> \[data-dir\]\n/,
      );
      expect(existsSync(join(work, 'drops.csv'))).toBe(false);
    },
    CLI_TIMEOUT,
  );
});

describe('npm run pack, checking its arguments before it builds or renders anything', () => {
  const pack = async (...args: string[]) => {
    const run = await runCli('scripts/pack.ts', ['--out', join(work, 'pack.pdf'), ...args]);
    expect(run.stdout).toBe('');
    expect(existsSync(join(work, 'pack.pdf'))).toBe(false);
    return run;
  };

  it(
    'refuses a meeting date that is not a date',
    async () => {
      expect(await pack('--meeting', '2026-13-45')).toMatchObject({
        status: 1,
        stderr:
          'The pack was not made: --meeting: "2026-13-45" is not a date written ' +
          'yyyy-mm-dd, e.g. 2026-01-15\n',
      });
    },
    CLI_TIMEOUT,
  );

  it(
    'names measures the data does not have, with the nearest it does',
    async () => {
      const measures = 'ascof-direct-payments-users,care-act-assessment-waiting-cuont';
      expect(await pack('--measures', measures)).toMatchObject({
        status: 1,
        stderr:
          'The pack was not made: --measures: "care-act-assessment-waiting-cuont" (did you ' +
          'mean "care-act-assessment-waiting-count"?) is not a measure in data/metrics.csv\n',
      });
    },
    CLI_TIMEOUT,
  );

  it(
    'names a drop that does not exist, with the drops there are, at once',
    async () => {
      const drops = parseDrops(
        readFileSync(join(import.meta.dirname, '..', '..', 'data', 'drops.csv'), 'utf8'),
        'drops.csv',
      ).rows;
      expect(await pack('--drop', '2030-31-Q1')).toMatchObject({
        status: 1,
        stderr:
          'The pack was not made: --drop: "2030-31-Q1" is not a drop in data/drops.csv (the ' +
          `drops are: ${drops.map((d) => d.id).join(', ')})\n`,
      });
    },
    CLI_TIMEOUT,
  );

  it(
    'refuses an option it does not know, and a --site with no built site',
    async () => {
      expect(await pack('--colour', 'red')).toMatchObject({
        status: 1,
        stderr: "The pack was not made: Unknown option '--colour'\n",
      });
      expect(await pack('--site', join(work, 'nothing'))).toMatchObject({
        status: 1,
        stderr:
          `The pack was not made: --site: ${join(work, 'nothing')} has no built site: run ` +
          'npm run build first, or leave out --site\n',
      });
    },
    CLI_TIMEOUT,
  );
});
