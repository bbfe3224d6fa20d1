import { creditText } from '../classify/detectByline.ts';
import { readLead } from '../classify/detectLead.ts';
import { endsSentence } from '../text/sentenceEnd.ts';
import { isLetterSpaced } from '../text/isLetterSpaced.ts';
import { lineWidth } from '../text/lineWidth.ts';
import { headBylines } from '../headline/headBylines.ts';
import { newDraft, hasBody, type BodyPart, type Draft } from './draft.ts';
import type { Unit } from './unit.ts';

export interface Assembly {
  drafts: Draft[];
  /** Headline-like text that belongs to no story: page and series banners. */
  banners: Unit[];
}

const text = (unit: Unit, summary = false): BodyPart => ({ unit, heading: false, summary });
const heading = (unit: Unit): BodyPart => ({ unit, heading: true, summary: false });
const textOf = (u: Unit) => u.lines.map((l) => l.text.trim()).join('');
const isSubtitle = (text: string) => /^\s*[—─―-]{2}/u.test(text);
const DATE_LEAD = /^\d{1,2}月\d{1,2}日[，,]/u;

/**
 * Reads the units of a page in order and gathers them into items. Every headline is
 * placed on its own evidence: printed after a body that has none (the usual order of these
 * pages) when a new story starts right after it, before the body that follows otherwise.
 */
