// Fixture for parseObject tests: one object exercising every feature the object model reads.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

struct task_struct;

struct inner_map {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, __u64);
} inner_a SEC(".maps"), inner_b SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS);
  __uint(max_entries, 4);
  __type(key, __u32);
  __array(values, struct inner_map);
} outer SEC(".maps") = { .values = { [1] = &inner_a, [3] = &inner_b } };

int tail_a(struct __sk_buff *skb);

struct {
  __uint(type, BPF_MAP_TYPE_PROG_ARRAY);
  __uint(max_entries, 8);
  __uint(key_size, sizeof(__u32));
  __array(values, int(void *));
} jumps SEC(".maps") = { .values = { [2] = (void *)&tail_a } };

struct {
  __uint(type, BPF_MAP_TYPE_RINGBUF);
  __uint(max_entries, 4096);
  __uint(pinning, LIBBPF_PIN_BY_NAME);
} events SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_BLOOM_FILTER);
  __uint(max_entries, 64);
  __type(value, __u32);
  __uint(map_extra, 3);
} seen SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 128);
  __type(key, __u32);
  __type(value, __u64);
  __uint(map_flags, BPF_F_NO_PREALLOC);
  __uint(numa_node, 0);
} counts SEC(".maps");

int counter = 1;
static volatile int hidden = 2;
const volatile int cfg = 7;
__u64 zeroed;
int custom SEC(".data.custom") = 5;
const volatile char tag[4] SEC(".rodata.custom") = "abc";

extern int LINUX_KERNEL_VERSION __kconfig;
extern _Bool CONFIG_BPF_SYSCALL __kconfig __weak;
extern enum libbpf_tristate CONFIG_BPF_JIT __kconfig __weak;
extern char CONFIG_DEFAULT_HOSTNAME[8] __kconfig __weak;
extern const int bpf_prog_active __ksym;
extern const void init_task __ksym;
extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym __weak;
extern void bpf_task_release(struct task_struct *p) __ksym;

struct probe_me {
  int a;
  int b;
} __attribute__((preserve_access_index));

static __noinline int add_hidden(int x) {
  return x + hidden;
}

__noinline int global_helper(int x) {
  return add_hidden(x) * 2;
}

static int loop_cb(__u32 index, void *ctx) {
  counter += index;
  return 0;
}

SEC("xdp")
int xdp_one(struct xdp_md *ctx) {
  __u32 key = 0;
  __u64 *v = bpf_map_lookup_elem(&counts, &key);
  if (v)
    *v += cfg + custom + tag[0];
  bpf_loop(4, loop_cb, 0, 0);
  return global_helper(LINUX_KERNEL_VERSION) ? XDP_PASS : XDP_DROP;
}

SEC("xdp")
int xdp_two(struct xdp_md *ctx) {
  zeroed++;
  return CONFIG_BPF_SYSCALL && CONFIG_BPF_JIT == TRI_YES && CONFIG_DEFAULT_HOSTNAME[0] ? XDP_PASS
                                                                                       : XDP_DROP;
}

SEC("socket")
int tail_a(struct __sk_buff *skb) {
  return add_hidden(1);
}

SEC("?kprobe/do_exit")
int not_autoloaded(void *ctx) {
  return 0;
}

SEC("fentry.s/do_unlinkat")
int sleepy(void *ctx) {
  struct task_struct *t = bpf_task_acquire((struct task_struct *)&init_task);
  if (t)
    bpf_task_release(t);
  return bpf_prog_active;
}

SEC("tp_btf/sched_switch")
int on_switch(struct probe_me *p) {
  return bpf_core_field_exists(p->b) ? BPF_CORE_READ(p, b) : 0;
}

SEC("xdp.frags")
int frags(struct xdp_md *ctx) {
  return XDP_PASS;
}

SEC("lsm/file_open")
int lsm_open(void *ctx) {
  return 0;
}

SEC("iter/task")
int iter_tasks(void *ctx) {
  bpf_map_lookup_elem(&inner_a, &(__u32){0});
  return 0;
}

SEC("uprobe//bin/true:main")
int up(void *ctx) {
  return 0;
}

SEC("cgroup_skb/egress")
int egress(struct __sk_buff *skb) {
  return 1;
}

SEC("syscall")
int sys(void *ctx) {
  return 0;
}

SEC("not_a_known_section")
int mystery(void *ctx) {
  return 0;
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
__u32 _version SEC("version") = 0x060c00;
