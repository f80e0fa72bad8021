// SPDX-License-Identifier: GPL-2.0
/*
 * syscall_micro.c - per-syscall cost, for scripts/qemu/bench.sh.
 *
 * Built static for the guest (aarch64-linux-gnu-gcc -static -O2). Times a
 * tight loop of one operation with CLOCK_MONOTONIC (guest virtual time under
 * -icount) and prints one line per test:
 *
 *   MICRO <test> <iterations> <total_ns> <ns_per_op>
 *
 * Tests: getppid; read (64 bytes from a regular file with pread, so no
 * seek is needed between reads); openclose (openat + close of that file,
 * two syscalls per op).
 *
 * Usage: syscall_micro [-n ITER] [-t TEST]... [-f FILE]
 *        syscall_micro -s SECONDS   getppid loop for SECONDS (writer load),
 *                                   prints: SPIN <calls> <ns>
 *        syscall_micro -x CMD [ARG]...  run CMD, print: EXEC <ns> <status>
 *                                   (guest-time stopwatch, ns resolution)
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static unsigned long long now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000ULL + ts.tv_nsec;
}

/* Raw syscalls: glibc may cache or inline nothing here, but be explicit. */
static long sys_getppid(void)
{
	return syscall(SYS_getppid);
}

static const char *path = "/root/bench/micro.dat";

static int run(const char *test, long iters)
{
	char buf[64];
	unsigned long long t0, t1;
	long i;
	int fd = -1;

	if (!strcmp(test, "read")) {
		fd = open(path, O_RDONLY);
		if (fd < 0) {
			perror(path);
			return 1;
		}
	}
	/* Warm-up: caches, page tables, the file's page. */
	for (i = 0; i < iters / 20 + 1; i++) {
		if (!strcmp(test, "getppid"))
			sys_getppid();
		else if (!strcmp(test, "read"))
			pread(fd, buf, sizeof(buf), 0);
		else
			close(open(path, O_RDONLY));
	}
	t0 = now_ns();
	if (!strcmp(test, "getppid")) {
		for (i = 0; i < iters; i++)
			sys_getppid();
	} else if (!strcmp(test, "read")) {
		for (i = 0; i < iters; i++)
			if (pread(fd, buf, sizeof(buf), 0) != sizeof(buf))
				return 1;
	} else if (!strcmp(test, "openclose")) {
		for (i = 0; i < iters; i++) {
			int f = open(path, O_RDONLY);

			if (f < 0)
				return 1;
			close(f);
		}
	} else {
		fprintf(stderr, "unknown test %s\n", test);
		return 2;
	}
	t1 = now_ns();
	if (fd >= 0)
		close(fd);
	printf("MICRO %s %ld %llu %.1f\n", test, iters, t1 - t0,
	       (double)(t1 - t0) / iters);
	return 0;
}

int main(int argc, char **argv)
{
	const char *tests[8];
	int ntests = 0, opt, rc = 0, i;
	long iters = 20000;
	double spin = 0;

	if (argc > 2 && !strcmp(argv[1], "-x")) {
		unsigned long long t0 = now_ns();
		int status = 0;
		pid_t pid = fork();

		if (pid == 0) {
			execvp(argv[2], argv + 2);
			_exit(127);
		}
		if (pid < 0 || waitpid(pid, &status, 0) < 0)
			return 1;
		printf("EXEC %llu %d\n", now_ns() - t0,
		       WIFEXITED(status) ? WEXITSTATUS(status) : 128);
		return 0;
	}
	while ((opt = getopt(argc, argv, "n:t:f:s:")) != -1) {
		switch (opt) {
		case 'n': iters = atol(optarg); break;
		case 't': if (ntests < 8) tests[ntests++] = optarg; break;
		case 'f': path = optarg; break;
		case 's': spin = atof(optarg); break;
		default:
			fprintf(stderr, "usage: %s [-n ITER] [-t TEST]... [-f FILE] | -s SECONDS\n",
				argv[0]);
			return 2;
		}
	}
	setvbuf(stdout, NULL, _IOLBF, 0);
	if (spin > 0) {
		unsigned long long t0 = now_ns(), end = t0 + spin * 1e9, t;
		long calls = 0;

		do {
			for (i = 0; i < 1000; i++)
				sys_getppid();
			calls += 1000;
			t = now_ns();
		} while (t < end);
		printf("SPIN %ld %llu\n", calls, t - t0);
		return 0;
	}
	if (!ntests) {
		tests[ntests++] = "getppid";
		tests[ntests++] = "read";
		tests[ntests++] = "openclose";
	}
	for (i = 0; i < ntests && !rc; i++)
		rc = run(tests[i], iters);
	return rc;
}
