import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { DEVELOPMENT_POLICY } from '../../scripts/lib/pageHead';
import { headerRow } from '../../src/data/tables';

const repo = resolve(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'dev-server-'));
let server: ViteDevServer;
let port = 0;

/**
 * GET with the path exactly as given (no normalising of `..` or %-escapes, as a browser would do).
 */
function get(path: string): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (c: string) => (body += c));
      res.on('end', () => done({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

beforeAll(async () => {
  cpSync(join(repo, 'tests', 'fixtures', 'minimal'), join(work, 'data'), { recursive: true });
  rmSync(join(work, 'data', 'events.csv'));
  mkdirSync(join(work, 'data-private'));
  writeFileSync(join(work, 'data-private', 'secret.csv'), 'not for the site');
  process.env.DATA_DIR = join(work, 'data');
  server = await createServer({
    configFile: join(repo, 'vite.config.ts'),
    root: repo,
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('the dev server has no port');
  port = address.port;
});

afterAll(async () => {
  await server?.close();
  delete process.env.DATA_DIR;
  rmSync(work, { recursive: true, force: true });
});

describe('npm run dev, serving the data folder', () => {
  it('serves a file of the data folder', async () => {
    expect(await get('/data/areas.csv')).toMatchObject({ status: 200 });
  });

  it('serves an optional file the folder lacks as built: empty, with a header', async () => {
    expect(await get('/data/events.csv')).toEqual({
      status: 200,
      body: `${headerRow('events').join(',')}\n`,
    });
    expect((await get('/data/drops.csv')).status).toBe(200);
    expect((await get('/data/nothing.csv')).status).toBe(404);
  });

  it('answers a malformed %-escape with 404 and keeps serving', async () => {
    expect((await get('/data/%E0%A4%A')).status).toBe(404);
    expect((await get('/data/areas.csv')).status).toBe(200);
  });

  it('serves the page with its shared head, its policy relaxed for React refresh', async () => {
    const { status, body } = await get('/');
    expect(status).toBe(200);
    expect(body).toContain(`content="${DEVELOPMENT_POLICY}"`);
    expect(body).not.toContain('<!--page-head-->');
  });

  it('never serves a sibling folder whose name starts with "data"', async () => {
    const answer = await get('/data/../data-private/secret.csv');
    expect(answer.body).not.toContain('not for the site');
  });
});
