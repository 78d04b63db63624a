#!/usr/bin/env bash
# Compile every examples/*.bpf.c (and examples/legacy/*.bpf.c) into OUTDIR/<name>.bpf.o.
# Usage: tools/build_examples.sh [OUTDIR]   (default build/examples)
# vmlinux.h is generated into build/vmlinux.h from the running kernel's BTF when it is
# missing or older than /sys/kernel/btf/vmlinux. Objects newer than their source (and
# than vmlinux.h) are skipped. A compile error stops the build and names the file.
set -euo pipefail
cd "$(dirname "$0")/.."

out=${1:-build/examples}
vmlinux_h=build/vmlinux.h
btf=/sys/kernel/btf/vmlinux
mkdir -p build "$out"

if [ ! -s "$vmlinux_h" ] || [ "$btf" -nt "$vmlinux_h" ]; then
  echo "build_examples: generating $vmlinux_h from $btf" >&2
  bpftool btf dump file "$btf" format c >"$vmlinux_h.tmp"
  mv "$vmlinux_h.tmp" "$vmlinux_h"
fi

cflags=(-target bpf -g -O2 -Wall -Werror -D__TARGET_ARCH_x86
  -I build -I "/usr/include/$(uname -m)-linux-gnu")

built=0 skipped=0
for src in examples/*.bpf.c examples/legacy/*.bpf.c; do
  [ -e "$src" ] || continue
  name=$(basename "$src" .bpf.c)
  obj="$out/$name.bpf.o"
  if [ -e "$obj" ] && [ "$obj" -nt "$src" ] && [ "$obj" -nt "$vmlinux_h" ]; then
    skipped=$((skipped + 1))
    continue
  fi
  if ! clang "${cflags[@]}" -c "$src" -o "$obj.tmp"; then
    rm -f "$obj.tmp"
    echo "build_examples: FAILED to compile $src" >&2
    exit 1
  fi
  mv "$obj.tmp" "$obj"
  built=$((built + 1))
done
echo "build_examples: $built built, $skipped up to date, in $out" >&2
