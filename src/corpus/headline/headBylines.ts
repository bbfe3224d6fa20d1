import type { Unit } from '../segment/unit.ts';
import type { ContentLine } from '../furniture/extractFurniture.ts';

const isBylineText = (t: string) => /^(□|本报记者|记者|通讯员|新华社记者)/u.test(t.trim());

/**
 * The byline lines printed inside a headline block, under its title (□丁 垒). The first line of
 * a block is never one: it is the headline itself.
 */
export function isHeadBylineLine(unit: Unit, line: ContentLine): boolean {
  return line !== unit.lines[0] && isBylineText(line.text);
}

export function headBylines(units: readonly Unit[]): string[] {
  return units.flatMap((u) => u.lines.filter((l) => isHeadBylineLine(u, l)).map((l) => l.text.trim()));
}
