import type { ParsedDocument } from '../corpus/types.ts';

/**
 * Item ids that occur more than once, with the seed files they occur in. Links, bookmarks and
 * reading state key on the id, so a duplicate would make one article unreachable.
 */
export function findDuplicateItemIds(documents: readonly ParsedDocument[]): Map<string, string[]> {
  const sourcesById = new Map<string, string[]>();
  for (const doc of documents) {
    for (const item of doc.items) {
      const sources = sourcesById.get(item.id) ?? [];
      sources.push(doc.source);
      sourcesById.set(item.id, sources);
    }
  }
  return new Map([...sourcesById].filter(([, sources]) => sources.length > 1));
}
