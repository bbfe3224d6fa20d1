import type { Built } from '../parseDocument.ts';
import { bestMatch, bigrams, overlapScores } from './linkByOverlap.ts';

// A caption or a box sits near what it belongs to: only the stories of the same page within
// this many items of it are candidates (which also keeps a huge file linear).
const NEIGHBOURHOOD = 30;

const isStory = (b: Built) => b.item.kind === 'article' && !b.draft.detachedSummary;
const storyText = (b: Built) => [b.item.kicker, b.item.title, b.item.subtitle, ...b.item.paragraphs].filter(Boolean).join('\n');

function candidates(built: readonly Built[], at: number, onlyBefore = false): Built[] {
  return built.slice(Math.max(0, at - NEIGHBOURHOOD), onlyBefore ? at : at + NEIGHBOURHOOD + 1).filter((b) => isStory(b) && b.pageIndex === built[at].pageIndex);
}

function gramCache(): (b: Built) => Set<number> {
  const cache = new Map<Built, Set<number>>();
  return (b) => {
    let g = cache.get(b);
    if (!g) cache.set(b, (g = bigrams(storyText(b))));
    return g;
  };
}

/** A 核心提示 box printed after its text is shown first in the story it summarizes. */
export function attachDetachedSummaries(built: Built[]): void {
  const gramsOf = gramCache();
  built.forEach((box, at) => {
    if (!box.draft.detachedSummary) return;
    // the box's label follows it at the end of the page: its story was printed before it
    const stories = candidates(built, at, true);
    const best = bestMatch(overlapScores(bigrams(box.item.paragraphs.join('')), stories.map(gramsOf)), 0.5);
    const story = best === null ? null : stories[best];
    if (!story || story.item.summary) {
      box.draft.detachedSummary = false; // stays an item of its own rather than being lost
      return;
    }
    story.item.summary = box.item.paragraphs.join('\n');
    story.item.paragraphs = [...box.item.paragraphs, ...story.item.paragraphs];
    story.paragraphs = [...box.paragraphs, ...story.paragraphs];
    story.start = box.start;
  });
}

const isNumberedPhoto = (b: Built) => /^图\s*[\u2460-\u2473]/u.test(b.item.paragraphs[0] ?? '');

/**
 * A caption illustrates the story it names or, when only one story is near it on the page,
 * that story. A numbered photo group (图① 图② …) is decided as one.
 */
export function linkCaptions(built: Built[]): void {
  const gramsOf = gramCache();
  const groups: number[][] = [];
  built.forEach((b, at) => {
    if (b.item.kind !== 'caption') return;
    const prev = groups[groups.length - 1];
    const prevItem = prev ? built[prev[0]] : null;
    if (prev && prevItem && isNumberedPhoto(b) && isNumberedPhoto(prevItem) && prevItem.pageIndex === b.pageIndex) prev.push(at);
    else groups.push([at]);
  });
  for (const group of groups) {
    const stories = candidates(built, group[0]);
    if (!stories.length) continue;
    let target: Built | null = null;
    if (stories.length === 1) target = stories[0];
    else {
      const scores = stories.map(() => 0);
      const grams = stories.map(gramsOf);
      for (const at of group) overlapScores(bigrams(built[at].item.paragraphs.join('')), grams).forEach((s, i) => (scores[i] += s));
      const best = bestMatch(scores, 1.5 * group.length);
      target = best === null ? null : stories[best];
    }
    for (const at of group) built[at].captionOf = target;
  }
}
