import { comparePages, groupItemsForHome, type PageGroup } from './groupItemsForHome';
import type { ReaderItem } from './readerItem';

/**
 * One edition's page index: its pages in page order, each with its items in page order, as on
 * the home page. The undated pages of a paper come from several seed files; pages of the same
 * name are merged, so each page is listed once.
 */
export function groupEditionPages(items: readonly ReaderItem[]): PageGroup[] {
  const pages = new Map<string, PageGroup>();
  for (const date of groupItemsForHome(items).flatMap((paper) => paper.dates)) {
    for (const page of date.pages) {
      const same = pages.get(page.page ?? '');
      if (same === undefined) pages.set(page.page ?? '', { ...page, items: [...page.items] });
      else same.items.push(...page.items);
    }
  }
  return [...pages.values()].sort((a, b) => comparePages(a.page, b.page));
}
