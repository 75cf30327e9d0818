import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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
