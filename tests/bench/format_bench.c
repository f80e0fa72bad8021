// SPDX-License-Identifier: GPL-2.0
/*
 * format_bench.c - host timing of the writer's formatter (mysd_format_event)
 * per record line, for typical events of the nginx + ab benchmark. Helps
 * tell the formatter's share of the writer's cost (scripts/qemu/bench.sh
 * measures the whole writer in the guest).
 *
 * Build and run from the repo root:
 *   syscalls/gen_host_names.sh /tmp/mysd-gen
 *   gcc -O2 -I. -I/tmp/mysd-gen tests/bench/format_bench.c \
 *       $(cat syscalls/host_sources) -o /tmp/format_bench && /tmp/format_bench
 *
 * Arguments: [EVENT [N [nocache]]] formats only the event named EVENT (or
 * all of them for "all"), N times each (default 200000), through a line
 * cache as the writer does (a thread's lines in a row share their start),
 * or with "nocache" without one (every line a new thread). Instructions per line,
 * counting only the formatter:
 *   valgrind --tool=callgrind --toggle-collect=mysd_format_event_cached \
 *       /tmp/format_bench all 20000
 * then Ir / lines, where lines = (N + N/10 + 1) x events formatted.
 */
#define _GNU_SOURCE
#include <asm/unistd.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include "tests/host/test_format_ev.h"
#include "syscalls/sysent.h"
#include "syscalls/table.h"

static unsigned long long now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000ULL + ts.tv_nsec;
}

static const char *only;	/* argv[1]: one event, or NULL for all */
static long n = 200000;		/* argv[2]: lines timed per event */
static struct mysd_line_cache cache_store;
static struct mysd_line_cache *cache = &cache_store;	/* argv[3]: nocache */

static void bench(const char *what)
{
	static char line[MYSD_LINE_MAX];
	unsigned long long t0, t1;
	size_t len = 0;
	long i;

	if (only && strcmp(only, what))
		return;
	for (i = 0; i < n / 10; i++)
		len = mysd_format_event_cached(cache, TEV, TEV->ts, line,
					       sizeof(line));
	t0 = now_ns();
	for (i = 0; i < n; i++)
		len += mysd_format_event_cached(cache, TEV, TEV->ts, line,
						sizeof(line));
	t1 = now_ns();
	mysd_format_event_cached(cache, TEV, TEV->ts, line, sizeof(line));
	printf("%-10s %7.1f ns/line  %s", what, (double)(t1 - t0) / n, line);
}

int main(int argc, char **argv)
{
	static const u8 sin[16] = { 2, 0, 0x1f, 0x90, 127, 0, 0, 1 };
	static const char http[] = "GET / HTTP/1.0\r\nHost: 127.0.0.1\r\nUser-Agent: ApacheBench/2.3\r\n";
	u8 zeros[32] = { 0 };
	struct {
		u32 events;
		u32 pad;	/* as arm64 lays it out (MYSD_EPOLL_EVENT_SIZE) */
		u64 data;
	} ep = { 0 };

	if (argc > 1 && strcmp(argv[1], "all"))
		only = argv[1];
	if (argc > 2)
		n = atol(argv[2]);
	if (argc > 3 && !strcmp(argv[3], "nocache"))
		cache = NULL;
	mysd_table_init();
	EV(__NR_getppid, 1, 0, 0, 0, 0, 0, 0);
	bench("getppid");
	EV(__NR_pread64, 64, 3, 0x7fff0000, 64, 0, 0, 0);
	tcap(1, MYSD_CAP_BUF, MYSD_CAPF_TRUNC, zeros, 32);
	bench("pread64");
	EV(__NR_openat, 3, (u64)-100, 0x7fff0000, O_RDONLY | O_CLOEXEC, 0, 0, 0);
	TCAP_STR(1, "/var/www/html/index.html");
	bench("openat");
	EV(__NR_recvfrom, 80, 5, 0x7fff0000, 1024, 0, 0, 0);
	tcap(1, MYSD_CAP_BUF, MYSD_CAPF_TRUNC, http, 32);
	bench("recvfrom");
	EV(__NR_accept4, 5, 4, 0x7fff0000, 0x7fff1000, SOCK_NONBLOCK, 0, 0);
	tcap(1, MYSD_CAP_SOCKADDR, 0, sin, 16);
	bench("accept4");
	/* nginx's: a connection's pointer as the data */
	ep.events = EPOLLIN | EPOLLRDHUP | EPOLLET;
	ep.data = 0xaaaad6f1c0e1ULL;
	EV(__NR_epoll_ctl, 0, 3, 1, 4, 0xffffff265348, 0, 0);
	tcap(3, MYSD_CAP_BUF, 0, &ep, MYSD_EPOLL_EVENT_SIZE);
	bench("epoll_ctl");
	ep.events = EPOLLIN;
	EV(__NR_epoll_pwait, 1, 7, 0x7fff0000, 512, (u64)-1, 0, 0);
	tcap(1, MYSD_CAP_BUF, 0, &ep, MYSD_EPOLL_EVENT_SIZE);
	bench("epoll_pwait");
	{
		struct mysd_iov_entry e = { 0x7fff2000, 247, 32, MYSD_CAPF_TRUNC };
		u8 c[sizeof(e) + 32];

		memcpy(c, &e, sizeof(e));
		memcpy(c + sizeof(e), "HTTP/1.1 200 OK\r\nServer: nginx/1.2", 32);
		EV(__NR_writev, 247, 3, 0x7fff0000, 1, 0, 0, 0);
		tcap(1, MYSD_CAP_IOV, 0, c, sizeof(c));
		bench("writev");
	}
	EV(__NR_close, 0, 5, 0, 0, 0, 0, 0);
	bench("close");
	{
		/* nginx's file: the offset it left after the 48 bytes */
		s64 off = 48;

		EV(__NR_sendfile, 48, 5, 9, 0x7fff0000, 48, 0, 0);
		tcap(2, MYSD_CAP_BUF, 0, &off, sizeof(long));
		bench("sendfile");
	}
	EV(__NR_fcntl, 0, 4, F_SETFL, O_RDWR | O_NONBLOCK, 0, 0, 0);
	bench("fcntl");
#ifdef __NR_newfstatat	/* 32-bit ARM has fstatat64 and statx instead */
	{
		struct stat st = { .st_mode = S_IFREG | 0644, .st_size = 615 };

		EV(__NR_newfstatat, 0, 12, 0x7fff0000, 0x7fff1000,
		   AT_EMPTY_PATH, 0, 0);
		TCAP_STR(1, "");
		tcap(2, MYSD_CAP_BUF, 0, &st, MYSD_STAT_CAPTURE);
		bench("newfstatat");
	}
#endif
	{
		/* 32-bit ARM's stat(): glibc's 64-bit time makes it statx */
		struct statx stx = {
			.stx_mask = STATX_BASIC_STATS | STATX_MNT_ID,
			.stx_mode = S_IFREG | 0644, .stx_size = 615,
		};

		EV(__NR_statx, 0, 12, 0x7fff0000, AT_EMPTY_PATH,
		   STATX_BASIC_STATS, 0x7fff1000, 0);
		TCAP_STR(1, "");
		tcap(4, MYSD_CAP_BUF, 0, &stx, MYSD_STATX_CAPTURE);
		bench("statx");
	}
	return 0;
}
