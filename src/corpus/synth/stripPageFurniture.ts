// The page furniture a synthetic page gets anew: without stripping, every page made from a
// seed would repeat that seed's masthead, page header and footer.
const MASTHEAD = /^[A-Z]+(?: [A-Z]+)* DAILY$/;
const PAGE_HEADER = /^[A-Z]\d{1,2}\s*[│|]\s*(\S+)\s+\d{4}\s*年/;
const FOOTER = /^■.*[│|].*编辑/;

export interface StrippedSeed {
  text: string;
  /** Section names stated by the page headers that were removed. */
  sections: string[];
}

/** Removes mastheads, page headers and editor footers from one seed's LF text. */
export function stripPageFurniture(text: string): StrippedSeed {
  const sections: string[] = [];
  const kept = text.split('\n').filter((line) => {
    const trimmed = line.trim();
    const header = PAGE_HEADER.exec(trimmed);
    if (header) sections.push(header[1]);
    return !header && !MASTHEAD.test(trimmed) && !FOOTER.test(trimmed);
  });
  return { text: kept.join('\n'), sections };
}
