/**
 * Minimal assertions for tests (JSR's @std/assert is unreachable from these machines).
 *
 * @module
 */

/** An assertion failed. */
export class AssertionError extends Error {
  override name = "AssertionError";
}

/** Throws unless `condition` holds. */
export function assert(condition: unknown, message = "assertion failed"): asserts condition {
  if (!condition) throw new AssertionError(message);
}

/** Throws unless `actual` and `expected` are structurally equal. */
export function assertEquals<T>(actual: T, expected: T, message?: string): void {
  if (!equal(actual, expected)) {
    const detail = `expected ${show(expected)}\n  actual ${show(actual)}`;
    throw new AssertionError(message === undefined ? detail : `${message}: ${detail}`);
  }
}

/** Throws unless `actual` matches `pattern`. */
export function assertMatch(actual: string, pattern: RegExp): void {
  if (!pattern.test(actual)) throw new AssertionError(`${show(actual)} does not match ${pattern}`);
}

/** Throws unless `fn` throws an instance of `type` whose message includes `includes`. */
export function assertThrows<E extends Error>(
  fn: () => unknown,
  type: abstract new (...args: never[]) => E,
  includes?: string,
): E {
  try {
    fn();
  } catch (err) {
    return checkError(err, type, includes);
  }
  throw new AssertionError(`expected ${type.name} to be thrown`);
}

/** Throws unless `fn` rejects with an instance of `type` whose message includes `includes`. */
export async function assertRejects<E extends Error>(
  fn: () => Promise<unknown>,
  type: abstract new (...args: never[]) => E,
  includes?: string,
): Promise<E> {
  try {
    await fn();
  } catch (err) {
    return checkError(err, type, includes);
  }
  throw new AssertionError(`expected ${type.name} to be thrown`);
}

function checkError<E extends Error>(
  err: unknown,
  type: abstract new (...args: never[]) => E,
  includes: string | undefined,
): E {
  if (!(err instanceof type)) {
    throw new AssertionError(`expected ${type.name}, got ${show(err)}`, { cause: err });
  }
  if (includes !== undefined && !err.message.includes(includes)) {
    throw new AssertionError(
      `expected message to include ${show(includes)}, got ${show(err.message)}`,
    );
  }
  return err;
}

function equal(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Map && b instanceof Map) {
    return a.size === b.size && [...a].every(([k, v]) => b.has(k) && equal(v, b.get(k)));
  }
  if (a instanceof Set && b instanceof Set) {
    return a.size === b.size && [...a].every((v) => b.has(v));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) =>
    equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])
  );
}

function show(value: unknown): string {
  return Deno.inspect(value, { depth: 6, iterableLimit: 64 });
}
