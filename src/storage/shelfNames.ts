// How the storage page names a paper, a month and an edition, in buttons and questions.
import { formatDate, locale, t } from '../i18n';
import { formatMonth } from '../i18n/formatMonth';
import type { ShelfEdition, ShelfMonth } from './groupEditionShelf';

export function paperName(paper: string | null): string {
  return paper ?? t.unknownPaper;
}

export function monthLabel(month: string | null): string {
  return month === null ? t.undated : formatMonth(month, locale);
}

export function monthName(month: Pick<ShelfMonth, 'paper' | 'month'>): string {
  return `${paperName(month.paper)} ${monthLabel(month.month)}`;
}

/** Under its month: the date, or for undated pages the seed file they came from (several can be undated). */
export function editionLabel(edition: Pick<ShelfEdition, 'date' | 'source'>): string {
  if (edition.date !== null) return formatDate(edition.date, locale);
  return edition.source === null ? t.undated : t.sourceFile(edition.source);
}

/** On its own (a button's name, a question): the paper, and the date or the undated pages' file. */
export function editionName(edition: Pick<ShelfEdition, 'paper' | 'date' | 'source'>): string {
  const { date, source } = edition;
  const label = date !== null || source === null ? editionLabel(edition) : `${t.undated}（${t.sourceFile(source)}）`;
  return `${paperName(edition.paper)} ${label}`;
}
