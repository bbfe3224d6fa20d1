import type { ParsedDocument } from '../corpus/types.ts';
import { corpusDir, type CorpusManifest, type ManifestEntry } from './packFormat.ts';
import { groupIntoPacks } from './groupIntoPacks.ts';
import { sha256Hex } from './sha256Hex.ts';

export interface PackFile {
  /** Path relative to the app root, e.g. corpus/src-000_2bc5e1aa8259982a.1f2e3d4c.json */
  fileName: string;
  json: string;
}

export interface BuiltCorpus {
  files: PackFile[];
  manifest: CorpusManifest;
}

/**
 * Turns parsed documents into content-hashed pack files and the manifest that lists them.
 * Pure: the same documents always give byte-identical files, so an unchanged corpus keeps its version.
 */
export function buildPacks(documents: readonly ParsedDocument[], seedFileCount: number): BuiltCorpus {
  const files: PackFile[] = [];
  const entries: ManifestEntry[] = [];

  for (const pack of groupIntoPacks(documents)) {
    const json = JSON.stringify(pack);
    const hash = sha256Hex(json);
    const fileName = `${corpusDir}/${pack.id}.${hash.slice(0, 8)}.json`;
    files.push({ fileName, json });
    entries.push({
      id: pack.id,
      file: fileName,
      hash,
      size: new TextEncoder().encode(json).byteLength,
      count: pack.items.length,
      paper: pack.paper,
      date: pack.date,
      source: pack.source,
    });
  }

  return {
    files,
    manifest: { version: corpusVersion(entries), generatedFrom: seedFileCount, packs: entries },
  };
}

/** The manifest file's text; indented because people read it too. */
export function manifestJson(manifest: CorpusManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** 16 hex digits of a hash over every pack's id and hash. */
function corpusVersion(entries: readonly ManifestEntry[]): string {
  return sha256Hex(entries.map((e) => `${e.id} ${e.hash}`).join('\n')).slice(0, 16);
}
