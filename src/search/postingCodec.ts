// A posting is one doc of a shard that holds a gram: its position in the shard (docs are in result
// order) and where the gram occurs, as one number `position * 4 + fields` (FIELD_HEAD: headline or
// byline, FIELD_BODY: body). Lists are ascending; on disk each posting is the varint of
// `(position − previous position) * 4 + fields`, so a list costs about a byte per posting.

export const FIELD_HEAD = 1;
export const FIELD_BODY = 2;

export const positionOf = (posting: number): number => posting >>> 2;
export const fieldsOf = (posting: number): number => posting & 3;
export const makePosting = (position: number, fields: number): number => position * 4 + fields;

/** Appends bytes to a growing buffer. */
export class ByteWriter {
  bytes: Uint8Array;
  length = 0;

  constructor(capacity = 1024) {
    this.bytes = new Uint8Array(capacity);
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + extra));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  varint(value: number): void {
    this.reserve(5);
    while (value >= 0x80) {
      this.bytes[this.length++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    this.bytes[this.length++] = value;
  }

  append(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.bytes.set(bytes, this.length);
    this.length += bytes.length;
  }

  result(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

/** Reads varints from `bytes` starting at `offset`. */
export class ByteReader {
  constructor(readonly bytes: Uint8Array, public offset = 0) {}

  get done(): boolean {
    return this.offset >= this.bytes.length;
  }

  varint(): number {
    const { bytes } = this;
    let value = 0;
    let shift = 0;
    for (;;) {
      if (this.offset >= bytes.length) throw new RangeError('truncated varint');
      const byte = bytes[this.offset++];
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
      shift += 7;
      if (shift > 28) throw new RangeError('varint too long');
    }
  }
}

/** Encodes an ascending list of postings. */
export function encodePostings(postings: ArrayLike<number>, writer = new ByteWriter()): ByteWriter {
  let previous = 0;
  for (let i = 0; i < postings.length; i++) {
    const position = positionOf(postings[i]);
    if (position < previous) throw new RangeError('postings must be in ascending position order');
    writer.varint(makePosting(position - previous, fieldsOf(postings[i])));
    previous = position;
  }
  return writer;
}

/** Decodes `count` postings written by encodePostings, starting at `offset`. */
export function decodePostings(bytes: Uint8Array, offset: number, count: number): Uint32Array {
  const out = new Uint32Array(count);
  const reader = new ByteReader(bytes, offset);
  let position = 0;
  for (let i = 0; i < count; i++) {
    const value = reader.varint();
    position += positionOf(value);
    out[i] = makePosting(position, fieldsOf(value));
  }
  return out;
}
