#!/usr/bin/env bash
# Installs the compiled binary, the systemd unit and /etc/bpfdrop/objects.d.
# Usage: tools/install.sh [--prefix DIR] [--no-build]   (run as root; DESTDIR is honoured)
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=/usr/local build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    *) echo "usage: tools/install.sh [--prefix DIR] [--no-build]" >&2; exit 2 ;;
  esac
done
dest=${DESTDIR:-}
[ "$build" = 1 ] && bash tools/build_binary.sh
[ -x dist/bpfdrop ] || { echo "install: dist/bpfdrop missing (run tools/build_binary.sh)" >&2; exit 1; }

install -D -m 0755 dist/bpfdrop "$dest$prefix/bin/bpfdrop"
unit="$dest/etc/systemd/system/bpfdrop.service"
install -D -m 0644 systemd/bpfdrop.service "$unit"
[ "$prefix" = /usr/local ] || sed -i "s#/usr/local/bin/bpfdrop#$prefix/bin/bpfdrop#g" "$unit"
# The daemon refuses a group/other-writable objects dir (StrictModes), so create it 0755 root.
install -d -m 0755 -o root -g root "$dest/etc/bpfdrop" "$dest/etc/bpfdrop/objects.d"
install -D -m 0644 docs/daemon.md "$dest/usr/share/doc/bpfdrop/daemon.md" 2>/dev/null || true
if [ -z "$dest" ] && [ -d /run/systemd/system ]; then
  systemctl daemon-reload
  echo "install: done; start with: systemctl enable --now bpfdrop" >&2
else
  echo "install: done (systemd not running here: enable bpfdrop.service yourself)" >&2
fi
