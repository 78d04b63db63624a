#!/usr/bin/env bash
# Idempotent setup for a fresh Debian machine (root, node and npm present):
# Deno and Bun from npm, the BPF toolchain from Debian, bpffs/tracefs mounted.
set -euo pipefail
cd "$(dirname "$0")/.."

# Global installs: `deno task` would run a node_modules/.bin/deno as a JavaScript file.
DENO_VERSION=2.9.6
BUN_VERSION=1.4.5
if ! deno --version 2>/dev/null | grep -q "^deno 2\.9"; then
  npm install -g --no-audit --no-fund --silent "deno@$DENO_VERSION" >&2
fi
if ! bun --version 2>/dev/null | grep -q "^1\.4"; then
  npm install -g --no-audit --no-fund --silent "bun@$BUN_VERSION" >&2
fi

need=()
command -v clang >/dev/null || need+=(clang)
command -v llvm-objdump >/dev/null || need+=(llvm)
command -v bpftool >/dev/null || need+=(bpftool)
[ -f /usr/include/bpf/bpf_helpers.h ] || need+=(libbpf-dev)
[ -f /usr/include/x86_64-linux-gnu/asm/types.h ] || [ -d /usr/include/asm ] || need+=(linux-libc-dev)
command -v ip >/dev/null || need+=(iproute2)
command -v strace >/dev/null || need+=(strace)
command -v python3 >/dev/null || need+=(python3) # tests' socket peers and traffic
command -v systemd-nspawn >/dev/null || need+=(systemd-container)
if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]} from Debian" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >&2
fi

mountpoint -q /sys/fs/bpf || mount -t bpf bpf /sys/fs/bpf
mountpoint -q /sys/kernel/tracing || mount -t tracefs tracefs /sys/kernel/tracing 2>/dev/null || true
