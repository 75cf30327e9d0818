import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { basePath } from '../../scripts/lib/basePath';
import { CLI_TIMEOUT, runCli } from './runCli';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('BASE_PATH, as build and build:all take it', () => {
  it('adds the closing slash, keeps a full path, refuses a path without a leading slash', () => {
    expect(basePath('/sc')).toEqual({ base: '/sc/' });
    expect(basePath('/social-care/dashboard')).toEqual({ base: '/social-care/dashboard/' });
    expect(basePath('/social-care/')).toEqual({ base: '/social-care/' });
    expect(basePath('/')).toEqual({ base: '/' });
    expect(basePath('sc/')).toEqual({
      problem:
        'BASE_PATH "sc/" must start with a slash: write the site\'s path on the host, like ' +
        '/social-care/.',
    });
  });

  it(
    'build:all refuses a BASE_PATH without its leading slash in one line, before writing anything',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'build-all-'));
      made.push(dir);
      const out = join(dir, 'site');
      const run = await runCli('scripts/buildAll.ts', ['--out', out, '--only', 'E06000016'], {
        BASE_PATH: 'sc/',
      });
      expect(run.stderr.trim()).toBe(
        'build:all was refused: BASE_PATH "sc/" must start with a slash: write the site\'s ' +
          'path on the host, like /social-care/. Nothing was written.',
      );
      expect(run.status).toBe(1);
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(dir)).toEqual([]);
    },
    CLI_TIMEOUT,
  );
});
