#!/usr/bin/env bash
# Builds the single binary dist/bpfdrop from main.ts with `bun build --compile`.
# Usage: tools/build_binary.sh [OUTFILE]   (default dist/bpfdrop)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-dist/bpfdrop}
mkdir -p "$(dirname "$out")"
# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps the daemon's short bursts of work in the lower tiers instead of the optimising ones, whose
# code and compiler memory stayed resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5
# -> 58.0 MiB, anonymous 27.5 -> 14.8 MiB; rename-to-attached overhead 11.4 -> 12.9 ms).
bun build --compile --minify --compile-exec-argv=--smol --compile-jit-policy=100 main.ts \
  --outfile "$out.tmp" >&2
mv "$out.tmp" "$out"
echo "build_binary: wrote $out ($(du -h "$out" | cut -f1))" >&2
