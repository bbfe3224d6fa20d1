// An estimate of what a row takes in IndexedDB, from its value alone, whatever its fields.
// Browsers store a row as its structured clone: Chromium's V8 serializer writes a string as
// one byte per character when every character fits in Latin-1, else two (UTF-16: Chinese
// text takes 2 bytes a character), numbers as 1–9 bytes, binary data as its bytes, and object
// keys as strings. Disk compression and the database's own overhead are left out, so this is
// an order of magnitude to compare editions with; navigator.storage.estimate() is the truth.

const NON_LATIN1 = /[^\u0000-\u00ff]/;

export function estimateStoredBytes(value: unknown): number {
  if (typeof value === 'string') return stringBytes(value);
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) < 2 ** 31 ? 5 : 9;
  if (value === null || value === undefined || typeof value === 'boolean') return 1;
  if (ArrayBuffer.isView(value)) return value.byteLength + 5;
  if (value instanceof ArrayBuffer) return value.byteLength + 5;
  if (Array.isArray(value)) {
    let bytes = 5;
    for (const entry of value) bytes += estimateStoredBytes(entry);
    return bytes;
  }
  if (typeof value === 'object') {
    let bytes = 5;
    for (const [key, entry] of Object.entries(value)) bytes += stringBytes(key) + estimateStoredBytes(entry);
    return bytes;
  }
  return 0;
}

function stringBytes(text: string): number {
  return (NON_LATIN1.test(text) ? 2 * text.length : text.length) + 5;
}