export function assembleItems(units: readonly Unit[]): Assembly {
  const drafts: Draft[] = [];
  const banners: Unit[] = [];
  let cur = null as Draft | null;
  let lastCaption = null as Draft | null;
  let summaryPending = false;

  const open = (kind: Draft['kind'] = 'article'): Draft => {
    cur = newDraft(kind);
    drafts.push(cur);
    return cur;
  };
  /** Index of the first unit at or after k that is not furniture (units.length if none). */
  const skipFurniture = (k: number): number => {
    while (k < units.length && units[k].kind === 'furniture') k++;
    return k;
  };
  const nextUnit = (i: number): Unit | undefined => units[skipFurniture(i + 1)];
  /** The story still being read, if any: an article not closed by a headline after it. */
  const openArticle = (): Draft | null => (cur && !cur.closed && cur.kind === 'article' ? cur : null);

  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    // A 核心提示 box runs until the first unit that is not plain text.
    if (u.kind !== 'body' && u.kind !== 'furniture' && u.kind !== 'summaryLabel') summaryPending = false;
    switch (u.kind) {
      case 'furniture':
        banners.push(u);
        break;
      case 'lead': {
        const waiting = openArticle();
        const story = waiting && !hasBody(waiting) ? waiting : open();
        const lead = readLead(textOf(u));
        story.hasLead = true;
        story.continuedFrom = u.lines[0].continuedFrom ?? null;
        // a title note read before the lead keeps the dateline; the lead stays in the body anyway
        story.dateline ??= lead?.dateline ?? null;
        if (!story.byline && lead?.byline) {
          story.byline = lead.byline;
          story.bylineFromLead = true;
        }
        story.body.push(text(u));
        summaryPending = false;
        break;
      }
      case 'body': {
        let story = openArticle() ?? open();
        if (startsNewStoryAfterHeadline(story, u)) story = open();
        story.body.push(text(u, summaryPending));
        break;
      }
      case 'heading': {
        (openArticle() ?? open()).body.push(heading(u));
        summaryPending = false;
        break;
      }
      case 'byline': {
        const next = nextUnit(i);
        const story = openArticle();
        // 新华社记者 X after a story, right before a lead that names its own reporters, is that story's
        const trailing = next?.kind === 'lead' && !!readLead(textOf(next))?.byline;
        if (story && !story.byline && (hasBody(story) ? trailing : true)) story.byline = bylineText(u);
        else open().byline = bylineText(u);
        break;
      }
      case 'credit': {
        // a 核心提示 box waiting to join its story takes no credit: it would be dropped with it
        const c = cur && !cur.detachedSummary ? cur : null;
        if (c && c.kind === 'article' && !c.byline) c.byline = creditText(textOf(u));
        else if (c) c.body.push(text(u));
        else banners.push(u);
        break;
      }
      case 'caption': {
        const caption = newDraft('caption');
        caption.body.push(text(u));
        drafts.push(caption);
        lastCaption = caption;
        break;
      }
      case 'photoCredit': {
        if (lastCaption && !lastCaption.credit) lastCaption.credit = textOf(u);
        else banners.push(u);
        break;
      }
      case 'brief': {
        const brief = newDraft('brief');
        brief.body.push(text(u));
        drafts.push(brief);
        // A brief runs on over column breaks until the next unit that is not plain text.
        let k = i + 1;
        while (k < units.length && units[k].kind === 'body' && !endsSentence(lastLine(brief.body[brief.body.length - 1].unit))) {
          brief.body.push(text(units[k]));
          k++;
        }
        i = k - 1;
        break;
      }
      case 'note': {
        // A note printed under a title that was not recognised as one: keep it in the text.
        const c = cur;
        (c && !c.closed ? c : open()).body.push(text(u));
        break;
      }
      case 'summaryLabel': {
        const next = nextUnit(i);
        const c = cur;
        banners.push(u); // the label itself is furniture of the box
        if (next && (next.kind === 'body' || next.kind === 'lead') && c && !c.closed && !hasBody(c)) {
          summaryPending = true;
        } else if (c && c.kind === 'article' && !c.hasLead && !c.byline && c.head.length === 0) {
          // The label printed after its box: the text just read is the box.
          c.detachedSummary = true;
          c.closed = true;
          for (const part of c.body) part.summary = true;
        }
        break;
      }
      case 'bullets':
      case 'head': {
        const group: Unit[] = [];
        let j = i;
        while (j < units.length && (units[j].kind === 'head' || units[j].kind === 'furniture')) {
          if (units[j].kind === 'head') group.push(units[j]);
          else banners.push(units[j]);
          j++;
        }
        if (u.kind === 'bullets' || units[j]?.kind === 'bullets') {
          i = readSidebar(units, i, drafts) - 1;
          break;
        }
        i = placeHeadline(group, j) - 1;
        break;
      }
    }
  }
  return { drafts, banners };

  // Returns the index of the first unit after the headline and anything it took along.
  function placeHeadline(group: Unit[], j: number): number {
    let nextAt = skipFurniture(j);
    let next: Unit | undefined = units[nextAt];
    // （…会议通过） under a title: the headline is a document's title, and the note goes with it.
    const note = next?.kind === 'note' ? next : null;
    if (note) {
      j = nextAt + 1;
      nextAt = skipFurniture(j);
      next = units[nextAt];
    }
    const lines = group.flatMap((g) => g.lines.map((l) => l.text));
    if (isBanner(lines)) {
      banners.push(...group, ...(note ? [note] : []));
      return j;
    }
    const hasSubtitle = lines.some(isSubtitle);
    const last = cur;
    // A one-line headline wider than the column of the text before it spans several columns:
    // a story's title, not a section heading inside the column.
    const spansColumns = !!last && hasBody(last) && group.length === 1 && lineWidth(lines[0]) > storyColumn(last) + 2;
    const multi = group.length > 1 || group[0].lines.filter((l) => !isSubtitle(l.text)).length > 1 || hasSubtitle || spansColumns;
    const nextStartsStory = !next || ['lead', 'byline', 'caption', 'brief', 'photoCredit', 'summaryLabel'].includes(next.kind)
      || next.lines[0].page !== group[0].lines[0].page;
    const openStory = openArticle();
    if (openStory && hasBody(openStory) && openStory.head.length === 0) {
      if (!note && !openStory.hasLead && !openStory.byline && (hasSubtitle || next?.kind === 'byline') && next?.kind !== 'lead') {
        // A full headline set inside a long story that has no lead: it heads that story.
        attachHead(openStory, group, 'inside');
        if (next?.kind === 'byline') {
          openStory.byline = openStory.byline ? `${openStory.byline} ${bylineText(next)}` : bylineText(next);
          return nextAt + 1;
        }
        return j;
      }
      const startMarked = openStory.hasLead || !!openStory.byline;
      if (nextStartsStory || note || (startMarked && (multi || isLoneHeading(openStory, j)))) {
        attachHead(openStory, group, 'after', note);
        openStory.closed = true;
        return j;
      }
      asSectionHeadings(openStory, group, note);
      return j;
    }
    const nextIsText = !!next && (next.kind === 'body' || next.kind === 'heading');
    if (openStory && hasBody(openStory) && nextIsText && (!multi || openStory.headPlacement === 'inside')) {
      asSectionHeadings(openStory, group, note);
      return j;
    }
    if (openStory && hasBody(openStory) && note && openStory.headPlacement === 'before' && !openStory.hasLead) {
      // A rubric printed above a run of documents, then the document's own title under it.
      const rubric = openStory.head;
      attachHead(openStory, [...rubric, ...group], 'after', note);
      openStory.closed = true;
      return j;
    }
    if (openStory && !hasBody(openStory) && openStory.head.length === 0) {
      attachHead(openStory, group, 'before', note);
      return j;
    }
    if (!next || next.kind === 'caption' || next.kind === 'photoCredit') {
      banners.push(...group, ...(note ? [note] : []));
      return j;
    }
    attachHead(open(), group, 'before', note);
    return j;
  }

  // Section headings come in sets. A one-line headline that no other heading precedes in its
  // story nor follows before the next story starts is the story's title printed after it, and
  // the text after it is a new subject (a notice after a report), not a section.
  function isLoneHeading(story: Draft, from: number): boolean {
    if (story.body.some((p) => p.heading)) return false;
    for (let k = from; k < units.length; k++) {
      const u = units[k];
      if (u.kind === 'lead' || u.kind === 'byline' || u.kind === 'caption' || u.kind === 'brief') return true;
      if (u.kind === 'heading') return false;
      if (u.kind === 'head') {
        const next = units[skipFurniture(k + 1)];
        const oneLine = u.lines.filter((l) => !isSubtitle(l.text)).length === 1 && units[k + 1]?.kind !== 'head';
        if (oneLine && next && (next.kind === 'body' || next.kind === 'heading')) return false;
        while (k + 1 < units.length && units[k + 1].kind === 'head') k++;
      }
    }
    return true;
  }

  function asSectionHeadings(story: Draft, group: Unit[], note: Unit | null = null): void {
    for (const g of group) story.body.push(heading(g));
    if (note) story.body.push(text(note));
  }
}

