import type { PageMeta } from '../types';
import type { SourceLine } from '../layout/readLines';
import { isBylineLine } from '../classify/detectByline';
import { classifyFurnitureLine } from './classifyFurnitureLine';

export interface ContentLine extends SourceLine {
  /** Index into `pages` of the page the line is printed on. */
  page: number;
}

export interface JumpMark {
  /** Line number of the jump line; the story whose body follows it continues from `page`. */
  no: number;
  page: string;
}

export interface FurnitureResult {
  paper: string | null;
  pages: PageMeta[];
  /** Every line that is not furniture, blank lines included (they carry layout). */
  lines: ContentLine[];
  furniture: string[];
  jumps: JumpMark[];
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
  const jumps: JumpMark[] = [];
  let paper: string | null = null;
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
      if (found.kind === 'jump' && found.continuedFrom) jumps.push({ no: line.no, page: found.continuedFrom });
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
    lines.push({ ...line, page: pages.length - 1 });
  }
  return { paper, pages, lines, furniture, jumps };
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
  const next = all.slice(i + 1).find((l) => l.text.trim());
  return /^[\u4e00-\u9fff]{2,4}$/u.test(text) && !!next && /^\s*●/u.test(next.text);
}
