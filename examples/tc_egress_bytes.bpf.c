// SPDX-License-Identifier: GPL-2.0
/*
 * tc_egress_bytes: account egress bytes and packets per IPv4 destination on a
 * tc (clsact) hook, keeping the busiest destinations in an LRU hash.
 *
 * Trigger: `tc qdisc add dev lo clsact; tc filter add dev lo egress bpf da obj
 * ... sec tc` and send traffic, or BPF_PROG_TEST_RUN on an IPv4 packet. Effect:
 * dest_bytes[daddr] rises, totals (in .bss) rise by the packet length, and
 * `sampled` (in the custom .data.sampling section) counts every
 * `sample_every`-th packet. Always returns TC_ACT_OK (0).
 *
 * Exercises: LRU_HASH, .bss, custom `.data.sampling` section with an
 * initialised variable, bpf_skb_load_bytes. Needs libbpf >= 0.8 (SEC("tc"),
 * custom data sections), kernel >= 5.2 (global data).
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

#define ETH_P_IP 0x0800
#define TC_ACT_OK 0

struct flow_bytes {
	__u64 bytes;
	__u64 packets;
};

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 4096);
	__type(key, __u32);
	__type(value, struct flow_bytes);
} dest_bytes SEC(".maps");

struct {
	__u64 bytes;
	__u64 packets;
} totals = {};

__u32 sample_every SEC(".data.sampling") = 16;
__u64 sampled SEC(".data.sampling") = 0;

SEC("tc")
int tc_egress(struct __sk_buff *skb)
{
	struct flow_bytes *flow, fresh = {};
	__u32 daddr;

	totals.bytes += skb->len;
	totals.packets++;
	if (sample_every && totals.packets % sample_every == 0)
		sampled++;

	if (skb->protocol != bpf_htons(ETH_P_IP))
		return TC_ACT_OK;
	if (bpf_skb_load_bytes(skb, sizeof(struct ethhdr) + offsetof(struct iphdr, daddr),
			       &daddr, sizeof(daddr)))
		return TC_ACT_OK;

	flow = bpf_map_lookup_elem(&dest_bytes, &daddr);
	if (!flow) {
		bpf_map_update_elem(&dest_bytes, &daddr, &fresh, BPF_NOEXIST);
		flow = bpf_map_lookup_elem(&dest_bytes, &daddr);
		if (!flow)
			return TC_ACT_OK;
	}
	__sync_fetch_and_add(&flow->bytes, skb->len);
	__sync_fetch_and_add(&flow->packets, 1);
	return TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";
