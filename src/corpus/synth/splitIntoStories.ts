// Leads open a story: 本报讯, a 新华社 dateline, or a standalone byline line above a body.
const LEAD = /^(?:本报讯|据?新华社[^。，]{0,15}?电)/;
const STANDALONE_BYLINE = /^本报记者\p{Script=Han}{2,4}$/u;
// Captions stand apart from stories: 图① …, arrows pointing at a photo, a photographer's credit.
const CAPTION = /^(?:图[①-⑳]|[⬆⬇⬅➡])|(?:摄|提供）)$/;
// A credit printed on its own line under a caption belongs to that caption.
const CREDIT = /^(?:(?:本报|新华社)?记者)?\p{Script=Han}{2,4}摄$|^（[^（）]{2,20}提供）$/u;

/**
 * Cuts a seed's text into units that can be moved as a whole: stories from one lead to the
 * next (a headline printed after its body stays with it) and captions on their own.
 */
export function splitIntoStories(text: string): string[] {
  const units: Block[][] = [];
  let previousKind: BlockKind | null = null;
  for (const block of splitIntoBlocks(text)) {
    const kind = classifyBlock(block.text);
    const afterCaption = previousKind === 'caption' || previousKind === 'credit';
    const startsUnit = units.length === 0
      || kind === 'caption'
      || (afterCaption && kind !== 'credit')
      || (kind === 'lead' && previousKind !== 'byline')
      || kind === 'byline';
    if (startsUnit) units.push([]);
    units[units.length - 1].push(block);
    previousKind = kind;
  }
  // Inside a unit the blocks keep the exact gaps between them, which a parser reads.
  return units.map((unit) => unit.map((block, i) => (i === 0 ? '' : block.gap) + block.text).join(''));
}

type BlockKind = 'lead' | 'byline' | 'caption' | 'credit' | 'body';

interface Block {
  text: string;
  /** The line ends between the previous block and this one. */
  gap: string;
}

function classifyBlock(block: string): BlockKind {
  const compact = block.replace(/\s+/g, '');
  const oneLine = !block.includes('\n');
  if (oneLine && CREDIT.test(compact)) return 'credit';
  if (oneLine && STANDALONE_BYLINE.test(compact)) return 'byline';
  if (LEAD.test(compact)) return 'lead';
  if (CAPTION.test(compact)) return 'caption';
  return 'body';
}

/** Blocks are separated by blank lines; a line that starts with a single space also opens one. */
function splitIntoBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let blankLines = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      blankLines++;
      continue;
    }
    const current = blocks.at(-1);
    if (current && blankLines === 0 && !/^ \S/.test(line)) current.text += '\n' + line;
    else blocks.push({ text: line, gap: '\n'.repeat(blankLines + 1) });
    blankLines = 0;
  }
  return blocks;
}
