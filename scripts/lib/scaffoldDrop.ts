import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DATA_FILES } from '../../src/data/dataset';
import { scaffoldDrop, type Scaffold } from '../../src/publish/scaffoldDrop';

/**
 * Creates a new drop in a data folder on disk; refuses, writing nothing, if its folder or name
 * already exists.
 */
export function createDrop(dataDir: string, id: string, today: string): Scaffold {
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory())
    return {
      ok: false,
      message:
        `there is no data folder ${dataDir}. ` +
        'Give the path of the folder that holds drops.csv.',
    };
  const dropsPath = join(dataDir, DATA_FILES.drops);
  const scaffold = scaffoldDrop(
    id,
    today,
    dataDir,
    existsSync(dropsPath) ? readFileSync(dropsPath, 'utf8') : undefined,
  );
  if (!scaffold.ok) return scaffold;
  const folder = join(dataDir, dirname(DATA_FILES.values(id)));
  if (existsSync(folder))
    return {
      ok: false,
      message:
        `the folder ${folder} already exists. Choose another name, ` +
        'or remove the folder first.',
    };
  for (const file of scaffold.files) {
    const path = join(dataDir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
  return scaffold;
}
