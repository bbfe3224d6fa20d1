import type { ItemKind } from '../corpus/types';

/** Every UI string. Each locale must provide all of them, so a missing translation is a type error. */
export interface Messages {
  appName: string;
  skipToContent: string;
  loading: string;
  loadFailed: string;
  loadFailedOffline: string;
  loadFailedMissing: (status: number) => string;
  loadFailedDamaged: string;
  retry: string;
  emptyCorpus: string;
  itemCount: (count: number) => string;
  unknownPaper: string;
  undated: string;
  sourceFile: (source: string) => string;
  unknownPage: string;
  page: (page: string) => string;
  untitled: string;
  kind: Record<Exclude<ItemKind, 'article'>, string>;
  continuedFrom: (page: string) => string;
  captions: string;
  backToList: string;
  articleNotFound: string;
  articleNotFoundHint: string;
  pageNotFound: string;
  documentTitle: (heading: string) => string;
}
