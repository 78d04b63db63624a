#!/usr/bin/env bash
# Runs bpfdrop's main job on the bundled examples, from a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
bash tools/build_examples.sh
for obj in build/examples/*.bpf.o; do
  echo "=== $obj"
  deno run --allow-read main.ts inspect "$obj"
done
