/** One line of the source, as extracted. */
export interface SourceLine {
  /** 1-based line number in the file. */
  no: number;
  text: string;
  /** The line began with a single space: the extraction starts a new text frame there. */
  framed: boolean;
}

/** Lines of a page with the line ends normalized (CRLF, CR) and trailing spaces and a BOM removed. */
export function readLines(text: string): SourceLine[] {
  return text
    .replace(/^\ufeff/u, '')
    .split(/\r\n|\r|\n/u)
    .map((raw, i) => ({
      no: i + 1,
      text: raw.replace(/[\s\u0000]+$/u, ''),
      framed: /^ [^\s]/u.test(raw),
    }));
}
