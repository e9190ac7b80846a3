/**
 * A lazily imported module that can be asked for again. A chunk fails to load when the
 * connection drops (or a new release has replaced it); the failed promise is dropped, so the
 * next `load()` — on Try again, or when the browser is back online — really imports again.
 * Chromium retries a failed URL; a browser that keeps a failed module import is given the
 * chunk's URL with `?retry=N` (a new module for the browser; the service worker's precache
 * ignores the query). Vite's preloading of the chunk's CSS and imports runs again each time.
 */
export interface Chunk<M> {
  /** The module: one promise while it loads and once it is here; a new attempt after a failure. */
  load(): Promise<M>;
  /**
   * For a render (lazyComponent): like load, but a failed attempt stays failed, so that its
   * error reaches the error boundary (React renders again after a failure) instead of starting
   * a new attempt on each render. retryFailedChunks() lets it try again.
   */
  attempt(): Promise<M>;
  /** The module once loaded (render it without waiting), else null. */
  loaded(): M | null;
}

/** What retryFailedChunks clears: the failed attempts that renders still wait on. */
const failedAttempts = new Set<() => void>();

/** Lets every chunk that failed to load try again at its next render (Try again, reconnect). */
export function retryFailedChunks(): void {
  for (const clear of failedAttempts) clear();
  failedAttempts.clear();
}

/** `importer` is a bare dynamic import of the module, so a retried URL gives the same module shape. */
export function retryableImport<M>(importer: () => Promise<M>): Chunk<M> {
  let module: M | null = null;
  let current: Promise<M> | null = null;
  let failed = false;
  let failures = 0;
  const clear = () => {
    current = null;
    failed = false;
  };
  const start = (): Promise<M> => {
    const attempt: Promise<M> = importAgain(importer, failures).then(
      (value) => {
        // React's thenable protocol: use() reads a promise marked fulfilled without suspending.
        void Object.assign(attempt, { status: 'fulfilled', value });
        return (module = value);
      },
      (error: unknown) => {
        failed = true;
        failures += 1;
        failedAttempts.add(clear);
        throw error;
      },
    );
    current = attempt;
    return attempt;
  };
  return {
    load: () => (current && !failed ? current : start()),
    attempt: () => current ?? start(),
    loaded: () => module,
  };
}

function importAgain<M>(importer: () => Promise<M>, failures: number): Promise<M> {
  const first = importer();
  if (!failures) return first;
  return first.catch((error: unknown) => {
    const url = chunkUrl(error);
    if (!url?.endsWith('.js')) throw error;
    return import(/* @vite-ignore */ `${url}?retry=${failures}`) as Promise<M>;
  });
}

/** The chunk a failed import names ("Failed to fetch dynamically imported module: URL"). */
export function chunkUrl(error: unknown): string | undefined {
  return /https?:\/\/\S+?\.(?:js|css)\b/.exec(String(error))?.[0];
}
