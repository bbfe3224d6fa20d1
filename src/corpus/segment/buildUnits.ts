import type { ContentLine } from '../furniture/extractFurniture.ts';
import type { Block } from '../layout/splitBlocks.ts';
import { opensLead } from '../classify/detectLead.ts';
import { isBylineLine, isSourceCredit } from '../classify/detectByline.ts';
import { isPhotoCreditLine, PHOTO_CREDIT, startsCaption } from '../classify/detectCaption.ts';
import { isLetterSpaced } from '../text/isLetterSpaced.ts';
import { lineWidth } from '../text/lineWidth.ts';
import { endsMidSentence, endsOnFunctionWord, endsSentence, startsWithContinuation } from '../text/sentenceEnd.ts';
import { mergeVerticalHeadlines, type MaybeVertical } from './mergeVerticalHeadlines.ts';
import type { Unit, UnitKind } from './unit.ts';

type LinesBlock = MaybeVertical;

const isSubtitleLine = (text: string) => /^\s*[—─―-]{2}/u.test(text);
const isSummaryLabel = (text: string) => /^核心提示[：:]?$/u.test(text.replace(/\s+/gu, ''));
const isBulletLine = (text: string) => /^\s*[-•·▪◆◇]\s+\S/u.test(text);
/** （2024年2月6日焦作市第十四届人民代表大会第二次会议通过）: a note printed under a document's title. */
const isTitleNote = (text: string) =>
  /^[（(][^（）()]*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)[^（）()]*(?:通过|发布|公布|施行|印发|批准)?[^（）()]*[）)]$/u.test(text.trim());
const isQrLabel = (text: string) => /(微信公众号|公众号|客户端|二维码|扫码关注|扫一扫|视频号|抖音号)$/u.test(text.replace(/\s+/gu, ''));

/** Splits the page's blocks into layout units (see unit.ts), in reading order of the source. */
export function buildUnits(blocks: readonly Block<ContentLine>[]): Unit[] {
  const merged = mergeVerticalHeadlines(blocks);
  const units: Unit[] = [];
  merged.forEach((block, b) => {
    if (block.vertical) {
      units.push({ kind: 'head', lines: block.lines, afterBlank: block.afterBlank, vertical: true, column: 0 });
      return;
    }
    const column = columnWidth(block, merged[b + 1]);
    if (block.lines.length <= 3 && block.lines.every((l) => lineWidth(l.text) <= 14) && isQrLabel(block.lines[block.lines.length - 1].text)) {
      units.push({ kind: 'furniture', lines: block.lines, afterBlank: block.afterBlank, column });
      return;
    }
    for (const unit of splitBlock(block, column)) units.push(unit);
  });
  classifyTextUnits(units);
  return units;
}

/**
 * The column a block is set in, from its own lines and, when it has few, its neighbour's:
 * the middle of the wider half of the line widths, so one line stretched by digits or a
 * short last line does not decide it. Justified (letter-spaced) lines do not tell their width.
 */
function columnWidth(block: LinesBlock, next: LinesBlock | undefined): number {
  const lines = [...block.lines];
  if (block.lines.length <= 3 && next && !next.vertical) lines.push(...next.lines);
  const widths = lines.filter((l) => !isLetterSpaced(l.text)).map((l) => lineWidth(l.text)).sort((a, b) => b - a);
  if (!widths.length) return 0;
  const wider = widths.slice(0, Math.ceil(widths.length / 2));
  return wider[Math.floor(wider.length / 2)];
}

