/**
 * Features this test machine is known to lack although its kernel is new enough, with why.
 * A feature that probes unsupported on a new-enough kernel and is not listed here makes the
 * tests that need it run (and fail) instead of skipping.
 *
 * @module
 */
export const KNOWN_UNSUPPORTED: Readonly<Record<string, string>> = {
  fentry: "the VM's kernel refuses BPF trampolines (PROG_LOAD returns EPERM even to root)",
  fexit: "the VM's kernel refuses BPF trampolines (PROG_LOAD returns EPERM even to root)",
  lsm: "the VM's kernel refuses BPF trampolines (PROG_LOAD returns EPERM even to root)",
  kprobe: "kernel built without CONFIG_KPROBES",
  "prog:lirc_mode2": "kernel built without CONFIG_BPF_LIRC_MODE2",
};
