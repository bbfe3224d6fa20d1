import type { ItemKind } from '../types.ts';
import type { Unit } from './unit.ts';

/** One piece of an item's body: running text, or a section heading printed inside it. */
export interface BodyPart {
  unit: Unit;
  heading: boolean;
  /** Part of a 核心提示 box, shown first. */
  summary: boolean;
}

/** An item while the page is being read: units gathered, not yet turned into text. */
export interface Draft {
  kind: ItemKind;
  head: Unit[];
  headPlacement: 'before' | 'after' | 'inside' | null;
  byline: string | null;
  /** The byline only repeats what the lead in the body names (本报讯（记者…）). */
  bylineFromLead: boolean;
  dateline: string | null;
  hasLead: boolean;
  body: BodyPart[];
  /** Closed by a headline printed after it: nothing more joins it. */
  closed: boolean;
  continuedFrom: string | null;
  /** For captions: the credit (本报记者 X 摄, …提供). */
  credit: string | null;
  /** A 核心提示 box printed after its text, waiting to be linked to its story. */
  detachedSummary?: boolean;
}

export function newDraft(kind: ItemKind = 'article'): Draft {
  return { kind, head: [], headPlacement: null, byline: null, bylineFromLead: false, dateline: null, hasLead: false, body: [], closed: false, continuedFrom: null, credit: null };
}

export const hasBody = (d: Draft) => d.body.length > 0;
