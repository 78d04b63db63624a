// Fixture: legacy SEC("maps") definitions (struct bpf_map_def), which libbpf 1.x refuses.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct legacy_map_def {
  unsigned int type;
  unsigned int key_size;
  unsigned int value_size;
  unsigned int max_entries;
  unsigned int map_flags;
};

struct legacy_map_def SEC("maps") first = {
  .type = BPF_MAP_TYPE_HASH, .key_size = 4, .value_size = 8, .max_entries = 64, .map_flags = 1,
};
struct legacy_map_def SEC("maps") second = {
  .type = BPF_MAP_TYPE_ARRAY, .key_size = 4, .value_size = 16, .max_entries = 2,
};

SEC("socket")
int legacy(struct __sk_buff *skb) {
  __u32 k = 0;
  return bpf_map_lookup_elem(&first, &k) && bpf_map_lookup_elem(&second, &k);
}

char LICENSE[] SEC("license") = "GPL";
