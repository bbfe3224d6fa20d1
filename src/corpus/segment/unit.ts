import type { ContentLine } from '../furniture/extractFurniture.ts';

/**
 * What one run of lines is, in layout terms:
 * - lead: a body block that opens with 本报讯 / 新华社…电
 * - body: running text
 * - heading: a short line heading the text that follows it in the same column (a section heading)
 * - head: a standalone headline-like block (kicker, title, subtitle lines, maybe a byline)
 * - byline, credit (（据中国政府网）), caption, photoCredit, brief (●), summaryLabel (核心提示),
 *   bullets (a boxed list), note (（2024年2月6日…会议通过） under a title), furniture (QR labels and the like found at block level)
 */
export type UnitKind =
  | 'lead' | 'body' | 'heading' | 'head' | 'byline' | 'credit' | 'caption' | 'photoCredit'
  | 'brief' | 'summaryLabel' | 'bullets' | 'note' | 'furniture';

export interface Unit {
  kind: UnitKind;
  lines: ContentLine[];
  /** A blank line separates it from the previous unit (not just a new line or text frame). */
  afterBlank: boolean;
  /** The unit's lines were a vertical headline, one character per line. */
  vertical?: boolean;
  /** Column width (ems) of the text around it, for paragraph rules. */
  column: number;
}
