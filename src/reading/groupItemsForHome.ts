import type { ReaderItem } from './readerItem';

export interface PageGroup {
  page: string | null;
  section: string | null;
  items: ReaderItem[];
}

export interface DateGroup {
  /** Null when no page header states a date; then `source` says where the items come from. */
  date: string | null;
  source: string | null;
  pages: PageGroup[];
}

export interface PaperGroup {
  paper: string | null;
  dates: DateGroup[];
}

/**
 * The home page's table of contents: paper → date (newest first) → page → items in page order.
 * Unstated metadata stays null and sorts last; undated items are grouped per seed file, never
 * given a date. Captions of an article are shown with that article, not listed on their own.
 */
export function groupItemsForHome(items: readonly ReaderItem[]): PaperGroup[] {
  const ids = new Set(items.map((i) => i.id));
  const papers = new Map<string, PaperGroup>();

  for (const item of items) {
    if (item.kind === 'caption' && item.captionOf !== null && ids.has(item.captionOf)) continue;
    const paper = getOrAdd(papers, item.paper ?? '', () => ({ paper: item.paper, dates: [] }));
    const dateKey = item.date ?? `undated:${item.source}`;
    const date = findOrPush(paper.dates, (d) => (d.date ?? `undated:${d.source}`) === dateKey, () => ({
      date: item.date,
      source: item.date === null ? item.source : null,
      pages: [],
    }));
    const page = findOrPush(date.pages, (p) => p.page === item.page, () => ({
      page: item.page,
      section: item.section,
      items: [],
    }));
    page.items.push(item);
  }

  const sorted = [...papers.values()].sort((a, b) => compareNullLast(a.paper, b.paper, compareChinese));
  for (const paper of sorted) {
    paper.dates.sort(
      (a, b) => compareNullLast(a.date, b.date, (x, y) => compareChinese(y, x)) || compareChinese(a.source ?? '', b.source ?? ''),
    );
    for (const date of paper.dates) {
      date.pages.sort((a, b) => comparePages(a.page, b.page));
      for (const page of date.pages) page.items.sort((a, b) => a.order - b.order || compareChinese(a.source, b.source));
    }
  }
  return sorted;
}

function getOrAdd<V>(map: Map<string, V>, key: string, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}

function findOrPush<V>(list: V[], matches: (v: V) => boolean, create: () => V): V {
  let value = list.find(matches);
  if (value === undefined) {
    value = create();
    list.push(value);
  }
  return value;
}

/** Page order: A2 before A10, an unnumbered page (null) last. */
export function comparePages(a: string | null, b: string | null): number {
  return compareNullLast(a, b, compareChinese);
}

function compareNullLast(a: string | null, b: string | null, compare: (x: string, y: string) => number): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return compare(a, b);
}

// Page names such as A2 and A10 sort as numbers; Chinese names in pinyin order.
const collator = new Intl.Collator('zh-CN', { numeric: true });
function compareChinese(a: string, b: string): number {
  return collator.compare(a, b);
}
