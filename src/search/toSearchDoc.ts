import type { PackedItem } from '../build/packFormat';
import type { SearchDoc } from './types';
import { shardOf } from './shardOf';

/** What the index keeps of a pack item; `paper` is the pack's (items do not carry it). */
export function toSearchDoc(item: PackedItem, paper: string | null): SearchDoc {
  return {
    id: item.id,
    shard: shardOf(item),
    paper,
    date: item.date,
    page: item.page,
    section: item.section,
    kind: item.kind,
    order: item.order,
    source: item.source,
    kicker: item.kicker,
    title: item.title,
    subtitle: item.subtitle,
    byline: item.byline,
    body: item.paragraphs.join('\n'),
  };
}
