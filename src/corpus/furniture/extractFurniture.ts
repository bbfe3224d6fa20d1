import type { PageMeta } from '../types.ts';
import type { SourceLine } from '../layout/readLines.ts';
import { isBylineLine } from '../classify/detectByline.ts';
import { classifyFurnitureLine, readJump } from './classifyFurnitureLine.ts';

export interface ContentLine extends SourceLine {
  /** Index into `pages` of the page the line is printed on. */
  page: number;
  /** The line opens text continued from this page (after a jump line （上接A01版①）). */
  continuedFrom?: string;
}

export interface FurnitureResult {
  paper: string | null;
  pages: PageMeta[];
  /** Every line that is not furniture, blank lines included (they carry layout). */
  lines: ContentLine[];
  furniture: string[];
}

const emptyPage = (): PageMeta => ({ page: null, section: null, date: null });
const isEmptyPage = (p: PageMeta) => p.page === null && p.section === null && p.date === null;

/**
 * Sets page furniture aside and reads the page metadata it states. A page header fills in
 * the page it is printed on (headers may sit anywhere on the page); a second header, or a
 * section banner once the page already has one, starts the next page.
 */
export function extractFurniture(all: readonly SourceLine[]): FurnitureResult {
  const pages: PageMeta[] = [emptyPage()];
  const lines: ContentLine[] = [];
  const furniture: string[] = [];
  let paper: string | null = null;
  let continuedFrom: string | null = null;
  const current = () => pages[pages.length - 1];

  for (let i = 0; i < all.length; i++) {
    const line = all[i];
    const text = line.text.trim();
    const found = text ? classifyFurnitureLine(text) : null;
    if (found) {
      furniture.push(text);
      if (found.kind === 'masthead') paper ??= found.paper;
      if (found.kind === 'pageHeader') {
        if (!isEmptyPage(current()) && (current().page !== null || current().date !== null)) pages.push(emptyPage());
        const page = current();
        page.page ??= found.meta.page;
        page.section ??= found.meta.section;
        page.date ??= found.meta.date;
      }
      if (found.kind === 'jump' && found.continuedFrom) continuedFrom = found.continuedFrom;
      continue;
    }
    if (isSectionBanner(all, i)) {
      furniture.push(text);
      if (current().section !== null) pages.push(emptyPage());
      current().section = text;
      continue;
    }
    if (isColumnLabel(all, i)) {
      furniture.push(text);
      continue;
    }
    const inlineJump = text.startsWith('（') || text.startsWith('(') ? readJump(text) : null;
    if (inlineJump) {
      // （上接A01版①） 李亦博要求，各…: the marker is furniture, the text starts a continued story
      furniture.push(inlineJump.marker.trim());
      const rest = text.slice(inlineJump.marker.length);
      lines.push({ ...line, text: ` ${rest.trim()}`, framed: true, page: pages.length - 1, ...(inlineJump.continuedFrom ? { continuedFrom: inlineJump.continuedFrom } : {}) });
      continue;
    }
    if (continuedFrom && text) {
      lines.push({ ...line, framed: true, page: pages.length - 1, continuedFrom });
      continuedFrom = null;
      continue;
    }
    // the lines are this parse's own objects: give them their page rather than copy them
    const content = line as ContentLine;
    content.page = pages.length - 1;
    lines.push(content);
  }
  return { paper, pages, lines, furniture };
}

// A section name printed as its own text frame (` 焦作教育`) directly above a story's byline
// is the running head of a new page, not a headline.
function isSectionBanner(all: readonly SourceLine[], i: number): boolean {
  const line = all[i];
  const next = all[i + 1];
  return line.framed && /^[\u4e00-\u9fff]{2,8}$/u.test(line.text.trim()) && !!next && isBylineLine(next.text);
}

// A column label such as 简讯 directly above its first ● item.
function isColumnLabel(all: readonly SourceLine[], i: number): boolean {
  const text = all[i].text.trim();
  if (text.length > 4 || !/^[\u4e00-\u9fff]{2,4}$/u.test(text)) return false;
  let k = i + 1;
  while (k < all.length && !all[k].text.trim()) k++;
  return k < all.length && /^\s*●/u.test(all[k].text);
}
