// SPDX-License-Identifier: GPL-2.0
/*
 * Fixture for test/load_cli_test.ts: one program the verifier accepts, loaded first, and one it
 * rejects (a map value read past its end), so a load must fail at "PROG_LOAD reject_oob" with
 * EACCES and the verifier's reason, leaving neither the maps nor the first program behind.
 */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} reject_vals SEC(".maps");

__u64 reject_seen = 0;

SEC("xdp")
int accept_ok(struct xdp_md *ctx)
{
	reject_seen++;
	return XDP_PASS;
}

SEC("xdp")
int reject_oob(struct xdp_md *ctx)
{
	__u32 key = 0;
	__u64 *v = bpf_map_lookup_elem(&reject_vals, &key);

	if (!v)
		return XDP_PASS;
	/* value_size is 8: reading 8 bytes at offset 8 is out of bounds */
	return v[1] ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
