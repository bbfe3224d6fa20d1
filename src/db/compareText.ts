/** Code-unit order, the order IndexedDB keeps strings in, the same in every locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
