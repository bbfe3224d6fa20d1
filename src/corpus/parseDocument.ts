import type { CorpusItem, ParsedDocument, ParseResult, ParseWarning } from './types.ts';
import { assignIds } from './articleId.ts';
import { splitCaptionCredit } from './classify/detectCaption.ts';
import { extractFurniture } from './furniture/extractFurniture.ts';
import { splitHeadline } from './headline/splitHeadline.ts';
import { readLines } from './layout/readLines.ts';
import { splitBlocks } from './layout/splitBlocks.ts';
import { attachDetachedSummaries, linkCaptions } from './link/linkItems.ts';
import { assembleItems } from './segment/assembleItems.ts';
import { buildParagraphs, type Paragraph } from './segment/buildParagraphs.ts';
import { buildUnits } from './segment/buildUnits.ts';
import { reorderDanglingTail } from './segment/reorderDanglingTail.ts';
import type { Draft } from './segment/draft.ts';
import { repairSpacing } from './text/repairSpacing.ts';
import { hasCjk } from './text/charClass.ts';

/** An item with its text rebuilt, before ids and order are given. */
export interface Built {
  draft: Draft;
  item: Omit<CorpusItem, 'id' | 'order' | 'captionOf'>;
  paragraphs: Paragraph[];
  start: number;
  pageIndex: number;
  captionOf: Built | null;
  /** The byline was read out of the body text (a 本报讯 lead, a brief's （name）): it repeats it. */
  bylineFromBody: boolean;
}

/**
 * Parses one page (or several pages joined) of extracted newspaper text into items.
 * Pure: no I/O, no DOM. Never throws on odd input; what it cannot place goes to `residue`.
 */
export function parseDocument(source: string, text: string): ParseResult {
  const warnings: ParseWarning[] = [];
  const furniture = extractFurniture(readLines(text));
  const blocks = splitBlocks(furniture.lines);
  const { drafts, banners } = assembleItems(buildUnits(blocks));

  const residue: string[] = [];
  const built: Built[] = [];
  for (const draft of drafts) {
    const b = buildItem(draft, furniture.pages);
    if (!b) {
      residue.push(...draftText(draft));
      continue;
    }
    // Byline and dateline may repeat the body (a 本报讯 lead). One printed apart from the body
    // whose twin also stands in it would then count once: its own copy goes to the residue.
    const body = b.item.paragraphs.join('').replace(/\s+/gu, '');
    const repeats = (field: string | null) => !!field && body.includes(field.replace(/\s+/gu, ''));
    if (!b.bylineFromBody && repeats(b.item.byline)) residue.push(b.item.byline!);
    if (b.item.dateline && /^[（(]/u.test(b.item.dateline) && repeats(b.item.dateline)) residue.push(b.item.dateline);
    built.push(b);
  }
  attachDetachedSummaries(built);
  linkCaptions(built);

  const kept = built.filter((b) => !b.draft.detachedSummary).sort((a, b) => a.start - b.start);
  // the id key is the first 20 body characters: the first paragraphs hold them
  const ids = assignIds(source, kept.map((b) => ({ body: b.item.paragraphs.slice(0, 20).join(''), title: b.item.title })));
  const idOf = new Map(kept.map((b, i) => [b, ids[i]]));
  const orderOnPage = new Map<number, number>();
  const items: CorpusItem[] = kept.map((b, i) => {
    const order = orderOnPage.get(b.pageIndex) ?? 0;
    orderOnPage.set(b.pageIndex, order + 1);
    return { id: ids[i], ...b.item, order, captionOf: b.captionOf ? idOf.get(b.captionOf) ?? null : null };
  });

  if (!hasCjk(text) && text.trim()) warnings.push({ source, line: null, message: 'no Chinese text found' });
  const document: ParsedDocument = {
    source,
    paper: furniture.paper,
    pages: furniture.pages.filter((p) => p.page !== null || p.section !== null || p.date !== null),
    items,
    furniture: [...furniture.furniture, ...banners.map((u) => u.lines.map((l) => l.text.trim()).join(' '))],
    residue,
  };
  return { document, warnings };
}

function buildItem(draft: Draft, pages: ParsedDocument['pages']): Built | null {
  const firstLine = draft.body[0]?.unit.lines[0] ?? draft.head[0]?.lines[0];
  if (!firstLine) return null;
  const pageIndex = firstLine.page;
  const page = pages[pageIndex] ?? { page: null, section: null, date: null };
  let paragraphs = buildParagraphs(draft.kind === 'article' ? reorderDanglingTail(draft.body) : draft.body);
  let byline = draft.byline;
  if (draft.kind === 'caption') {
    const raw = draft.body.flatMap((p) => p.unit.lines.map((l) => l.text.trim())).join('');
    const split = splitCaptionCredit(raw);
    paragraphs = [{ text: repairSpacing(split.text), line: firstLine.no, summary: false }];
    // a credit in the caption's own text and one on a line of its own are both kept
    byline = [split.credit, draft.credit].filter(Boolean).join(' ') || null;
  }
  let bylineFromBody = draft.bylineFromLead;
  if (draft.kind === 'brief' && byline === null) {
    byline = briefCredit(paragraphs);
    bylineFromBody = byline !== null;
  }
  if (!paragraphs.length && !draft.head.length) return null;
  const headline = splitHeadline(draft.head, draft.head.some((u) => u.vertical));
  const summaryParas = paragraphs.filter((p) => p.summary);
  return {
    draft,
    item: {
      kind: draft.kind,
      page: page.page,
      section: page.section,
      date: page.date,
      ...headline,
      byline: byline ? byline.trim() : null,
      dateline: draft.dateline,
      summary: summaryParas.length ? summaryParas.map((p) => p.text).join('\n') : null,
      paragraphs: paragraphs.map((p) => p.text),
      continuedFrom: draft.continuedFrom,
    },
    paragraphs,
    start: paragraphs[0]?.line ?? firstLine.no,
    pageIndex,
    captionOf: null,
    bylineFromBody,
  };
}

/** （杨春玲） at the end of a ● brief names its author. */
function briefCredit(paragraphs: Paragraph[]): string | null {
  const last = paragraphs[paragraphs.length - 1]?.text ?? '';
  const m = /[（(]([\u4e00-\u9fff]{2,4}(?:\s*[、，]\s*[\u4e00-\u9fff]{2,4})*)[）)]$/u.exec(last);
  return m ? m[1] : null;
}

/** What a draft that became no item held, for the residue: nothing read is dropped. */
const draftText = (d: Draft): string[] =>
  [...[...d.head, ...d.body.map((p) => p.unit)].map((u) => u.lines.map((l) => l.text.trim()).join(' ')), d.byline ?? '', d.credit ?? '']
    .filter(Boolean);
