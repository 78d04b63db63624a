const decoder = new TextDecoder();

/**
 * `bytes` as one string when they are all ASCII, so that byte offsets are string indexes and a
 * string table's entries are slices of it (one decode per table instead of one per name);
 * undefined otherwise.
 */
export function asciiText(bytes: Uint8Array): string | undefined {
  // Decoding first and checking the result is cheaper than checking the bytes. Any non-ASCII
  // byte either starts a valid sequence, which decodes to fewer UTF-16 units than it has bytes,
  // or is replaced by U+FFFD (one per invalid sequence, so never more units than bytes). A
  // decoded ASCII text is a one-byte string, which V8 knows cannot hold U+FFFD without looking.
  const text = decoder.decode(bytes);
  return text.length === bytes.byteLength && !text.includes("\uFFFD") ? text : undefined;
}
