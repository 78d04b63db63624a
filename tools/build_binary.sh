#!/usr/bin/env bash
# Builds the single binary dist/bpfdrop from main.ts with `bun build --compile`.
# Usage: tools/build_binary.sh [OUTFILE]   (default dist/bpfdrop)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
out=${1:-dist/bpfdrop}
mkdir -p "$(dirname "$out")"
bun build --compile --minify main.ts --outfile "$out.tmp" >&2
mv "$out.tmp" "$out"
echo "build_binary: wrote $out ($(du -h "$out" | cut -f1))" >&2
