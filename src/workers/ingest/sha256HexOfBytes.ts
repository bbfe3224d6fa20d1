/** SHA-256 of bytes as lowercase hex, with WebCrypto (in workers, pages and Node 20). */
export async function sha256HexOfBytes(bytes: BufferSource): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
