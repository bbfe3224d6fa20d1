// The parser's public contract. The JSON printed by `npm run parse` and the corpus packs
// carry these shapes; the reader, the database and the search index build on them.

export type ItemKind = 'article' | 'brief' | 'caption' | 'sidebar';

/** What a page header states about the page. A field the text does not state is null. */
export interface PageMeta {
  page: string | null;
  section: string | null;
  /** ISO date, YYYY-MM-DD */
  date: string | null;
}

export interface CorpusItem {
  /** Stable, content-derived id: see articleId.ts. */
  id: string;
  kind: ItemKind;
  page: string | null;
  section: string | null;
  date: string | null;
  /** Position of the item on its page, from 0, in the order its body begins in the source. */
  order: number;
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
  byline: string | null;
  dateline: string | null;
  /** Repeats a 核心提示 box that also opens the body. */
  summary: string | null;
  paragraphs: string[];
  /** Page named by a jump line such as （上接A01版①）. */
  continuedFrom: string | null;
  /** For a caption: the id of the item it illustrates. */
  captionOf: string | null;
}

export interface ParsedDocument {
  /** Base name of the source file. */
  source: string;
  paper: string | null;
  pages: PageMeta[];
  items: CorpusItem[];
  /** Page furniture: mastheads, page headers, footers, QR labels, photo markers, jump lines. */
  furniture: string[];
  /** Text the parser could not place; kept so that nothing is lost. */
  residue: string[];
}

export interface ParseWarning {
  source: string;
  /** 1-based line of the source where it applies, or null for the whole file. */
  line: number | null;
  message: string;
}

export interface ParseResult {
  document: ParsedDocument;
  warnings: ParseWarning[];
}
