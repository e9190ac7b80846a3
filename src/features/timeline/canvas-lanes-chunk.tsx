/**
 * The canvas timeline in a chunk of its own: only a dataset of more than MANY_MEETINGS
 * meetings draws it, and the real dataset never does, so the first view does not load it.
 * A large dataset asks for it as soon as its file is parsed (see start-loading), well before
 * it has been validated and indexed, so its first paint does not wait for the chunk.
 */
import { useEffect, useState, type ComponentProps } from 'react';

type CanvasLanesModule = typeof import('./CanvasLanes');

let loaded: CanvasLanesModule | null = null;
let loading: Promise<CanvasLanesModule | null> | null = null;

/** Starts loading the chunk, once. A chunk that fails to load gives null: no canvas drawn. */
export function loadCanvasLanes(): Promise<CanvasLanesModule | null> {
  loading ??= import('./CanvasLanes').then(
    (module) => (loaded = module),
    () => null,
  );
  return loading;
}

/**
 * Whether the canvas's chunk is here; it starts loading if `wanted` and not already asked for.
 * A flag and a plain component below, not React.lazy: a lazy component suspends once even
 * when its chunk is already loaded, and the timeline would paint, and mark its paint,
 * without its marks.
 */
export function useCanvasLanesLoaded(wanted: boolean): boolean {
  const [, setArrived] = useState(false);
  useEffect(() => {
    if (!wanted || loaded) return;
    let current = true;
    void loadCanvasLanes().then(() => {
      if (current) setArrived(true);
    });
    return () => {
      current = false;
    };
  }, [wanted]);
  return loaded !== null;
}

/** The canvas timeline once its chunk is loaded; nothing before. */
export function LoadedCanvasLanes(props: ComponentProps<CanvasLanesModule['CanvasLanes']>) {
  const Canvas = loaded?.CanvasLanes;
  return Canvas ? <Canvas {...props} /> : null;
}
