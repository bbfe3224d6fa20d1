import { isLetterSpaced } from '../text/isLetterSpaced.ts';
import { lineWidth } from '../text/lineWidth.ts';
import { joinLines } from '../text/repairSpacing.ts';
import { endsSentence, startsListItem } from '../text/sentenceEnd.ts';
import type { BodyPart } from './draft.ts';

export interface Paragraph {
  text: string;
  /** Source line where the paragraph begins. */
  line: number;
  summary: boolean;
}

// A page set one paragraph per line (hundreds of characters) rather than in narrow columns.
const LONG_LINE = 45;
const isLongLineUnit = (widths: number[]) => Math.max(0, ...widths) >= LONG_LINE;

/**
 * Rebuilds the paragraphs of a body from its column fragments.
 * - A blank line (or a new text frame) after a finished sentence is a paragraph break; after
 *   an unfinished one it is a column or page break and the sentence goes on.
 * - Inside a fragment, a line ends a paragraph when it finishes a sentence and is clearly
 *   shorter than its column; a justified line never does, even when it ends in 。.
 * - Section headings are paragraphs of their own.
 */
export function buildParagraphs(parts: readonly BodyPart[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let lines: string[] = [];
  let startLine = 0;
  let summary = false;
  const flush = () => {
    const text = joinLines(lines);
    if (text) paragraphs.push({ text, line: startLine, summary });
    lines = [];
  };
  const add = (text: string, no: number, inSummary: boolean) => {
    if (!lines.length) {
      startLine = no;
      summary = inSummary;
    }
    lines.push(text);
  };

  for (const part of parts) {
    const unitLines = part.unit.lines;
    if (part.heading) {
      flush();
      add(unitLines.map((l) => l.text).join(' '), unitLines[0].no, part.summary);
      flush();
      continue;
    }
    if (part.unit.kind === 'bullets') {
      // Each item of a boxed list is a paragraph of its own.
      flush();
      for (const line of unitLines) {
        add(line.text, line.no, part.summary);
        flush();
      }
      continue;
    }
    if (lines.length && (endsSentence(lines[lines.length - 1]) || startsListItem(unitLines[0].text) || /——$/u.test(lines[lines.length - 1].trim()) || summary !== part.summary)) flush();
    const widths = unitLines.map((l) => lineWidth(l.text));
    const long = isLongLineUnit(widths);
    const column = Math.max(part.unit.column, ...widths.map((w, k) => (isLetterSpaced(unitLines[k].text) ? 0 : w)));
    unitLines.forEach((line, k) => {
      if (k > 0 && startsListItem(line.text)) flush();
      add(line.text, line.no, part.summary);
      const last = k === unitLines.length - 1;
      if (last || !endsSentence(line.text)) return;
      if (long) return flush();
      if (isLetterSpaced(line.text)) return;
      // clearly shorter than its column, or followed by an indented first line
      const next = k + 1 < unitLines.length - 1 && !isLetterSpaced(unitLines[k + 1].text) ? widths[k + 1] : Infinity;
      if (widths[k] <= column - 1.5 || next <= column - 1.5) flush();
    });
  }
  flush();
  return paragraphs;
}
