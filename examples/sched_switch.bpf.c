// SPDX-License-Identifier: GPL-2.0
/*
 * sched_switch: scheduler activity counters. A raw tracepoint counts context
 * switches and builds a log2 histogram of on-CPU time slices; a BTF-typed
 * tracepoint on the same event takes a reference on the incoming thread's
 * group leader (kfuncs) to record the largest thread group switched in.
 *
 * Trigger: attach both programs (raw_tracepoint sched_switch; tp_btf attaches
 * by BTF id) and let the machine run a moment (`sleep 0.1`). Effect: .bss
 * `switches` and `btf_switches` rise, slice_hist (log2 buckets of
 * nanoseconds) fills, `max_threads` records the largest thread group seen,
 * `hz` holds CONFIG_HZ and `pidtype_tgid` holds the kernel's PIDTYPE_TGID
 * value, both resolved at load time.
 *
 * Exercises: raw_tp and tp_btf sections, typed __ksym kfunc externs
 * (bpf_task_from_pid, bpf_task_release), `.kconfig` extern CONFIG_HZ, CO-RE
 * enum value relocations (bpf_core_enum_value, bpf_core_enum_value_exists),
 * bpf_loop with a static callback, ARRAY and HASH maps.
 * Needs libbpf >= 0.6 (kfunc calls, kconfig), kernel >= 6.2 (task kfuncs;
 * bpf_loop is 5.17), kernel BTF for tp_btf and kfuncs. Typed __ksym
 * *variables* are in fentry_unlink: they need CONFIG_KALLSYMS_ALL, which this
 * project's CI kernel lacks.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_tracing.h>

#define HIST_SLOTS 32

extern struct task_struct *bpf_task_from_pid(s32 pid) __ksym;
extern void bpf_task_release(struct task_struct *task) __ksym;
extern int CONFIG_HZ __kconfig;

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 16384);
	__type(key, __u32);
	__type(value, __u64);
} on_cpu_since SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, HIST_SLOTS);
	__type(key, __u32);
	__type(value, __u64);
} slice_hist SEC(".maps");

__u64 switches = 0;
__u64 btf_switches = 0;
__u32 max_threads = 0;
int hz = 0;
int pidtype_tgid = -1;

struct log2_state {
	__u64 value;
	__u32 slot;
};

/* bpf_loop callback: one step of a floor(log2) search, stops at the top bit. */
static int log2_step(__u32 index, struct log2_state *state)
{
	if (state->value >> 1 == 0)
		return 1;
	state->value >>= 1;
	state->slot++;
	return 0;
}

SEC("raw_tp/sched_switch")
int BPF_PROG(count_switch, bool preempt, struct task_struct *prev, struct task_struct *next)
{
	__u32 prev_pid = BPF_CORE_READ(prev, pid), next_pid = BPF_CORE_READ(next, pid);
	__u64 now = bpf_ktime_get_ns(), *since, *bucket;
	struct log2_state state = {};

	__sync_fetch_and_add(&switches, 1);
	hz = CONFIG_HZ;

	since = bpf_map_lookup_elem(&on_cpu_since, &prev_pid);
	if (since && now > *since) {
		state.value = now - *since;
		bpf_loop(HIST_SLOTS - 1, log2_step, &state, 0);
		bucket = bpf_map_lookup_elem(&slice_hist, &state.slot);
		if (bucket)
			__sync_fetch_and_add(bucket, 1);
	}
	if (next_pid)
		bpf_map_update_elem(&on_cpu_since, &next_pid, &now, BPF_ANY);
	return 0;
}

SEC("tp_btf/sched_switch")
int BPF_PROG(runqueue_len, bool preempt, struct task_struct *prev, struct task_struct *next)
{
	struct task_struct *leader;
	__u32 threads;

	__sync_fetch_and_add(&btf_switches, 1);
	leader = bpf_task_from_pid(next->tgid);
	if (leader) {
		threads = leader->signal->nr_threads;
		if (threads > max_threads)
			max_threads = threads;
		bpf_task_release(leader);
	}
	if (bpf_core_enum_value_exists(enum pid_type, PIDTYPE_TGID))
		pidtype_tgid = bpf_core_enum_value(enum pid_type, PIDTYPE_TGID);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
