import { spawn } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/lib/buildSite';
import { filesUnder } from '../../scripts/lib/outputFolder';

const repo = resolve(import.meta.dirname, '..', '..');
const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A work folder holding a copy of the minimal valid data folder at <work>/data. */
function work(): { work: string; data: string } {
  const dir = mkdtempSync(join(tmpdir(), 'build-'));
  made.push(dir);
  cpSync(join(repo, 'tests', 'fixtures', 'minimal'), join(dir, 'data'), { recursive: true });
  return { work: dir, data: join(dir, 'data') };
}

/** Every file under a folder with its content: what must not change when a build is refused. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    filesUnder(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')] as const),
  );
}

describe('npm run build', () => {
  it('refuses a bad data folder, leaving the previously built site exactly as it was', async () => {
    const { work: dir, data } = work();
    cpSync(
      join(repo, 'tests', 'fixtures', 'bad', 'out-of-range.csv'),
      join(data, 'drops', '2025-26-Q2', 'values.csv'),
    );
    const out = join(dir, 'site');
    mkdirSync(join(out, 'data'), { recursive: true });
    writeFileSync(join(out, 'index.html'), '<p>the site as published last quarter</p>');
    writeFileSync(join(out, 'data', 'site.json'), '{"published":"last quarter"}');
    const before = snapshot(out);

    const run = await buildSite({ dataDir: data, outDir: out });

    expect(run.status).toBe(1);
    expect(run.output).toContain('drops/2025-26-Q2/values.csv:2: value: 112.5 is outside 0-100');
    expect(run.output).toContain(`Nothing was written; ${out} is unchanged.`);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(['data', 'site']);
  });

  it('refuses OUT_DIR=data (the folder, inside it or holding it), deleting nothing', async () => {
    const { work: dir, data } = work();
    const before = snapshot(dir);
    const inside = (out: string) =>
      `The build was refused: OUT_DIR ${out} is or is inside the data folder ${data}: ` +
      'building there would replace the data. Choose a folder outside it, such as dist. ' +
      'Nothing was written.';
    const cases = [
      [data, inside(data)],
      [join(data, 'site'), inside(join(data, 'site'))],
      [
        dir,
        `The build was refused: OUT_DIR ${dir} holds the data folder ${data}: building ` +
          'there would delete it. Choose a folder of its own, such as dist. Nothing was ' +
          'written.',
      ],
    ] as const;
    // Three refusals, each its own build, side by side: none of them writes anything.
    const runs = await Promise.all(
      cases.map(async ([out, refusal]) => ({
        out,
        refusal,
        run: await buildSite({ dataDir: data, outDir: out }),
      })),
    );
    for (const { out, refusal, run } of runs) {
      expect(run.status, out).toBe(1);
      expect(run.output, out).toBe(refusal);
    }
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses OUT_DIR=. in a checkout, deleting nothing', async () => {
    // A copy of the project's code, so that a build which did not refuse could not harm the real
    // one.
    const project = mkdtempSync(join(tmpdir(), 'build-project-'));
    made.push(project);
    for (const part of ['scripts', 'src', 'package.json'])
      cpSync(join(repo, part), join(project, part), { recursive: true });
    cpSync(join(repo, 'tests', 'fixtures', 'minimal'), join(project, 'data'), { recursive: true });
    symlinkSync(join(repo, 'node_modules'), join(project, 'node_modules'));
    const before = filesUnder(project).filter((f) => !f.startsWith('node_modules'));

    const run = await new Promise<{ status: number | null; output: string }>((done) => {
      const child = spawn(join(repo, 'node_modules', '.bin', 'tsx'), ['scripts/build.ts'], {
        cwd: project,
        env: { ...process.env, OUT_DIR: '.', DATA_DIR: 'data', NO_COLOR: '1' },
      });
      let output = '';
      child.stdout.on('data', (c: Buffer) => (output += c.toString()));
      child.stderr.on('data', (c: Buffer) => (output += c.toString()));
      child.on('close', (status) => done({ status, output }));
    });

    expect(run.status).toBe(1);
    expect(run.output.trim()).toBe(
      `The build was refused: OUT_DIR ${project} is or holds the project: building there ` +
        'would delete it. Choose a folder of its own, such as dist. Nothing was written.',
    );
    expect(filesUnder(project).filter((f) => !f.startsWith('node_modules'))).toEqual(before);
  });

  it('refuses an OUT_DIR holding files a build did not write, and names them', async () => {
    const { work: dir, data } = work();
    const out = join(dir, 'site');
    mkdirSync(join(out, 'assets'), { recursive: true });
    writeFileSync(join(out, 'index.html'), '<p>an earlier build</p>');
    writeFileSync(join(out, 'assets', 'index-abc.js'), '');
    writeFileSync(join(out, 'CNAME'), 'dashboard.example.org');
    const before = snapshot(out);
    const run = await buildSite({ dataDir: data, outDir: out });
    expect(run.status).toBe(1);
    expect(run.output).toBe(
      `The build was refused: OUT_DIR ${out} holds files a build did not write (CNAME): ` +
        'the build replaces the whole folder and would delete them. Move them, or choose ' +
        'another folder. Nothing was written.',
    );
    expect(snapshot(out)).toEqual(before);
  });

  it('refuses a BASE_PATH without its leading slash', async () => {
    const { work: dir, data } = work();
    const out = join(dir, 'site');
    const refused = await buildSite({ dataDir: data, outDir: out, basePath: 'sc/' });
    expect(refused.output).toBe(
      'The build was refused: BASE_PATH "sc/" must start with a slash: write the site\'s ' +
        'path on the host, like /social-care/. Nothing was written.',
    );
    expect(readdirSync(dir)).toEqual(['data']);
  });

  it('builds BASE_PATH=/sc as /sc/ so every address works', async () => {
    const { work: dir, data } = work();
    const out = join(dir, 'site');
    // The app's own addresses are what BASE_PATH changes. Pre-rendered pages under a sub-folder,
    // and every link in them, are checked in a browser (routing.test.ts, prerender.test.ts).
    const run = await buildSite({ dataDir: data, outDir: out, basePath: '/sc', prerender: false });
    expect(run.output).toContain(`into ${out}, for the address /sc/.`);
    expect(run.status).toBe(0);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toMatch(/src="\/sc\/assets\/index-[\w-]+\.js"/);
    expect(index).not.toMatch(/"\/scassets|"\/sc[a-z]/);
    // The build lists what it wrote, so the next build may replace it; no temporary folder is left.
    expect(readFileSync(join(out, '.build-files'), 'utf8')).toContain('data/site.json\n');
    expect(readdirSync(dir).sort()).toEqual(['data', 'site']);
  });
});
