/**
 * The canvas timeline in a chunk of its own: only a dataset of more than MANY_MEETINGS
 * meetings draws it, and the real dataset never does, so the first view does not load it.
 * A large dataset asks for it as soon as its size is known (see start-loading): from the
 * manifest while its file downloads, else once the file is parsed, well before it has been
 * validated and indexed, so its first paint does not wait for the chunk.
 */
import { useCallback, useEffect, useState, type ComponentProps } from 'react';
import { retryableImport } from '../../../lib/retryable-import';
import { useOnReconnect } from '../../../ui/use-online';

type CanvasLanesModule = typeof import('./CanvasLanes');

const chunk = retryableImport(() => import('./CanvasLanes'));

/**
 * Starts loading the chunk, once. Gives null when it fails to load (the network went away);
 * the next call tries again.
 */
export function loadCanvasLanes(): Promise<CanvasLanesModule | null> {
  return chunk.load().catch(() => null);
}

export interface CanvasLanesChunk {
  loaded: boolean;
  /** The chunk could not be loaded: the timeline says so instead of drawing nothing. */
  failed: boolean;
  /** Asks for the chunk again (it is also asked for when the connection returns). */
  retry: () => void;
}

/**
 * Whether the canvas's chunk is here; it starts loading if `wanted` and not already here.
 * A flag and a plain component below, not React.lazy: a lazy component suspends once even
 * when its chunk is already loaded, and the timeline would paint, and mark its paint,
 * without its marks.
 */
export function useCanvasLanesLoaded(wanted: boolean): CanvasLanesChunk {
  // Only re-renders when the load ends; whether the chunk is here is the module's own state.
  const [outcome, setOutcome] = useState<'pending' | 'arrived' | 'failed'>('pending');
  const failed = outcome === 'failed';
  useEffect(() => {
    if (!wanted || failed || chunk.loaded()) return;
    let current = true;
    void loadCanvasLanes().then((module) => {
      if (current) setOutcome(module ? 'arrived' : 'failed');
    });
    return () => {
      current = false;
    };
  }, [wanted, failed]);
  const retry = useCallback(() => setOutcome('pending'), []);
  useOnReconnect(retry, failed);
  return { loaded: chunk.loaded() !== null, failed, retry };
}

/** The canvas timeline once its chunk is loaded; nothing before. */
export function LoadedCanvasLanes(props: ComponentProps<CanvasLanesModule['CanvasLanes']>) {
  const Canvas = chunk.loaded()?.CanvasLanes;
  return Canvas ? <Canvas {...props} /> : null;
}
