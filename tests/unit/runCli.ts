/**
 * Runs one of the project's scripts as an officer or a CI job would: tsx, stdout and stderr into
 * pipes.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..', '..');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(
  script: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn(join(repo, 'node_modules', '.bin', 'tsx'), [script, ...args], {
      cwd: repo,
      env: { ...process.env, NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

/**
 * Each run starts tsx in a child process: seconds, more on a loaded machine. The limit catches a
 * hang.
 */
export const CLI_TIMEOUT = 120_000;
