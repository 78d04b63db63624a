#!/usr/bin/env bash
# Build the real-world corpus of BPF objects from public sources shipped by Debian.
# Usage: tools/build_corpus.sh [OUTDIR]   (default build/corpus)
#
# Sources (binary packages, so only Debian's package mirror is needed):
#   linux-source-6.1               kernel tarball: BPF selftests progs, bpftool/runqslower/perf
#                                  skeletons, kernel preload iterators, HID BPF, samples/bpf/*.bpf.c
#                                  (samples/bpf/*_kern.c need a configured kernel tree: not built)
#   golang-github-cilium-ebpf-dev  cilium/ebpf testdata C sources (built little- and big-endian)
# Downloads and extractions are cached in build/corpus-src; objects go to
# OUTDIR/<origin>/<name>.o. Sources that clang 14 cannot compile against this kernel's
# vmlinux.h are skipped and listed in OUTDIR/FAILED.txt (with the first error line).
# OUTDIR/SOURCES.txt records the package versions and sha256 of what was compiled.
# Nothing here is committed: build/ is git-ignored. See test/corpus/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=${1:-build/corpus}
src=build/corpus-src
jobs=$(nproc)
packages=(linux-source-6.1 golang-github-cilium-ebpf-dev)

log() { echo "build_corpus: $*" >&2; }

