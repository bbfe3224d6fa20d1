/**
 * How many of an item's first paragraphs are its 核心提示 box. The parser keeps the box as the
 * first paragraphs of the body and repeats them, joined by line breaks, in `summary`; anything
 * else (no summary, or one that is not the opening paragraphs) counts none.
 */
export function summaryParagraphCount(item: { summary: string | null; paragraphs: readonly string[] }): number {
  if (!item.summary) return 0;
  const count = item.summary.split('\n').length;
  return item.paragraphs.slice(0, count).join('\n') === item.summary ? count : 0;
}
