import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, runCli } from './runCli';

const repo = resolve(import.meta.dirname, '..', '..');
const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Runs `npm run check-data` as an officer's CI would, with stdout and stderr going into pipes. */
const checkData = (args: string[]) => runCli('scripts/checkData.ts', args);

describe('npm run check-data on the command line', () => {
  it(
    'says in one line that a mistyped data folder does not exist',
    async () => {
      const run = await checkData(['data/exmaples/leicestershire']);
      expect(run.status).toBe(1);
      expect(run.stderr).toBe(
        'data/exmaples/leicestershire: there is no such folder — give the path of the data ' +
          'folder, the one that holds site.json and drops.csv\n' +
          '\n1 problem found in data/exmaples/leicestershire: nothing was published. Fix ' +
          'it and run the check again.\n',
      );
    },
    CLI_TIMEOUT,
  );

  it(
    'prints every one of 20,000 problems and the closing count through a pipe',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'check-data-pipe-'));
      made.push(dir);
      cpSync(join(repo, 'tests', 'fixtures', 'minimal'), dir, { recursive: true });
      const rows = Array.from(
        { length: 20_000 },
        (_, i) => `waiting-count,E06000016,2025-26 Q2,x${i},test-source`,
      );
      writeFileSync(
        join(dir, 'drops', '2025-26-Q2', 'values.csv'),
        `metric,area,period,value,source\n${rows.join('\n')}\n`,
      );
      const run = await checkData([dir]);
      expect(run.status).toBe(1);
      const lines = run.stderr.trimEnd().split('\n');
      const notANumber = lines.filter((l) => / value: "x\d+" is not a number — /.test(l));
      expect(notANumber).toHaveLength(20_000);
      expect(notANumber.at(-1)).toMatch(/values\.csv:20001: value: "x19999" is not a number/);
      // Every row after the first also repeats the first one's measure, area and period.
      expect(lines.at(-1)).toBe(
        `39,999 problems found in ${dir}: nothing was published. Fix them and run the check again.`,
      );
    },
    CLI_TIMEOUT,
  );
});
