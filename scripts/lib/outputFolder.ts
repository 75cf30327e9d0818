/**
 * The folder a build replaces (OUT_DIR, or build:all's --out). A build writes a temporary folder
 * beside it and swaps it in whole, so the old folder's every file goes: the folder must be one a
 * build wrote, and never the data, the project or anything holding them.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';

/** Lists, one path a line, every file a build wrote; a later build may replace exactly these. */
export const MANIFEST = '.build-files';

const inside = (child: string, parent: string) => child.startsWith(parent + sep);

/** Every file under `dir`, as paths relative to it with forward slashes. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
}

/**
 * Files a build made before builds listed theirs: the pages, the scripts and styles, the data, and
 * the project's public/ files Vite copies in.
 */
function builtBefore(path: string, publicFiles: ReadonlySet<string>): boolean {
  return (
    publicFiles.has(path) ||
    /(^|\/)(index|404|national)\.html$/.test(path) ||
    /^assets\//.test(path) ||
    /(^|\/)data\//.test(path)
  );
}

export interface OutputFolderCheck {
  /** The folder to replace, absolute. */
  out: string;
  /** What names it in messages: "OUT_DIR" or "--out". */
  name: string;
  /** The data folder the build reads, absolute, if any. */
  dataDir?: string;
  /** The project's root folder, absolute. */
  project: string;
}

/**
 * Why a build must not replace `out`, in one line; undefined when it may. Checked before anything
 * is written: a refused build deletes nothing.
 */
export function outputFolderProblem({
  out,
  name,
  dataDir,
  project,
}: OutputFolderCheck): string | undefined {
  const given = `${name} ${out}`;
  if (out === project || inside(project, out))
    return (
      `${given} is or holds the project: building there would delete it. Choose a folder of ` +
      'its own, such as dist.'
    );
  if (dataDir !== undefined) {
    if (out === dataDir || inside(out, dataDir))
      return (
        `${given} is or is inside the data folder ${dataDir}: building there would replace ` +
        'the data. Choose a folder outside it, such as dist.'
      );
    if (inside(dataDir, out))
      return (
        `${given} holds the data folder ${dataDir}: building there would delete it. Choose a ` +
        'folder of its own, such as dist.'
      );
  }
  if (!existsSync(out)) return undefined;
  if (!statSync(out).isDirectory())
    return `${given} is a file, not a folder. Choose a folder, such as dist.`;
  const manifest = join(out, MANIFEST);
  const publicFiles = new Set(
    existsSync(join(project, 'public')) ? filesUnder(join(project, 'public')) : [],
  );
  const listed = existsSync(manifest)
    ? new Set(readFileSync(manifest, 'utf8').split('\n').filter(Boolean))
    : undefined;
  const foreign = filesUnder(out).filter(
    (f) => f !== MANIFEST && !(listed ? listed.has(f) : builtBefore(f, publicFiles)),
  );
  if (foreign.length === 0) return undefined;
  const shown = foreign.slice(0, 3).join(', ');
  const more = foreign.length > 3 ? ` and ${foreign.length - 3} more` : '';
  return (
    `${given} holds files a build did not write (${shown}${more}): the build replaces the ` +
    'whole folder and would delete them. Move them, or choose another folder.'
  );
}

/** Records the files of a finished build in `dir`, so the next build knows it may replace them. */
export function writeManifest(dir: string): void {
  const files = filesUnder(dir).filter((f) => f !== MANIFEST);
  writeFileSync(join(dir, MANIFEST), `${files.sort().join('\n')}\n`);
}

/** True while a process with this id runs. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e instanceof Error && 'code' in e && e.code === 'EPERM';
  }
}

/**
 * Removes the temporary folders (`<out>.tmp-<pid>`, `.old-`, `.work-`) an interrupted build left
 * beside `out`, once the build that made them has ended.
 */
export function removeStaleTemporaries(out: string): void {
  const parent = dirname(out);
  if (!existsSync(parent)) return;
  const pattern = new RegExp(
    `^${basename(out).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(tmp|old|work)-(\\d+)$`,
  );
  for (const name of readdirSync(parent)) {
    const m = pattern.exec(name);
    if (m && !running(Number(m[2]))) rmSync(join(parent, name), { recursive: true, force: true });
  }
}

/** Removes `dirs` if the process is stopped (Ctrl+C, or a CI job cancelled) before it finishes. */
export function removeOnInterrupt(dirs: string[]): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    process.once(signal, () => {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
      process.kill(process.pid, signal);
    });
}
