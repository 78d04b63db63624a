// SPDX-License-Identifier: GPL-2.0
/*
 * cgroup_bytes: per-cgroup network byte accounting, one program for ingress
 * and one for egress, both allowing all traffic.
 *
 * Trigger: attach to a cgroup (`bpftool cgroup attach CG ingress|egress
 * pinned ...`) and send traffic from a process in it, or BPF_PROG_TEST_RUN on
 * a packet. Effect: by_direction[0] (ingress) or by_direction[1] (egress)
 * points to a hash keyed by cgroup id whose byte count rises; cgroup_packets
 * (per-CPU) rises. Both programs return 1 (allow).
 *
 * Exercises: HASH_OF_MAPS with `values` initialisation (two inner hashes
 * declared with __array), PERCPU_HASH, .bss, a bpf_for_each_map_elem-free
 * plain map-in-map lookup. Needs libbpf >= 0.7 (map-in-map `values`),
 * kernel >= 4.12 (map-in-map), >= 4.18 (bpf_skb_cgroup_id).
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

struct cgroup_bytes_map {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, __u64);
	__type(value, __u64);
};

struct cgroup_bytes_map ingress_bytes SEC(".maps");
struct cgroup_bytes_map egress_bytes SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH_OF_MAPS);
	__uint(max_entries, 2);
	__type(key, __u32);
	__array(values, struct cgroup_bytes_map);
} by_direction SEC(".maps") = {
	.values = {
		[0] = &ingress_bytes,
		[1] = &egress_bytes,
	},
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_HASH);
	__uint(max_entries, 1024);
	__type(key, __u64);
	__type(value, __u64);
} cgroup_packets SEC(".maps");

__u64 unaccounted = 0;

static __always_inline int account(struct __sk_buff *skb, __u32 direction)
{
	__u64 cgroup = bpf_skb_cgroup_id(skb), len = skb->len, *bytes, one = 1;
	void *per_cgroup = bpf_map_lookup_elem(&by_direction, &direction);

	if (!per_cgroup) {
		__sync_fetch_and_add(&unaccounted, 1);
		return 1;
	}
	bytes = bpf_map_lookup_elem(per_cgroup, &cgroup);
	if (bytes)
		__sync_fetch_and_add(bytes, len);
	else
		bpf_map_update_elem(per_cgroup, &cgroup, &len, BPF_NOEXIST);

	bytes = bpf_map_lookup_elem(&cgroup_packets, &cgroup);
	if (bytes)
		(*bytes)++;
	else
		bpf_map_update_elem(&cgroup_packets, &cgroup, &one, BPF_NOEXIST);
	return 1;
}

SEC("cgroup_skb/ingress")
int cgroup_ingress(struct __sk_buff *skb)
{
	return account(skb, 0);
}

SEC("cgroup_skb/egress")
int cgroup_egress(struct __sk_buff *skb)
{
	return account(skb, 1);
}

char LICENSE[] SEC("license") = "GPL";
