// SPDX-License-Identifier: GPL-2.0
/*
 * workload.c - guest program that makes known system calls and writes, for
 * each one, the exact record line my_sysdig must produce (strace's approach:
 * the program knows its pid, tids, fds and results). The "ts=..., " field is
 * left out: the checker (check-lines.awk) strips it from the record.
 *
 * Built static for aarch64 (workload) and for 32-bit ARM (workload32, the
 * compat ABI: lines carry "abi=compat, "). All calls are raw syscall()s so
 * the arguments are exactly what the line says, whatever libc would do.
 *
 * Modes:
 *   workload full EXPFILE [GOFIFO]   the full set (see run_full); with
 *                                    GOFIFO, waits for a line on it first
 *   workload exec-child EXPFILE      what run_full's child execs
 *   workload echo IN OUT TAG         for each line L read from fifo IN:
 *                                    write(/dev/null, "TAG L"), then "ok\n"
 *                                    to fifo OUT; exits on EOF
 *   workload seq USEC                write(/dev/null, "seq=N\n") forever,
 *                                    N = 1, 2, ...; USEC sleep every 10
 *   workload burst N SIZE            N writes of SIZE bytes to /dev/null
 *   workload trunc EXPFILE           paths around string_max=16 and a
 *                                    write under data_max=0
 *
 * An expected line may hold "<*>", matching any text (values the program
 * cannot know, such as the envp the kernel shows after an exec).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#ifdef __arm__
#define ABI "abi=compat, "
#else
#define ABI ""
#endif

static int exp_fd = -1;
static char comm_q[64];		/* comm="..." as the record quotes it */
static long my_pid;
static char self_path[256];

static void die(const char *what)
{
	char b[256];
	int n = snprintf(b, sizeof(b), "workload: %s: errno %d\n", what, errno);

	syscall(SYS_write, 2, b, n);
	syscall(SYS_exit_group, 99);
}

/* The record's escaping of @n bytes (mysd_quoted), quotes included. */
static char *quote(char *dst, const void *src, size_t n, int trunc)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *s = src;
	char *p = dst;
	size_t i;

	*p++ = '"';
	for (i = 0; i < n; i++) {
		unsigned char c = s[i];

		switch (c) {
		case '\n': *p++ = '\\'; *p++ = 'n'; break;
		case '\t': *p++ = '\\'; *p++ = 't'; break;
		case '\r': *p++ = '\\'; *p++ = 'r'; break;
		case '\v': *p++ = '\\'; *p++ = 'v'; break;
		case '\f': *p++ = '\\'; *p++ = 'f'; break;
		case '"': *p++ = '\\'; *p++ = '"'; break;
		case '\\': *p++ = '\\'; *p++ = '\\'; break;
		default:
			if (c < 0x20 || c >= 0x7f) {
				*p++ = '\\';
				*p++ = 'x';
				*p++ = hex[c >> 4];
				*p++ = hex[c & 15];
			} else {
				*p++ = c;
			}
		}
	}
	*p++ = '"';
	if (trunc) {
		memcpy(p, "...", 3);
		p += 3;
	}
	*p = 0;
	return dst;
}

/* Quoted data as captured with data_max=32 (the default). */
#define DATA_MAX 32
static char *qdata(char *dst, const void *src, size_t n)
{
	return quote(dst, src, n > DATA_MAX ? DATA_MAX : n, n > DATA_MAX);
}

static long xgettid(void)
{
	return syscall(SYS_gettid);
}

/* Write "comm=..., tid=T, pid=P, <fmt>\n" to the expectation file. */
static void expect(const char *fmt, ...)
{
	char line[2048];
	int n;
	va_list ap;

	n = snprintf(line, sizeof(line), ABI "%s, tid=%ld, pid=%ld, ", comm_q,
		     xgettid(), my_pid);
	va_start(ap, fmt);
	n += vsnprintf(line + n, sizeof(line) - n, fmt, ap);
	va_end(ap);
	line[n++] = '\n';
	if (syscall(SYS_write, exp_fd, line, n) != n)
		die("write expectation");
}

