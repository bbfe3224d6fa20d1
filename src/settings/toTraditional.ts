// 简→繁 for display, with opencc-js (mainland simplified to Taiwan standard traditional). Its
// dictionaries load through a dynamic import, a chunk of its own, only once a reader picks 繁體.

export type Convert = (text: string) => string;

let converter: Promise<Convert> | null = null;

/** The converter, loaded once; if its chunk cannot be loaded (offline, not cached) the next call tries again. */
export function loadToTraditional(): Promise<Convert> {
  converter ??= import('opencc-js/cn2t')
    .then(({ Converter }) => Converter({ from: 'cn', to: 'tw' }))
    .catch((error: unknown) => {
      converter = null;
      throw error;
    });
  return converter;
}
