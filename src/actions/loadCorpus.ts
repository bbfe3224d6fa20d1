import type { CorpusManifest, CorpusPack } from '../build/packFormat';
import { manifestPath } from '../build/packFormat';
import { readerItemsOf, type ReaderItem } from '../reading/readerItem';
import { CorpusLoadError } from './CorpusLoadError';

export interface LoadedCorpus {
  version: string;
  items: ReaderItem[];
}

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

/**
 * Fetches corpus/manifest.json and every pack it lists. URLs are resolved against `baseUrl`
 * (the page's document.baseURI), so the app works under any base path.
 */
export async function loadCorpus(baseUrl: string, fetchJson: Fetch = (url, init) => fetch(url, init)): Promise<LoadedCorpus> {
  // The manifest's name never changes, so ask the server whether it did; packs are content-hashed.
  const manifest = await getJson(new URL(manifestPath, baseUrl).href, { cache: 'no-cache' }, fetchJson);
  if (!isManifest(manifest)) throw new CorpusLoadError({ reason: 'damaged' }, `${manifestPath} is not a corpus manifest`);

  const packs = await Promise.all(
    manifest.packs.map(async (entry) => {
      const pack = await getJson(new URL(entry.file, baseUrl).href, {}, fetchJson);
      if (!isPack(pack)) throw new CorpusLoadError({ reason: 'damaged' }, `${entry.file} is not a corpus pack`);
      return pack;
    }),
  );
  return { version: manifest.version, items: packs.flatMap(readerItemsOf) };
}

async function getJson(url: string, init: RequestInit, fetchJson: Fetch): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchJson(url, init);
  } catch (error) {
    throw new CorpusLoadError({ reason: 'offline' }, `cannot fetch ${url}`, { cause: error });
  }
  if (!response.ok) throw new CorpusLoadError({ reason: 'missing', status: response.status }, `${url}: HTTP ${response.status}`);
  try {
    return await response.json();
  } catch (error) {
    throw new CorpusLoadError({ reason: 'damaged' }, `${url} is not JSON`, { cause: error });
  }
}

function isManifest(value: unknown): value is CorpusManifest {
  if (!isRecord(value) || typeof value.version !== 'string' || !Array.isArray(value.packs)) return false;
  return value.packs.every((p) => isRecord(p) && typeof p.file === 'string');
}

function isPack(value: unknown): value is CorpusPack {
  return isRecord(value) && Array.isArray(value.items) && (value.paper === null || typeof value.paper === 'string');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
