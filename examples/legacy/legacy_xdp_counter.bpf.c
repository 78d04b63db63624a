// SPDX-License-Identifier: GPL-2.0
/*
 * legacy_xdp_counter: an XDP packet counter written the pre-BTF way, with its
 * maps in the legacy `maps` section as `struct bpf_map_def` records (the style
 * of samples/bpf and iproute2 before 2020). libbpf >= 1.0 refuses such objects
 * ("legacy map definitions in 'maps' section are not supported"); bpfdrop's
 * reader accepts them, so this is a test fixture for that path.
 *
 * Trigger: attach to an interface or BPF_PROG_TEST_RUN. Effect: rx_packets[0]
 * and rx_bytes[0] rise; every packet passes.
 *
 * Exercises: legacy `maps` section (two bpf_map_def entries, ARRAY and
 * PERCPU_ARRAY), map relocations against it. Needs libbpf < 1.0 or a reader
 * that implements legacy maps; kernel >= 4.8.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

/* The layout libbpf 0.x exported from bpf_helpers.h; 1.x removed it. */
struct bpf_map_def {
	unsigned int type;
	unsigned int key_size;
	unsigned int value_size;
	unsigned int max_entries;
	unsigned int map_flags;
};

struct bpf_map_def SEC("maps") rx_packets = {
	.type = BPF_MAP_TYPE_ARRAY,
	.key_size = sizeof(__u32),
	.value_size = sizeof(__u64),
	.max_entries = 1,
};

struct bpf_map_def SEC("maps") rx_bytes = {
	.type = BPF_MAP_TYPE_PERCPU_ARRAY,
	.key_size = sizeof(__u32),
	.value_size = sizeof(__u64),
	.max_entries = 1,
};

SEC("xdp")
int legacy_count(struct xdp_md *ctx)
{
	__u32 key = 0;
	__u64 *packets = bpf_map_lookup_elem(&rx_packets, &key);
	__u64 *bytes = bpf_map_lookup_elem(&rx_bytes, &key);

	if (packets)
		__sync_fetch_and_add(packets, 1);
	if (bytes)
		*bytes += ctx->data_end - ctx->data;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
