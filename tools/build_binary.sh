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
bun build --compile --minify --compile-exec-argv=--smol --compile-jit-policy=100 main.ts \
  --outfile "$out.tmp" >&2
mv "$out.tmp" "$out"
echo "build_binary: wrote $out ($(du -h "$out" | cut -f1))" >&2
