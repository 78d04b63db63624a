// SPDX-License-Identifier: GPL-2.0
/*
 * kprobe_unlink: count file deletions per process and remember the name of the
 * last file removed, with a kprobe on do_unlinkat and a kretprobe for errors.
 *
 * Trigger: attach (kprobe do_unlinkat) and `rm` a file. Effect:
 * unlinks_by_pid[tgid] rises, .bss `last_name` holds the deleted file's name,
 * `unlink_errors` counts failed unlinks.
 *
 * Exercises: kprobe/kretprobe sections, BPF_KPROBE with CO-RE reads through a
 * kernel struct (filename->name), HASH, .bss.
 * Needs libbpf >= 0.5, kernel >= 5.5 with CONFIG_KPROBES for attaching. This
 * project's CI kernel has no kprobes: the programs load (KPROBE is also the
 * uprobe program type) but cannot attach.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 4096);
	__type(key, __u32);
	__type(value, __u64);
} unlinks_by_pid SEC(".maps");

char last_name[64] = {};
__u64 unlink_errors = 0;

SEC("kprobe/do_unlinkat")
int BPF_KPROBE(unlink_enter, int dfd, struct filename *name)
{
	__u32 pid = bpf_get_current_pid_tgid() >> 32;
	__u64 one = 1, *count = bpf_map_lookup_elem(&unlinks_by_pid, &pid);
	const char *path = BPF_CORE_READ(name, name);

	if (count)
		__sync_fetch_and_add(count, 1);
	else
		bpf_map_update_elem(&unlinks_by_pid, &pid, &one, BPF_NOEXIST);
	bpf_probe_read_kernel_str(last_name, sizeof(last_name), path);
	return 0;
}

SEC("kretprobe/do_unlinkat")
int BPF_KRETPROBE(unlink_exit, long ret)
{
	if (ret < 0)
		__sync_fetch_and_add(&unlink_errors, 1);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
