#!/usr/bin/env bash
# The whole test suite, from a fresh machine: installs what is missing, builds the example
# objects, runs the static checks, then every test (unit, kernel, end-to-end).
# Usage: bash tools/test.sh [deno test filters/paths...]
set -uo pipefail
cd "$(dirname "$0")/.."
export NO_COLOR=1

bash tools/setup.sh || { echo "setup failed"; exit 1; }
bash tools/build_examples.sh || { echo "building the examples failed"; exit 1; }
if [ -x tools/build_corpus.sh ] || [ -f tools/build_corpus.sh ]; then
  bash tools/build_corpus.sh || echo "note: the real-world corpus did not build fully; its tests report what is missing"
fi

status=0
check() {
  local name=$1 out
  shift
  if out=$("$@" 2>&1); then echo "$name: ok"; else echo "$out" | tail -20; echo "$name: FAILED"; status=1; fi
}
echo "== static checks"
check "deno fmt --check" deno fmt --check
check "deno lint" deno lint
check "layer rules" deno run --allow-read tools/check_layers.ts
check "deno check" deno check main.ts src test tools

echo "== tests"
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(src test)
log=$(mktemp)
deno test --allow-all --permit-no-files "${targets[@]}" 2>&1 | tee "$log"
test_status=${PIPESTATUS[0]}
summary=$(grep -E '^(ok|FAILED) \|' "$log" | tail -1)
passed=$(sed -nE 's/.* ([0-9]+) passed.*/\1/p' <<<"$summary")
failed=$(sed -nE 's/.* ([0-9]+) failed.*/\1/p' <<<"$summary")
ignored=$(sed -nE 's/.* ([0-9]+) ignored.*/\1/p' <<<"$summary")
skips=$(grep -c '^skip: ' "$log")
rm -f "$log"
[ "$test_status" -eq 0 ] || status=1
echo "skip lines printed: $skips"
echo "tests: ${passed:-0} passed, ${failed:-0} failed, ${ignored:-0} skipped"
exit $status
