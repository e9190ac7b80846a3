/**
 * `vite preview` for the benchmark, run in this process through Vite's API rather than as a
 * child process: it cannot outlive the benchmark, however that ends (an interrupted
 * `npx vite preview` child can be left holding the port).
 */
import { preview } from 'vite';

export interface Server {
  url: string;
  stop: () => Promise<void>;
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
