import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  outputFolderProblem,
  removeStaleTemporaries,
  writeManifest,
} from '../../scripts/lib/outputFolder';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'out-'));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('the folder a build replaces', () => {
  const project = '/nowhere/project';

  it('may be new, empty, or a folder a build wrote, files listed in its manifest', () => {
    const out = folder({ 'index.html': '', 'x/extra.txt': '' });
    writeManifest(out);
    expect(outputFolderProblem({ out, name: 'OUT_DIR', project })).toBeUndefined();
    expect(
      outputFolderProblem({ out: join(out, 'new'), name: 'OUT_DIR', project }),
    ).toBeUndefined();
    writeFileSync(join(out, 'notes.txt'), 'mine');
    expect(outputFolderProblem({ out, name: 'OUT_DIR', project })).toContain(
      'holds files a build did not write (notes.txt)',
    );
  });

  it('accepts a build from before manifests by its shape: pages, assets and data', () => {
    const out = folder({
      'index.html': '',
      '404.html': '',
      'assets/index-x.js': '',
      'data/drops/2025-26-Q2/values.csv': '',
      'measure/a/index.html': '',
    });
    expect(outputFolderProblem({ out, name: 'OUT_DIR', project })).toBeUndefined();
    writeFileSync(join(out, 'CNAME'), '');
    writeFileSync(join(out, 'a.txt'), '');
    writeFileSync(join(out, 'b.txt'), '');
    writeFileSync(join(out, 'c.txt'), '');
    expect(outputFolderProblem({ out, name: '--out', project })).toBe(
      `--out ${out} holds files a build did not write (CNAME, a.txt, b.txt and 1 more): ` +
        'the build replaces the whole folder and would delete them. Move them, or choose ' +
        'another folder.',
    );
  });

  it('removes the temporary folders of builds that have ended, and keeps a running one’s', () => {
    const parent = folder({});
    const out = join(parent, 'dist');
    for (const name of [
      'dist.tmp-999999999',
      'dist.old-999999999',
      `dist.tmp-${process.pid}`,
      'other.tmp-999999999',
    ])
      mkdirSync(join(parent, name));
    removeStaleTemporaries(out);
    expect(existsSync(join(parent, 'dist.tmp-999999999'))).toBe(false);
    expect(existsSync(join(parent, 'dist.old-999999999'))).toBe(false);
    expect(existsSync(join(parent, `dist.tmp-${process.pid}`))).toBe(true);
    expect(existsSync(join(parent, 'other.tmp-999999999'))).toBe(true);
  });
});
