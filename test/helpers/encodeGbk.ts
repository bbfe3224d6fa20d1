// Node has no GBK encoder: invert the GB18030 decoder over the two-byte GBK range.
const gbkTable = (() => {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(Uint8Array.of(lead, trail));
      if (char.length === 1 && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  return table;
})();

/** GBK bytes of `text`; throws on a character GBK cannot encode. */
export function encodeGbk(text: string): Uint8Array {
  return Uint8Array.from([...text].flatMap((char) => {
    if (char.charCodeAt(0) < 0x80) return [char.charCodeAt(0)];
    const bytes = gbkTable.get(char);
    if (!bytes) throw new Error(`GBK cannot encode ${JSON.stringify(char)}`);
    return bytes;
  }));
}
