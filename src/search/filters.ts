import type { SearchFilters, ShardDoc } from './types';
import { isUndatedShard } from './shardOf';

// An empty list filters nothing out, as an unticked filter in the UI means "any".
const allows = <T>(list: readonly T[] | undefined, value: T): boolean =>
  list === undefined || list.length === 0 || list.includes(value);

export function hasFilters(filters: SearchFilters | undefined): boolean {
  if (!filters) return false;
  const { papers, from, to, pages, sections, kinds } = filters;
  return Boolean(from || to || papers?.length || pages?.length || sections?.length || kinds?.length);
}

/** Whether a doc passes the filters; a date range leaves out undated docs. */
export function matchesFilters(doc: ShardDoc, filters: SearchFilters | undefined): boolean {
  if (!filters) return true;
  const { from, to } = filters;
  if (from || to) {
    if (doc.date === null || (from && doc.date < from) || (to && doc.date > to)) return false;
  }
  return (
    allows(filters.papers, doc.paper ?? '') &&
    allows(filters.pages, doc.page ?? '') &&
    allows(filters.sections, doc.section ?? '') &&
    allows(filters.kinds, doc.kind)
  );
}

/** False when no doc of the shard can pass the date range, so the shard need not be read. */
export function shardMayMatch(shard: string, filters: SearchFilters | undefined): boolean {
  if (!filters || !(filters.from || filters.to)) return true;
  if (isUndatedShard(shard)) return false;
  return !(filters.from && shard < filters.from.slice(0, 7)) && !(filters.to && shard > filters.to.slice(0, 7));
}
