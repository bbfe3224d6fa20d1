import { createHash } from 'node:crypto';
import { buildPacks, manifestJson, type BuiltCorpus } from '../../../../src/build/buildPacks';
import { manifestPath } from '../../../../src/build/packFormat';
import { parseDocument } from '../../../../src/corpus/parseDocument';
import type { ParsedDocument } from '../../../../src/corpus/types';
import { seedPages } from '../../../helpers/seedPages';

export const BASE_URL = 'https://example.org/dubao/index.html';
const ROOT = new URL('.', BASE_URL).href;

let seedDocuments: ParsedDocument[] | undefined;

/** The seed pages of seeds/, parsed (once per test file). */
export function parsedSeeds(): ParsedDocument[] {
  seedDocuments ??= seedPages().map(({ source, text }) => parseDocument(source, text).document);
  return seedDocuments;
}

/** The corpus the build would publish for these documents (the seeds by default). */
export function buildCorpus(documents: readonly ParsedDocument[] = parsedSeeds()): BuiltCorpus {
  return buildPacks(documents, documents.length);
}

export interface FakeServerOptions {
  /** Served instead of the built file (a body, or an HTTP status). */
  override?: Map<string, string | number>;
  /** After this many pack requests, every request rejects as if the network were gone. */
  offlineAfterPacks?: number;
}

/** A static server holding `corpus` under BASE_URL's folder; records the paths requested. */
export function fakeServer(corpus: BuiltCorpus, options: FakeServerOptions = {}) {
  const files = new Map<string, string | number>(corpus.files.map((f) => [f.fileName, f.json]));
  files.set(manifestPath, manifestJson(corpus.manifest));
  for (const [path, body] of options.override ?? []) files.set(path, body);
  const requested: string[] = [];
  let packRequests = 0;

  const fetch = async (url: string): Promise<Response> => {
    const path = url.startsWith(ROOT) ? url.slice(ROOT.length) : url;
    if (path !== manifestPath) {
      if (options.offlineAfterPacks !== undefined && packRequests >= options.offlineAfterPacks) {
        throw new TypeError('Failed to fetch');
      }
      packRequests++;
    }
    requested.push(path);
    const body = files.get(path);
    if (body === undefined) return new Response('not found', { status: 404 });
    return typeof body === 'number' ? new Response('error', { status: body }) : new Response(body);
  };
  return { fetch, requested, packsRequested: () => requested.filter((p) => p !== manifestPath) };
}

/**
 * The corpus as a faulty build would publish it: these packs' files replaced by other text,
 * with the manifest listing the new text's hash and size (so only the content is wrong).
 */
export function publishWithPacks(corpus: BuiltCorpus, replaced: Map<string, string>): BuiltCorpus {
  const files = corpus.files.map((file) => {
    const id = corpus.manifest.packs.find((entry) => entry.file === file.fileName)?.id ?? '';
    const json = replaced.get(id);
    return json === undefined ? file : { ...file, json };
  });
  const packs = corpus.manifest.packs.map((entry) => {
    const json = replaced.get(entry.id);
    return json === undefined ? entry : { ...entry, hash: sha256Hex(json), size: Buffer.byteLength(json) };
  });
  return { files, manifest: { ...corpus.manifest, packs } };
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
