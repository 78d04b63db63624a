#!/usr/bin/env bash
# Every benchmark, in one run (`deno task bench`):
#   bench/*_bench.ts   with `deno bench -A` (Deno.bench files)
#   bench/*_compare.ts with `deno run -A`   (scripts that measure bpfdrop against a C reference
#                                           in the same run and print ratios)
#   bench/*.sh         with `bash`
# Kernel benches need root; examples are built first. Prints each command before its figures.
# Each command gets BENCH_TIMEOUT seconds (default 900), so one hung bench cannot block the rest.
set -uo pipefail
cd "$(dirname "$0")/.."
export NO_COLOR=1

bash tools/build_examples.sh >/dev/null || { echo "building the examples failed"; exit 1; }
bash bench/ref/build.sh || { echo "building the C reference (bench/ref) failed"; exit 1; }

status=0
limit=${BENCH_TIMEOUT:-900}
run() {
  echo "\$ $*"
  timeout --kill-after=10 "$limit" "$@"
  local rc=$?
  [ $rc -eq 124 ] && echo "TIMED OUT after $limit s: $*"
  [ $rc -eq 0 ] || status=1
  echo
}
shopt -s nullglob
benches=(bench/*_bench.ts)
[ ${#benches[@]} -eq 0 ] || run deno bench -A "${benches[@]}"
for script in bench/*_compare.ts; do run deno run -A "$script"; done
for script in bench/*.sh; do run bash "$script"; done
exit $status
