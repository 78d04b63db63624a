// SPDX-License-Identifier: GPL-2.0
/*
 * uprobe_malloc: watch glibc's malloc(): count calls, sum requested bytes and
 * keep a log2 histogram of request sizes; a return probe counts failures.
 *
 * Trigger: the section names the library and symbol, so the program attaches
 * by itself (libbpf auto-attach); any process calling malloc() fires it
 * (`ls`). Effect: .bss `malloc_calls` and `malloc_bytes` rise, size_hist
 * fills, `malloc_failures` counts NULL returns.
 *
 * Exercises: uprobe and uretprobe sections with a binary path and symbol,
 * BPF_KPROBE/BPF_KRETPROBE argument access (pt_regs CO-RE), ARRAY, .bss, an
 * unrolled log2 in a static always-inline helper.
 * Needs libbpf >= 0.8 (SEC("uprobe/PATH:SYMBOL") auto-attach), kernel >= 4.17
 * with CONFIG_UPROBES. Loads as BPF_PROG_TYPE_KPROBE.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

#define HIST_SLOTS 32

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, HIST_SLOTS);
	__type(key, __u32);
	__type(value, __u64);
} size_hist SEC(".maps");

__u64 malloc_calls = 0;
__u64 malloc_bytes = 0;
__u64 malloc_failures = 0;

static __always_inline __u32 log2_slot(__u64 v)
{
	__u32 slot = 0;

#pragma unroll
	for (int shift = 16; shift > 0; shift >>= 1) {
		if (v >> shift) {
			v >>= shift;
			slot += shift;
		}
	}
	return slot;
}

SEC("uprobe//lib/x86_64-linux-gnu/libc.so.6:malloc")
int BPF_KPROBE(malloc_enter, size_t size)
{
	__u32 slot = log2_slot(size);
	__u64 *bucket = bpf_map_lookup_elem(&size_hist, &slot);

	__sync_fetch_and_add(&malloc_calls, 1);
	__sync_fetch_and_add(&malloc_bytes, size);
	if (bucket)
		__sync_fetch_and_add(bucket, 1);
	return 0;
}

SEC("uretprobe//lib/x86_64-linux-gnu/libc.so.6:malloc")
int BPF_KRETPROBE(malloc_exit, void *ret)
{
	if (!ret)
		__sync_fetch_and_add(&malloc_failures, 1);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
