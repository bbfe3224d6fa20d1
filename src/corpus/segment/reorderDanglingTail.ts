import { endsSentence } from '../text/sentenceEnd.ts';
import type { BodyPart } from './draft.ts';

const lastLine = (p: BodyPart) => p.unit.lines[p.unit.lines.length - 1].text;

/**
 * The extraction sometimes reads a column fragment too late: the story's text then ends in
 * mid-sentence while, earlier, a fragment that starts in mid-sentence follows a finished one.
 * The late fragment belongs in that gap (read 80, 86, 82, 84 instead of 80, 82, 84, 86).
 * Only the last section (after the last heading) is searched, and only when the story's
 * text really ends unfinished.
 */
export function reorderDanglingTail(parts: BodyPart[]): BodyPart[] {
  const tail = parts[parts.length - 1];
  if (!tail || tail.heading || endsSentence(lastLine(tail)) || parts.length < 3) return parts;
  let sectionStart = 0;
  parts.forEach((p, i) => { if (p.heading) sectionStart = i + 1; });
  for (let k = parts.length - 2; k > sectionStart; k--) {
    const before = parts[k - 1];
    if (before.heading || !endsSentence(lastLine(before))) continue;
    // parts[k] opens in mid-sentence only if nothing in the section ends between it and the tail
    const between = parts.slice(k, parts.length - 1);
    if (!between.slice(0, -1).every((p) => !endsSentence(lastLine(p)))) continue;
    return [...parts.slice(0, k), tail, ...between];
  }
  return parts;
}
