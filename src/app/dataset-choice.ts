/**
 * Which dataset a page opens: the one its `dataset` parameter names (by id or by title, as
 * the other parameters accept names), else the manifest's default. Pure.
 */
import type { Manifest, ManifestEntry } from '../data/schema';
import { resolveId } from '../state/view-state';

export interface DatasetChoice {
  entry: ManifestEntry | undefined;
  /** The parameter named no dataset of the manifest: the page says so and opens the default. */
  unknown: boolean;
}

export function chooseDataset(manifest: Manifest, param: string | null): DatasetChoice {
  const { datasets } = manifest;
  const requested = param
    ? resolveId(
        datasets.map((e) => ({ id: e.id, name: e.title })),
        param,
      )
    : null;
  const entry = datasets.find((e) => e.id === (requested ?? manifest.defaultDataset));
  return { entry, unknown: Boolean(param) && !requested };
}
