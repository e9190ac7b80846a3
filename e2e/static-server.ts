/**
 * A small static server for the service worker's tests: serves a build folder under a base
 * path (`/sub/path/`), and can announce a new release by changing the service worker's
 * script, as a deployment does. Node's http only, on a free port.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  /** The site's address, ending in the base path. */
  url: string;
  /** From now on the service worker's script differs: the browser finds a new release. */
  release(): void;
  close(): Promise<void>;
}

export async function serveStatic(folder: string, base: string): Promise<StaticServer> {
  let release = 0;
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (!path.startsWith(base)) {
      response.writeHead(404).end('not found');
      return;
    }
    const file = normalize(join(folder, path.slice(base.length) || 'index.html'));
    if (!file.startsWith(folder)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        const extra = file.endsWith('sw.js') && release ? `\n// release ${release}\n` : '';
        response.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-cache',
        });
        response.end(extra ? Buffer.concat([body, Buffer.from(extra)]) : body);
      },
      () => response.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}${base}`,
    release: () => void (release += 1),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
