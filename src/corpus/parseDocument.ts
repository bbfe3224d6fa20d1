import type { CorpusItem, ParsedDocument, ParseResult, ParseWarning } from './types';
import { assignIds } from './articleId';
import { splitCaptionCredit } from './classify/detectCaption';
import { extractFurniture } from './furniture/extractFurniture';
import { splitHeadline } from './headline/splitHeadline';
import { readLines } from './layout/readLines';
import { splitBlocks } from './layout/splitBlocks';
import { bestMatch, overlapIndex } from './link/linkByOverlap';
import { assembleItems } from './segment/assembleItems';
import { buildParagraphs, type Paragraph } from './segment/buildParagraphs';
import { buildUnits } from './segment/buildUnits';
import { reorderDanglingTail } from './segment/reorderDanglingTail';
import type { Draft } from './segment/draft';
import { repairSpacing } from './text/repairSpacing';
import { hasCjk } from './text/charClass';

/** An item with its text rebuilt, before ids and order are given. */
interface Built {
  draft: Draft;
  item: Omit<CorpusItem, 'id' | 'order' | 'captionOf'>;
  paragraphs: Paragraph[];
  start: number;
  pageIndex: number;
  captionOf: Built | null;
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
    if (b) built.push(b);
    else residue.push(...draftText(draft));
  }
  attachDetachedSummaries(built);
  linkCaptions(built);

  const kept = built.filter((b) => !b.draft.detachedSummary).sort((a, b) => a.start - b.start);
  const ids = assignIds(source, kept.map((b) => ({ body: b.item.paragraphs.join(''), title: b.item.title })));
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
    byline = draft.credit ?? split.credit;
  }
  if (draft.kind === 'brief') byline ??= briefCredit(paragraphs);
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
  };
}

/** （杨春玲） at the end of a ● brief names its author. */
function briefCredit(paragraphs: Paragraph[]): string | null {
  const last = paragraphs[paragraphs.length - 1]?.text ?? '';
  const m = /[（(]([\u4e00-\u9fff]{2,4}(?:\s*[、，]\s*[\u4e00-\u9fff]{2,4})*)[）)]$/u.exec(last);
  return m ? m[1] : null;
}

const draftText = (d: Draft): string[] =>
  [...d.head, ...d.body.map((p) => p.unit)].map((u) => u.lines.map((l) => l.text.trim()).join(' ')).filter(Boolean);

const articleText = (b: Built) => [b.item.kicker, b.item.title, b.item.subtitle, ...b.item.paragraphs].filter(Boolean).join('\n');

// A 核心提示 box printed after its text is shown first in the story it summarizes.
function attachDetachedSummaries(built: Built[]): void {
  const articles = built.filter((b) => b.item.kind === 'article' && !b.draft.detachedSummary);
  const index = overlapIndex(articles.map(articleText));
  for (const box of built.filter((b) => b.draft.detachedSummary)) {
    const best = bestMatch(index.score(box.item.paragraphs.join('')), 0.5);
    const story = best === null ? null : articles[best];
    if (!story || story.item.summary) {
      box.draft.detachedSummary = false; // stays an item of its own rather than being lost
      continue;
    }
    story.item.summary = box.item.paragraphs.join('\n');
    story.item.paragraphs = [...box.item.paragraphs, ...story.item.paragraphs];
    story.paragraphs = [...box.paragraphs, ...story.paragraphs];
    story.start = Math.min(story.start, box.start);
    story.start = box.start;
  }
}

// A caption illustrates the story it names or, on a page with one story, that story.
// A numbered photo group (图① 图② …) is decided as one.
function linkCaptions(built: Built[]): void {
  const articles = built.filter((b) => b.item.kind === 'article' && !b.draft.detachedSummary);
  if (!articles.length) return;
  const index = overlapIndex(articles.map(articleText));
  const captions = built.filter((b) => b.item.kind === 'caption');
  const groups: Built[][] = [];
  for (const c of captions) {
    const numbered = /^图\s*[\u2460-\u2473]/u.test(c.item.paragraphs[0] ?? '');
    const prev = groups[groups.length - 1];
    if (numbered && prev && /^图\s*[\u2460-\u2473]/u.test(prev[0].item.paragraphs[0] ?? '') && prev[0].pageIndex === c.pageIndex) prev.push(c);
    else groups.push([c]);
  }
  for (const group of groups) {
    const pageArticles = articles.filter((a) => a.pageIndex === group[0].pageIndex);
    let target: Built | null = null;
    if (pageArticles.length === 1) target = pageArticles[0];
    else {
      const scores = articles.map(() => 0);
      for (const c of group) index.score(c.item.paragraphs.join('')).forEach((s, i) => (scores[i] += s));
      const best = bestMatch(scores.map((s, i) => (articles[i].pageIndex === group[0].pageIndex ? s : 0)), 1.5 * group.length);
      target = best === null ? null : articles[best];
    }
    for (const c of group) c.captionOf = target;
  }
}
