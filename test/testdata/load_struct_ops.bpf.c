// SPDX-License-Identifier: GPL-2.0
/*
 * Fixture for test/load_struct_ops_test.ts: a minimal TCP congestion control as a struct_ops
 * map. Its value is the kernel's struct bpf_struct_ops_tcp_congestion_ops, sized from the
 * kernel's BTF; each program's expected_attach_type is its member's index in the kernel struct.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("struct_ops/fx_ssthresh")
__u32 BPF_PROG(fx_ssthresh, struct sock *sk)
{
	return 2;
}

SEC("struct_ops/fx_undo_cwnd")
__u32 BPF_PROG(fx_undo_cwnd, struct sock *sk)
{
	return 2;
}

SEC("struct_ops/fx_cong_avoid")
void BPF_PROG(fx_cong_avoid, struct sock *sk, __u32 ack, __u32 acked)
{
}

SEC(".struct_ops")
struct tcp_congestion_ops bpfdrop_fx = {
	.ssthresh = (void *)fx_ssthresh,
	.undo_cwnd = (void *)fx_undo_cwnd,
	.cong_avoid = (void *)fx_cong_avoid,
	.name = "bpfdrop_fx",
};

char LICENSE[] SEC("license") = "GPL";
