// Fixture for src/btf tests: every BTF kind clang 14 emits, and every case the pre-load
// fix-ups handle (DATASEC sizes/offsets, hidden globals, static vars, .kconfig, .ksyms).
// Built by the tests with: clang -target bpf -g -O2 -c fixture.bpf.c
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

#define __tag(x) __attribute__((btf_decl_tag(x)))
#define __user_ptr __attribute__((btf_type_tag("user")))

struct task_struct;

struct flags {
  unsigned int low : 3;
  unsigned int high : 5;
  int whole;
} __attribute__((preserve_access_index));

enum big { BIG_ONE = 1, BIG_HUGE = 0x100000000ULL };

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 4);
  __type(key, __u32);
  __type(value, __u64);
} counters SEC(".maps");

__u64 bss_a;
__u32 bss_b;
__attribute__((visibility("hidden"))) __u64 bss_hidden;
static __u64 bss_static;
__u64 data_a = 7;
__u32 data_b = 9;
const volatile __u32 ro_a = 3;
const volatile __u64 ro_b = 4;
double ratio = 0.5;
__u32 custom_a SEC(".data.custom") = 11;
enum big big_value = BIG_HUGE;
int __user_ptr *tagged_ptr;

extern unsigned int LINUX_KERNEL_VERSION __kconfig;
extern _Bool CONFIG_BPF_SYSCALL __kconfig __weak;
extern char CONFIG_HZ_STR __kconfig __weak;
extern __u64 CONFIG_HZ __kconfig __weak;
extern const int bpf_prog_active __ksym;
extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;

static __noinline int helper(struct flags *f __tag("arg"), int x) __tag("helper")
{
  return BPF_CORE_READ_BITFIELD(f, high) + BPF_CORE_READ(f, whole) + x;
}

SEC("tp/syscalls/sys_enter_getpid")
int fixture_prog(void *ctx)
{
  __u32 key = 0;
  __u64 *value = bpf_map_lookup_elem(&counters, &key);
  struct task_struct *t = (struct task_struct *)bpf_get_current_task_btf();
  struct task_struct *held;

  if (value)
    __sync_fetch_and_add(value, 1);
  bss_a += ro_a + LINUX_KERNEL_VERSION + CONFIG_HZ + CONFIG_HZ_STR;
  bss_b += data_a + (CONFIG_BPF_SYSCALL ? 1 : 0) + bpf_prog_active;
  bss_hidden += data_b + custom_a + ro_b + big_value;
  bss_static++;
  held = bpf_task_acquire(t);
  if (held)
    bpf_task_release(held);
  return helper((struct flags *)ctx, (int)bss_static) + (tagged_ptr != 0);
}

char LICENSE[] SEC("license") = "GPL";
