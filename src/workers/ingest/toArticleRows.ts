import type { CorpusPack, PackedItem } from '../../build/packFormat';
import type { ArticleRow } from '../../db/rows';
import { indexKeyOf } from '../../db/articlesQueries';
import { shardOf } from '../../search/shardOf';
import { sha256HexOfBytes } from './sha256HexOfBytes';

type ArticleContent = PackedItem & { paper: string | null };

const utf8 = new TextEncoder();

/** The pack's items as article rows, each with its paper, shard and content hash. */
export function toArticleRows(pack: CorpusPack): Promise<ArticleRow[]> {
  return Promise.all(
    pack.items.map(async (item) => {
      const content = articleContent(item, pack.paper);
      return {
        ...content,
        packId: pack.id,
        shard: shardOf(content),
        contentHash: await sha256HexOfBytes(utf8.encode(JSON.stringify(content))),
        paperKey: indexKeyOf(content.paper),
        dateKey: indexKeyOf(content.date),
        pageKey: indexKeyOf(content.page),
      };
    }),
  );
}

// Field by field, in a fixed order: the hash then changes only when the content does, and
// fields a newer pack format may add are not stored without a schema version that knows them.
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
