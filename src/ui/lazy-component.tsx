import { use, type ComponentType } from 'react';
import type { Chunk } from '../lib/retryable-import';
import { catalogsComplete } from '../i18n/translate';

/**
 * A component from a retryable chunk, for a Suspense boundary and an error boundary. Unlike
 * React.lazy, which keeps a failed import for good, it asks the chunk again once the boundary
 * has called retryFailedChunks (its Try again, or the connection's return), and once loaded
 * it renders without suspending.
 */
export function lazyComponent<M, P extends object>(
  chunk: Chunk<M>,
  pick: (module: M) => ComponentType<P>,
): ComponentType<P> {
  return function LazyComponent(props: P) {
    // use() on every render, loaded or not: React requires the same hooks each time, and a
    // loaded chunk's promise is marked fulfilled, so it renders without suspending. A view
    // waits for the whole catalog of its language too (the first view's part comes first).
    const Component = pick(use(chunk.attempt()));
    use(catalogsComplete());
    return <Component {...props} />;
  };
}