need=()
command -v clang >/dev/null || need+=(clang)
command -v bpftool >/dev/null || need+=(bpftool)
[ -f /usr/include/bpf/bpf_helpers.h ] || need+=(libbpf-dev)
command -v xz >/dev/null || need+=(xz-utils)
if [ ${#need[@]} -gt 0 ]; then
  log "installing ${need[*]} from Debian"
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >&2
fi

# vmlinux.h (build/vmlinux.h) comes from the examples build, which is incremental.
tools/build_examples.sh >/dev/null

mkdir -p "$src/debs" "$out"
for pkg in "${packages[@]}"; do
  if ! compgen -G "$src/debs/${pkg}_*.deb" >/dev/null; then
    if [ -z "$(apt-cache policy "$pkg" | sed -n 's/^ *Candidate: *//p' | grep -v '(none)')" ]; then
      apt-get update -qq >&2
    fi
    log "downloading $pkg"
    (cd "$src/debs" && apt-get download -q "$pkg" 2>&1 | grep -v '^W: Download is performed unsandboxed' >&2 || true)
    compgen -G "$src/debs/${pkg}_*.deb" >/dev/null || { log "cannot download $pkg"; exit 1; }
  fi
done

# Extract only the trees that hold BPF programs and the headers they include.
kdeb=$(ls "$src"/debs/linux-source-6.1_*.deb | tail -1)
ksrc=$src/linux-source-6.1
if [ ! -e "$ksrc/.extracted" ] || [ "$kdeb" -nt "$ksrc/.extracted" ]; then
  log "extracting $(basename "$kdeb")"
  rm -rf "$ksrc"
  dpkg-deb --fsys-tarfile "$kdeb" | tar -xO ./usr/src/linux-source-6.1.tar.xz |
    tar -xJ -C "$src" --wildcards \
      'linux-source-6.1/tools/testing/selftests/bpf/*' 'linux-source-6.1/tools/include/*' \
      'linux-source-6.1/tools/bpf/*' 'linux-source-6.1/tools/perf/util/bpf_skel/*' \
      'linux-source-6.1/kernel/bpf/preload/iterators/*' 'linux-source-6.1/drivers/hid/bpf/*' \
      'linux-source-6.1/samples/bpf/*'
  touch "$ksrc/.extracted"
fi
cdeb=$(ls "$src"/debs/golang-github-cilium-ebpf-dev_*.deb | tail -1)
csrc=$src/cilium-ebpf
if [ ! -e "$csrc/.extracted" ] || [ "$cdeb" -nt "$csrc/.extracted" ]; then
  log "extracting $(basename "$cdeb")"
  rm -rf "$csrc" && mkdir -p "$csrc"
  dpkg-deb -x "$cdeb" "$csrc/pkg"
  touch "$csrc/.extracted"
fi

# One line per object: ORIGIN<TAB>SOURCE<TAB>extra clang flags.
selftests=$ksrc/tools/testing/selftests/bpf
cilium=$csrc/pkg/usr/share/gocode/src/github.com/cilium/ebpf
list() {
  local f
  for f in "$selftests"/progs/*.c; do
    case $(basename "$f") in
      test_l4lb_noinline.c | test_xdp_noinline.c) printf 'linux-selftests\t%s\t-fno-inline\n' "$f" ;;
      *) printf 'linux-selftests\t%s\t\n' "$f" ;;
    esac
  done
  for f in "$ksrc"/tools/bpf/runqslower/*.bpf.c "$ksrc"/tools/bpf/bpftool/skeleton/*.bpf.c \
    "$ksrc"/tools/perf/util/bpf_skel/*.bpf.c "$ksrc"/kernel/bpf/preload/iterators/*.bpf.c \
    "$ksrc"/drivers/hid/bpf/progs/*.bpf.c "$ksrc"/samples/bpf/*.bpf.c; do
    [ -e "$f" ] && printf 'linux-tools\t%s\t\n' "$f"
  done
  for f in "$cilium"/testdata/*.c "$cilium"/btf/testdata/*.c "$cilium"/cmd/bpf2go/testdata/*.c; do
    printf 'cilium-ebpf-el\t%s\t-target bpfel\n' "$f"
    printf 'cilium-ebpf-eb\t%s\t-target bpfeb\n' "$f"
  done
}

# Compile one object; on failure leave ORIGIN/NAME.err holding clang's first error line.
compile_one() {
  local origin=$1 file=$2 extra=$3 name dir obj
  name=$(basename "$file" .c)
  name=${name%.bpf}
  dir=$out/$origin
  obj=$dir/$name.o
  if [ -e "$obj" ] && [ "$obj" -nt "$file" ] && [ "$obj" -nt build/vmlinux.h ]; then
    return 0
  fi
  mkdir -p "$dir"
  rm -f "$dir/$name.err"
  local flags
  case $origin in
    cilium-*) flags=(-O2 -g -Wall -Werror -Wno-unused-variable -I "$(dirname "$file")") ;;
    *) flags=(-g -O2 -target bpf -mcpu=v3 -D__TARGET_ARCH_x86 -mlittle-endian
      -Wno-compare-distinct-pointer-types -DENABLE_ATOMICS_TESTS
      -I build -I "$(dirname "$file")" -I "$selftests" -I "$ksrc/tools/include/uapi"
      -idirafter "/usr/include/$(uname -m)-linux-gnu") ;;
  esac
  # shellcheck disable=SC2086 # $extra holds separate flags on purpose
  if clang "${flags[@]}" $extra -c "$file" -o "$obj.tmp" 2>"$dir/$name.log"; then
    mv "$obj.tmp" "$obj"
    rm -f "$dir/$name.log"
  else
    rm -f "$obj.tmp" "$obj"
    grep -m1 'error:' "$dir/$name.log" >"$dir/$name.err" || echo "clang failed" >"$dir/$name.err"
    rm -f "$dir/$name.log"
  fi
}
export -f compile_one
export out selftests ksrc

start=$SECONDS
list | tr '\t\n' '\0\0' | xargs -0 -n3 -P "$jobs" bash -c 'compile_one "$@"' _

: >"$out/FAILED.txt"
for err in "$out"/*/*.err; do
  [ -e "$err" ] || continue
  rel=${err#"$out"/}
  printf '%s\t%s\n' "${rel%.err}" "$(sed "s|$root/||g; s|$src/||g" "$err")" >>"$out/FAILED.txt"
done
{
  for deb in "$kdeb" "$cdeb"; do
    printf '%s\tsha256:%s\n' "$(basename "$deb")" "$(sha256sum "$deb" | cut -d' ' -f1)"
  done
  printf 'clang\t%s\n' "$(clang --version | head -1)"
  printf 'vmlinux.h\tfrom /sys/kernel/btf/vmlinux of %s\n' "$(uname -r)"
} >"$out/SOURCES.txt"

built=$(find "$out" -mindepth 2 -name '*.o' | wc -l)
failed=$(wc -l <"$out/FAILED.txt")
for dir in "$out"/*/; do
  log "$(basename "$dir"): $(find "$dir" -name '*.o' | wc -l) objects"
done
log "$built objects in $out, $failed sources skipped (listed in $out/FAILED.txt), $((SECONDS - start))s"
