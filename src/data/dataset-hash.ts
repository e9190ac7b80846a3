/**
 * The content hash of each dataset, for citations and pictures: computed on first request,
 * never in the first view's path, then kept for the session.
 *
 * Where the bytes come from is pluggable per dataset id. By default a bundled dataset is hashed
 * as served: the file the manifest names, fetched again (the HTTP cache or the service worker
 * answers). A dataset that is not a bundled file (a user's own chronology) registers its own
 * bytes with `setDatasetBytes` when it is opened.
 */
import { contentHash, contentHashOfUrl, HASH_DIGITS } from '../lib/content-hash';

/** As load-dataset.ts's dataUrl; not imported from there, so that the first view's chunk exports nothing more for this one. */
const dataUrl = (file: string) => `${import.meta.env.BASE_URL}data/${file}`;
const MANIFEST_FILE = 'datasets.json';

type BytesSource = () => Promise<BufferSource> | BufferSource;

const sources = new Map<string, BytesSource>();
const hashes = new Map<string, Promise<string | null>>();

/** Hash `datasetId` from these bytes (a user's file as opened) instead of a bundled file. */
export function setDatasetBytes(datasetId: string, bytes: BytesSource): void {
  sources.set(datasetId, bytes);
  hashes.delete(datasetId);
}

/**
 * A dataset whose hash is already known: a user's file, hashed (SHA-256, hex) by the worker
 * that read it. Kept as the same short form as any other.
 */
export function setDatasetHash(datasetId: string, sha256Hex: string): void {
  sources.delete(datasetId);
  hashes.set(datasetId, Promise.resolve(sha256Hex.slice(0, HASH_DIGITS)));
}

/** The bundled file of a dataset id, as the manifest names it; `<id>.json` if it does not. */
async function bundledFileUrl(datasetId: string): Promise<string> {
  try {
    const response = await fetch(dataUrl(MANIFEST_FILE));
    const manifest = (await response.json()) as { datasets?: { id?: unknown; file?: unknown }[] };
    const file = manifest.datasets?.find((entry) => entry.id === datasetId)?.file;
    if (typeof file === 'string') return dataUrl(file);
  } catch {
    // Fall through to the conventional name.
  }
  return dataUrl(`${datasetId}.json`);
}

async function computeHash(datasetId: string): Promise<string> {
  const source = sources.get(datasetId);
  if (source) return contentHash(await source());
  return contentHashOfUrl(await bundledFileUrl(datasetId));
}

/**
 * `3f2a9c01b7de`, or null when the bytes cannot be read (offline without a cached copy): a
 * citation is then written without it rather than not at all. A failure is not kept, so the
 * next request tries again.
 */
export function datasetHash(datasetId: string): Promise<string | null> {
  let hash = hashes.get(datasetId);
  if (!hash) {
    hash = computeHash(datasetId).catch(() => {
      hashes.delete(datasetId);
      return null;
    });
    hashes.set(datasetId, hash);
  }
  return hash;
}
