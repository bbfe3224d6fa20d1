import { COMMON_SECTIONS, formatPageHeader } from './pageHeader.ts';
import { planPageSlots } from './planPageSlots.ts';
import { seededRandom, type Random } from './seededRandom.ts';
import { splitIntoStories } from './splitIntoStories.ts';
import { stripPageFurniture } from './stripPageFurniture.ts';

export interface SynthOptions {
  pages: number;
  /** Same seed, same seeds: same pages, byte for byte. */
  seed: number;
  /** Issues start on January 1st of this year. */
  year?: number;
  /** Body size of a page in UTF-8 bytes is drawn from [minPageBytes, maxPageBytes]. */
  minPageBytes?: number;
  maxPageBytes?: number;
}

export interface SynthPage {
  /** e.g. jiaozuo_2022-02-09_A07.txt */
  fileName: string;
  text: string;
}

interface Story {
  text: string;
  bytes: number;
}

const utf8 = new TextEncoder();

/**
 * Makes new page files from the stories of the seed pages: each page gets a fresh masthead,
 * page header and footer, and a random selection of stories in random order.
 */
export function* synthesizePages(seedTexts: readonly string[], options: SynthOptions): Generator<SynthPage> {
  const { pages, seed, year = 2022, minPageBytes = 10_000, maxPageBytes = 36_000 } = options;
  const random = seededRandom(seed);
  const stripped = seedTexts.map((text) => stripPageFurniture(text.replace(/\r\n?/g, '\n')));
  const stories: Story[] = stripped
    .flatMap((seedPage) => splitIntoStories(seedPage.text))
    .filter((text) => /\p{Script=Han}/u.test(text))
    .map((text) => ({ text, bytes: utf8.encode(text).length }));
  if (stories.length === 0) throw new Error('the seeds hold no Chinese text to reshuffle');
  const sections = [...new Set([...stripped.flatMap((seedPage) => seedPage.sections), ...COMMON_SECTIONS])];

  for (const slot of planPageSlots(pages, sections, random, year)) {
    const chosen = pickStories(stories, random.integer(minPageBytes, maxPageBytes), random);
    const text = `${formatPageHeader(slot, random)}\n\n${chosen.map((story) => story.text).join('\n\n')}\n`;
    const isoDate = slot.date.toISOString().slice(0, 10);
    yield { fileName: `${slot.paper.slug}_${isoDate}_${slot.page}.txt`, text };
  }
}

// No story twice on one page; stop once the page is full, skipping stories that overflow it.
function pickStories(stories: readonly Story[], targetBytes: number, random: Random): Story[] {
  const chosen: Story[] = [];
  let total = 0;
  for (const story of random.shuffle(stories)) {
    if (total >= targetBytes) break;
    if (chosen.length > 0 && total + story.bytes > targetBytes * 1.2) continue;
    chosen.push(story);
    total += story.bytes;
  }
  return chosen;
}