/** Width of the widest line in the last text fragment read into a story. */
function storyColumn(story: Draft): number {
  const last = [...story.body].reverse().find((p) => !p.heading);
  return last ? Math.max(...last.unit.lines.map((l) => lineWidth(l.text))) : 0;
}

function attachHead(story: Draft, group: Unit[], placement: Draft['headPlacement'], note: Unit | null = null): void {
  story.head = group;
  story.headPlacement = placement;
  if (note) {
    // Not a 副题: the note reads like a dateline of the document; kept in the text when there is one.
    if (!story.dateline) story.dateline = textOf(note);
    else story.body.unshift(text(note));
  }
  const bylines = headBylines(group);
  const byline = bylines.length ? bylines.join(' ') : null;
  // □丁 垒 under a title names the author. It replaces a byline that only repeats the lead;
  // a story that already had a byline of its own keeps both.
  if (byline) {
    const own = story.byline && !story.bylineFromLead ? `${story.byline} ` : '';
    story.byline = own + byline;
    story.bylineFromLead = false;
  }
}

const bylineText = (u: Unit) => u.lines.map((l) => l.text.trim()).join(' ');
const lastLine = (u: Unit) => u.lines[u.lines.length - 1].text;

// A rubric line printed above the title (——晒一晒…) or a letter-spaced display title with a
// —— line under it (清 风 廉 润 满 怀 川) is a series banner over the page, not a story's headline.
function isBanner(lines: string[]): boolean {
  if (lines.length && isSubtitle(lines[0])) return true;
  return lines.some(isSubtitle) && lines.some((l) => !isSubtitle(l) && isLetterSpaced(l));
}

// A story whose headline was printed above it ends where a new dated lead begins
// (2月25日，… after a finished sentence).
function startsNewStoryAfterHeadline(story: Draft, u: Unit): boolean {
  if (story.headPlacement !== 'before' || !hasBody(story) || !u.afterBlank) return false;
  const last = story.body[story.body.length - 1];
  return !last.heading && endsSentence(lastLine(last.unit)) && DATE_LEAD.test(u.lines[0].text.replace(/\s+/gu, ''));
}

// A boxed list: a title, then sub-headings each followed by a run of bulleted lines.
function readSidebar(units: readonly Unit[], i: number, drafts: Draft[]): number {
  const sidebar = newDraft('sidebar');
  drafts.push(sidebar);
  let k = i;
  const heads: Unit[] = [];
  while (k < units.length && units[k].kind === 'head') heads.push(units[k++]);
  if (heads.length > 1) sidebar.head = [heads[0]];
  for (const h of heads.length > 1 ? heads.slice(1) : heads) sidebar.body.push(heading(h));
  while (k < units.length) {
    const u = units[k];
    if (u.kind === 'bullets') sidebar.body.push(text(u));
    else if (u.kind === 'head' && units[k + 1]?.kind === 'bullets') sidebar.body.push(heading(u));
    else if (u.kind !== 'furniture') break;
    k++;
  }
  return k;
}
