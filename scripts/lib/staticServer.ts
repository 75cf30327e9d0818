/**
 * A plain static file server for the browser tests: it behaves like the simplest static host the
 * council might publish to, so it has no single-page-app fallback. A deep link works only because
 * the build wrote an index.html for that route; anything else is a real 404.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

export interface StaticServerOptions {
  /** The folder to serve. */
  root: string;
  /** The URL prefix the folder appears under, such as `/council/asc/`; `/` by default. */
  mount?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
}

export interface StaticServer {
  /** The address of the mount, ending in a slash: `http://127.0.0.1:<port><mount>`. */
  url: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** The Content-Type a static host sends for a file name; unknown kinds are opaque bytes. */
export function contentType(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** `/council/asc` or `council/asc/` → `/council/asc/`. */
function normaliseMount(mount: string): string {
  const trimmed = mount
    .split('/')
    .filter((p) => p !== '')
    .join('/');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * The path segments of a request below the mount, decoded; 'outside' if the request tries to leave
 * the root (`..`, `.`, an encoded slash or backslash, a NUL byte); 'malformed' if it is not valid
 * percent-encoding, which, like a static host, this server answers with its not-found page.
 */
function safeSegments(rest: string): string[] | 'outside' | 'malformed' {
  const segments: string[] = [];
  for (const raw of rest.split('/')) {
    let part: string;
    try {
      part = decodeURIComponent(raw);
    } catch {
      return 'malformed';
    }
    if (
      part === '.' ||
      part === '..' ||
      part.includes('/') ||
      part.includes('\\') ||
      part.includes('\0')
    )
      return 'outside';
    segments.push(part);
  }
  return segments;
}

async function kindOf(path: string): Promise<'file' | 'dir' | undefined> {
  try {
    const s = await stat(path);
    if (s.isFile()) return 'file';
    if (s.isDirectory()) return 'dir';
    return undefined;
  } catch {
    return undefined;
  }
}

/** Starts the server on 127.0.0.1 only. */
export async function startStaticServer({
  root,
  mount = '/',
  port = 0,
}: StaticServerOptions): Promise<StaticServer> {
  const base = resolve(root);
  const prefix = normaliseMount(mount);

  function sendFile(req: IncomingMessage, res: ServerResponse, file: string, status: number): void {
    res.statusCode = status;
    res.setHeader('Content-Type', contentType(file));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'no-store');
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }

  function sendText(
    res: ServerResponse,
    status: number,
    text: string,
    headers: Record<string, string> = {},
  ): void {
    res.statusCode = status;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    res.end(text);
  }

  async function notFound(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const page = join(base, '404.html');
    if ((await kindOf(page)) === 'file') sendFile(req, res, page, 404);
    else sendText(res, 404, 'Not found');
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
      return;
    }
    const target = req.url ?? '/';
    const queryAt = target.search(/[?#]/);
    const pathname = queryAt === -1 ? target : target.slice(0, queryAt);
    const query = queryAt === -1 ? '' : target.slice(queryAt);

    if (`${pathname}/` === prefix) {
      sendText(res, 301, 'Moved permanently', { Location: `${prefix}${query}` });
      return;
    }
    if (!pathname.startsWith(prefix)) return notFound(req, res);

    const segments = safeSegments(pathname.slice(prefix.length));
    if (segments === 'malformed') return notFound(req, res);
    if (segments === 'outside') {
      sendText(res, 400, 'Bad request');
      return;
    }
    const file = join(base, ...segments);
    if (file !== base && !file.startsWith(base + sep)) {
      sendText(res, 400, 'Bad request');
      return;
    }

    const kind = await kindOf(file);
    if (kind === 'file') {
      if (pathname.endsWith('/')) return notFound(req, res);
      sendFile(req, res, file, 200);
      return;
    }
    if (kind === 'dir') {
      if (!pathname.endsWith('/')) {
        sendText(res, 301, 'Moved permanently', { Location: `${pathname}/${query}` });
        return;
      }
      const index = join(file, 'index.html');
      if ((await kindOf(index)) === 'file') {
        sendFile(req, res, index, 200);
        return;
      }
    }
    return notFound(req, res);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendText(res, 500, 'Internal server error');
      else res.destroy();
    });
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', fail);
      done();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string')
    throw new Error('The static server did not get a TCP port.');

  return {
    url: `http://127.0.0.1:${address.port}${prefix}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        server.closeAllConnections();
      }),
  };
}
