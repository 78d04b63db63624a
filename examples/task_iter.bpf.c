// SPDX-License-Identifier: GPL-2.0
/*
 * task_iter: a task iterator that prints one line per thread-group leader
 * ("pid comm threads") and a final line with per-state totals.
 *
 * Trigger: pin the program and `cat` it (`bpftool iter pin OBJ PATH; cat
 * PATH`), or create an iter link and read it. Effect: the text output, .bss
 * `tasks_seen` rises by the number of tasks, state_counts (hash: task state ->
 * count) is filled, and `last_total` holds the sum computed on the final call
 * by walking state_counts with bpf_for_each_map_elem.
 *
 * Exercises: iter/task section, bpf_for_each_map_elem with a static callback,
 * BPF_SEQ_PRINTF (.rodata format strings), HASH, .bss, CO-RE field reads with
 * a fallback for the pre-5.14 `state` field name (bpf_core_field_exists).
 * Needs libbpf >= 0.6, kernel >= 5.13 (bpf_for_each_map_elem), kernel BTF.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_tracing.h>

/* Before 5.14 the field was called `state`; CO-RE picks whichever exists. */
struct task_struct___pre514 {
	long state;
} __attribute__((preserve_access_index));

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 64);
	__type(key, __u32);
	__type(value, __u64);
} state_counts SEC(".maps");

__u64 tasks_seen = 0;
__u64 last_total = 0;

static __u32 task_state(struct task_struct *task)
{
	struct task_struct___pre514 *old = (void *)task;

	if (bpf_core_field_exists(task->__state))
		return BPF_CORE_READ(task, __state);
	return BPF_CORE_READ(old, state);
}

static long add_count(struct bpf_map *map, __u32 *state, __u64 *count, __u64 *total)
{
	*total += *count;
	return 0;
}

SEC("iter/task")
int dump_tasks(struct bpf_iter__task *ctx)
{
	struct seq_file *seq = ctx->meta->seq;
	struct task_struct *task = ctx->task;
	__u64 one = 1, *count, total = 0;
	__u32 state;

	if (!task) {
		bpf_for_each_map_elem(&state_counts, add_count, &total, 0);
		last_total = total;
		BPF_SEQ_PRINTF(seq, "total %llu\n", total);
		return 0;
	}

	tasks_seen++;
	state = task_state(task);
	count = bpf_map_lookup_elem(&state_counts, &state);
	if (count)
		(*count)++;
	else
		bpf_map_update_elem(&state_counts, &state, &one, BPF_NOEXIST);

	if (task->pid == task->tgid)
		BPF_SEQ_PRINTF(seq, "%d %s %d\n", task->tgid, task->comm,
			       BPF_CORE_READ(task, signal, nr_threads));
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
