// SPDX-License-Identifier: GPL-2.0
/*
 * Fixture for test/load_ksyms_test.ts: every way a program refers to kernel symbols, resolved by
 * the loader at run time. A typeless ksym (address through bpf_kallsyms_lookup_name), a weak
 * typeless ksym that does not exist (0), kfunc calls (bpf_task_from_pid/bpf_task_release on the calling task), and a
 * weak kfunc that does not exist, tested for and called only under that test (dead code).
 * A SYSCALL program, so BPF_PROG_TEST_RUN runs it.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

extern const void bpf_prog_put __ksym;
extern const void bpfdrop_no_such_symbol __ksym __weak;
extern struct task_struct *bpf_task_from_pid(s32 pid) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;
extern void bpfdrop_no_such_kfunc(void) __ksym __weak;

__u64 prog_put_addr = 0;
__u64 missing_addr = 1;
__u64 missing_kfunc_present = 1;
__u64 current_tgid = 0;
__u64 found_tgid = 0;

SEC("syscall")
int resolve_ksyms(void *ctx)
{
	struct task_struct *task;

	prog_put_addr = (__u64)&bpf_prog_put;
	missing_addr = (__u64)&bpfdrop_no_such_symbol;
	missing_kfunc_present = bpfdrop_no_such_kfunc != 0;
	if (bpfdrop_no_such_kfunc)
		bpfdrop_no_such_kfunc();
	current_tgid = bpf_get_current_pid_tgid() >> 32;
	task = bpf_task_from_pid(current_tgid);
	if (task) {
		found_tgid = task->tgid;
		bpf_task_release(task);
	}
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
