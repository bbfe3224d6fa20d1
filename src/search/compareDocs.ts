import type { SearchDoc } from './types';

const pageCollator = new Intl.Collator('en', { numeric: true });

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Nulls last, so an item with a stated page or paper comes before one without. */
function compareNullable(a: string | null, b: string | null, compare: (a: string, b: string) => number): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return compare(a, b);
}

/**
 * Result order inside a shard: newest first, then paper, page (A2 before A10) and position on the
 * page; undated items by seed file, page and position. The id breaks remaining ties so that
 * every build gives the same order.
 */
export function compareDocs(a: SearchDoc, b: SearchDoc): number {
  return (
    compareNullable(b.date, a.date, compareText) ||
    compareNullable(a.paper, b.paper, compareText) ||
    compareText(a.source, b.source) * (a.date === null ? 1 : 0) ||
    compareNullable(a.page, b.page, pageCollator.compare) ||
    a.order - b.order ||
    compareText(a.id, b.id)
  );
}
