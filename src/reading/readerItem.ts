import type { PackedItem } from '../build/packFormat';

/** An item as the reader shows it: with the paper, which a pack states once for all its items. */
export type ReaderItem = PackedItem & { paper: string | null };
