#!/usr/bin/env bash
# Runs the bpfdrop daemon in the foreground on the bundled examples, from a fresh machine.
# It loads, attaches and pins every example (XDP and tc on lo, cgroup_skb on the cgroup v2 root);
# Ctrl-C stops it, and this script then removes the demo's pins, which detaches everything.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
bash tools/build_examples.sh

demo=build/demo
pins=/sys/fs/bpf/bpfdrop-demo
rm -rf "$demo" && mkdir -p "$demo/objects.d"
chmod 0755 "$demo/objects.d"
cp build/examples/*.bpf.o examples/*.json "$demo/objects.d/"
chmod 0644 "$demo/objects.d"/*

cleanup() {
  rm -rf "$pins"
  echo "demo: removed $pins (programs detached and unloaded)" >&2
}
trap cleanup EXIT
echo "demo: objects in $demo/objects.d; in another shell try:" >&2
echo "  deno run -A main.ts ctl status --socket $demo/control.sock" >&2
deno run -A main.ts daemon --objects "$demo/objects.d" --pin-root "$pins" \
  --socket "$demo/control.sock" --state-dir "$demo/state" || true
