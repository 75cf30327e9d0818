/**
 * `npm test`: the one gate. Runs the format check, line-length check, typecheck, lint, the data
 * check, unit tests and browser tests in that order, carrying on past a failure so every problem
 * shows in one run, then prints `N passed, N failed` as the last line (the summary CI reads;
 * vitest's own is not recognised) and exits 1 if anything failed. The steps before the unit tests
 * count as one test each; the vitest steps count their tests from the JSON reporter.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..');
const reports = join(repo, '.build-tmp');
const bin = (name: string): string => join(repo, 'node_modules', '.bin', name);

interface Step {
  name: string;
  command: string;
  args: string[];
  /** For a vitest step: where its JSON report goes. Other steps count as one test. */
  report?: string;
}

const vitestReporters = (file: string): string[] => [
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${file}`,
];

const steps: Step[] = [
  { name: 'format', command: bin('prettier'), args: ['--check', '.'] },
  { name: 'line length', command: bin('tsx'), args: ['scripts/checkLines.ts'] },
  { name: 'typecheck (site)', command: bin('tsc'), args: ['--noEmit', '-p', 'tsconfig.app.json'] },
  {
    name: 'typecheck (scripts and tests)',
    command: bin('tsc'),
    args: ['--noEmit', '-p', 'tsconfig.node.json'],
  },
  { name: 'lint', command: bin('eslint'), args: ['--max-warnings', '0', '.'] },
  { name: 'data check', command: bin('tsx'), args: ['scripts/checkData.ts'] },
  {
    name: 'data check (Leicestershire example)',
    command: bin('tsx'),
    args: ['scripts/checkData.ts', 'data/examples/leicestershire'],
  },
  {
    name: 'unit tests',
    command: bin('vitest'),
    args: ['run', ...vitestReporters(join(reports, 'unit.json'))],
    report: join(reports, 'unit.json'),
  },
  {
    name: 'browser tests',
    command: bin('vitest'),
    args: [
      'run',
      '--config',
      'vitest.browser.config.ts',
      ...vitestReporters(join(reports, 'browser.json')),
    ],
    report: join(reports, 'browser.json'),
  },
];

/**
 * Runs a command with its output streamed to ours; resolves with its exit code (1 if it could not
 * start).
 */
function run(step: Step): Promise<number> {
  return new Promise((done) => {
    const child = spawn(step.command, step.args, { cwd: repo, stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`Could not start ${step.name}: ${error.message}`);
      done(1);
    });
    child.on('close', (code) => done(code ?? 1));
  });
}

/**
 * The passed and failed counts from a vitest JSON report, or undefined if there is no readable
 * report.
 */
function readCounts(file: string): { passed: number; failed: number } | undefined {
  if (!existsSync(file)) return undefined;
  let report: unknown;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  if (
    typeof report !== 'object' ||
    report === null ||
    !('numPassedTests' in report) ||
    !('numFailedTests' in report)
  )
    return undefined;
  const { numPassedTests, numFailedTests } = report;
  if (typeof numPassedTests !== 'number' || typeof numFailedTests !== 'number') return undefined;
  return { passed: numPassedTests, failed: numFailedTests };
}

mkdirSync(reports, { recursive: true });
let passed = 0;
let failed = 0;
const failures: string[] = [];

for (const step of steps) {
  console.log(
    `\n▶ ${step.name}: ${[step.command.replace(`${repo}/`, ''), ...step.args].join(' ')}`,
  );
  if (step.report) rmSync(step.report, { force: true });
  const code = await run(step);
  if (!step.report) {
    if (code === 0) passed += 1;
    else {
      failed += 1;
      failures.push(step.name);
    }
    continue;
  }
  const counts = readCounts(step.report) ?? { passed: 0, failed: 0 };
  passed += counts.passed;
  failed += counts.failed;
  // A failed globalSetup (such as a refused build), a file that does not load or a crash fails no
  // single test:
  // count it as one failure so the run cannot pass.
  if (code !== 0 && counts.failed === 0) failed += 1;
  if (code !== 0) failures.push(step.name);
}

console.log(
  `\n${failures.length === 0 ? 'Every step passed.' : `Failed: ${failures.join(', ')}.`}`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
