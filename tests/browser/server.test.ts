import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from './server';

/**
 * A raw GET, so paths such as `/../x` reach the server exactly as written (fetch would normalise
 * them).
 */
function rawGet(
  url: string,
  path: string,
): Promise<{
  status: number;
  location: string | undefined;
  type: string | undefined;
  body: string;
}> {
  const { hostname, port } = new URL(url);
  return new Promise((done, fail) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () =>
        done({
          status: res.statusCode ?? 0,
          location: res.headers.location,
          type: res.headers['content-type'],
          body,
        }),
      );
    });
    req.on('error', fail);
    req.end();
  });
}

describe('the static test server', () => {
  const root = mkdtempSync(join(tmpdir(), 'static-server-'));
  let server: StaticServer;

  beforeAll(async () => {
    mkdirSync(join(root, 'about'));
    mkdirSync(join(root, 'empty'));
    writeFileSync(join(root, 'index.html'), '<p>home</p>');
    writeFileSync(join(root, 'about', 'index.html'), '<p>about</p>');
    writeFileSync(join(root, '404.html'), '<p>not found</p>');
    writeFileSync(join(root, 'app.js'), 'export {};');
    writeFileSync(join(root, 'values.csv'), 'a,b\n');
    writeFileSync(join(root, 'font.woff2'), '');
    writeFileSync(join(root, 'a file.json'), '{}');
    server = await startStaticServer({ root, mount: '/council/asc' });
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 at the mount, with a trailing slash', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/council\/asc\/$/);
  });

  it('serves a folder index.html and redirects the folder without its slash', async () => {
    expect(await rawGet(server.url, '/council/asc/')).toMatchObject({
      status: 200,
      body: '<p>home</p>',
      type: 'text/html; charset=utf-8',
    });
    expect(await rawGet(server.url, '/council/asc/about/')).toMatchObject({
      status: 200,
      body: '<p>about</p>',
    });
    expect(await rawGet(server.url, '/council/asc/about?x=1')).toMatchObject({
      status: 301,
      location: '/council/asc/about/?x=1',
    });
    expect(await rawGet(server.url, '/council/asc')).toMatchObject({
      status: 301,
      location: '/council/asc/',
    });
  });

  it('sends the content type of each kind of file', async () => {
    expect((await rawGet(server.url, '/council/asc/app.js')).type).toBe(
      'text/javascript; charset=utf-8',
    );
    expect((await rawGet(server.url, '/council/asc/values.csv')).type).toBe(
      'text/csv; charset=utf-8',
    );
    expect((await rawGet(server.url, '/council/asc/font.woff2')).type).toBe('font/woff2');
    expect(await rawGet(server.url, '/council/asc/a%20file.json')).toMatchObject({
      status: 200,
      type: 'application/json; charset=utf-8',
    });
  });

  it('answers 404 with 404.html and never falls back to the app', async () => {
    for (const path of [
      '/council/asc/nope/',
      '/council/asc/nope',
      '/council/asc/empty/',
      '/council/asc/app.js/',
      '/elsewhere/',
    ]) {
      expect(await rawGet(server.url, path), path).toMatchObject({
        status: 404,
        body: '<p>not found</p>',
      });
    }
  });

  it('refuses paths that try to leave the root', async () => {
    for (const path of [
      '/council/asc/../asc/index.html',
      '/council/asc/%2e%2e/x',
      '/council/asc/about%2f..%2f..%2fx',
      '/council/asc/%00',
    ]) {
      expect((await rawGet(server.url, path)).status, path).toBe(400);
    }
  });

  it('answers a malformed %-escape with the not-found page, as a static host does', async () => {
    expect(await rawGet(server.url, '/council/asc/%E0%A4%A')).toMatchObject({
      status: 404,
      body: '<p>not found</p>',
    });
  });
});
