// The storage page's list: every edition stored or set aside, paper → month → date, with what
// each holds and takes, and which part of the reader's offline choice leaves it out. Pure.
import type { ManifestEntry } from '../build/packFormat';
import { compareText } from '../db/compareText';
import { monthKey, monthOf, paperKeyOf, type EditionSelection, type OfflineChoice } from '../db/offlineChoice';
import type { PackRow } from '../db/rows';

export type ShelfEditionState = 'stored' | 'downloading' | 'setAside';

export interface ShelfEdition {
  packId: string;
  paper: string | null;
  /** null: a seed file's undated pages (then `source` names the file). */
  date: string | null;
  source: string | null;
  /** Items (articles, briefs, captions) it holds. */
  count: number;
  state: ShelfEditionState;
  /** Stored: estimated bytes in IndexedDB (null while unknown). Set aside: bytes to download. */
  bytes: number | null;
  /** The part of the offline choice that leaves it out, if any. */
  leftOutBy: 'paper' | 'month' | 'pack' | null;
}

/** What the stored editions of a month or paper add up to. */
export interface ShelfTotals {
  editions: number;
  items: number;
  /** Estimated bytes; null while a size is unknown. */
  bytes: number | null;
}

export interface ShelfMonth {
  paper: string | null;
  /** YYYY-MM; null for the undated pages. */
  month: string | null;
  /** Newest first; undated pages by seed file. */
  editions: ShelfEdition[];
  stored: ShelfTotals;
  leftOut: boolean;
}

export interface ShelfPaper {
  paper: string | null;
  /** Newest first, the undated pages last. */
  months: ShelfMonth[];
  stored: ShelfTotals;
  leftOut: boolean;
}

/** What the reader asked of the list: `name` and `totals` word the confirmation question. */
export interface ShelfRequest {
  action: 'delete' | 'keep';
  selection: EditionSelection;
  name: string;
  totals: ShelfTotals;
}

export interface ShelfSource {
  packs: readonly PackRow[];
  setAside: readonly ManifestEntry[];
  choice: OfflineChoice;
}

export function groupEditionShelf({ packs, setAside, choice }: ShelfSource, sizes: Readonly<Record<string, number>> | null): ShelfPaper[] {
  const stored = new Set(packs.map((pack) => pack.id));
  const editions: ShelfEdition[] = [
    ...packs.map((pack) => toEdition(pack, pack.state === 'complete' ? 'stored' : 'downloading', sizes?.[pack.id] ?? null, choice)),
    // A pack being deleted is listed once, as stored, until it is gone.
    ...setAside.filter((entry) => !stored.has(entry.id)).map((entry) => toEdition(entry, 'setAside', entry.size, choice)),
  ];

  const papers = new Map<string, Map<string, ShelfEdition[]>>();
  for (const edition of editions) {
    const months = papers.get(paperKeyOf(edition.paper)) ?? new Map<string, ShelfEdition[]>();
    papers.set(paperKeyOf(edition.paper), months);
    const month = monthOf(edition.date);
    months.set(month, [...(months.get(month) ?? []), edition]);
  }

  return [...papers]
    .sort(([a], [b]) => compareText(a, b))
    .map(([paperKey, months]) => {
      const paper = paperKey === '' ? null : paperKey;
      const shelfMonths = [...months]
        .sort(([a], [b]) => (a === '' || b === '' ? Number(a === '') - Number(b === '') : compareText(b, a)))
        .map(([month, list]): ShelfMonth => ({
          paper,
          month: month === '' ? null : month,
          editions: list.sort(compareEditions),
          stored: totalsOf(list),
          leftOut: choice.months.includes(monthKey(paper, month)),
        }));
      return {
        paper,
        months: shelfMonths,
        stored: totalsOf(shelfMonths.flatMap((month) => month.editions)),
        leftOut: choice.papers.includes(paperKey),
      };
    });
}

function toEdition(pack: ManifestEntry, state: ShelfEditionState, bytes: number | null, choice: OfflineChoice): ShelfEdition {
  const { id, paper, date, source, count } = pack;
  let leftOutBy: ShelfEdition['leftOutBy'] = null;
  if (choice.papers.includes(paperKeyOf(paper))) leftOutBy = 'paper';
  else if (choice.months.includes(monthKey(paper, monthOf(date)))) leftOutBy = 'month';
  else if (choice.packs.includes(id)) leftOutBy = 'pack';
  return { packId: id, paper, date, source, count, state, bytes, leftOutBy };
}

function totalsOf(editions: readonly ShelfEdition[]): ShelfTotals {
  const stored = editions.filter((edition) => edition.state !== 'setAside');
  const bytes = stored.every((edition) => edition.bytes !== null) ? stored.reduce((sum, e) => sum + (e.bytes ?? 0), 0) : null;
  return { editions: stored.length, items: stored.reduce((sum, edition) => sum + edition.count, 0), bytes };
}

function compareEditions(a: ShelfEdition, b: ShelfEdition): number {
  return compareText(b.date ?? '', a.date ?? '') || compareText(a.source ?? '', b.source ?? '') || compareText(a.packId, b.packId);
}
