#!/usr/bin/env bash
# Build the C reference harness (bench/ref/lskel_ref.c) against Debian's libbpf-dev, installing
# the compiler and libbpf-dev when missing. Usage: bench/ref/build.sh [OUT]
# (default build/bench/lskel_ref); does nothing when OUT is newer than its source.
set -euo pipefail
cd "$(dirname "$0")/../.."

out=${1:-build/bench/lskel_ref}
src=bench/ref/lskel_ref.c

need=()
command -v cc >/dev/null || need+=(gcc)
[ -f /usr/include/bpf/skel_internal.h ] || need+=(libbpf-dev)
command -v pkg-config >/dev/null || need+=(pkg-config)
if [ ${#need[@]} -gt 0 ]; then
  echo "bench/ref/build.sh: installing ${need[*]} from Debian" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >&2
fi

mkdir -p "$(dirname "$out")"
if [ -e "$out" ] && [ "$out" -nt "$src" ] && [ "$out" -nt "$0" ]; then
  exit 0
fi
# shellcheck disable=SC2046 # pkg-config prints separate flags on purpose
cc -O2 -g -Wall -o "$out.tmp" "$src" $(pkg-config --cflags --libs libbpf 2>/dev/null || echo -lbpf)
mv "$out.tmp" "$out"
echo "bench/ref/build.sh: built $out" >&2
