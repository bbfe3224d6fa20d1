import type { CorpusPack, PackedItem } from '../../build/packFormat';
import type { ArticleRow } from '../../db/rows';
import { indexKeyOf } from '../../db/articlesQueries';
import { shardOf } from '../../search/shardOf';

type ArticleContent = PackedItem & { paper: string | null };

/** The pack's items as article rows, each with its paper, pack and shard. */
export function toArticleRows(pack: CorpusPack): ArticleRow[] {
  return pack.items.map((item) => {
    const content = articleContent(item, pack.paper);
    return {
      ...content,
      packId: pack.id,
      shard: shardOf(content),
      paperKey: indexKeyOf(content.paper),
      dateKey: indexKeyOf(content.date),
      pageKey: indexKeyOf(content.page),
    };
  });
}

// Field by field: fields a newer pack format may add are not stored without a schema version
// that knows them.
function articleContent(item: PackedItem, paper: string | null): ArticleContent {
  return {
    id: item.id,
    kind: item.kind,
    paper,
    page: item.page,
    section: item.section,
    date: item.date,
    order: item.order,
    source: item.source,
    kicker: item.kicker,
    title: item.title,
    subtitle: item.subtitle,
    byline: item.byline,
    dateline: item.dateline,
    summary: item.summary,
    paragraphs: item.paragraphs,
    continuedFrom: item.continuedFrom,
    captionOf: item.captionOf,
  };
}
