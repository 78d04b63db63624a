// SPDX-License-Identifier: GPL-2.0
/*
 * xdp_proto_count: count packets and bytes per IP protocol on an XDP hook, then
 * hand TCP and UDP packets to per-protocol handlers through a tail-call table.
 *
 * Trigger: attach to an interface (`ip link set dev lo xdp obj ...`) and send
 * traffic, or run it with BPF_PROG_TEST_RUN on an IPv4 packet. Effect:
 * proto_stats[ip->protocol] rises (packets, bytes), l4_seen[0] (TCP) or
 * l4_seen[1] (UDP) rises, and packets of protocol `drop_proto` (a .rodata knob,
 * 0 = drop nothing) are dropped.
 *
 * Exercises: PERCPU_ARRAY pinned with LIBBPF_PIN_BY_NAME (pin root /sys/fs/bpf),
 * PROG_ARRAY with `values` initialisation, ARRAY, .rodata, tail calls.
 * Needs libbpf >= 0.7 (prog-array `values`), kernel >= 4.8.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

#define ETH_P_IP 0x0800

struct proto_stat {
	__u64 packets;
	__u64 bytes;
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 256);
	__type(key, __u32);
	__type(value, struct proto_stat);
	__uint(pinning, LIBBPF_PIN_BY_NAME);
} bpfdrop_proto_stats SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 2);
	__type(key, __u32);
	__type(value, __u64);
} l4_seen SEC(".maps");

const volatile __u8 drop_proto = 0;

static __always_inline void bump_l4(__u32 slot)
{
	__u64 *seen = bpf_map_lookup_elem(&l4_seen, &slot);

	if (seen)
		__sync_fetch_and_add(seen, 1);
}

SEC("xdp")
int handle_tcp(struct xdp_md *ctx)
{
	bump_l4(0);
	return XDP_PASS;
}

SEC("xdp")
int handle_udp(struct xdp_md *ctx)
{
	bump_l4(1);
	return XDP_PASS;
}

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 256);
	/* key_size, not __type(key): the kernel refuses BTF key types on prog arrays */
	__uint(key_size, sizeof(__u32));
	__array(values, int (void *));
} l4_dispatch SEC(".maps") = {
	.values = {
		[6] = (void *)&handle_tcp,
		[17] = (void *)&handle_udp,
	},
};

SEC("xdp")
int xdp_count(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = data + sizeof(*eth);
	struct proto_stat *stat;
	__u32 proto;

	if ((void *)(ip + 1) > data_end || eth->h_proto != bpf_htons(ETH_P_IP))
		return XDP_PASS;

	proto = ip->protocol;
	stat = bpf_map_lookup_elem(&bpfdrop_proto_stats, &proto);
	if (stat) {
		stat->packets++;
		stat->bytes += data_end - data;
	}
	if (drop_proto && proto == drop_proto)
		return XDP_DROP;

	bpf_tail_call(ctx, &l4_dispatch, proto);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
