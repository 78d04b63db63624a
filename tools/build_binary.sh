#!/usr/bin/env bash
# Builds the single binary dist/bpfdrop from main.ts with `bun build --compile`.
# Usage: tools/build_binary.sh [OUTFILE]   (default dist/bpfdrop)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-dist/bpfdrop}
mkdir -p "$(dirname "$out")"
# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
# The bundle is embedded as bytecode laid out by a profile of the daemon's run (the bytecode it
# ran first, together), so a run touches fewer of the binary's pages than with source or unordered
# bytecode (50 objects loaded, binary read from disk: RSS 40.9 -> 40.1 MiB; unordered 41.6).
# Re-record after larger changes (functions missing from the profile simply go last):
#   BUN_BYTECODE_ORDER_OUT=tools/bytecode_order.txt deno run -A bench/daemon_compare.ts
# Without --no-compile-autoload-*, the binary would read .env and bunfig.toml from whatever
# directory it is started in (a root daemon taking its environment from its working directory).
bun build --compile --minify --bytecode --format=esm --bytecode-order=tools/bytecode_order.txt \
  --compile-exec-argv=--smol --compile-jit-policy=100 --no-compile-autoload-dotenv \
  --no-compile-autoload-bunfig main.ts --outfile "$out.tmp" >&2
mv "$out.tmp" "$out"
echo "build_binary: wrote $out ($(du -h "$out" | cut -f1))" >&2
