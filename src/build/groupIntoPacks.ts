import type { ParsedDocument } from '../corpus/types.ts';
import type { CorpusPack } from './packFormat.ts';
import { editionPackId, sourcePackId } from './packId.ts';

// One pack per edition (paper + date), so a reader can fetch a day's paper at once.
// Without both a stated paper and a stated date we cannot tell which edition text belongs to,
// so it goes into one pack per seed file instead of being guessed into an edition.

/** Groups parsed documents into packs, in a stable order: editions by paper and date, then seed files. */
export function groupIntoPacks(documents: readonly ParsedDocument[]): CorpusPack[] {
  const packs = new Map<string, CorpusPack>();
  const bySource = [...documents].sort((a, b) => compareText(a.source, b.source));

  for (const doc of bySource) {
    const packFor = (date: string | null): CorpusPack =>
      doc.paper !== null && date !== null
        ? getOrAdd(packs, editionPackId(doc.paper, date), (id) => emptyPack(id, doc.paper, date, null))
        : getOrAdd(packs, sourcePackId(doc.source), (id) => emptyPack(id, doc.paper, null, doc.source));

    for (const page of doc.pages) packFor(page.date).pages.push({ ...page, source: doc.source });
    for (const item of doc.items) packFor(item.date).items.push({ ...item, source: doc.source });

    // Furniture and residue are per document, not per page: they join the edition only
    // when the whole document is that one edition, so no pack claims text from another day.
    if (doc.furniture.length > 0 || doc.residue.length > 0) {
      const home = packFor(singleEditionDate(doc));
      for (const text of doc.furniture) home.furniture.push({ source: doc.source, text });
      for (const text of doc.residue) home.residue.push({ source: doc.source, text });
    }
  }

  return [...packs.values()].sort(comparePacks);
}

function singleEditionDate(doc: ParsedDocument): string | null {
  const dates = new Set(doc.pages.map((p) => p.date));
  const [only] = dates;
  return dates.size === 1 && only !== undefined ? only : null;
}

function emptyPack(id: string, paper: string | null, date: string | null, source: string | null): CorpusPack {
  return { id, paper, date, source, pages: [], items: [], furniture: [], residue: [] };
}

function getOrAdd<K, V>(map: Map<K, V>, key: K, create: (key: K) => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create(key);
    map.set(key, value);
  }
  return value;
}

// Editions first (source === null), then per-source packs; code-point order so builds are identical everywhere.
function comparePacks(a: CorpusPack, b: CorpusPack): number {
  if ((a.source === null) !== (b.source === null)) return a.source === null ? -1 : 1;
  return (
    compareText(a.paper ?? '', b.paper ?? '') ||
    compareText(a.date ?? '', b.date ?? '') ||
    compareText(a.source ?? '', b.source ?? '') ||
    compareText(a.id, b.id)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
