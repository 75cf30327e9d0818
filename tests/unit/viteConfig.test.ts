import { resolve } from 'node:path';
import { createLogger, loadConfigFromFile } from 'vite';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '..', '..');

describe('vite.config.ts, as Vite loads it', () => {
  it('loads with no warning: every module it imports is named by its full file name', async () => {
    // Vite 8 warns on every run (npm start, npm run dev, the build, vitest) when a module the
    // config imports would not load with `configLoader: 'native'`, such as an import without .ts.
    const warnings: string[] = [];
    const logger = createLogger('warn');
    logger.warn = (message) => void warnings.push(message);
    const loaded = await loadConfigFromFile(
      { command: 'serve', mode: 'development' },
      resolve(repo, 'vite.config.ts'),
      repo,
      'warn',
      logger,
    );
    expect(warnings).toEqual([]);
    // The config does import the build's own modules: the dev server makes derived files with them.
    expect(loaded?.dependencies).toContain(resolve(repo, 'scripts/lib/deriveFiles.ts'));
  });
});
