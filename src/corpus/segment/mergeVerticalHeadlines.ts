import type { ContentLine } from '../furniture/extractFurniture.ts';
import type { Block } from '../layout/splitBlocks.ts';
import { lineWidth } from '../text/lineWidth.ts';

export type MaybeVertical = Block<ContentLine> & { vertical?: boolean };

// Vertical headlines come one character per line (人 / 工3D / 脊 / 髓 …), sometimes broken by
// blank lines. Four or more such lines in a row, with no punctuation, make one headline.
const isVerticalFragment = (text: string) => {
  const t = text.trim();
  return t.length > 0 && lineWidth(t) <= 2.5 && !/[，。、；：！？,.;:!?（）()“”\u2460-\u2473]/u.test(t);
};

export function mergeVerticalHeadlines(blocks: readonly Block<ContentLine>[]): MaybeVertical[] {
  const out: MaybeVertical[] = [];
  for (let i = 0; i < blocks.length; i++) {
    let j = i;
    const lines: ContentLine[] = [];
    while (j < blocks.length && blocks[j].lines.every((l) => isVerticalFragment(l.text))) {
      lines.push(...blocks[j].lines);
      j++;
    }
    if (lines.length >= 4) {
      out.push({ lines, afterBlank: blocks[i].afterBlank, vertical: true });
      i = j - 1;
    } else {
      out.push(blocks[i]);
    }
  }
  return out;
}