/* " ENOENT" etc. for the errnos the workload provokes. */
static const char *errname(long r)
{
	switch (r) {
	case -ENOENT: return "-2 ENOENT";
	case -EFAULT: return "-14 EFAULT";
	case -EBADF: return "-9 EBADF";
	default: return "?";
	}
}

/* res=... for a decimal result. */
static const char *res(long r)
{
	static char b[8][32];
	static int i;
	char *p = b[i++ & 7];

	if (r < 0 && r >= -4095)
		return errname(r);
	snprintf(p, 32, "%ld", r);
	return p;
}

/* Raw syscall returning -errno like the kernel does. */
static long sc(long nr, long a, long b, long c, long d, long e, long f)
{
	long r = syscall(nr, a, b, c, d, e, f);

	return r == -1 ? -errno : r;
}
#define SC0(nr)			sc(nr, 0, 0, 0, 0, 0, 0)
#define SC1(nr, a)		sc(nr, (long)(a), 0, 0, 0, 0, 0)
#define SC2(nr, a, b)		sc(nr, (long)(a), (long)(b), 0, 0, 0, 0)
#define SC3(nr, a, b, c)	sc(nr, (long)(a), (long)(b), (long)(c), 0, 0, 0)
#define SC4(nr, a, b, c, d)	sc(nr, (long)(a), (long)(b), (long)(c), (long)(d), 0, 0)
#define SC5(nr, a, b, c, d, e)	sc(nr, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), 0)
#define SC6(nr, a, b, c, d, e, f) sc(nr, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), (long)(f))

static int prctl_get_name(char *c)
{
	return prctl(PR_GET_NAME, c, 0, 0, 0);
}

