import { manifestPath, type CorpusManifest } from '../../build/packFormat';
import type { FetchLike } from './downloadPack';
import { IngestError } from './IngestError';
import { isCorpusManifest } from './isCorpusManifest';

/** Fetches corpus/manifest.json relative to `baseUrl`, asking the server whether it changed. */
export async function readManifest(baseUrl: string, fetch: FetchLike, signal?: AbortSignal): Promise<CorpusManifest> {
  const url = new URL(manifestPath, baseUrl).href;
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-cache', signal });
  } catch (error) {
    signal?.throwIfAborted();
    throw new IngestError({ reason: 'offline' }, `cannot fetch ${url}`, { cause: error });
  }
  if (!response.ok) throw new IngestError({ reason: 'manifest-missing', status: response.status }, `${url}: HTTP ${response.status}`);
  let manifest: unknown;
  try {
    manifest = await response.json();
  } catch (error) {
    throw new IngestError({ reason: 'manifest-damaged' }, `${url} is not JSON`, { cause: error });
  }
  if (!isCorpusManifest(manifest)) throw new IngestError({ reason: 'manifest-damaged' }, `${url} is not a corpus manifest`);
  return manifest;
}
