// Reference harness for fixup_test.ts, built against libbpf in the test only.
//   libbpf_btf dump OBJ   prints the object's BTF as libbpf holds it after
//                         bpf_object__open_file(), i.e. after libbpf's fix-ups
//   libbpf_btf load FILE  loads raw BTF with BPF_BTF_LOAD; prints the BTF id, or the
//                         kernel's log on failure (exit 1)
#include <bpf/bpf.h>
#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int dump(const char *path)
{
	struct bpf_object *obj;
	const void *raw;
	__u32 size;

	libbpf_set_print(NULL);
	obj = bpf_object__open_file(path, NULL);
	if (!obj)
		return 1;
	raw = btf__raw_data(bpf_object__btf(obj), &size);
	if (!raw || fwrite(raw, 1, size, stdout) != size)
		return 1;
	bpf_object__close(obj);
	return 0;
}

static int load(const char *path)
{
	static char data[64 << 20], log[1 << 20];
	struct bpf_btf_info info;
	__u32 info_len = sizeof(info);
	FILE *f = fopen(path, "rb");
	size_t size;
	int fd;

	if (!f)
		return 2;
	size = fread(data, 1, sizeof(data), f);
	fclose(f);
	LIBBPF_OPTS(bpf_btf_load_opts, opts, .log_buf = log, .log_size = sizeof(log), .log_level = 1);
	fd = bpf_btf_load(data, size, &opts);
	if (fd < 0) {
		printf("errno %d: %s\n%s", errno, strerror(errno), log);
		return 1;
	}
	memset(&info, 0, sizeof(info));
	if (bpf_obj_get_info_by_fd(fd, &info, &info_len))
		return 1;
	printf("%u %u\n", info.id, info.btf_size);
	close(fd);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc == 3 && strcmp(argv[1], "dump") == 0)
		return dump(argv[2]);
	if (argc == 3 && strcmp(argv[1], "load") == 0)
		return load(argv[2]);
	return 2;
}
