// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * What libbpf sees in a BPF object after bpf_object__open, without loading anything: a reference
 * for the differential tests that works for objects this kernel cannot load (fentry, lsm, ...).
 *
 * Usage: libbpf_view OBJ...
 * Prints one JSON line per object:
 *   {"file", "programs": [{name, section, type, expectedAttachType, autoload}],
 *    "maps": [{name, type, keySize, valueSize, maxEntries, flags, pinned}]}
 * or {"file", "error"} with the last warning libbpf printed. Types are libbpf's short names
 * (libbpf_bpf_prog_type_str and friends). Exit status 0 unless the arguments are wrong.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <bpf/libbpf.h>

static char last_warning[512];

static int keep_warning(enum libbpf_print_level level, const char *fmt, va_list args)
{
	char line[sizeof(last_warning)];

	if (level == LIBBPF_DEBUG)
		return 0;
	vsnprintf(line, sizeof(line), fmt, args);
	line[strcspn(line, "\n")] = '\0';
	/* The first warning is the specific one; libbpf adds generic ones after it. */
	if (last_warning[0] == '\0')
		memcpy(last_warning, line, sizeof(line));
	return 0;
}

static void print_json_string(const char *s)
{
	putchar('"');
	for (; s && *s; s++) {
		if (*s == '"' || *s == '\\')
			printf("\\%c", *s);
		else if ((unsigned char)*s < 0x20)
			printf("\\u%04x", (unsigned char)*s);
		else
			putchar(*s);
	}
	putchar('"');
}

/* A short name, or the number when this libbpf does not know it. */
static void print_name(const char *name, unsigned int value)
{
	if (name)
		print_json_string(name);
	else
		printf("\"%u\"", value);
}

static void view(const char *path)
{
	struct bpf_object *obj;
	struct bpf_program *prog;
	struct bpf_map *map;
	const char *sep = "";

	last_warning[0] = '\0';
	printf("{\"file\": ");
	print_json_string(path);
	obj = bpf_object__open_file(path, NULL);
	if (libbpf_get_error(obj)) {
		printf(", \"error\": ");
		print_json_string(last_warning[0] ? last_warning : "bpf_object__open_file failed");
		printf("}\n");
		return;
	}

	printf(", \"programs\": [");
	bpf_object__for_each_program(prog, obj) {
		printf("%s{\"name\": ", sep);
		print_json_string(bpf_program__name(prog));
		printf(", \"section\": ");
		print_json_string(bpf_program__section_name(prog));
		printf(", \"type\": ");
		print_name(libbpf_bpf_prog_type_str(bpf_program__type(prog)), bpf_program__type(prog));
		printf(", \"expectedAttachType\": ");
		print_name(libbpf_bpf_attach_type_str(bpf_program__expected_attach_type(prog)),
			   bpf_program__expected_attach_type(prog));
		printf(", \"autoload\": %s}", bpf_program__autoload(prog) ? "true" : "false");
		sep = ", ";
	}

	sep = "";
	printf("], \"maps\": [");
	bpf_object__for_each_map(map, obj) {
		printf("%s{\"name\": ", sep);
		print_json_string(bpf_map__name(map));
		printf(", \"type\": ");
		print_name(libbpf_bpf_map_type_str(bpf_map__type(map)), bpf_map__type(map));
		printf(", \"keySize\": %u, \"valueSize\": %u, \"maxEntries\": %u, \"flags\": %u",
		       bpf_map__key_size(map), bpf_map__value_size(map),
		       bpf_map__max_entries(map), bpf_map__map_flags(map));
		/* Only LIBBPF_PIN_BY_NAME gives a map a pin path at open time. */
		printf(", \"pinned\": %s}", bpf_map__pin_path(map) ? "true" : "false");
		sep = ", ";
	}
	printf("]}\n");
	bpf_object__close(obj);
}

int main(int argc, char **argv)
{
	int i;

	if (argc < 2) {
		fprintf(stderr, "usage: %s OBJ...\n", argv[0]);
		return 2;
	}
	libbpf_set_print(keep_warning);
	for (i = 1; i < argc; i++) {
		view(argv[i]);
		fflush(stdout);
	}
	return 0;
}