// Lines that begin a unit of their own inside a block: a lead, a byline, a credit, a caption,
// a brief, a 核心提示 label, a list.
function lineStartKind(text: string): UnitKind | null {
  const short = text.length <= 48;
  const bracketed = /^\s*[（(]/u.test(text);
  if (short && isSummaryLabel(text)) return 'summaryLabel';
  if (bracketed && isTitleNote(text)) return 'note';
  if (short && isBylineLine(text)) return 'byline';
  if (bracketed && isSourceCredit(text)) return 'credit';
  if (startsCaption(text)) return 'caption';
  if (/^\s*●/u.test(text)) return 'brief';
  if (opensLead(text)) return 'lead';
  if (isBulletLine(text)) return 'bullets';
  return null;
}

function splitBlock(block: LinesBlock, column: number): Unit[] {
  const units: Unit[] = [];
  let current: Unit | null = null;
  const start = (kind: UnitKind, line: ContentLine, afterBlank: boolean) => {
    current = { kind, lines: [line], afterBlank, column };
    units.push(current);
  };
  block.lines.forEach((line, i) => {
    const first = i === 0;
    const afterBlank = first ? block.afterBlank : false;
    // text continued from another page begins a story of its own, like a lead
    const kind = line.continuedFrom ? 'lead' : lineStartKind(line.text);
    const cur = current as Unit | null;
    if (cur && cur.kind === 'caption' && isPhotoCreditLine(line.text)) {
      cur.lines.push(line);
      return;
    }
    if (!cur) return start(kind === null && isPhotoCreditLine(line.text) ? 'photoCredit' : (kind ?? 'body'), line, afterBlank);
    if (kind === 'bullets' && cur.kind === 'bullets') return void cur.lines.push(line);
    if (kind === 'byline' && cur.kind === 'body' && cur.lines.length === 1 && isHeadlineLine(cur.lines[0].text)) {
      // □丁 垒 printed right under its title
      cur.kind = 'head';
      return void cur.lines.push(line);
    }
    if (kind === 'byline' && cur.kind === 'head') return void cur.lines.push(line);
    if (kind !== null && !(kind === 'lead' && cur.kind === 'lead' && !line.continuedFrom)) return start(kind, line, afterBlank);
    if (isPhotoCreditLine(line.text) && cur.kind !== 'body' && cur.kind !== 'lead') return start('photoCredit', line, afterBlank);
    if (['byline', 'credit', 'summaryLabel', 'photoCredit', 'bullets', 'note'].includes(cur.kind)) return start('body', line, afterBlank);
    cur.lines.push(line);
  });
  return units;
}

/** A line that could be (part of) a headline: short, unjustified, not ending mid-sentence. */
export function isHeadlineLine(text: string, maxWidth = 40, wrapped = false): boolean {
  const t = text.trim();
  if (!t || isLetterSpaced(t) && !/^[\u4e00-\u9fff](?: [\u4e00-\u9fff]){3,}$/u.test(t)) return false;
  if (lineWidth(t) > maxWidth) return false;
  if (endsSentence(t) && !/[！!][”’」]?$/u.test(t.replace(/\s+/gu, ''))) return false;
  if (isSubtitleLine(t)) return true;
  // A headline holds no finished sentence and at most one comma; one set on several lines none.
  const inner = t.replace(/\s+/gu, '').slice(0, -1);
  if (/[。；;]/u.test(inner) || (inner.match(/[，,]/gu) ?? []).length > (wrapped ? 0 : 1)) return false;
  if (wrapped && /[、]/u.test(inner)) return false;
  return !endsMidSentence(t);
}

// Decides head / heading / body for the plain text units, using the text around them.
function classifyTextUnits(units: Unit[]): void {
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    if (unit.kind !== 'body') continue;
    if (endsInPhotoCredit(unit)) {
      unit.kind = 'caption';
      continue;
    }
    const prev = previousText(units, i);
    const continues = prev !== null && !closesBlock(lastText(prev)) && prev.kind !== 'head' && prev.kind !== 'heading';
    if (continues) continue;
    const next = units[i + 1];
    const nextContinues = next !== undefined && next.kind === 'body' && startsWithContinuation(next.lines[0].text);
    const titledByNote = next?.kind === 'note' && unit.lines.length <= 3 && unit.lines.every((l) => isHeadlineLine(l.text, 50, false));
    const texts = unit.lines.map((l) => l.text);
    const headLines = texts.filter((t) => !isSubtitleLine(t) && !isBylineLine(t));
    const wrapped = headLines.length > 1;
    const last = headLines[headLines.length - 1];
    const looksLikeHead = headLines.length <= 3
      && texts.every((t, k) => isHeadlineLine(t, wrapped ? 40 : 50, wrapped) || (k > 0 && isBylineLine(t)))
      && !(last !== undefined && endsOnFunctionWord(last))
      // a headline may wrap after 和 or 为, never after 的 or 于 or inside 《…》 (…提出的《关于)
      && headLines.slice(0, -1).every((t) => !/[的于]$/u.test(t.trim()) && !/《[^》]*$/u.test(t))
      && !(headLines.length === 1 && justifiedInColumn(headLines[0], prev));
    if (titledByNote || (!nextContinues && (looksLikeHead || isKickerLine(unit, next)))) {
      unit.kind = 'head';
      continue;
    }
    // The text under a split-off heading is running text: skip past it.
    if (splitLeadingHeading(units, i)) i++;
  }
}

