/**
 * SHA-256 and gunzip. Bun's native functions under Bun: `node:crypto` and `node:zlib` would load
 * Node's stream and crypto machinery into the compiled daemon (~1 MiB RSS). Deno gets those
 * modules, taken when first used.
 */
import process from "node:process";

/** The part of Bun's global used here (Deno cannot resolve Bun's types). */
interface BunCodecs {
  SHA256: { hash(data: Uint8Array | string, encoding: "hex"): string };
  gunzipSync(data: Uint8Array): Uint8Array;
}

const bun = (globalThis as { Bun?: BunCodecs }).Bun;

/** The SHA-256 digest of `data` (a string is hashed as UTF-8), as lowercase hex. */
export function sha256Hex(data: Uint8Array | string): string {
  if (bun !== undefined) return bun.SHA256.hash(data, "hex");
  const crypto = process.getBuiltinModule("node:crypto") as typeof import("node:crypto");
  return crypto.createHash("sha256").update(data).digest("hex");
}

/** The decompressed contents of gzip data. */
export function gunzip(data: Uint8Array): Uint8Array {
  if (bun !== undefined) return bun.gunzipSync(data);
  const zlib = process.getBuiltinModule("node:zlib") as typeof import("node:zlib");
  return zlib.gunzipSync(data);
}
