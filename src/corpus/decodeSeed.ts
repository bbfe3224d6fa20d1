import type { ParseWarning } from './types.ts';

export interface DecodedSeed {
  /** The file's text with LF line ends, or null when there is nothing to parse. */
  text: string | null;
  warnings: ParseWarning[];
}

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

interface RawText {
  text: string;
  encoding: string;
  /** The bytes were neither UTF-8 nor marked by a BOM: the encoding is named in a warning. */
  guessed: boolean;
  /** Invalid bytes were replaced by U+FFFD. */
  lossy: boolean;
}

// Text extracted from a page has no C0 control characters besides tab and line ends; a file
// that is this share junk (controls or undecodable bytes) is not a text file at all. A few
// strays in a short file are not enough to say so.
const MAX_JUNK_SHARE = 0.1;
const MIN_JUNK_FOR_BINARY = 8;
// A NUL or two in otherwise valid UTF-8 is a glitch of the extraction; binary files are full of them.
const MAX_STRAY_NUL_SHARE = 0.01;
const SNIFF_CHARS = 64 * 1024;
const CONTROL_CHARS = /[\x00-\x08\x0B\x0E-\x1F\x7F]/g;
const HAN = /\p{Script=Han}/u;

/** Decodes one seed file's bytes to LF-normalized text, warning about anything it had to guess. */
export function decodeSeed(source: string, bytes: Uint8Array): DecodedSeed {
  const warnings: ParseWarning[] = [];
  const warn = (message: string, line: number | null = null) => warnings.push({ source, line, message });
  const skip = (message: string): DecodedSeed => (warn(message), { text: null, warnings });

  if (bytes.length === 0) return skip('empty file, skipped');
  const raw = decodeBytes(bytes);
  if (raw === null || looksLikeJunk(raw.text.slice(0, SNIFF_CHARS))) return skip('binary file, skipped');
  if (raw.guessed) warn(`not UTF-8; decoded as ${raw.encoding}`);

  let text = normalizeLineEnds(raw.text);
  if (raw.lossy) warn(`invalid ${raw.encoding} bytes replaced by U+FFFD`, lineAt(text, text.indexOf('\uFFFD')));
  const firstControl = text.search(CONTROL_CHARS);
  if (firstControl >= 0) {
    warn('control characters removed', lineAt(text, firstControl));
    text = text.replace(CONTROL_CHARS, '');
  }

  if (text.trim() === '') return skip('no text (whitespace only), skipped');
  if (!HAN.test(text)) warn('no Chinese characters; parsed as far as it goes');
  return { text, warnings };
}

/** Picks the encoding from a BOM, else UTF-8, else GB18030; null when the bytes look binary. */
function decodeBytes(bytes: Uint8Array): RawText | null {
  const bom = encodingFromBom(bytes);
  // TextDecoder drops the BOM itself.
  if (bom) return lenientDecode(bom, bytes);
  if (bytes.subarray(0, SNIFF_CHARS).includes(0)) return decodeBomlessUtf16(bytes) ?? decodeWithStrayNuls(bytes);
  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'UTF-8', guessed: false, lossy: false };
  // Chinese text that is not UTF-8 is most often GBK, which GB18030 contains.
  const gb = strictDecode('gb18030', bytes);
  if (gb !== null) return { text: gb, encoding: 'GB18030', guessed: true, lossy: false };
  // Damaged either way: keep the reading that loses fewer characters (a GBK file cut
  // mid-character is still GBK).
  const lenientUtf8 = lenientDecode('utf-8', bytes);
  const lenientGb = lenientDecode('gb18030', bytes);
  return replacementCount(lenientGb.text) < replacementCount(lenientUtf8.text) ? { ...lenientGb, guessed: true } : lenientUtf8;
}

function replacementCount(text: string): number {
  return text.match(/\uFFFD/g)?.length ?? 0;
}

function encodingFromBom(bytes: Uint8Array): Encoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

// NUL bytes mean binary, unless nearly all sit on one side of 16-bit units: UTF-16 saved
// without a BOM, where every ASCII space, digit and line end carries a zero high byte (a few
// CJK characters, such as 开 U+5F00, have a zero low byte).
function decodeBomlessUtf16(bytes: Uint8Array): RawText | null {
  let evenNuls = 0;
  let oddNuls = 0;
  const end = Math.min(bytes.length, SNIFF_CHARS);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) i % 2 === 0 ? evenNuls++ : oddNuls++;
  if (bytes.length % 2 !== 0 || Math.min(evenNuls, oddNuls) * 4 > Math.max(evenNuls, oddNuls)) return null;
  const encoding = oddNuls > evenNuls ? 'utf-16le' : 'utf-16be';
  const text = strictDecode(encoding, bytes);
  if (text === null || !HAN.test(text)) return null;
  return { text, encoding: `${encoding.toUpperCase()} without BOM`, guessed: true, lossy: false };
}

/** UTF-8 text with a few NUL bytes: kept, the NULs removed later with the other control characters. */
function decodeWithStrayNuls(bytes: Uint8Array): RawText | null {
  const sniffed = bytes.subarray(0, SNIFF_CHARS);
  const nuls = sniffed.reduce((count, byte) => count + (byte === 0 ? 1 : 0), 0);
  if (nuls > sniffed.length * MAX_STRAY_NUL_SHARE) return null;
  const text = strictDecode('utf-8', bytes);
  return text === null ? null : { text, encoding: 'UTF-8', guessed: false, lossy: false };
}

function strictDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function lenientDecode(encoding: Encoding, bytes: Uint8Array): RawText {
  const text = new TextDecoder(encoding).decode(bytes);
  return { text, encoding: encoding.toUpperCase(), guessed: false, lossy: text.includes('\uFFFD') };
}

function looksLikeJunk(sample: string): boolean {
  const junk = sample.match(/[\x00-\x08\x0B\x0E-\x1F\x7F\uFFFD]/g)?.length ?? 0;
  return junk >= MIN_JUNK_FOR_BINARY && junk > sample.length * MAX_JUNK_SHARE;
}

// pdftotext ends each page with a form feed: it is a page break, so it becomes a line end.
// A BOM in the middle of the text comes from concatenated files and is invisible junk.
function normalizeLineEnds(text: string): string {
  return text.replace(/\r\n?|\f/g, '\n').replace(/\uFEFF/g, '');
}

/** 1-based line of a character offset in LF text. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
