import type { CorpusPack, ManifestEntry } from '../../build/packFormat';
import { IngestError } from './IngestError';
import type { PackFailure, PackFailureReason } from './ingestTypes';
import { isCorpusPack } from './isCorpusPack';
import { sha256HexOfBytes } from './sha256HexOfBytes';

export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

export type PackDownload =
  | { ok: true; pack: CorpusPack; bytes: number }
  | { ok: false; failure: PackFailure; bytes: number };

/**
 * Fetches a pack and checks it is the file the manifest lists: its size, its SHA-256, its JSON
 * and its shape. A damaged pack is a failure to report, not an error; an unreachable server
 * (or an abort) throws, since the packs after it would fail the same way.
 */
export async function downloadPack(entry: ManifestEntry, baseUrl: string, fetch: FetchLike, signal?: AbortSignal): Promise<PackDownload> {
  const url = new URL(entry.file, baseUrl).href;
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    const response = await fetch(url, { signal });
    if (!response.ok) return failed(entry, 'http', `HTTP ${response.status}`, 0);
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    signal?.throwIfAborted();
    throw new IngestError({ reason: 'offline' }, `cannot fetch ${url}`, { cause: error });
  }

  const size = bytes.byteLength;
  if (size < entry.size) return failed(entry, 'truncated', `${size} of ${entry.size} bytes`, size);
  const hash = await sha256HexOfBytes(bytes);
  if (hash !== entry.hash) return failed(entry, 'hash', `SHA-256 ${hash}, manifest lists ${entry.hash}`, size);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    return failed(entry, 'json', String(error), size);
  }
  if (!isCorpusPack(json)) return failed(entry, 'shape', 'not a corpus pack', size);
  if (json.id !== entry.id) return failed(entry, 'shape', `holds pack ${json.id}`, size);
  if (json.items.length !== entry.count) return failed(entry, 'shape', `${json.items.length} items, manifest lists ${entry.count}`, size);
  return { ok: true, pack: json, bytes: size };
}

function failed(entry: ManifestEntry, reason: PackFailureReason, detail: string, bytes: number): PackDownload {
  return { ok: false, failure: { packId: entry.id, file: entry.file, reason, detail }, bytes };
}
