// C reference for bpfdrop's benchmarks and corpus table, built against Debian's libbpf-dev.
// Never part of the product.
//
//   lskel_ref bench OBJ GEN_REPS LOAD_REPS
//     Times libbpf's loader generator (bpf_object__open_file + bpf_object__gen_loader +
//     bpf_object__load in gen mode, warm: all repetitions in this process) and the light-skeleton
//     load (bpf_load_and_run on the generated loader, then closing every returned fd).
//     Prints one JSON object: {"gen": {...}, "load": {...}} with per-repetition nanoseconds, or
//     {"ok": false, "error": "..."} for a step libbpf refused.
//   lskel_ref run INSNS BLOB CTX REPS
//     Runs a loader given as raw files (instructions, blob, ctx as bpfdrop generated them) with
//     bpf_load_and_run REPS times, closing whatever it created; prints {"load_ns": [...]}. Tells
//     the kernel's share of a load (the loader program) from the runner's.
//   lskel_ref list OBJ
//     Prints one JSON line per program libbpf finds in OBJ: {"name", "autoload"} (or a failure).
//   lskel_ref progs OBJ
//     Loads each program of OBJ on its own (autoload off for the others) with bpf_object__load
//     and prints one JSON line per program: {"name", "ok", "errno", "error"}.
#include <errno.h>  // before skel_internal.h, which uses errno without including it
#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <bpf/skel_internal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

// The last warning libbpf printed: the reason it refused something.
static char last_warning[512];

static int keep_warning(enum libbpf_print_level level, const char *fmt, va_list args) {
  if (level == LIBBPF_DEBUG) return 0;
  char line[sizeof(last_warning)];
  vsnprintf(line, sizeof(line), fmt, args);
  line[strcspn(line, "\n")] = 0;
  // libbpf ends with generic lines ("failed to load object"); keep the first specific one.
  if (last_warning[0] == 0 || strstr(last_warning, "failed to load object") != NULL)
    memcpy(last_warning, line, sizeof(line));
  return 0;
}

static long long now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static void print_json_string(const char *s) {
  putchar('"');
  for (; *s; s++) {
    if (*s == '"' || *s == '\\') printf("\\%c", *s);
    else if ((unsigned char)*s < 0x20) printf("\\u%04x", *s);
    else putchar(*s);
  }
  putchar('"');
}

static void print_failure(const char *step, int err) {
  printf("{\"ok\": false, \"step\": \"%s\", \"errno\": %d, \"error\": ", step, err);
  print_json_string(last_warning[0] ? last_warning : strerror(err));
  printf("}\n");
}

static void print_times(const char *name, const long long *ns, int n) {
  printf("\"%s\": [", name);
  for (int i = 0; i < n; i++) printf("%s%lld", i ? ", " : "", ns[i]);
  printf("]");
}

// A generated loader, copied out of the bpf_object that owned it.
struct loader {
  void *insns, *data;
  __u32 insns_sz, data_sz;
  int nr_maps, nr_progs;
};

// One generation: open, switch to gen mode, "load". Returns 0 or -errno (reason in last_warning).
static int generate(const char *path, struct loader *out) {
  struct bpf_object *obj = bpf_object__open_file(path, NULL);
  long err = libbpf_get_error(obj);
  if (err) return (int)err;
  struct gen_loader_opts opts = {.sz = sizeof(opts)};
  err = bpf_object__gen_loader(obj, &opts);
  if (!err) err = bpf_object__load(obj);
  if (!err && out) {
    struct bpf_map *map;
    struct bpf_program *prog;
    out->nr_maps = out->nr_progs = 0;
    bpf_object__for_each_map(map, obj) out->nr_maps++;
    bpf_object__for_each_program(prog, obj) out->nr_progs++;
    out->insns_sz = opts.insns_sz;
    out->data_sz = opts.data_sz;
    out->insns = malloc(opts.insns_sz);
    out->data = malloc(opts.data_sz);
    memcpy(out->insns, opts.insns, opts.insns_sz);
    memcpy(out->data, opts.data, opts.data_sz);
  }
  bpf_object__close(obj);
  return (int)err;
}

// One light-skeleton load: bpf_load_and_run, then close every map and program it returned.
static int load_and_close(const struct loader *l) {
  size_t ctx_sz = sizeof(struct bpf_loader_ctx) + l->nr_maps * sizeof(struct bpf_map_desc) +
                  l->nr_progs * sizeof(struct bpf_prog_desc);
  struct bpf_loader_ctx *ctx = calloc(1, ctx_sz);
  ctx->sz = ctx_sz;
  struct bpf_load_and_run_opts opts = {
      .ctx = ctx, .data = l->data, .insns = l->insns,
      .data_sz = l->data_sz, .insns_sz = l->insns_sz,
  };
  int err = bpf_load_and_run(&opts);
  if (err < 0) snprintf(last_warning, sizeof(last_warning), "%s", opts.errstr);
  struct bpf_map_desc *maps = (void *)(ctx + 1);
  struct bpf_prog_desc *progs = (void *)(maps + l->nr_maps);
  for (int i = 0; i < l->nr_maps; i++)
    if (maps[i].map_fd > 0) close(maps[i].map_fd);
  for (int i = 0; i < l->nr_progs; i++)
    if (progs[i].prog_fd > 0) close(progs[i].prog_fd);
  free(ctx);
  return err < 0 ? err : 0;
}

