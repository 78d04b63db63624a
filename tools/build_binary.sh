# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
## Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
!# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
/# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
u# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
s# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
r# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
/# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
b# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
i# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
n# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
/# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
n# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
v# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
b# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
a# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
s# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
h# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).

# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
## Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
B# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
u# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
i# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
l# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
d# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
s# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
h# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
s# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
i# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
n# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
g# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
l# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
b# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
i# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
n# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
a# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
r# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
y# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
d# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
i# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
s# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
/# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
b# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
p# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
f# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
d# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
r# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
p# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
f# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
r# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
m# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
m# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
a# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
i# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
n# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
.# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
s# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
w# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
i# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
h# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
`# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
b# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
u# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
n# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
b# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
u# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
i# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
l# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
d# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
-# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
-# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
c# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
m# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
p# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
i# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
l# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
`# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
.# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).

# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
## Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
U# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
s# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
a# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
g# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
:# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
l# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
s# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
/# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
b# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
u# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
i# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
l# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
d# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
_# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
b# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
i# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
n# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
a# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
r# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
y# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
.# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
s# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
h# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
[# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
O# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
U# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
T# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
F# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
I# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
L# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
E# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
]# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
(# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
d# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
f# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
a# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
u# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
l# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
d# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
i# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
s# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
/# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
b# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
p# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
f# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
d# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
r# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
p# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
)# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).

# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
s# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
-# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
u# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
p# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
i# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
p# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
f# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
a# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
i# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
l# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).

# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
c# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
d# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
"# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
$# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
(# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
d# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
i# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
r# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
n# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
a# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
m# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
"# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
$# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
0# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
"# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
)# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
/# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
.# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
.# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
"# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).

# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
u# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
=# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
$# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
{# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
1# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
:# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
-# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
d# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
i# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
s# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
/# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
b# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
p# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
f# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
d# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
r# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
p# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
}# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).

# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
m# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
k# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
d# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
i# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
r# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
-# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
p# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
"# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
$# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
(# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
d# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
i# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
r# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
n# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
a# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
m# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
"# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
$# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
u# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
"# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
)# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
"# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).

# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
## Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
M# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
m# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
r# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
y# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
:# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
-# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
-# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
s# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
m# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
l# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
m# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
a# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
k# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
s# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
h# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
c# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
l# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
l# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
c# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
r# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
k# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
p# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
a# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
s# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
m# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
a# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
l# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
l# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
r# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
h# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
a# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
p# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
;# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
a# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
J# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
I# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
T# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
i# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
r# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
-# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
u# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
p# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
h# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
r# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
s# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
h# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
l# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
d# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
1# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
0# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
0# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
×# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
h# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
d# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
f# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
a# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
u# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
l# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).

# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
## Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
k# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
p# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
s# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
h# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
d# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
a# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
m# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
n# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
'# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
s# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
s# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
h# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
r# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
b# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
u# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
r# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
s# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
s# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
f# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
w# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
r# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
k# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
i# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
n# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
h# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
l# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
w# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
r# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
i# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
r# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
s# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
i# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
n# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
s# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
a# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
d# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
f# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
h# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
p# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
i# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
m# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
i# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
s# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
i# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
n# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
g# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
n# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
s# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
,# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
w# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
h# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
s# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).

# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
## Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
c# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
d# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
a# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
n# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
d# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
c# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
m# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
p# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
i# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
l# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
r# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
m# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
m# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
r# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
y# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
s# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
a# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
y# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
d# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
r# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
s# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
i# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
d# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
n# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
(# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
b# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
n# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
c# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
h# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
/# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
d# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
a# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
m# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
n# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
_# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
c# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
m# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
p# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
a# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
r# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
.# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
s# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
,# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
5# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
0# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
b# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
j# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
c# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
s# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
l# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
a# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
d# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
d# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
:# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
R# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
S# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
S# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
7# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
0# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
.# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
5# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).

# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
## Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
-# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
># Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
5# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
8# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
.# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
0# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
M# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
i# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
B# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
,# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
a# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
n# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
n# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
y# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
m# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
u# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
s# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
2# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
7# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
.# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
5# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
-# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
># Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
1# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
4# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
.# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
8# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
M# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
i# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
B# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
;# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
r# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
n# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
a# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
m# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
-# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
-# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
a# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
a# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
c# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
h# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
d# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
v# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
r# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
h# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
a# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
d# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
1# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
1# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
.# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
4# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
-# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
># Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
1# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
2# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
.# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
9# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
m# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
s# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
)# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
.# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).

# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
b# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
u# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
n# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
b# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
u# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
i# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
l# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
d# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
-# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
-# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
c# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
m# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
p# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
i# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
l# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
-# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
-# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
m# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
i# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
n# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
i# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
f# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
y# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
-# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
-# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
c# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
m# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
p# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
i# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
l# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
-# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
x# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
c# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
-# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
a# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
r# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
g# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
v# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
=# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
-# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
-# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
s# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
m# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
l# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
-# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
-# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
c# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
m# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
p# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
i# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
l# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
-# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
j# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
i# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
-# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
p# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
l# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
i# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
c# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
y# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
=# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
1# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
0# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
0# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
m# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
a# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
i# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
n# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
.# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
s# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
\# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).

# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
-# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
-# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
u# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
f# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
i# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
l# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
"# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
$# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
u# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
.# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
m# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
p# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
"# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
># Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
&# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
2# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).

# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
m# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
v# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
"# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
$# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
u# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
.# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
m# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
p# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
"# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
"# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
$# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
u# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
"# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).

# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
c# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
h# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
"# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
b# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
u# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
i# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
l# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
d# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
_# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
b# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
i# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
n# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
a# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
r# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
y# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
:# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
w# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
r# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
e# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
$# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
u# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
(# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
$# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
(# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
d# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
u# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
-# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
h# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
"# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
$# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
o# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
u# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
"# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
|# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
c# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
u# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
t# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
-# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
f# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
1# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
)# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
)# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
"# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
 # Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
># Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
&# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
2# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).

# Memory: --smol makes the collector keep a smaller heap; a JIT tier-up threshold 100× the default
# keeps run-once startup code in the lower tiers instead of the optimising ones, whose code and
# compiler memory stay resident (bench/daemon_compare.ts, 50 objects loaded: RSS 70.5 -> 58.0 MiB,
# anonymous 27.5 -> 14.8 MiB). The daemon raises the threshold further once started
# (preferInterpreter in src/kernel/ffi/_runtime.ts).