// Text that ends in a photo credit (…辅导作业。 本报记者 王学典 摄) is a caption, not a story.
function endsInPhotoCredit(unit: Unit): boolean {
  const text = unit.lines.map((l) => l.text.trim()).join('');
  if (text.length > 300 || !/摄影?$/u.test(text)) return false;
  const m = /[。！？”）)]\s*([^。！？]{2,24}摄(?:影)?)$/su.exec(text);
  return !!m && PHOTO_CREDIT.test(m[1].trim());
}

// A unit or place name ending in ：(市教育局：) set on its own above a headline is a kicker.
function isKickerLine(unit: Unit, next: Unit | undefined): boolean {
  const t = unit.lines[0].text.trim();
  return unit.lines.length === 1 && /[：:]$/u.test(t) && lineWidth(t) <= 12 && !!next && next.kind === 'body'
    && next.lines.length <= 2 && next.lines.every((l) => isHeadlineLine(l.text, 50, next.lines.length > 1));
}

// A one-line fragment with a comma that is exactly as wide as the column before it is a
// justified line of running text broken off by a column break, not a headline.
function justifiedInColumn(line: string, prev: Unit | null): boolean {
  if (!prev || (prev.kind !== 'body' && prev.kind !== 'lead') || !/[，,、]/u.test(line)) return false;
  const column = Math.max(...prev.lines.map((l) => lineWidth(l.text)));
  // as wide as the column, or as a first line indented by two characters
  const width = lineWidth(line);
  return width >= column - 3 && width <= column + 1.5;
}

/** The last line of a block leaves nothing open: a finished sentence, or a —— that introduces what follows. */
const closesBlock = (line: string) => endsSentence(line) || /——$/u.test(line.trim());

// A short line heading a column (改革完善中央财政科研经费管理 / 扩大科研项目经费…) is a section
// heading of its own: much narrower than the column even allowing for the two-character
// paragraph indent, and not justified.
function splitLeadingHeading(units: Unit[], i: number): boolean {
  const unit = units[i];
  if (unit.lines.length < 2) return false;
  const [first, ...rest] = unit.lines;
  const t = first.text.trim();
  if (isLetterSpaced(t) || endsSentence(t) || endsMidSentence(t) || endsOnFunctionWord(t) || /[，,、。；;]/u.test(t)) return false;
  if (lineWidth(t) > unit.column - 3.5 || lineWidth(t) > 30) return false;
  units.splice(i, 1,
    { kind: 'heading', lines: [first], afterBlank: unit.afterBlank, column: unit.column },
    { kind: 'body', lines: rest, afterBlank: false, column: unit.column });
  return true;
}

function previousText(units: readonly Unit[], i: number): Unit | null {
  for (let k = i - 1; k >= 0; k--) {
    const u = units[k];
    if (u.kind === 'body' || u.kind === 'lead' || u.kind === 'head' || u.kind === 'heading') return u;
    if (u.kind !== 'furniture') return null;
  }
  return null;
}

const lastText = (u: Unit) => u.lines[u.lines.length - 1].text;