static int bench(const char *path, int gen_reps, int load_reps) {
  struct loader l = {0};
  int err = generate(path, &l);
  if (err) {
    print_failure("generate", -err);
    return 0;
  }
  long long *gen_ns = calloc(gen_reps, sizeof(long long));
  long long *load_ns = calloc(load_reps, sizeof(long long));
  for (int i = 0; i < gen_reps; i++) {
    long long start = now_ns();
    generate(path, NULL);
    gen_ns[i] = now_ns() - start;
  }
  for (int i = 0; i < load_reps; i++) {
    long long start = now_ns();
    err = load_and_close(&l);
    load_ns[i] = now_ns() - start;
    if (err) {
      print_failure("load", -err);
      return 0;
    }
  }
  printf("{\"ok\": true, \"maps\": %d, \"programs\": %d, \"insns\": %u, \"blob\": %u, ",
         l.nr_maps, l.nr_progs, l.insns_sz / 8, l.data_sz);
  print_times("gen_ns", gen_ns, gen_reps);
  printf(", ");
  print_times("load_ns", load_ns, load_reps);
  printf("}\n");
  return 0;
}

// Loads only program `index` of `path`; 0 or -errno.
static int load_one(const char *path, int index) {
  struct bpf_object *obj = bpf_object__open_file(path, NULL);
  long err = libbpf_get_error(obj);
  if (err) return (int)err;
  struct bpf_program *prog;
  int i = 0;
  bpf_object__for_each_program(prog, obj) bpf_program__set_autoload(prog, i++ == index);
  err = bpf_object__load(obj);
  bpf_object__close(obj);
  return (int)err;
}

static int progs(const char *path) {
  struct bpf_object *obj = bpf_object__open_file(path, NULL);
  long err = libbpf_get_error(obj);
  if (err) {
    print_failure("open", (int)-err);
    return 0;
  }
  struct bpf_program *prog;
  int index = 0;
  bpf_object__for_each_program(prog, obj) {
    last_warning[0] = 0;
    err = load_one(path, index++);
    printf("{\"name\": ");
    print_json_string(bpf_program__name(prog));
    printf(", \"ok\": %s, \"errno\": %ld, \"error\": ", err ? "false" : "true", -err);
    print_json_string(err ? (last_warning[0] ? last_warning : strerror((int)-err)) : "");
    printf("}\n");
  }
  bpf_object__close(obj);
  return 0;
}

static void *read_file(const char *path, __u32 *size) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  void *data = malloc(n);
  if (fread(data, 1, n, f) != (size_t)n) n = -1;
  fclose(f);
  *size = (__u32)n;
  return n < 0 ? NULL : data;
}

// The lowest descriptor not open now.
static int lowest_free_fd(void) {
  int fd = dup(0);
  close(fd);
  return fd;
}

static int run_raw(const char *insns_path, const char *blob_path, const char *ctx_path, int reps) {
  struct loader l = {0};
  __u32 ctx_sz = 0;
  void *ctx_template = read_file(ctx_path, &ctx_sz);
  l.insns = read_file(insns_path, &l.insns_sz);
  l.data = read_file(blob_path, &l.data_sz);
  if (!l.insns || !l.data || !ctx_template) {
    fprintf(stderr, "cannot read the loader files\n");
    return 1;
  }
  long long *load_ns = calloc(reps, sizeof(long long));
  void *ctx = malloc(ctx_sz);
  for (int i = 0; i < reps; i++) {
    memcpy(ctx, ctx_template, ctx_sz);
    int first = lowest_free_fd();
    struct bpf_load_and_run_opts opts = {
        .ctx = ctx, .data = l.data, .insns = l.insns,
        .data_sz = l.data_sz, .insns_sz = l.insns_sz,
    };
    long long start = now_ns();
    int err = bpf_load_and_run(&opts);
    // Everything the loader created sits at or above `first`; stop after a run of free slots.
    for (int fd = first, misses = 0; misses < 64; fd++) misses = close(fd) == 0 ? 0 : misses + 1;
    load_ns[i] = now_ns() - start;
    if (err < 0) {
      snprintf(last_warning, sizeof(last_warning), "%s", opts.errstr);
      print_failure("load", -err);
      return 0;
    }
  }
  printf("{\"ok\": true, ");
  print_times("load_ns", load_ns, reps);
  printf("}\n");
  return 0;
}

static int list(const char *path) {
  struct bpf_object *obj = bpf_object__open_file(path, NULL);
  long err = libbpf_get_error(obj);
  if (err) {
    print_failure("open", (int)-err);
    return 0;
  }
  struct bpf_program *prog;
  bpf_object__for_each_program(prog, obj) {
    printf("{\"name\": ");
    print_json_string(bpf_program__name(prog));
    printf(", \"autoload\": %s}\n", bpf_program__autoload(prog) ? "true" : "false");
  }
  bpf_object__close(obj);
  return 0;
}

int main(int argc, char **argv) {
  libbpf_set_print(keep_warning);
  if (argc == 5 && strcmp(argv[1], "bench") == 0)
    return bench(argv[2], atoi(argv[3]), atoi(argv[4]));
  if (argc == 6 && strcmp(argv[1], "run") == 0)
    return run_raw(argv[2], argv[3], argv[4], atoi(argv[5]));
  if (argc == 3 && strcmp(argv[1], "list") == 0) return list(argv[2]);
  if (argc == 3 && strcmp(argv[1], "progs") == 0) return progs(argv[2]);
  fprintf(stderr, "usage: %s bench OBJ GEN_REPS LOAD_REPS | run INSNS BLOB CTX REPS | list OBJ | progs OBJ\n", argv[0]);
  return 2;
}
