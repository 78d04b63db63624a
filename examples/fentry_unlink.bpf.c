// SPDX-License-Identifier: GPL-2.0
/*
 * fentry_unlink: the trampoline variant of kprobe_unlink. fentry sees the
 * arguments of do_unlinkat as typed BTF pointers, fexit also sees its return
 * value; both note when they run nested inside another BPF program.
 *
 * Trigger: attach (fentry/fexit attach by BTF id) and `rm` a file. Effect:
 * .bss `unlinks` rises, `last_name` holds the file name, `unlink_errors` counts
 * failures, `nested_runs` counts runs where bpf_prog_active shows another BPF
 * program active on the CPU.
 *
 * Exercises: fentry/fexit sections (BTF attach target do_unlinkat), a typed
 * __ksym variable (`bpf_prog_active`, per-CPU, read with bpf_this_cpu_ptr),
 * direct BTF pointer reads, .bss.
 * Needs libbpf >= 0.6 (typed ksyms), kernel >= 5.5 with BPF trampolines and
 * CONFIG_KALLSYMS_ALL (typed ksym variables are found through kallsyms). This
 * project's CI kernel has neither: loading fails there.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

extern const int bpf_prog_active __ksym;

char last_name[64] = {};
__u64 unlinks = 0;
__u64 unlink_errors = 0;
__u64 nested_runs = 0;

SEC("fentry/do_unlinkat")
int BPF_PROG(unlink_entry, int dfd, struct filename *name)
{
	const int *active = bpf_this_cpu_ptr(&bpf_prog_active);

	__sync_fetch_and_add(&unlinks, 1);
	if (*active > 1)
		__sync_fetch_and_add(&nested_runs, 1);
	bpf_probe_read_kernel_str(last_name, sizeof(last_name), name->name);
	return 0;
}

SEC("fexit/do_unlinkat")
int BPF_PROG(unlink_return, int dfd, struct filename *name, long ret)
{
	if (ret < 0)
		__sync_fetch_and_add(&unlink_errors, 1);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
