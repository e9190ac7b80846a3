/**
 * `vite preview` for the benchmark, run in this process through Vite's API rather than as a
 * child process: it cannot outlive the benchmark, however that ends (an interrupted
 * `npx vite preview` child can be left holding the port).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { preview, type Plugin } from 'vite';

export interface Server {
  url: string;
  stop: () => Promise<void>;
}

/**
 * The data files gzipped once, before anything is measured, and then served as they are, as
 * a CDN's cache or a host's precompressed files would be. `vite preview` gzips every response
 * as it sends it: for the 34 MB file of 100,000 meetings that is about half a second of the
 * same two cores the browser is being measured on, a cost of the preview server, not the app.
 */
function precompressedData(outDir: string): Plugin {
  const dataDir = join(outDir, 'data');
  const files = new Map<string, Buffer>();
  if (existsSync(dataDir)) {
    for (const name of readdirSync(dataDir)) {
      if (name.endsWith('.json')) files.set(`/data/${name}`, gzipSync(readFileSync(join(dataDir, name))));
    }
  }
  return {
    name: 'bench-precompressed-data',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        const body = files.get((request.url ?? '').split('?')[0] ?? '');
        if (!body || !/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
          next();
          return;
        }
        response.setHeader('Content-Type', 'application/json');
        response.setHeader('Content-Encoding', 'gzip');
        response.setHeader('Content-Length', body.length);
        response.setHeader('Cache-Control', 'no-cache');
        response.setHeader('Vary', 'Accept-Encoding');
        response.end(body);
      });
    },
  };
}

export async function startPreview(options: {
  root: string;
  outDir: string;
  port: number;
  timeoutMs?: number;
}): Promise<Server> {
  const { root, outDir, port, timeoutMs = 30_000 } = options;
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    plugins: [precompressedData(resolve(root, outDir))],
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  const url = `http://127.0.0.1:${port}/`;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await server.close();
  };
  // Wait until it answers.
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return { url, stop };
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`vite preview did not answer on ${url} within ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
