/**
 * What the page does when Vite fails to load a chunk (`vite:preloadError`: the chunk itself,
 * or a stylesheet or chunk it needs). The error still reaches the part of the page that asked
 * for it, which says so and asks again later (lib/retryable-import). Here:
 * - a stylesheet that failed is unlinked, so that the retry links it again (Vite skips a
 *   stylesheet it finds already linked, loaded or not);
 * - online, a chunk the server answers 404 for means that a new release has replaced the
 *   build this page came from: the page reloads, once, to the new version. sessionStorage
 *   remembers the chunk, so a chunk still missing after the reload does not reload it again.
 */
import { writeViewNow } from '../state/use-view-state';
import { chunkUrl } from '../lib/retryable-import';

const RELOADED_FOR = 'reloaded-for-missing-chunk';

export function handleChunkErrors(): void {
  window.addEventListener('vite:preloadError', (event) => {
    const url = chunkUrl(event.payload);
    if (!url) return;
    for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')) {
      if (link.href === url) link.remove();
    }
    if (navigator.onLine) void reloadIfGone(url);
  });
}

async function reloadIfGone(url: string): Promise<void> {
  try {
    const response = await fetch(url, { method: 'HEAD', cache: 'no-store' });
    if (response.status !== 404 || sessionStorage.getItem(RELOADED_FOR) === url) return;
    sessionStorage.setItem(RELOADED_FOR, url);
    await writeViewNow();
    location.reload();
  } catch {
    // Offline after all (or storage refused): the part that failed says so and retries.
  }
}
