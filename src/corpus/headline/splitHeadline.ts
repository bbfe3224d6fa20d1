import type { Unit } from '../segment/unit.ts';
import { isHeadBylineLine } from './headBylines.ts';
import { repairSpacing } from '../text/repairSpacing.ts';
import { countCjk } from '../text/charClass.ts';

export interface Headline {
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
}

const SUBTITLE = /^\s*[—─―-]{2,}\s*/u;
const clean = (lines: string[]) => (lines.length ? lines.map((l) => repairSpacing(l)).join('') : null);
/** Keeps the word space of a headline couplet (领导讲业务 千人大培训) and removes the extraction's. */
const cleanTitleLine = (line: string) => line.trim().split(/\s{1,}(?=[^\s]{2,})/u).map(repairSpacing).join(' ').trim();

// Parts of a headline line set as a couplet: 勇担时代重任 汇聚创新力量 团结引领…
const phrases = (line: string) => line.trim().split(/\s+/u).filter(Boolean);
const isPhrase = (p: string) => countCjk(p) >= 3;

/**
 * Splits a headline into 引题 (kicker), 主题 (title) and 副题 (subtitle):
 * - a line after —— is the subtitle;
 * - of two blocks, the first is the kicker (a unit name, a slogan, a lead-in) and the second the title;
 * - a two-line block is one title unless its first line is a couplet of phrases (a slogan);
 * - one line of three or more phrases whose last is much longer: the couplet before it is the kicker.
 */
export function splitHeadline(units: readonly Unit[], vertical = false): Headline {
  if (vertical) return { kicker: null, title: clean(units.flatMap((u) => u.lines.map((l) => l.text.trim()))), subtitle: null };
  const blocks = units
    .map((u) => u.lines.filter((l) => !isHeadBylineLine(u, l)).map((l) => l.text))
    .filter((b) => b.length > 0);
  const subtitleLines: string[] = [];
  const titleBlocks: string[][] = [];
  for (const block of blocks) {
    const main = block.filter((l) => !SUBTITLE.test(l));
    for (const l of block.filter((x) => SUBTITLE.test(x))) subtitleLines.push(l.replace(SUBTITLE, ''));
    if (main.length) titleBlocks.push(main);
  }
  const subtitle = subtitleLines.length ? subtitleLines.map(cleanTitleLine).join('') : null;
  if (titleBlocks.length >= 2) {
    return {
      kicker: titleBlocks.slice(0, -1).map((b) => b.map(cleanTitleLine).join('')).join(' '),
      title: titleBlocks[titleBlocks.length - 1].map(cleanTitleLine).join(''),
      subtitle,
    };
  }
  const lines = titleBlocks[0] ?? [];
  if (lines.length >= 2) {
    const first = phrases(lines[0]);
    if (first.length >= 2 && first.every(isPhrase)) {
      return { kicker: cleanTitleLine(lines[0]), title: lines.slice(1).map(cleanTitleLine).join(''), subtitle };
    }
    return { kicker: null, title: lines.map(cleanTitleLine).join(''), subtitle };
  }
  if (lines.length === 1) {
    const parts = phrases(lines[0]);
    if (parts.length >= 3 && parts.every(isPhrase)) {
      const last = parts[parts.length - 1];
      const before = parts.slice(0, -1);
      if (countCjk(last) >= 2 * Math.max(...before.map(countCjk))) {
        return { kicker: before.join(' '), title: last, subtitle };
      }
    }
    return { kicker: null, title: cleanTitleLine(lines[0]), subtitle };
  }
  return { kicker: null, title: null, subtitle };
}
