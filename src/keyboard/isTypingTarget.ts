/** Keys typed into a field belong to the field, not to the page's shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  const element = target as { closest?: (selector: string) => unknown } | null;
  return typeof element?.closest === 'function' && element.closest('input, textarea, select, [contenteditable]') !== null;
}
