// The shape of the static corpus files the build emits and the app reads:
// corpus/manifest.json and corpus/<pack id>.<hash8>.json. Types only, so the app can import it.
import type { CorpusItem, PageMeta } from '../corpus/types.ts';

/** An item as stored in a pack: it keeps the seed file it came from. */
export type PackedItem = CorpusItem & { source: string };

export type PackedPage = PageMeta & { source: string };

/** Page furniture or unplaced text, with the seed file it came from. */
export interface PackedText {
  source: string;
  text: string;
}

export interface CorpusPack {
  /** `e-<date>-<hash of paper>` for an edition, `src-<seed file>` for undated pages. See packId.ts. */
  id: string;
  paper: string | null;
  /** ISO date of the edition; null for a per-source pack. */
  date: string | null;
  /** Seed file of a per-source pack; null for an edition, whose items may come from several files. */
  source: string | null;
  pages: PackedPage[];
  items: PackedItem[];
  furniture: PackedText[];
  residue: PackedText[];
}

export interface ManifestEntry {
  id: string;
  /** Path of the pack relative to the app, e.g. corpus/e-2022-02-09-0a1b2c3d4e.1f2e3d4c.json */
  file: string;
  /** SHA-256 (hex) of the pack file's bytes. */
  hash: string;
  /** Size of the pack file in bytes. */
  size: number;
  /** Number of items in the pack. */
  count: number;
  paper: string | null;
  date: string | null;
  source: string | null;
}

export interface CorpusManifest {
  /** Derived from the pack ids and hashes: an unchanged corpus keeps its version. */
  version: string;
  /** Number of seed files the corpus was parsed from. */
  generatedFrom: number;
  packs: ManifestEntry[];
}

export const corpusDir = 'corpus';
export const manifestPath = `${corpusDir}/manifest.json`;
