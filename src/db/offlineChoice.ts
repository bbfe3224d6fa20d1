// Which editions the reader keeps offline. Everything is kept unless they said otherwise: a
// paper, a month of a paper, or one edition (pack) left out. User data in the settings table,
// so no ingest ever overrides it; the ingest only reads it (src/workers/ingest/packSelection.ts).
import type { DubaoDatabase } from './DubaoDatabase';

export const OFFLINE_CHOICE_KEY = 'offlineChoice';

export interface OfflineChoice {
  /** Papers not kept; '' for the pages that name no paper. */
  papers: string[];
  /** Months of a paper not kept, as `monthKey(paper, month)`. */
  months: string[];
  /** Single editions (pack ids) not kept. */
  packs: string[];
}

/** What the reader keeps or leaves out: a whole paper, one month of it, or one edition. */
export type EditionSelection =
  | { kind: 'paper'; paper: string | null }
  /** `month` is YYYY-MM, or null for the paper's undated pages. */
  | { kind: 'month'; paper: string | null; month: string | null }
  | { kind: 'pack'; packId: string };

/** The fields of a pack (stored, or listed by the manifest) the choice is made on. */
export interface PackPlace {
  id: string;
  paper: string | null;
  date: string | null;
}

export const keepEverything: Readonly<OfflineChoice> = { papers: [], months: [], packs: [] };

export function paperKeyOf(paper: string | null): string {
  return paper ?? '';
}

/** YYYY-MM of a pack's date; '' for an undated pack. */
export function monthOf(date: string | null): string {
  return date === null ? '' : date.slice(0, 7);
}

// A tab cannot occur in a paper name (the parser reads names off one line), so it separates the parts.
export function monthKey(paper: string | null, month: string | null): string {
  return `${paperKeyOf(paper)}\t${month ?? ''}`;
}

export function isPackKept(choice: OfflineChoice, pack: PackPlace): boolean {
  return (
    !choice.papers.includes(paperKeyOf(pack.paper)) &&
    !choice.months.includes(monthKey(pack.paper, monthOf(pack.date))) &&
    !choice.packs.includes(pack.id)
  );
}

/** The choice with `selection` left out. */
export function leaveOut(choice: OfflineChoice, selection: EditionSelection): OfflineChoice {
  switch (selection.kind) {
    case 'paper':
      return { ...choice, papers: added(choice.papers, paperKeyOf(selection.paper)) };
    case 'month':
      return { ...choice, months: added(choice.months, monthKey(selection.paper, selection.month)) };
    case 'pack':
      return { ...choice, packs: added(choice.packs, selection.packId) };
  }
}

/**
 * The choice with `selection` kept again, and everything inside it: keeping a paper again
 * also keeps the months and editions of it that were left out one by one. `known` lists the
 * packs that may fall inside a paper or month (to clear their own exclusions).
 */
export function keepAgain(choice: OfflineChoice, selection: EditionSelection, known: readonly PackPlace[]): OfflineChoice {
  if (selection.kind === 'pack') return { ...choice, packs: choice.packs.filter((id) => id !== selection.packId) };
  const paper = paperKeyOf(selection.paper);
  const inside = (pack: PackPlace) =>
    paperKeyOf(pack.paper) === paper && (selection.kind === 'paper' || monthOf(pack.date) === (selection.month ?? ''));
  const insidePacks = new Set(known.filter(inside).map((pack) => pack.id));
  return {
    papers: selection.kind === 'paper' ? choice.papers.filter((p) => p !== paper) : choice.papers,
    months: choice.months.filter((key) =>
      selection.kind === 'paper' ? !key.startsWith(`${paper}\t`) : key !== monthKey(selection.paper, selection.month),
    ),
    packs: choice.packs.filter((id) => !insidePacks.has(id)),
  };
}

export async function getOfflineChoice(db: DubaoDatabase): Promise<OfflineChoice> {
  const row = await db.settings.get(OFFLINE_CHOICE_KEY);
  return isOfflineChoice(row?.value) ? row.value : { ...keepEverything };
}

export function setOfflineChoice(db: DubaoDatabase, choice: OfflineChoice): Promise<string> {
  return db.settings.put({ key: OFFLINE_CHOICE_KEY, value: choice });
}

/** Changes the stored choice in one transaction, so two tabs never lose each other's change. */
export function updateOfflineChoice(db: DubaoDatabase, change: (choice: OfflineChoice) => OfflineChoice): Promise<OfflineChoice> {
  return db.transaction('rw', db.settings, async () => {
    const next = change(await getOfflineChoice(db));
    await setOfflineChoice(db, next);
    return next;
  });
}

function isOfflineChoice(value: unknown): value is OfflineChoice {
  if (typeof value !== 'object' || value === null) return false;
  const { papers, months, packs } = value as Record<string, unknown>;
  return [papers, months, packs].every((list) => Array.isArray(list) && list.every((entry) => typeof entry === 'string'));
}

function added(list: readonly string[], entry: string): string[] {
  return list.includes(entry) ? [...list] : [...list, entry];
}