static void setup(const char *exp_path)
{
	char c[32] = { 0 };

	my_pid = syscall(SYS_getpid);
	if (prctl_get_name(c))
		die("comm");
	quote(comm_q + 5, c, strlen(c), 0);
	memcpy(comm_q, "comm=", 5);
	if (exp_path) {
		exp_fd = open(exp_path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
		if (exp_fd < 0)
			die(exp_path);
	}
}

/* ---- the checked calls ------------------------------------------------ */

static const char known[] = "root:x:0:0:\n";
static int devnull = -1;

static void files(void)
{
	char path[64], q[256], buf[4096];
	long fd, fd2, r;

	snprintf(path, sizeof(path), "/tmp/mysd-known.%ld", my_pid);

	r = SC0(SYS_getuid);
	expect("getuid, res=%s", res(r));
#ifdef __arm__
	r = SC0(__NR_getuid32);
	expect("getuid32, res=%s", res(r));
#endif

	fd = SC4(SYS_openat, AT_FDCWD, path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0640);
	expect("openat, dirfd=AT_FDCWD, path=%s, flags=O_WRONLY|O_CREAT|O_TRUNC|O_CLOEXEC, mode=0640, res=%s",
	       quote(q, path, strlen(path), 0), res(fd));
	r = SC3(SYS_write, fd, known, strlen(known));
	expect("write, fd=%ld, data=%s, size=%zu, res=%s", fd,
	       qdata(q, known, strlen(known)), strlen(known), res(r));
	r = SC1(SYS_close, fd);
	expect("close, fd=%ld, res=%s", fd, res(r));

	fd = SC3(SYS_openat, AT_FDCWD, path, O_RDONLY | O_CLOEXEC);
	expect("openat, dirfd=AT_FDCWD, path=%s, flags=O_RDONLY|O_CLOEXEC, res=%s",
	       quote(q, path, strlen(path), 0), res(fd));
	r = SC3(SYS_read, fd, buf, sizeof(buf));
	expect("read, fd=%ld, size=%zu, res=%s, data=%s", fd, sizeof(buf), res(r),
	       qdata(q, buf, r > 0 ? r : 0));
#ifdef __arm__
	{
		unsigned long long pos = 0;

		r = SC5(__NR__llseek, fd, 0, 5, &pos, SEEK_SET);
		expect("_llseek, fd=%ld, offset_hi=0x0, offset_lo=0x5, result=%p, whence=SEEK_SET, res=%s",
		       fd, (void *)&pos, res(r));
	}
#endif
	r = SC3(SYS_lseek, fd, 5, SEEK_SET);
	expect("lseek, fd=%ld, offset=5, whence=SEEK_SET, res=%s", fd, res(r));
	r = SC3(SYS_read, fd, buf, 3);
	expect("read, fd=%ld, size=3, res=%s, data=%s", fd, res(r),
	       qdata(q, buf, r > 0 ? r : 0));
	/* EOF: res=0 and an empty data string */
	r = SC3(SYS_lseek, fd, 0, SEEK_END);
	expect("lseek, fd=%ld, offset=0, whence=SEEK_END, res=%s", fd, res(r));
	r = SC3(SYS_read, fd, buf, 16);
	expect("read, fd=%ld, size=16, res=%s, data=\"\"", fd, res(r));

	fd2 = SC1(SYS_dup, fd);
	expect("dup, fd=%ld, res=%s", fd, res(fd2));
	r = SC1(SYS_close, fd2);
	expect("close, fd=%ld, res=%s", fd2, res(r));
	r = SC1(SYS_close, fd);
	expect("close, fd=%ld, res=%s", fd, res(r));
	r = SC1(SYS_close, fd);
	expect("close, fd=%ld, res=%s", fd, res(r));	/* -9 EBADF */

	r = SC3(SYS_openat, AT_FDCWD, "/nonexistent/mysd", O_RDONLY);
	expect("openat, dirfd=AT_FDCWD, path=\"/nonexistent/mysd\", flags=O_RDONLY, res=%s", res(r));
	r = SC2(SYS_unlinkat, AT_FDCWD, path);
	(void)r;	/* cleanup; not checked */
}

static void writes(void)
{
	static const char odd[] = "hello\tworld \"q\" \\ \x01\xff\r\n";
	static const char longd[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEF";
	char q[512];
	long r;

	devnull = SC3(SYS_openat, AT_FDCWD, "/dev/null", O_WRONLY);
	expect("openat, dirfd=AT_FDCWD, path=\"/dev/null\", flags=O_WRONLY, res=%s", res(devnull));
	r = SC3(SYS_write, devnull, odd, sizeof(odd) - 1);
	expect("write, fd=%d, data=%s, size=%zu, res=%s", devnull,
	       qdata(q, odd, sizeof(odd) - 1), sizeof(odd) - 1, res(r));
	/* longer than data_max: the first 32 bytes then ... */
	r = SC3(SYS_write, devnull, longd, sizeof(longd) - 1);
	expect("write, fd=%d, data=%s, size=%zu, res=%s", devnull,
	       qdata(q, longd, sizeof(longd) - 1), sizeof(longd) - 1, res(r));
	/* unreadable buffer: the fault marker */
	r = SC3(SYS_write, devnull, 0x10, 5);
	expect("write, fd=%d, data=0x10<fault>, size=5, res=%s", devnull, res(r));
}

#ifndef __arm__
static void sockets(void)
{
	struct sockaddr_in a = { .sin_family = AF_INET }, peer;
	socklen_t plen = sizeof(peer);
	unsigned int port = 20000 + my_pid % 20000;
	char buf[64];
	long ls, cs, as, r;

	a.sin_port = htons(port);
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);

	ls = SC3(SYS_socket, AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	expect("socket, domain=AF_INET, type=SOCK_STREAM|SOCK_CLOEXEC, protocol=0, res=%s", res(ls));
	r = SC3(SYS_bind, ls, &a, sizeof(a));
	expect("bind, fd=%ld, addr=127.0.0.1:%u, res=%s", ls, port, res(r));
	r = SC2(SYS_listen, ls, 8);
	expect("listen, fd=%ld, backlog=8, res=%s", ls, res(r));
	cs = SC3(SYS_socket, AF_INET, SOCK_STREAM, 0);
	expect("socket, domain=AF_INET, type=SOCK_STREAM, protocol=0, res=%s", res(cs));
	r = SC3(SYS_connect, cs, &a, sizeof(a));
	expect("connect, fd=%ld, addr=127.0.0.1:%u, res=%s", cs, port, res(r));
	as = SC4(SYS_accept4, ls, &peer, &plen, SOCK_CLOEXEC);
	expect("accept4, fd=%ld, flags=SOCK_CLOEXEC, res=%s, addr=127.0.0.1:%u", ls,
	       res(as), ntohs(peer.sin_port));
	r = SC6(SYS_sendto, cs, "ping\n", 5, 0, NULL, 0);
	expect("sendto, fd=%ld, data=\"ping\\n\", size=5, flags=0, addr=NULL, res=%s", cs, res(r));
	r = SC6(SYS_recvfrom, as, buf, sizeof(buf), 0, NULL, NULL);
	expect("recvfrom, fd=%ld, size=%zu, flags=0, res=%s, data=\"ping\\n\", addr=NULL",
	       as, sizeof(buf), res(r));
	r = SC1(SYS_close, as);
	expect("close, fd=%ld, res=%s", as, res(r));
	r = SC1(SYS_close, cs);
	expect("close, fd=%ld, res=%s", cs, res(r));
	r = SC1(SYS_close, ls);
	expect("close, fd=%ld, res=%s", ls, res(r));
}

static void memory(void)
{
	long p, r;

	p = SC6(SYS_mmap, 0, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	expect("mmap, addr=NULL, len=8192, prot=PROT_READ|PROT_WRITE, flags=MAP_PRIVATE|MAP_ANONYMOUS, fd=-1, offset=0x0, res=0x%lx", p);
	r = SC2(SYS_munmap, p, 8192);
	expect("munmap, addr=0x%lx, len=8192, res=%s", p, res(r));
}
#endif

static void sleeps(void)
{
	struct timespec ts = { 0, 1000000 };
	long r;

	r = SC2(SYS_nanosleep, &ts, NULL);
	expect("nanosleep, req={tv_sec=0, tv_nsec=1000000}, rem=NULL, res=%s", res(r));
}

/* ---- thread: lines with tid != pid, and exit ------------------------- */

static void *thread_main(void *arg)
{
	static const char msg[] = "from thread";
	long t, r;

	(void)arg;
	t = SC0(SYS_gettid);
	expect("gettid, res=%ld", t);
	r = SC3(SYS_write, devnull, msg, sizeof(msg) - 1);
	expect("write, fd=%d, data=\"from thread\", size=11, res=%s", devnull, res(r));
	/* glibc ends the thread with exit(0); the probe sees it at task exit */
	expect("exit, status=0, res=?");
	return NULL;
}

static void thread(void)
{
	pthread_t th;

	if (pthread_create(&th, NULL, thread_main, NULL) || pthread_join(th, NULL))
		die("thread");
}

/* ---- signal handler: rt_sigreturn ------------------------------------ */

static void on_usr1(int sig, siginfo_t *si, void *uc)
{
	static const char msg[] = "in handler";
	long r;

	(void)sig;
	(void)si;
	(void)uc;
	r = SC3(SYS_write, devnull, msg, sizeof(msg) - 1);
	expect("write, fd=%d, data=\"in handler\", size=10, res=%s", devnull, res(r));
}

static void signals(void)
{
	/* SA_SIGINFO: 32-bit ARM libc returns through sigreturn without it */
	struct sigaction sa = { .sa_sigaction = on_usr1, .sa_flags = SA_SIGINFO };
	long r, tid = xgettid();

	if (sigaction(SIGUSR1, &sa, NULL))
		die("sigaction");
	/* The handler runs before tgkill's result is back here: expect first. */
	expect("tgkill, tgid=%ld, tid=%ld, sig=SIGUSR1, res=0", my_pid, tid);
	r = SC3(SYS_tgkill, my_pid, tid, SIGUSR1);
	if (r)
		die("tgkill");
	/* rt_sigreturn restores the interrupted tgkill's result, 0 */
	expect("rt_sigreturn, res=0");
}

/* ---- fork (raw clone), failed and successful execve, wait4 ----------- */

static void child(const char *exp_path)
{
	static char *const bad_argv[] = { "/nonexistent/prog", "x", NULL };
	char *argv[] = { "workload", "exec-child", (char *)exp_path, "two words", NULL };
	extern char **environ;
	long r;

	my_pid = syscall(SYS_getpid);
	r = SC0(SYS_getpid);
	expect("getpid, res=%ld", r);
	r = SC3(SYS_execve, bad_argv[0], bad_argv, environ);
	expect("execve, path=\"/nonexistent/prog\", argv=[\"/nonexistent/prog\", \"x\"], envp=%p, res=%s",
	       (void *)environ, res(r));
	/* success: the line is written from the new image (exec_child) */
	SC3(SYS_execve, self_path, argv, environ);
	die("execve self");
}

static void exec_child(int argc, char **argv)
{
	char q[1024], *p = q;
	int i;

	/* The kernel shows the new image's argv (read from its stack). */
	p += sprintf(p, "[");
	for (i = 0; i < argc; i++) {
		if (i)
			p += sprintf(p, ", ");
		quote(p, argv[i], strlen(argv[i]), 0);
		p += strlen(p);
	}
	sprintf(p, "]");
	expect("execve, path=\"%s\", argv=%s, envp=<*>, res=0", self_path, q);
	{
		long r = SC0(SYS_getppid);

		expect("getppid, res=%ld", r);
	}
	expect("exit_group, status=7, res=?");
	syscall(SYS_exit_group, 7);
}

static void fork_exec(const char *exp_path)
{
	long c, r;
	int st = 0;

	c = SC5(SYS_clone, SIGCHLD, 0, 0, 0, 0);
	if (c == 0)
		child(exp_path);
	expect("clone, flags=SIGCHLD, stack=NULL, parent_tid=NULL, tls=0x0, child_tid=NULL, res=%s", res(c));
	r = SC4(SYS_wait4, c, &st, 0, NULL);
	expect("wait4, pid=%ld, wstatus=%p, options=0, rusage=NULL, res=%s", c, (void *)&st, res(r));
	if (!WIFEXITED(st) || WEXITSTATUS(st) != 7)
		die("child status");
}

static void run_full(const char *exp_path, const char *go)
{
	if (go) {
		char b[16];
		int fd = open(go, O_RDONLY);

		if (fd < 0 || read(fd, b, sizeof(b)) <= 0)
			die("go fifo");
		close(fd);
	}
	{
		long r = SC0(SYS_getpid);

		expect("getpid, res=%ld", r);
	}
	files();
	writes();
#ifndef __arm__
	sockets();
	memory();
#endif
	sleeps();
	thread();
	signals();
	fork_exec(exp_path);
	expect("exit_group, status=3, res=?");
	syscall(SYS_exit_group, 3);
}

/* ---- limits: run with string_max=16 data_max=0 ------------------------- */

static void run_trunc(void)
{
	static const char p16[] = "/tmp/exactly16ch";	/* 16 bytes: kept whole */
	static const char p17[] = "/tmp/exactly17chr";	/* 17: cut to 16 + ... */
	static const char msg[] = "hello";
	long r;

	devnull = SC3(SYS_openat, AT_FDCWD, "/dev/null", O_WRONLY);
	expect("openat, dirfd=AT_FDCWD, path=\"/dev/null\", flags=O_WRONLY, res=%s", res(devnull));
	r = SC3(SYS_openat, AT_FDCWD, p16, O_RDONLY);
	expect("openat, dirfd=AT_FDCWD, path=\"%s\", flags=O_RDONLY, res=%s", p16, res(r));
	r = SC3(SYS_openat, AT_FDCWD, p17, O_RDONLY);
	expect("openat, dirfd=AT_FDCWD, path=\"%.16s\"..., flags=O_RDONLY, res=%s", p17, res(r));
	/* data_max=0 keeps no data: the buffer prints as its pointer */
	r = SC3(SYS_write, devnull, msg, 5);
	expect("write, fd=%d, data=%p, size=5, res=%s", devnull, (void *)msg, res(r));
	expect("exit_group, status=0, res=?");
	syscall(SYS_exit_group, 0);
}

/* ---- helper modes ------------------------------------------------------ */

static void run_echo(const char *in, const char *out, const char *tag)
{
	char line[256], msg[300];
	FILE *fi;
	int fo, n;

	fi = fopen(in, "r");
	if (!fi)
		die(in);
	fo = open(out, O_WRONLY);
	if (fo < 0)
		die(out);
	devnull = open("/dev/null", O_WRONLY);
	while (fgets(line, sizeof(line), fi)) {
		line[strcspn(line, "\n")] = 0;
		n = snprintf(msg, sizeof(msg), "%s %s", tag, line);
		syscall(SYS_write, devnull, msg, n);
		if (write(fo, "ok\n", 3) != 3)
			die("ack");
	}
	exit(0);
}

static void run_seq(long usec)
{
	struct timespec ts = { 0, usec * 1000 };
	char msg[32];
	unsigned long n;
	int len;

	devnull = open("/dev/null", O_WRONLY);
	for (n = 1;; n++) {
		len = snprintf(msg, sizeof(msg), "seq=%lu\n", n);
		syscall(SYS_write, devnull, msg, len);
		if (usec && n % 10 == 0)
			nanosleep(&ts, NULL);
	}
}

static void run_burst(long n, long size)
{
	static char buf[4096];
	long i;

	if (size > (long)sizeof(buf))
		size = sizeof(buf);
	memset(buf, 'b', sizeof(buf));
	devnull = open("/dev/null", O_WRONLY);
	for (i = 0; i < n; i++)
		syscall(SYS_write, devnull, buf, size);
	exit(0);
}

int main(int argc, char **argv)
{
	ssize_t n;

	n = readlink("/proc/self/exe", self_path, sizeof(self_path) - 1);
	if (n > 0)
		self_path[n] = 0;
	if (argc >= 3 && !strcmp(argv[1], "full")) {
		setup(argv[2]);
		run_full(argv[2], argc > 3 ? argv[3] : NULL);
	} else if (argc >= 3 && !strcmp(argv[1], "exec-child")) {
		setup(argv[2]);
		exec_child(argc, argv);
	} else if (argc == 3 && !strcmp(argv[1], "trunc")) {
		setup(argv[2]);
		run_trunc();
	} else if (argc == 5 && !strcmp(argv[1], "echo")) {
		run_echo(argv[2], argv[3], argv[4]);
	} else if (argc == 3 && !strcmp(argv[1], "seq")) {
		run_seq(atol(argv[2]));
	} else if (argc == 4 && !strcmp(argv[1], "burst")) {
		run_burst(atol(argv[2]), atol(argv[3]));
	}
	fprintf(stderr, "usage: workload full EXP [GOFIFO] | trunc EXP | echo IN OUT TAG | seq USEC | burst N SIZE\n");
	return 2;
}
