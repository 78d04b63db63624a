// SPDX-License-Identifier: GPL-2.0
/*
 * open_tracer: count openat() calls per process and stream the ones that ask
 * for write access to user space through a perf event array.
 *
 * Trigger: attach to tracepoint syscalls/sys_enter_openat and open any file.
 * Effect: opens_by_pid[tgid] rises for every openat; opens_by_cpu (per-CPU
 * hash keyed by flags class: 0 read-only, 1 writable) rises; an
 * `open_event` is emitted on `open_events` for writable opens.
 *
 * Exercises: HASH, PERCPU_HASH, PERF_EVENT_ARRAY, static (non-inlined)
 * subprograms called with bpf-to-bpf calls, BPF_CORE_READ of a tracepoint
 * context. Needs libbpf >= 0.5, kernel >= 4.16 (bpf-to-bpf calls).
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

#define O_ACCMODE 00000003
#define O_RDONLY 00000000

struct open_event {
	__u32 pid;
	__u32 flags;
	char filename[64];
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 10240);
	__type(key, __u32);
	__type(value, __u64);
} opens_by_pid SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_HASH);
	__uint(max_entries, 2);
	__type(key, __u32);
	__type(value, __u64);
} opens_by_mode SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY);
	__uint(key_size, sizeof(__u32));
	__uint(value_size, sizeof(__u32));
} open_events SEC(".maps");

static __noinline void count_in(void *map, __u32 key)
{
	__u64 one = 1, *count = bpf_map_lookup_elem(map, &key);

	if (count)
		__sync_fetch_and_add(count, 1);
	else
		bpf_map_update_elem(map, &key, &one, BPF_ANY);
}

static __noinline int is_writable(__u64 flags)
{
	return (flags & O_ACCMODE) != O_RDONLY;
}

SEC("tracepoint/syscalls/sys_enter_openat")
int trace_openat(struct trace_event_raw_sys_enter *ctx)
{
	__u64 flags = BPF_CORE_READ(ctx, args[2]);
	__u32 pid = bpf_get_current_pid_tgid() >> 32;
	struct open_event event = {};
	int writable = is_writable(flags);

	count_in(&opens_by_pid, pid);
	count_in(&opens_by_mode, writable);
	if (!writable)
		return 0;

	event.pid = pid;
	event.flags = flags;
	bpf_probe_read_user_str(event.filename, sizeof(event.filename),
				(const char *)ctx->args[1]);
	bpf_perf_event_output(ctx, &open_events, BPF_F_CURRENT_CPU, &event, sizeof(event));
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
