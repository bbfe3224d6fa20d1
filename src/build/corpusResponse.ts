import { manifestJson, type BuiltCorpus } from './buildPacks.ts';
import { corpusDir, manifestPath } from './packFormat.ts';

/**
 * The corpus file a dev-server request asks for, relative to the app root (corpus/manifest.json),
 * or null when the request is for something else. `base` is Vite's base, e.g. / or /sub/.
 */
export function corpusRequestPath(requestUrl: string, base = '/'): string | null {
  let path = decodePath(requestUrl.split(/[?#]/, 1)[0] ?? '');
  if (base.startsWith('/') && base !== '/' && path.startsWith(base)) path = path.slice(base.length);
  path = path.replace(/^\/+/, '');
  return path.startsWith(`${corpusDir}/`) ? path : null;
}

/** The text of a corpus file (the manifest or a pack) from the corpus in memory, or null if there is none. */
export function corpusResponse(path: string, corpus: BuiltCorpus): string | null {
  if (path === manifestPath) return manifestJson(corpus.manifest);
  return corpus.files.find((f) => f.fileName === path)?.json ?? null;
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
