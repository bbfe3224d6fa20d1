import type { CorpusItem, ParsedDocument, ParseWarning } from './types.ts';
import { decodeSeed } from './decodeSeed.ts';
import { parseDocument } from './parseDocument.ts';

export interface SeedFile {
  /** Base name of the file, e.g. 000_2bc5e1aa8259982a.txt */
  source: string;
  bytes: Uint8Array;
}

export interface ParsedCorpus {
  documents: ParsedDocument[];
  warnings: ParseWarning[];
}

export interface ParseSeedFilesOptions {
  /** A file larger than this many bytes is parsed in parts of about this size. */
  maxPartBytes?: number;
}

/** A seed page is 10–40 KB; a file this large is many pages run together. */
export const DEFAULT_MAX_PART_BYTES = 20 * 1024 * 1024;

interface TextPart {
  text: string;
  /** 1-based line of the whole file on which this part begins. */
  firstLine: number;
}

/** Decodes and parses each file; a file that cannot be read or parsed becomes warnings only. */
export function parseSeedFiles(files: SeedFile[], options: ParseSeedFilesOptions = {}): ParsedCorpus {
  const documents: ParsedDocument[] = [];
  const warnings: ParseWarning[] = [];
  for (const file of files) {
    const result = parseSeedFile(file, options);
    if (result.document) documents.push(result.document);
    warnings.push(...result.warnings);
  }
  return { documents, warnings };
}

/** Decodes and parses one file; `document` is null when nothing in it could be parsed. */
export function parseSeedFile(
  file: SeedFile,
  { maxPartBytes = DEFAULT_MAX_PART_BYTES }: ParseSeedFilesOptions = {},
): { document: ParsedDocument | null; warnings: ParseWarning[] } {
  const { source, bytes } = file;
  const decoded = decodeSeed(source, bytes);
  const warnings = decoded.warnings;
  if (decoded.text === null) return { document: null, warnings };

  const partCount = Math.ceil(bytes.length / maxPartBytes);
  const parts = partCount > 1
    ? splitAtParagraphEnds(decoded.text, Math.ceil(decoded.text.length / partCount))
    : [{ text: decoded.text, firstLine: 1 }];
  if (parts.length > 1) {
    const megabytes = (bytes.length / 1024 / 1024).toFixed(1);
    warnings.push({
      source, line: null,
      message: `large file (${megabytes} MB) parsed in ${parts.length} parts split at paragraph ends; a story crossing a split is cut in two`,
    });
  }

  const documents: ParsedDocument[] = [];
  for (const [index, part] of parts.entries()) {
    try {
      const result = parseDocument(source, part.text);
      documents.push(result.document);
      for (const w of result.warnings) warnings.push({ ...w, line: w.line === null ? null : w.line + part.firstLine - 1 });
    } catch (error) {
      const where = parts.length > 1 ? ` on part ${index + 1} of ${parts.length} (from line ${part.firstLine})` : '';
      warnings.push({ source, line: null, message: `parser failed${where}: ${describeError(error)}` });
    }
  }
  const document = documents.length > 1 ? mergeDocumentParts(documents) : (documents[0] ?? null);
  return { document, warnings };
}

const SENTENCE_END = /[。！？…”）!?)][ \u3000]*$/;

// A blank line after a sentence-final line is a paragraph break, the safest place to cut;
// failing that any blank line, then any line end.
function splitAtParagraphEnds(text: string, targetChars: number): TextPart[] {
  const parts: TextPart[] = [];
  let start = 0;
  let firstLine = 1;
  while (text.length - start > targetChars * 1.5) {
    const cut = findCut(text, start + Math.floor(targetChars / 2), start + targetChars);
    const part = text.slice(start, cut);
    parts.push({ text: part, firstLine });
    firstLine += countLineEnds(part);
    start = cut;
  }
  parts.push({ text: text.slice(start), firstLine });
  return parts;
}

/** An offset just after a line end, as late as possible in [earliest, latest]. */
function findCut(text: string, earliest: number, latest: number): number {
  let firstBlank = -1;
  for (let blank = text.lastIndexOf('\n\n', latest); blank >= earliest; blank = text.lastIndexOf('\n\n', blank - 1)) {
    if (firstBlank < 0) firstBlank = blank;
    const lineStart = text.lastIndexOf('\n', blank - 1) + 1;
    if (SENTENCE_END.test(text.slice(lineStart, blank))) return blank + 1;
  }
  if (firstBlank >= 0) return firstBlank + 1;
  const lineEnd = text.lastIndexOf('\n', latest);
  return lineEnd >= earliest ? lineEnd + 1 : latest;
}

function countLineEnds(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

// Items keep their place on their page across the seams: orders continue per page, and items
// that open a part before any page header continue the page the previous part ended on.
function mergeDocumentParts(parts: ParsedDocument[]): ParsedDocument {
  const [first, ...rest] = parts;
  const merged: ParsedDocument = { ...first, pages: [...first.pages], items: [], furniture: [...first.furniture], residue: [...first.residue] };
  const itemsPerPage = new Map<string | null, number>();
  const append = (items: CorpusItem[]) => {
    const offsets = new Map(itemsPerPage);
    for (const item of items) {
      merged.items.push({ ...item, order: item.order + (offsets.get(item.page) ?? 0) });
      itemsPerPage.set(item.page, (itemsPerPage.get(item.page) ?? 0) + 1);
    }
  };
  append(first.items);
  for (const part of rest) {
    const previous = merged.items.at(-1);
    let opening = previous !== undefined;
    append(part.items.map((item) => {
      opening &&= item.page === null && item.section === null && item.date === null;
      return opening && previous ? { ...item, page: previous.page, section: previous.section, date: previous.date } : item;
    }));
    merged.paper ??= part.paper;
    merged.pages.push(...part.pages);
    merged.furniture.push(...part.furniture);
    merged.residue.push(...part.residue);
  }
  return merged;
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
