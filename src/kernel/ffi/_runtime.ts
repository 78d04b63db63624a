/**
 * Memory controls of the JavaScript engine, for the long-running daemon. Only Bun (the compiled
 * binary) has them; under Deno each call does nothing (V8 exposes neither without flags).
 */

/** The part of Bun's global used here (Deno cannot resolve Bun's types). */
interface BunRuntime {
  gc(force: boolean): void;
  shrink(): void;
  unsafe: { setJITPolicy(scale: number): void };
}

const bun = (globalThis as { Bun?: BunRuntime }).Bun;

/**
 * JavaScriptCore's tier-up thresholds are multiplied by this: code run in the daemon's short
 * bursts (parse, generate, load) stays in the interpreter. The optimising tiers' compilers are
 * megabytes of machine code that stay resident once used, and their output is anonymous memory.
 */
const INTERPRETER_JIT_SCALE = 100_000;

/** Keeps JavaScript in the interpreter from now on (memory over speed, for a daemon). */
export function preferInterpreter(): void {
  bun?.unsafe.setJITPolicy(INTERPRETER_JIT_SCALE);
}

/** Runs a full garbage collection and returns the freed heap pages to the system. */
export function collectGarbage(): void {
  bun?.gc(true);
  bun?.shrink();
}
