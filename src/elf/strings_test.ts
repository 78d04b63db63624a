import assert from "node:assert/strict";
import { asciiText } from "./strings.ts";

Deno.test("asciiText() decodes ASCII bytes, NULs included, and refuses any other byte", () => {
  const ascii = new TextEncoder().encode("\0.text\0xdp\0");
  assert.equal(asciiText(ascii), "\0.text\0xdp\0");
  assert.equal(asciiText(new Uint8Array(0)), "");
  const withByte = (...bytes: number[]) => new Uint8Array([0x61, ...bytes, 0x62, 0]);
  // Valid UTF-8 (é, U+FFFD itself, an emoji, a BOM), lone continuation and invalid lead bytes.
  for (
    const bytes of [
      withByte(0xc3, 0xa9),
      withByte(0xef, 0xbf, 0xbd),
      withByte(0xf0, 0x9f, 0x98, 0x80),
      new Uint8Array([0xef, 0xbb, 0xbf, 0x61]),
      withByte(0x80),
      withByte(0xff),
      withByte(0xc3),
      withByte(0xe2, 0x82),
    ]
  ) {
    assert.equal(asciiText(bytes), undefined, `${bytes}`);
  }
});
