// SPDX-License-Identifier: GPL-2.0
/*
 * socket_filter: a classic socket filter that keeps only ICMP and DNS (UDP
 * port 53) packets on a packet socket and counts what it saw, per family of
 * traffic, in counters reached through an array of maps.
 *
 * Trigger: attach with SO_ATTACH_BPF to an AF_PACKET socket and ping, or
 * BPF_PROG_TEST_RUN on an Ethernet frame. Effect: counter_sets[0] (an array:
 * slot 0 kept, slot 1 dropped) for ICMP, counter_sets[1] for UDP, rises; kept
 * packets return their full length, dropped ones 0. `min_len` (.rodata)
 * drops runt packets.
 *
 * Exercises: ARRAY_OF_MAPS with `values` initialisation, ARRAY inner maps,
 * .rodata, bpf_skb_load_bytes_relative. Needs libbpf >= 0.7 (map-in-map
 * `values`), kernel >= 4.18.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

#define ETH_P_IP 0x0800
#define IPPROTO_ICMP 1
#define IPPROTO_UDP 17

struct verdict_counters {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 2);
	__type(key, __u32);
	__type(value, __u64);
};

struct verdict_counters icmp_counters SEC(".maps");
struct verdict_counters udp_counters SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS);
	__uint(max_entries, 2);
	__type(key, __u32);
	__array(values, struct verdict_counters);
} counter_sets SEC(".maps") = {
	.values = { &icmp_counters, &udp_counters },
};

const volatile __u32 min_len = 28; /* an IPv4 header plus an ICMP or UDP header */

static __always_inline void count(__u32 set, __u32 kept)
{
	void *counters = bpf_map_lookup_elem(&counter_sets, &set);
	__u64 *value;

	if (!counters)
		return;
	value = bpf_map_lookup_elem(counters, &kept);
	if (value)
		__sync_fetch_and_add(value, 1);
}

SEC("socket")
int keep_icmp_dns(struct __sk_buff *skb)
{
	__u16 dport;
	__u8 ihl, proto;

	if (skb->len < min_len || skb->protocol != bpf_htons(ETH_P_IP))
		return 0;
	/*
	 * Offsets relative to the network header: a packet socket sees the
	 * link-layer header first, an IP socket (and BPF_PROG_TEST_RUN) does not.
	 */
	if (bpf_skb_load_bytes_relative(skb, 0, &ihl, 1, BPF_HDR_START_NET) ||
	    bpf_skb_load_bytes_relative(skb, offsetof(struct iphdr, protocol), &proto, 1,
					BPF_HDR_START_NET))
		return 0;

	if (proto == IPPROTO_ICMP) {
		count(0, 1);
		return skb->len;
	}
	if (proto != IPPROTO_UDP)
		return 0;
	if (bpf_skb_load_bytes_relative(skb, (ihl & 0xf) * 4 + offsetof(struct udphdr, dest),
					&dport, 2, BPF_HDR_START_NET))
		return 0;
	if (dport == bpf_htons(53)) {
		count(1, 1);
		return skb->len;
	}
	count(1, 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
