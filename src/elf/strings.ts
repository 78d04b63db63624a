const decoder = new TextDecoder();

/**
 * `bytes` as one string when they are all ASCII, so that byte offsets are string indexes and a
 * string table's entries are slices of it (one decode per table instead of one per name);
 * undefined otherwise.
 */
export function asciiText(bytes: Uint8Array): string | undefined {
  return isAscii(bytes) ? decoder.decode(bytes) : undefined;
}

/** Whether no byte has its top bit set; ORs aligned 32-bit words, four at a time, for speed. */
function isAscii(bytes: Uint8Array): boolean {
  const { byteOffset, byteLength } = bytes;
  const head = (4 - (byteOffset & 3)) & 3;
  const wordCount = byteLength > head ? (byteLength - head) >> 2 : 0;
  // Bytes outside the words are ORed one by one.
  const wordsStart = wordCount > 0 ? head : byteLength;
  const wordsEnd = wordsStart + wordCount * 4;
  let bits = 0;
  for (let i = 0; i < wordsStart; i++) bits |= bytes[i]!;
  for (let i = wordsEnd; i < byteLength; i++) bits |= bytes[i]!;
  if (wordCount > 0) {
    const words = new Uint32Array(bytes.buffer, byteOffset + head, wordCount);
    const unrolled = wordCount & ~3;
    let w = 0;
    for (; w < unrolled; w += 4) bits |= words[w]! | words[w + 1]! | words[w + 2]! | words[w + 3]!;
    for (; w < wordCount; w++) bits |= words[w]!;
  }
  return (bits & 0x80808080) === 0;
}
