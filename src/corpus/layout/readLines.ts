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
      text: trimLineEnd(raw),
      framed: /^ [^\s]/u.test(raw),
    }));
}

// Not /[\s\u0000]+$/: a regex anchored at the end rescans a run of spaces from each of its
// starts, so a 100,000-space line took 17 s.
function trimLineEnd(raw: string): string {
  let text = raw.trimEnd();
  while (text.endsWith('\u0000')) text = text.slice(0, -1).trimEnd();
  return text;
}
