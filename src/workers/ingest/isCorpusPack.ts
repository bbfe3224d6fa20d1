import type { CorpusPack, PackedItem } from '../../build/packFormat';
import type { ItemKind } from '../../corpus/types';
import { isNullableString, isRecord, isStringArray } from './jsonShape';

const ITEM_KINDS: readonly ItemKind[] = ['article', 'brief', 'caption', 'sidebar'];
const NULLABLE_ITEM_FIELDS = [
  'page', 'section', 'date', 'kicker', 'title', 'subtitle', 'byline', 'dateline', 'summary', 'continuedFrom', 'captionOf',
] as const;

/** A pack whose items the ingest can store; pages, furniture and residue are not read here. */
export function isCorpusPack(value: unknown): value is CorpusPack {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    isNullableString(value.paper) &&
    isNullableString(value.date) &&
    isNullableString(value.source) &&
    Array.isArray(value.items) &&
    value.items.every(isPackedItem)
  );
}

function isPackedItem(value: unknown): value is PackedItem {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    value.id !== '' &&
    typeof value.source === 'string' &&
    ITEM_KINDS.includes(value.kind as ItemKind) &&
    Number.isInteger(value.order) &&
    isStringArray(value.paragraphs) &&
    NULLABLE_ITEM_FIELDS.every((field) => isNullableString(value[field]))
  );
}
