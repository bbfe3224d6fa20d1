import type { SearchDoc, ShardDoc } from './types';

/** The headline as displayed: kicker, title and subtitle joined with a space. */
export function headlineOf(doc: Pick<SearchDoc, 'kicker' | 'title' | 'subtitle'>): string {
  return [doc.kicker, doc.title, doc.subtitle].filter((part): part is string => part !== null && part !== '').join(' ');
}

export function toShardDoc(doc: SearchDoc): ShardDoc {
  const { id, paper, date, page, section, kind, byline } = doc;
  return { id, paper, date, page, section, kind, headline: headlineOf(doc), byline };
}
