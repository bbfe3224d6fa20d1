import type { PageMeta } from '../types.ts';
import { paperForChineseMasthead, paperForMasthead } from './knownPapers.ts';
import { parsePageHeader } from './parsePageHeader.ts';

export type FurnitureLine =
  | { kind: 'masthead'; paper: string | null }
  | { kind: 'pageHeader'; meta: PageMeta }
  | { kind: 'footer' }
  | { kind: 'photoMarker' }
  | { kind: 'jump'; continuedFrom: string | null }
  | { kind: 'pageNote' };

/**
 * Page furniture that a single line shows by itself: mastheads, page headers, footers,
 * photo number markers, jump lines and page-wide notes. Returns null for any other line.
 */
export function classifyFurnitureLine(line: string): FurnitureLine | null {
  const text = line.trim();
  // Furniture lines are short: a body line of a column or a paragraph is read in one test.
  if (text.length > 60) return null;
  if (/^[A-Z][A-Z' ]{3,}[A-Z]$/u.test(text) && /\s/u.test(text)) return { kind: 'masthead', paper: paperForMasthead(text) };
  const chinesePaper = paperForChineseMasthead(text);
  if (chinesePaper) return { kind: 'masthead', paper: chinesePaper };
  const meta = text.includes('年') ? parsePageHeader(text) : null;
  if (meta) return { kind: 'pageHeader', meta };
  // ■新闻热线：…│编辑：…│版式：…
  if (/(编辑|版式|校对)/u.test(text) && /^[■□▲◆●]?.{0,12}(新闻热线|编辑|版式|校对|组版|美编|责编|责任编辑)[：:]/u.test(text)) {
    return { kind: 'footer' };
  }
  // ①① ②②: the numbers printed on photos
  if (/^[\u2460-\u2473\s]+$/u.test(text)) return { kind: 'photoMarker' };
  const jump = readJump(text);
  if (jump && jump.marker.length === text.length) return { kind: 'jump', continuedFrom: jump.continuedFrom };
  // （本版照片均为本报资料照片）: a note on the whole page
  if (/^[（(]本版[^（）()]*[）)]$/u.test(text)) return { kind: 'pageNote' };
  return null;
}

const JUMP = /^[（(]\s*(上接|接|下转|转|紧接)\s*(?:第\s*)?([A-Z]?\d{1,2})\s*版\s*[\u2460-\u2473]?\s*[）)]/u;

/**
 * A jump line at the start of a line: （上接A01版①） says the text after it continues a story
 * from page A01; （下转A03版） says the story goes on elsewhere.
 */
export function readJump(line: string): { marker: string; continuedFrom: string | null } | null {
  const m = JUMP.exec(line.trim());
  if (!m) return null;
  return { marker: m[0], continuedFrom: /上接|^接|紧接/u.test(m[1]) ? m[2] : null };
}
