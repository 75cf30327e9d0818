import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '..', '..');
const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('npm run build', () => {
  it('refuses a bad data folder and leaves the previously built site exactly as it was', () => {
    const work = mkdtempSync(join(tmpdir(), 'build-refused-'));
    made.push(work);
    const data = join(work, 'data');
    cpSync(join(repo, 'tests', 'fixtures', 'minimal'), data, { recursive: true });
    cpSync(
      join(repo, 'tests', 'fixtures', 'bad', 'out-of-range.csv'),
      join(data, 'drops', '2025-26-Q2', 'values.csv'),
    );
    const out = join(work, 'site');
    mkdirSync(join(out, 'data'), { recursive: true });
    writeFileSync(join(out, 'index.html'), '<p>the site as published last quarter</p>');
    writeFileSync(join(out, 'data', 'site.json'), '{"published":"last quarter"}');

    const run = spawnSync(join(repo, 'node_modules', '.bin', 'tsx'), ['scripts/build.ts'], {
      cwd: repo,
      env: { ...process.env, DATA_DIR: data, OUT_DIR: out },
      encoding: 'utf8',
    });

    expect(run.status).toBe(1);
    expect(run.stderr).toContain('drops/2025-26-Q2/values.csv:2: value: 112.5 is outside 0-100');
    expect(run.stderr).toContain(`Nothing was written; ${out} is unchanged.`);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(
      '<p>the site as published last quarter</p>',
    );
    expect(readFileSync(join(out, 'data', 'site.json'), 'utf8')).toBe(
      '{"published":"last quarter"}',
    );
    expect(readdirSync(work).sort()).toEqual(['data', 'site']);
    // Starting tsx and checking the folder takes 2-10 s on two shared cores: the default 5 s is too tight.
  }, 60_000);
});
