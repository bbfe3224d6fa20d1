import type { CorpusItem, ParsedDocument } from '../../src/corpus/types';

/** A parsed item with every field null or empty except what the test states. */
export function makeItem(fields: Partial<CorpusItem> & Pick<CorpusItem, 'id'>): CorpusItem {
  return {
    kind: 'article',
    page: null,
    section: null,
    date: null,
    order: 0,
    kicker: null,
    title: null,
    subtitle: null,
    byline: null,
    dateline: null,
    summary: null,
    paragraphs: [],
    continuedFrom: null,
    captionOf: null,
    ...fields,
  };
}

export function makeDocument(fields: Partial<ParsedDocument> & Pick<ParsedDocument, 'source'>): ParsedDocument {
  return { paper: null, pages: [], items: [], furniture: [], residue: [], ...fields };
}
