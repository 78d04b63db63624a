const decoder = new TextDecoder();
const NON_ASCII = /[\u0080-\uffff]/;

/**
 * `bytes` as one string when they are all ASCII, so that byte offsets are string indexes and a
 * string table's entries are slices of it (one decode per table instead of one per name);
 * undefined otherwise.
 */
export function asciiText(bytes: Uint8Array): string | undefined {
  const text = decoder.decode(bytes);
  return text.length === bytes.length && !NON_ASCII.test(text) ? text : undefined;
}
