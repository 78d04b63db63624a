// SPDX-License-Identifier: GPL-2.0
/*
 * exec_tracer: report every execve() as an event on a ring buffer: pid, parent
 * pid, uid, command name and the file name being executed.
 *
 * Trigger: attach to tracepoint syscalls/sys_enter_execve and run any program.
 * Effect: one `struct exec_event` per exec on the `exec_events` ring buffer,
 * `exec_count` (.bss) rises, and `exec_dropped` (.bss) counts events lost to a
 * full buffer. Set `target_uid` (.rodata, default -1 = everyone) to filter.
 * `kernel_version` (.data) records LINUX_KERNEL_VERSION as resolved at load.
 *
 * Exercises: RINGBUF, .rodata, .bss, .data, `.kconfig` extern
 * (LINUX_KERNEL_VERSION), CO-RE (BPF_CORE_READ through task->real_parent,
 * bpf_core_field_exists), a global (non-static) subprogram.
 * Needs libbpf >= 0.6 (global subprograms with BTF, kconfig), kernel >= 5.8
 * (ringbuf), BTF in the running kernel for CO-RE.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

#define TASK_COMM_LEN 16
#define FILENAME_LEN 128

struct exec_event {
	__u32 pid;
	__u32 ppid;
	__u32 uid;
	__u32 flags;
	char comm[TASK_COMM_LEN];
	char filename[FILENAME_LEN];
};

#define EXEC_FLAG_HAS_LOGINUID 1

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 256 * 1024);
} exec_events SEC(".maps");

const volatile __u32 target_uid = (__u32)-1;

__u64 exec_count = 0;
__u64 exec_dropped = 0;

extern __u32 LINUX_KERNEL_VERSION __kconfig;
__u32 kernel_version = 1;

/*
 * Global subprogram: verified once on its own, so it takes the task address as a
 * plain scalar and reads through it with CO-RE probe reads.
 */
__noinline __u32 parent_tgid(__u64 task_addr)
{
	struct task_struct *task = (struct task_struct *)task_addr;

	if (!task)
		return 0;
	return BPF_CORE_READ(task, real_parent, tgid);
}

SEC("tracepoint/syscalls/sys_enter_execve")
int trace_execve(struct trace_event_raw_sys_enter *ctx)
{
	__u32 uid = (__u32)bpf_get_current_uid_gid();
	struct exec_event *event;

	kernel_version = LINUX_KERNEL_VERSION;
	if (target_uid != (__u32)-1 && uid != target_uid)
		return 0;
	__sync_fetch_and_add(&exec_count, 1);

	event = bpf_ringbuf_reserve(&exec_events, sizeof(*event), 0);
	if (!event) {
		__sync_fetch_and_add(&exec_dropped, 1);
		return 0;
	}
	event->pid = bpf_get_current_pid_tgid() >> 32;
	event->uid = uid;
	event->ppid = parent_tgid(bpf_get_current_task());
	event->flags = 0;
	if (bpf_core_field_exists(((struct task_struct *)0)->loginuid))
		event->flags |= EXEC_FLAG_HAS_LOGINUID;
	bpf_get_current_comm(event->comm, sizeof(event->comm));
	bpf_probe_read_user_str(event->filename, sizeof(event->filename),
				(const char *)ctx->args[0]);
	bpf_ringbuf_submit(event, 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
