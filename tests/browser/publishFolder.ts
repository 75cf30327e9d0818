/**
 * What the Publish page's browser tests share: the repository's fixtures, the Leicestershire
 * example folder as it was before a drop, running the repository's scripts as an officer would,
 * and checking a drop on the page.
 */
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import type { Page } from 'playwright-core';

export const repo = fileURLToPath(new URL('../../', import.meta.url));
export const WIDE = join(repo, 'tests', 'fixtures', 'wide');
export const BAD = join(repo, 'tests', 'fixtures', 'bad');
export const DROP = '2022-23-Q1';
export const SOURCE = 'lcc-county-scrutiny-2022';

/**
 * Runs a script of this repository with `cwd` as the officer's folder; throws with its output on
 * failure.
 */
export function run(cwd: string, script: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  return new Promise<void>((done, fail) => {
    const child = spawn(join(repo, 'node_modules', '.bin', 'tsx'), [join(repo, script), ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0
        ? done()
        : fail(new Error(`${script} exited ${code}:\n${stripVTControlCharacters(output)}`)),
    );
  });
}

/**
 * The Leicestershire example as it was before its 2022-23-Q1 drop: the drops after it left out too.
 */
export function folderBefore(parent: string): string {
  const dir = join(parent, 'data');
  cpSync(join(repo, 'data', 'examples', 'leicestershire'), dir, { recursive: true });
  for (const later of [DROP, '2025-26-Q2'])
    rmSync(join(dir, 'drops', later), { recursive: true, force: true });
  const drops = readFileSync(join(dir, 'drops.csv'), 'utf8').split('\n');
  writeFileSync(
    join(dir, 'drops.csv'),
    drops.filter((l) => !l.startsWith(`${DROP},`) && !l.startsWith('2025-26-Q2,')).join('\n'),
  );
  return dir;
}

export /** Presses the page's check button and waits for the result. */
async function checkDrop(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Check the drop' }).click();
  await page.locator('#check-result').waitFor({ timeout: 60_000 });
}
