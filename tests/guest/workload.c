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
 *   workload bugs EXPFILE            known decoding bugs' correct lines
 *   workload decoded                 the syscalls decoded on this ABI
 *   workload trunc EXPFILE           paths around string_max=16 and a
 *                                    write under data_max=0
 *
 * An expected line may hold "<*>", matching any text (for values the
 * program cannot know).
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/select.h>
#include <sys/wait.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

/*
 * preadv's offset: one 64-bit register, its high half hidden; on ARM its
 * two halves in hex (here below 4 GiB).
 */
#ifdef __arm__
#define OFFSET_ARGS(dec, hex) "offset_lo=" hex ", offset_hi=0x0"
#else
#define OFFSET_ARGS(dec, hex) "offset=" dec
#endif

/*
 * "abi=compat, " for a 32-bit build on a 64-bit kernel (uname says
 * aarch64, or armv8l under linux32); none on a 32-bit kernel (armv7l).
 */
static const char *abi_tag(void)
{
#ifdef __arm__
	static const char *tag;
	struct utsname u;

	if (!tag)
		tag = uname(&u) == 0 && (!strncmp(u.machine, "aarch64", 7) ||
					 !strncmp(u.machine, "armv8", 5)) ?
		      "abi=compat, " : "";
	return tag;
#else
	return "";
#endif
}

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

	n = snprintf(line, sizeof(line), "%s%s, tid=%ld, pid=%ld, ", abi_tag(), comm_q,
		     xgettid(), my_pid);
	va_start(ap, fmt);
	n += vsnprintf(line + n, sizeof(line) - n, fmt, ap);
	va_end(ap);
	line[n++] = '\n';
	if (syscall(SYS_write, exp_fd, line, n) != n)
		die("write expectation");
}

/* "-2 ENOENT": the errno by glibc's name, independent of the module's table. */
static const char *errname(long r)
{
	static char b[4][32];
	static int i;
	const char *n = strerrorname_np(-r);
	char *p = b[i++ & 3];

	if (!n)
		return "?";
	snprintf(p, 32, "%ld %s", r, n);
	return p;
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

/*
 * The syscalls decoded on this ABI: one name per row of the module's table
 * (syscalls/entries.h) whose __NR_ exists here ("workload decoded" prints
 * them; guest-tests.sh checks the full workload covers them all).
 */
static const char *const decoded_names[] = {
#define SC0(n) #n
#define SC(n, ...) #n
#define SCR(n, r, ...) #n
#include "../../syscalls/entries.h"
#undef SC0
#undef SC
#undef SCR
};
/* Their numbers, in the same order ("workload decoded" prints both). */
static const long decoded_nrs[] = {
#define SC0(n) __NR_##n
#define SC(n, ...) __NR_##n
#define SCR(n, r, ...) __NR_##n
#include "../../syscalls/entries.h"
#undef SC0
#undef SC
#undef SCR
};

/* A pointer as the record prints it: NULL or 0x... */
static const char *ptr(const void *v);

/* envp as a line shows it: the pointer and, as strace, its entries. */
static const char *envp_text(char *const *envp)
{
	static char b[64];
	int n = 0;

	while (envp[n])
		n++;
	snprintf(b, sizeof(b), "%s /* %d var%s */", ptr(envp), n,
		 n == 1 ? "" : "s");
	return b;
}

/*
 * A child just created by @call (its line, res=0, as the parent made it):
 * its own lines, then exit_group(0).
 */
static void forked_child_exit(const char *call)
{
	my_pid = syscall(SYS_getpid);
	expect("%s, res=0", call);
	expect("exit_group, status=0, res=?");
	syscall(SYS_exit_group, 0);
}

/*
 * environ copied into @envp (room for @n pointers), in the caller's
 * frame: the probe reads without faulting pages in, and the top of the
 * stack, written at exec and not touched since, may have been aged (on
 * CPUs that keep the access flag in software, such as Cortex-A72, a read
 * of an old page faults).
 */
static char **stack_envp(char **envp, int n)
{
	int i;

	for (i = 0; i < n - 1 && environ[i]; i++)
		envp[i] = environ[i];
	envp[i] = NULL;
	return envp;
}

static __attribute__((unused)) const char *ptr(const void *v)
{
	static char b[8][32];
	static int i;
	char *p = b[i++ & 7];

	if (!v)
		return "NULL";
	snprintf(p, 32, "0x%lx", (unsigned long)v);
	return p;
}

/* A mode as the record prints it: 0 or 0NNN. */
static __attribute__((unused)) const char *oct(unsigned int m)
{
	static char b[4][16];
	static int i;
	char *p = b[i++ & 3];

	snprintf(p, 16, m ? "0%o" : "0", m);
	return p;
}

/* A struct rusage (in the task's longs) as the record shows it. */
/*
 * siginfo_t as the line shows it, for what waitid() and rt_sigtimedwait()
 * return here: no child ({}), a child that exited, or a signal from tgkill().
 */
static const char *siginfo_text(const siginfo_t *si)
{
	static char b[2][192];
	static int i;
	char *p = b[i++ & 1];

	if (!si->si_signo)
		snprintf(p, 192, "{}");
	else if (si->si_signo == SIGCHLD && si->si_code == CLD_EXITED)
		snprintf(p, 192, "{si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=%d, si_uid=%u, si_status=%d, si_utime=%ld, si_stime=%ld}",
			 si->si_pid, si->si_uid, si->si_status,
			 (long)si->si_utime, (long)si->si_stime);
	else if (si->si_signo == SIGUSR2 && si->si_code == SI_TKILL)
		snprintf(p, 192, "{si_signo=SIGUSR2, si_code=SI_TKILL, si_pid=%d, si_uid=%u}",
			 si->si_pid, si->si_uid);
	else
		die("siginfo: not a case of this workload");
	return p;
}

/* A flag's name by the workload's own headers (glibc's, linux-libc-dev's). */
struct bit_name {
	unsigned long bits;
	const char *name;
};

/*
 * @v as a line names its flags: the entries of @t whose bits are all set,
 * in @t's order ("|" between, a group before its parts), then any bits
 * left as one hex rest, or "0". Returns the bits no entry named.
 */
static unsigned long bit_names(char *out, size_t size, const struct bit_name *t,
			       size_t n, unsigned long v)
{
	size_t len = 0, k;

	for (k = 0; k < n; k++) {
		if ((v & t[k].bits) != t[k].bits)
			continue;
		len += snprintf(out + len, size - len, "%s%s", len ? "|" : "", t[k].name);
		v &= ~t[k].bits;
	}
	if (v)
		snprintf(out + len, size - len, "%s0x%lx", len ? "|" : "", v);
	else if (!len)
		snprintf(out, size, "0");
	return v;
}

/* A signal set as a line shows it: [SIGUSR2|SIGTERM], by glibc's names. */
static const char *sigset_text(uint64_t set)
{
	static char b[2][320];
	static int i;
	char *p = b[i++ & 1], *q = p;
	int sig;

	*q++ = '[';
	for (sig = 1; sig <= 64; sig++) {
		if (!(set >> (sig - 1) & 1))
			continue;
		if (q > p + 1)
			*q++ = '|';
		if (sig < 32 && sigabbrev_np(sig))
			q += sprintf(q, "SIG%s", sigabbrev_np(sig));
		else
			q += sprintf(q, "%d", sig);
	}
	strcpy(q, "]");
	return p;
}

/* The kernel's struct sigaction (not a libc's): the mask after three words. */
struct ksigaction {
	unsigned long handler, flags, restorer;
	uint32_t mask[2];
};

#define KSA_RESTORER 0x04000000UL	/* the kernel's; glibc keeps it */
#define ARM_O_LARGEFILE 0400000	/* ARM's; a 64-bit libc's O_LARGEFILE is 0 */

/* A struct ksigaction as a line shows it, its flags by glibc's names. */
static const char *sigaction_text(const struct ksigaction *sa)
{
	static const struct bit_name fl[] = {
		{ SA_NOCLDSTOP, "SA_NOCLDSTOP" }, { SA_NOCLDWAIT, "SA_NOCLDWAIT" },
		{ SA_SIGINFO, "SA_SIGINFO" }, { KSA_RESTORER, "SA_RESTORER" },
		{ SA_ONSTACK, "SA_ONSTACK" }, { SA_RESTART, "SA_RESTART" },
		{ SA_NODEFER, "SA_NODEFER" }, { SA_RESETHAND, "SA_RESETHAND" },
	};
	static char b[2][512];
	static int i;
	char *p = b[i++ & 1], *q = p, flags[256];

	if (bit_names(flags, sizeof(flags), fl, sizeof(fl) / sizeof(fl[0]), sa->flags))
		die("sigaction: flags not of this workload");
	if (sa->handler <= 1)
		q += sprintf(q, "{sa_handler=%s", sa->handler ? "SIG_IGN" : "SIG_DFL");
	else
		q += sprintf(q, "{sa_handler=0x%lx", sa->handler);
	q += sprintf(q, ", sa_mask=%s, sa_flags=%s",
		     sigset_text((uint64_t)sa->mask[1] << 32 | sa->mask[0]), flags);
	if (sa->flags & KSA_RESTORER)
		q += sprintf(q, ", sa_restorer=0x%lx", sa->restorer);
	strcpy(q, "}");
	return p;
}

/*
 * getdents64's records as a line shows them: those whole in the first 256
 * bytes of the @n read, d_type by <dirent.h>'s names, "..." if more.
 */
static const char *dirents_text(const void *dirp, long n)
{
	static const char *const types[16] = {
		[DT_UNKNOWN] = "DT_UNKNOWN", [DT_FIFO] = "DT_FIFO", [DT_CHR] = "DT_CHR",
		[DT_DIR] = "DT_DIR", [DT_BLK] = "DT_BLK", [DT_REG] = "DT_REG",
		[DT_LNK] = "DT_LNK", [DT_SOCK] = "DT_SOCK", [DT_WHT] = "DT_WHT",
	};
	static char b[2048];
	const unsigned char *d = dirp;
	long len = n < 256 ? n : 256, at = 0;
	size_t q = 0;
	char name[600];

	q += snprintf(b + q, sizeof(b) - q, "[");
	while (at + 19 < len) {
		uint64_t ino;
		unsigned short reclen;
		unsigned char type = d[at + 18];

		memcpy(&ino, d + at, 8);
		memcpy(&reclen, d + at + 16, 2);
		if (reclen <= 19 || reclen > len - at)
			break;
		if (type >= 16 || !types[type])
			die("getdents64: a d_type of no name");
		q += snprintf(b + q, sizeof(b) - q, "%s{d_ino=%llu, d_type=%s, d_name=%s}",
			      at ? ", " : "", (unsigned long long)ino, types[type],
			      quote(name, d + at + 19, strnlen((const char *)d + at + 19, reclen - 19), 0));
		at += reclen;
	}
	snprintf(b + q, sizeof(b) - q, "]%s", n > at ? "..." : "");
	return b;
}

/* utimensat's time @k of @t (sec, nsec pairs) as a line shows it */
static const char *utime_text(const int64_t *t, int k)
{
	static char b[2][64];
	static int i;
	char *p = b[i++ & 1];

	if (t[2 * k + 1] == UTIME_NOW)
		return "UTIME_NOW";
	if (t[2 * k + 1] == UTIME_OMIT)
		return "UTIME_OMIT";
	snprintf(p, 64, "{tv_sec=%lld, tv_nsec=%lld}", (long long)t[2 * k],
		 (long long)t[2 * k + 1]);
	return p;
}

#ifndef SS_AUTODISARM		/* the kernel's; glibc keeps it */
#define SS_AUTODISARM (1U << 31)
#endif

/* A stack_t as a line shows it, its flags by the workload's names. */
static const char *stack_text(const stack_t *ss)
{
	static const struct bit_name fl[] = {
		{ SS_ONSTACK, "SS_ONSTACK" }, { SS_DISABLE, "SS_DISABLE" },
		{ SS_AUTODISARM, "SS_AUTODISARM" },
	};
	static char b[2][128];
	static int i;
	char *p = b[i++ & 1], flags[64];

	if (bit_names(flags, sizeof(flags), fl, sizeof(fl) / sizeof(fl[0]),
		      (unsigned int)ss->ss_flags))
		die("stack_t: flags not of this workload");
	snprintf(p, 128, "{ss_sp=%s, ss_flags=%s, ss_size=%zu}", ptr(ss->ss_sp), flags,
		 ss->ss_size);
	return p;
}

static __attribute__((unused)) const char *rusage_text(const long *ru)
{
	static char b[2][128];
	static int i;
	char *p = b[i++ & 1];

	snprintf(p, 128, "{ru_utime={tv_sec=%ld, tv_usec=%ld}, ru_stime={tv_sec=%ld, tv_usec=%ld}, ...}",
		 ru[0], ru[1], ru[2], ru[3]);
	return p;
}

/* The CPUs in the first @bytes of @set, as the record lists them: [0, 1]. */
static __attribute__((unused)) const char *cpu_list(const cpu_set_t *set, long bytes)
{
	static char b[256];
	size_t n = 0;
	long cpu;

	n += snprintf(b + n, sizeof(b) - n, "[");
	for (cpu = 0; cpu < bytes * 8 && n < sizeof(b) - 16; cpu++)
		if (CPU_ISSET(cpu, set))
			n += snprintf(b + n, sizeof(b) - n, "%s%ld", n > 1 ? ", " : "", cpu);
	snprintf(b + n, sizeof(b) - n, "]");
	return b;
}

/* An rlimit value as the record prints it, of a @size-byte word. */
static __attribute__((unused)) const char *rlim_text(uint64_t v, size_t size)
{
	static char b[4][24];
	static int i;
	char *p = b[i++ & 3];

	if (v == (size == 4 ? 0xffffffffULL : ~0ULL))
		return "RLIM_INFINITY";
	snprintf(p, 24, "%llu", (unsigned long long)v);
	return p;
}

/* An rlimit64 value: the same, its infinity named RLIM64_INFINITY. */
static __attribute__((unused)) const char *rlim64_text(uint64_t v)
{
	return v == ~0ULL ? "RLIM64_INFINITY" : rlim_text(v, 8);
}

/* A struct sysinfo (in the task's longs) as the record shows it. */
static __attribute__((unused)) const char *sysinfo_text(const unsigned long *si)
{
	static char b[512];

	snprintf(b, sizeof(b), "{uptime=%ld, loads=[%lu, %lu, %lu], totalram=%lu, freeram=%lu, "
		 "sharedram=%lu, bufferram=%lu, totalswap=%lu, freeswap=%lu, procs=%u, "
		 "totalhigh=%lu, freehigh=%lu, mem_unit=%u}",
		 (long)si[0], si[1], si[2], si[3], si[4], si[5], si[6], si[7], si[8], si[9],
		 *(const unsigned short *)&si[10], si[11], si[12], *(const unsigned int *)&si[13]);
	return b;
}

/*
 * A struct statfs as the record shows it: words of @w bytes, counts of @c
 * (8 in statfs64). f_type and f_flags are names: matched as any text.
 */
static __attribute__((unused)) const char *statfs_text(const void *buf, size_t w, size_t c)
{
	static const char *const counts[] = { "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree" };
	static char b[512];
	const unsigned char *d = buf;
	size_t n, at = 2 * w, i;
	uint64_t v = 0;
	int32_t fsid[2];

	memcpy(&v, d + w, w);
	n = snprintf(b, sizeof(b), "{f_type=<*>, f_bsize=%llu", (unsigned long long)v);
	for (i = 0; i < 5; i++, at += c) {
		v = 0;
		memcpy(&v, d + at, c);
		n += snprintf(b + n, sizeof(b) - n, ", %s=%llu", counts[i], (unsigned long long)v);
	}
	memcpy(fsid, d + at, sizeof(fsid));
	at += 8;
	n += snprintf(b + n, sizeof(b) - n, ", f_fsid={val=[%d, %d]}", fsid[0], fsid[1]);
	v = 0;
	memcpy(&v, d + at, w);
	n += snprintf(b + n, sizeof(b) - n, ", f_namelen=%llu", (unsigned long long)v);
	v = 0;
	memcpy(&v, d + at + w, w);
	snprintf(b + n, sizeof(b) - n, ", f_frsize=%llu, f_flags=<*>}", (unsigned long long)v);
	return b;
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

/* Whether the running kernel is @maj.@min or newer. */
static int kernel_has(int maj, int min)
{
	static int v;

	if (!v) {
		struct utsname u;
		int a = 0, b = 0;

		if (uname(&u) || sscanf(u.release, "%d.%d", &a, &b) != 2)
			die("uname release");
		v = a * 1000 + b;
	}
	return v >= maj * 1000 + min;
}

/*
 * A call the kernel has since @maj.@min. On an older one it fails with
 * ENOSYS and, the module built against that kernel's headers knowing no
 * name for it, its line is by number with raw arguments: expected here,
 * and NO_LINE returned for the caller to expect nothing more.
 */
#define NO_LINE	(-100000L)
static long sc_since(int maj, int min, long nr, long a, long b, long c, long d,
		     long e, long f)
{
	long r = sc(nr, a, b, c, d, e, f);

	if (kernel_has(maj, min))
		return r;
	if (r != -ENOSYS)
		die("a call newer than the kernel did not fail with ENOSYS");
	expect("syscall_%ld, args=(0x%lx, 0x%lx, 0x%lx, 0x%lx, 0x%lx, 0x%lx), res=-38 ENOSYS",
	       nr, (unsigned long)a, (unsigned long)b, (unsigned long)c,
	       (unsigned long)d, (unsigned long)e, (unsigned long)f);
	return NO_LINE;
}

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

/*
 * Paths at page edges: the probe reads a string in pieces that never cross
 * a page, so a string that ends in the last bytes of a page is read whole
 * even when the next page is not mapped.
 */
static void page_edges(void)
{
	static const char edge[] = "/nonexistent/edge";
	long pg = sysconf(_SC_PAGESIZE);
	char *m, *end, *p;
	long r;

	m = mmap(NULL, 2 * pg, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (m == MAP_FAILED)
		die("mmap");
	end = m + pg;
	/* 100 bytes from 40 before the page's end into the next page */
	p = end - 40;
	memcpy(p, "/nonexistent/", 13);
	memset(p + 13, 'a', 87);
	p[100] = '\0';
	r = SC3(SYS_openat, AT_FDCWD, p, O_RDONLY);
	expect("openat, dirfd=AT_FDCWD, path=\"%s\", flags=O_RDONLY, res=%s", p, res(r));
	if (munmap(end, pg))
		die("munmap");
	/* the NUL is the mapped page's last byte */
	p = end - sizeof(edge);
	memcpy(p, edge, sizeof(edge));
	r = SC3(SYS_openat, AT_FDCWD, p, O_RDONLY);
	expect("openat, dirfd=AT_FDCWD, path=\"%s\", flags=O_RDONLY, res=%s", edge, res(r));
	/* no NUL before the unmapped page: what could be read, then ... */
	memset(end - 8, 'x', 8);
	r = SC3(SYS_openat, AT_FDCWD, end - 8, O_RDONLY);
	expect("openat, dirfd=AT_FDCWD, path=\"xxxxxxxx\"..., flags=O_RDONLY, res=%s", res(r));
	/* unmapped from the first byte: the fault marker */
	r = SC3(SYS_openat, AT_FDCWD, end, O_RDONLY);
	expect("openat, dirfd=AT_FDCWD, path=%p<fault>, flags=O_RDONLY, res=%s", (void *)end, res(r));
	munmap(m, pg);
}


/*
 * recvmmsg() of the two datagrams sendmmsg() sent to @us from itself
 * (bound to 127.0.0.1:@port): the first waited for, the second if there.
 */
static void recv_two(long us, unsigned int port)
{
	struct sockaddr_in from[2];
	char d[2][8], msgs[2][200], *p;
	struct iovec v[2] = { { d[0], 8 }, { d[1], 8 } };
	struct mmsghdr mm[2];
	long r, i;

	memset(mm, 0, sizeof(mm));
	for (i = 0; i < 2; i++) {
		mm[i].msg_hdr.msg_name = &from[i];
		mm[i].msg_hdr.msg_namelen = sizeof(from[i]);
		mm[i].msg_hdr.msg_iov = &v[i];
		mm[i].msg_hdr.msg_iovlen = 1;
	}
	r = SC5(SYS_recvmmsg, us, mm, 2, MSG_WAITFORONE, NULL);
	if (r < 1 || r > 2)
		die("recvmmsg: no datagram");
	for (i = 0; i < r; i++) {
		p = msgs[i];
		p += sprintf(p, "{msg_hdr={name=127.0.0.1:%u, namelen=16, iov=[{base=", port);
		quote(p, d[i], mm[i].msg_len, 0);
		p += strlen(p);
		sprintf(p, ", len=8}], iovlen=1, control=NULL, controllen=0, flags=0}, msg_len=%u}",
			mm[i].msg_len);
	}
	expect("recvmmsg, fd=%ld, vlen=2, flags=MSG_WAITFORONE, res=%ld, msgvec=[%s%s%s], left=NULL",
	       us, r, msgs[0], r > 1 ? ", " : "", r > 1 ? msgs[1] : "");
#ifdef __arm__	/* nothing left: the time64 twin fails at once */
	r = SC5(SYS_recvmmsg_time64, us, mm, 2, MSG_DONTWAIT, NULL);
	expect("recvmmsg_time64, fd=%ld, vlen=2, flags=MSG_DONTWAIT, res=%s",
	       us, res(r));
#endif
}

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
	expect("socket, domain=AF_INET, type=SOCK_STREAM|SOCK_CLOEXEC, protocol=IPPROTO_IP, res=%s", res(ls));
	r = SC3(SYS_bind, ls, &a, sizeof(a));
	expect("bind, fd=%ld, addr=127.0.0.1:%u, res=%s", ls, port, res(r));
	r = SC2(SYS_listen, ls, 8);
	expect("listen, fd=%ld, backlog=8, res=%s", ls, res(r));
	cs = SC3(SYS_socket, AF_INET, SOCK_STREAM, 0);
	expect("socket, domain=AF_INET, type=SOCK_STREAM, protocol=IPPROTO_IP, res=%s", res(cs));
	/* addrlen is an int: a negative one fails (EINVAL), nothing read */
	r = SC3(SYS_connect, cs, &a, -1);
	expect("connect, fd=%ld, addr=%s, res=%s", cs, ptr(&a), res(r));
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
	{
		struct sockaddr_in sa;
		socklen_t slen = sizeof(sa), olen = sizeof(int);
		struct iovec iov = { (void *)"pong", 4 }, riov = { buf, sizeof(buf) };
		struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1 };
		struct msghdr rm = { .msg_iov = &riov, .msg_iovlen = 1 };
		int one = 1, err = -1;
		long cs2, as2, us;
		char q[256];

		r = SC5(SYS_setsockopt, ls, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
		expect("setsockopt, fd=%ld, level=SOL_SOCKET, optname=SO_REUSEADDR, optval=\"\\x01\\x00\\x00\\x00\", optlen=4, res=%s",
		       ls, res(r));
		r = SC5(SYS_getsockopt, cs, SOL_SOCKET, SO_ERROR, &err, &olen);
		expect("getsockopt, fd=%ld, level=SOL_SOCKET, optname=SO_ERROR, optval=0x%lx, optlen=0x%lx, res=%s",
		       cs, (unsigned long)&err, (unsigned long)&olen, res(r));
		r = SC3(SYS_getsockname, ls, &sa, &slen);
		expect("getsockname, fd=%ld, res=%s, addr=127.0.0.1:%u", ls, res(r), port);
		slen = sizeof(sa);
		r = SC3(SYS_getpeername, cs, &sa, &slen);
		expect("getpeername, fd=%ld, res=%s, addr=127.0.0.1:%u", cs, res(r), port);
		r = SC3(SYS_sendmsg, cs, &m, 0);
		expect("sendmsg, fd=%ld, msg={name=NULL, namelen=0, iov=[{base=\"pong\", len=4}], iovlen=1, control=NULL, controllen=0, flags=0}, flags=0, res=%s",
		       cs, res(r));
		r = SC3(SYS_recvmsg, as, &rm, 0);
		expect("recvmsg, fd=%ld, flags=0, res=%s, msg={name=NULL, namelen=0, iov=[{base=%s, len=%zu}], iovlen=1, control=NULL, controllen=0, flags=0}",
		       as, res(r), qdata(q, buf, r > 0 ? r : 0), sizeof(buf));
		/* a datagram to itself: the address sent to and received from */
		us = SC3(SYS_socket, AF_INET, SOCK_DGRAM, 0);
		expect("socket, domain=AF_INET, type=SOCK_DGRAM, protocol=IPPROTO_IP, res=%s", res(us));
		r = SC3(SYS_bind, us, &a, sizeof(a));
		expect("bind, fd=%ld, addr=127.0.0.1:%u, res=%s", us, port, res(r));
		m.msg_name = &a;
		m.msg_namelen = sizeof(a);
		r = SC3(SYS_sendmsg, us, &m, MSG_DONTWAIT);
		expect("sendmsg, fd=%ld, msg={name=127.0.0.1:%u, namelen=16, iov=[{base=\"pong\", len=4}], iovlen=1, control=NULL, controllen=0, flags=0}, flags=MSG_DONTWAIT, res=%s",
		       us, port, res(r));
		rm.msg_name = &sa;
		rm.msg_namelen = sizeof(sa);
		r = SC3(SYS_recvmsg, us, &rm, 0);
		expect("recvmsg, fd=%ld, flags=0, res=%s, msg={name=127.0.0.1:%u, namelen=16, iov=[{base=%s, len=%zu}], iovlen=1, control=NULL, controllen=0, flags=0}",
		       us, res(r), port, qdata(q, buf, r > 0 ? r : 0), sizeof(buf));
		/* two datagrams in one call, as glibc's resolver sends */
		{
			struct iovec v1 = { (void *)"A", 1 }, v2 = { (void *)"AAAA", 4 };
			struct mmsghdr mm[2] = {
				{ .msg_hdr = { .msg_name = &a, .msg_namelen = sizeof(a),
					       .msg_iov = &v1, .msg_iovlen = 1 } },
				{ .msg_hdr = { .msg_name = &a, .msg_namelen = sizeof(a),
					       .msg_iov = &v2, .msg_iovlen = 1 } },
			};
			char one[128];

			r = SC4(SYS_sendmmsg, us, mm, 2, MSG_DONTWAIT);
			snprintf(one, sizeof(one), "name=127.0.0.1:%u, namelen=16, iov=[{base=", port);
			expect("sendmmsg, fd=%ld, msgvec=[{msg_hdr={%s\"A\", len=1}], iovlen=1, control=NULL, controllen=0, flags=0}, msg_len=1}, {msg_hdr={%s\"AAAA\", len=4}], iovlen=1, control=NULL, controllen=0, flags=0}, msg_len=4}], vlen=2, flags=MSG_DONTWAIT, res=%s",
			       us, one, one, res(r));
			r = SC6(SYS_recvfrom, us, buf, sizeof(buf), 0, NULL, NULL);
			expect("recvfrom, fd=%ld, size=%zu, flags=0, res=%s, data=\"A\", addr=NULL",
			       us, sizeof(buf), res(r));
			r = SC6(SYS_recvfrom, us, buf, sizeof(buf), 0, NULL, NULL);
			expect("recvfrom, fd=%ld, size=%zu, flags=0, res=%s, data=\"AAAA\", addr=NULL",
			       us, sizeof(buf), res(r));
			/*
			 * Longer than the buffer: MSG_TRUNC returns the datagram's
			 * length, the data is what the buffer got, not what follows.
			 */
			r = SC6(SYS_sendto, us, "BBBB", 4, MSG_DONTWAIT, &a, sizeof(a));
			expect("sendto, fd=%ld, data=\"BBBB\", size=4, flags=MSG_DONTWAIT, addr=127.0.0.1:%u, res=%s",
			       us, port, res(r));
			memset(buf, 'X', sizeof(buf));
			r = SC6(SYS_recvfrom, us, buf, 2, MSG_TRUNC, NULL, NULL);
			expect("recvfrom, fd=%ld, size=2, flags=MSG_TRUNC, res=%s, data=\"BB\"..., addr=NULL",
			       us, res(r));
			/* again, both taken in one call: what each message got */
			r = SC4(SYS_sendmmsg, us, mm, 2, MSG_DONTWAIT);
			expect("sendmmsg, fd=%ld, msgvec=[{msg_hdr={%s\"A\", len=1}], iovlen=1, control=NULL, controllen=0, flags=0}, msg_len=1}, {msg_hdr={%s\"AAAA\", len=4}], iovlen=1, control=NULL, controllen=0, flags=0}, msg_len=4}], vlen=2, flags=MSG_DONTWAIT, res=%s",
			       us, one, one, res(r));
			recv_two(us, port);
		}
		r = SC1(SYS_close, us);
		expect("close, fd=%ld, res=%s", us, res(r));
		/* an fd passed over a unix socket: SCM_RIGHTS both ways */
		{
			union { char b[CMSG_SPACE(sizeof(int))]; struct cmsghdr h; } cb, rcb;
			struct iovec fiov = { (void *)"f", 1 };
			struct msghdr fm = { .msg_iov = &fiov, .msg_iovlen = 1,
					     .msg_control = cb.b,
					     .msg_controllen = sizeof(cb.b) };
			struct cmsghdr *cm = CMSG_FIRSTHDR(&fm);
			int sp[2], got = -1;

			if (socketpair(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0, sp))
				die("socketpair");
			cm->cmsg_len = CMSG_LEN(sizeof(int));
			cm->cmsg_level = SOL_SOCKET;
			cm->cmsg_type = SCM_RIGHTS;
			memcpy(CMSG_DATA(cm), &sp[0], sizeof(int));
			r = SC3(SYS_sendmsg, sp[0], &fm, 0);
			expect("sendmsg, fd=%d, msg={name=NULL, namelen=0, iov=[{base=\"f\", len=1}], iovlen=1, control=[{level=SOL_SOCKET, type=SCM_RIGHTS, fds=[%d]}], controllen=%zu, flags=0}, flags=0, res=%s",
			       sp[0], sp[0], sizeof(cb.b), res(r));
			riov.iov_len = 8;
			rm.msg_name = NULL;
			rm.msg_namelen = 0;
			rm.msg_control = rcb.b;
			rm.msg_controllen = sizeof(rcb.b);
			/* the kernel hands MSG_CMSG_CLOEXEC back in msg_flags */
			r = SC3(SYS_recvmsg, sp[1], &rm, MSG_CMSG_CLOEXEC);
			cm = CMSG_FIRSTHDR(&rm);
			if (r == 1 && cm && cm->cmsg_type == SCM_RIGHTS)
				memcpy(&got, CMSG_DATA(cm), sizeof(int));
			expect("recvmsg, fd=%d, flags=MSG_CMSG_CLOEXEC, res=%s, msg={name=NULL, namelen=0, iov=[{base=\"f\", len=8}], iovlen=1, control=[{level=SOL_SOCKET, type=SCM_RIGHTS, fds=[%d]}], controllen=%zu, flags=MSG_CMSG_CLOEXEC}",
			       sp[1], res(r), got, (size_t)rm.msg_controllen);
			if (got >= 0)
				close(got);
			close(sp[0]);
			close(sp[1]);
		}
		r = SC2(SYS_shutdown, cs, SHUT_WR);
		expect("shutdown, fd=%ld, how=SHUT_WR, res=%s", cs, res(r));
		cs2 = SC3(SYS_socket, AF_INET, SOCK_STREAM, 0);
		expect("socket, domain=AF_INET, type=SOCK_STREAM, protocol=IPPROTO_IP, res=%s", res(cs2));
		r = SC3(SYS_connect, cs2, &a, sizeof(a));
		expect("connect, fd=%ld, addr=127.0.0.1:%u, res=%s", cs2, port, res(r));
		as2 = SC3(SYS_accept, ls, NULL, NULL);
		expect("accept, fd=%ld, res=%s, addr=NULL", ls, res(as2));
		r = SC1(SYS_close, as2);
		expect("close, fd=%ld, res=%s", as2, res(r));
		r = SC1(SYS_close, cs2);
		expect("close, fd=%ld, res=%s", cs2, res(r));
	}
	r = SC1(SYS_close, as);
	expect("close, fd=%ld, res=%s", as, res(r));
	r = SC1(SYS_close, cs);
	expect("close, fd=%ld, res=%s", cs, res(r));
	r = SC1(SYS_close, ls);
	expect("close, fd=%ld, res=%s", ls, res(r));
}

#ifndef __arm__
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

/* ---- every other decoded syscall (aarch64) ----------------------------- */

#include <poll.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <sys/utsname.h>
#include <linux/stat.h>
#include <linux/futex.h>
#include <sys/eventfd.h>
#include <sys/random.h>
#include <sys/file.h>
#include <sys/inotify.h>
#include <sys/mount.h>
#include <sys/signalfd.h>
#include <sys/time.h>
#include <sys/timerfd.h>
#include <sys/resource.h>
#include <linux/close_range.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/ptrace.h>

/* close(FD) with its expectation. */
/* /tmp/mysd-<tag>.<pid> (@path: 64 bytes) and its quoted text. */
static void tmp_path(char *path, char *quoted, const char *tag)
{
	snprintf(path, 64, "/tmp/mysd-%s.%ld", tag, my_pid);
	quote(quoted, path, strlen(path), 0);
}

static void xclose(long fd)
{
	long r = SC1(SYS_close, fd);

	expect("close, fd=%ld, res=%s", fd, res(r));
}

/* statx's mask as a line names it: the basic group when whole, then bits. */
static const char *statx_mask_text(unsigned int m)
{
	static const struct bit_name bits[] = {
		{ STATX_BASIC_STATS, "STATX_BASIC_STATS" }, { STATX_TYPE, "STATX_TYPE" }, { STATX_MODE, "STATX_MODE" },
		{ STATX_NLINK, "STATX_NLINK" }, { STATX_UID, "STATX_UID" },
		{ STATX_GID, "STATX_GID" }, { STATX_ATIME, "STATX_ATIME" },
		{ STATX_MTIME, "STATX_MTIME" }, { STATX_CTIME, "STATX_CTIME" },
		{ STATX_INO, "STATX_INO" }, { STATX_SIZE, "STATX_SIZE" },
		{ STATX_BLOCKS, "STATX_BLOCKS" }, { STATX_BTIME, "STATX_BTIME" },
		{ STATX_MNT_ID, "STATX_MNT_ID" }, { 0x2000, "STATX_DIOALIGN" },
	};
	static char b[2][320];
	static int i;
	char *p = b[i++ & 1];

	bit_names(p, sizeof(b[0]), bits, sizeof(bits) / sizeof(bits[0]), m);
	return p;
}

/* stat={mode=S_IFREG|0600, size=6} */
static const char *statstr(const struct stat *st)
{
	static char b[2][96];
	static int i;
	char *p = b[i++ & 1];
	const char *t = S_ISREG(st->st_mode) ? "S_IFREG" : S_ISDIR(st->st_mode) ? "S_IFDIR" : "?";

	snprintf(p, 96, "{mode=%s|%s, size=%lld}", t, oct(st->st_mode & 07777),
		 (long long)st->st_size);
	return p;
}

/*
 * Record locks. The kernel's struct flock has the task's off_t (a long);
 * a 32-bit task's fcntl64 takes struct flock64 for F_*LK64, 8-aligned.
 * F_GETLK finds no other owner's lock: F_UNLCK, the rest left as given.
 */
static void fcntl_locks(long fd)
{
	struct { short type, whence; long start, len; int pid; } fl = {
		F_WRLCK, SEEK_SET, 0, 10, 0 };
	long r;

	r = SC3(SYS_fcntl, fd, F_SETLK, &fl);
	expect("fcntl, fd=%ld, cmd=F_SETLK, arg={l_type=F_WRLCK, l_whence=SEEK_SET, l_start=0, l_len=10}, res=%s",
	       fd, res(r));
	r = SC3(SYS_fcntl, fd, F_GETLK, &fl);
	if (r || fl.type != F_UNLCK)
		die("F_GETLK: a conflicting lock");
	expect("fcntl, fd=%ld, cmd=F_GETLK, arg={l_type=F_UNLCK, l_whence=SEEK_SET, l_start=0, l_len=10, l_pid=0}, res=0",
	       fd);
#ifdef __arm__
	{
		struct { short type, whence; long long start, len; int pid; } fl64 = {
			F_RDLCK, SEEK_CUR, 5, 0, 0 };

		r = SC3(SYS_fcntl64, fd, F_SETLK64, &fl64);
		expect("fcntl64, fd=%ld, cmd=F_SETLK64, arg={l_type=F_RDLCK, l_whence=SEEK_CUR, l_start=5, l_len=0}, res=%s",
		       fd, res(r));
		r = SC3(SYS_fcntl64, fd, F_GETLK64, &fl64);
		if (r || fl64.type != F_UNLCK)
			die("F_GETLK64: a conflicting lock");
		expect("fcntl64, fd=%ld, cmd=F_GETLK64, arg={l_type=F_UNLCK, l_whence=SEEK_CUR, l_start=5, l_len=0, l_pid=0}, res=0",
		       fd);
		/* fcntl64's F_SETLK: the struct with 32-bit offsets */
		fl.type = F_UNLCK;
		fl.len = 0;
		r = SC3(SYS_fcntl64, fd, F_SETLK, &fl);
		expect("fcntl64, fd=%ld, cmd=F_SETLK, arg={l_type=F_UNLCK, l_whence=SEEK_SET, l_start=0, l_len=0}, res=%s",
		       fd, res(r));
	}
#endif
}

static void files2(void)
{
	static const char six[] = "abcdef";
	char dir[64], q[512], buf[256], dents[1024];
	struct iovec iov[2];
	struct stat st;
#ifdef __arm__
	static char stb[256];
	const char *sfmt;
#endif
	struct statx stx;
	long fd, dfd, r, mfd;

	snprintf(dir, sizeof(dir), "/tmp/mysd-dir.%ld", my_pid);
	r = SC1(SYS_umask, 022);
	expect("umask, mask=022, res=%s%lo", r ? "0" : "", r);	/* octal */
	r = SC3(SYS_mkdirat, AT_FDCWD, dir, 0755);
	expect("mkdirat, dirfd=AT_FDCWD, path=%s, mode=0755, res=%s", quote(q, dir, strlen(dir), 0), res(r));
	r = SC1(SYS_chdir, dir);
	expect("chdir, path=%s, res=%s", quote(q, dir, strlen(dir), 0), res(r));
	r = SC2(SYS_getcwd, buf, sizeof(buf));
	expect("getcwd, size=%zu, res=%s, path=%s", sizeof(buf), res(r),
	       quote(q, buf, r > 0 ? strlen(buf) : 0, 0));

	fd = SC4(SYS_openat, AT_FDCWD, "f", O_RDWR | O_CREAT | O_EXCL, 0600);
	expect("openat, dirfd=AT_FDCWD, path=\"f\", flags=O_RDWR|O_CREAT|O_EXCL, mode=0600, res=%s", res(fd));
#ifndef __arm__
	r = SC4(SYS_pwrite64, fd, six, 6, 10);
	expect("pwrite64, fd=%ld, data=\"abcdef\", size=6, offset=10, res=%s", fd, res(r));
	memset(buf, 0, sizeof(buf));
	r = SC4(SYS_pread64, fd, buf, 4, 11);
	expect("pread64, fd=%ld, size=4, offset=11, res=%s, data=%s", fd, res(r),
	       qdata(q, buf, r > 0 ? r : 0));
#else	/* EABI: the 64-bit offset in an even register pair after a pad */
	r = SC6(SYS_pwrite64, fd, six, 6, 0, 10, 0);
	expect("pwrite64, fd=%ld, data=\"abcdef\", size=6, offset_lo=0xa, offset_hi=0x0, res=%s", fd, res(r));
	memset(buf, 0, sizeof(buf));
	r = SC6(SYS_pread64, fd, buf, 4, 0, 11, 0);
	expect("pread64, fd=%ld, size=4, offset_lo=0xb, offset_hi=0x0, res=%s, data=%s", fd, res(r),
	       qdata(q, buf, r > 0 ? r : 0));
#endif
	iov[0].iov_base = (void *)"12";
	iov[0].iov_len = 2;
	iov[1].iov_base = (void *)"345";
	iov[1].iov_len = 3;
	r = SC3(SYS_writev, fd, iov, 2);
	expect("writev, fd=%ld, iov=[{base=\"12\", len=2}, {base=\"345\", len=3}], iovcnt=2, res=%s",
	       fd, res(r));
#if __SIZEOF_LONG__ == 8
	/* the count is an unsigned long: past UIO_MAXIOV, EINVAL, and no iovec read */
	r = SC3(SYS_writev, fd, iov, 0x100000002L);
	expect("writev, fd=%ld, iov=%s, iovcnt=4294967298, res=%s", fd, ptr(iov), res(r));
#endif
	r = SC3(SYS_lseek, fd, 0, SEEK_SET);
	expect("lseek, fd=%ld, offset=0, whence=SEEK_SET, res=%s", fd, res(r));
	iov[0].iov_base = buf;
	iov[0].iov_len = 4;
	iov[1].iov_base = buf + 4;
	iov[1].iov_len = 4;
	memset(buf, '-', 8);
	r = SC3(SYS_readv, fd, iov, 2);
	/* "12345", 5 bytes the pwrite64 at 10 left as a hole: "5\x00\x00\x00" */
	expect("readv, fd=%ld, iovcnt=2, res=%s, iov=[{base=%s, len=4}, {base=%s, len=4}]",
	       fd, res(r), qdata(q, buf, 4), qdata(q + 256, buf + 4, 4));
	/* at an offset: pwritev2's RWF_* flags, preadv what pwrite64 left */
	iov[0].iov_base = (void *)"xy";
	iov[0].iov_len = 2;
	r = SC6(SYS_pwritev2, fd, iov, 1, 20, 0, RWF_DSYNC);
	expect("pwritev2, fd=%ld, iov=[{base=\"xy\", len=2}], iovcnt=1, %s, flags=RWF_DSYNC, res=%s",
	       fd, OFFSET_ARGS("20", "0x14"), res(r));
	iov[0].iov_base = buf;
	iov[0].iov_len = 4;
	memset(buf, '-', 4);
	r = SC5(SYS_preadv, fd, iov, 1, 10, 0);
	expect("preadv, fd=%ld, iovcnt=1, %s, res=%s, iov=[{base=%s, len=4}]",
	       fd, OFFSET_ARGS("10", "0xa"), res(r), qdata(q, buf, r > 0 ? r : 0));
	iov[0].iov_base = (void *)"z";
	iov[0].iov_len = 1;
	r = SC5(SYS_pwritev, fd, iov, 1, 22, 0);
	expect("pwritev, fd=%ld, iov=[{base=\"z\", len=1}], iovcnt=1, %s, res=%s",
	       fd, OFFSET_ARGS("22", "0x16"), res(r));
	iov[0].iov_base = buf;
	iov[0].iov_len = 3;
	memset(buf, '-', 3);
	r = SC6(SYS_preadv2, fd, iov, 1, 20, 0, RWF_HIPRI);
	expect("preadv2, fd=%ld, iovcnt=1, %s, flags=RWF_HIPRI, res=%s%s%s%s",
	       fd, OFFSET_ARGS("20", "0x14"), res(r), r >= 0 ? ", iov=[{base=" : "",
	       r >= 0 ? qdata(q, buf, r) : "", r >= 0 ? ", len=3}]" : "");
#ifndef __arm__
	r = SC2(SYS_fstat, fd, &st);
	expect("fstat, fd=%ld, res=%s, stat=%s", fd, res(r), statstr(&st));
	r = SC4(SYS_newfstatat, AT_FDCWD, "f", &st, 0);
	expect("newfstatat, dirfd=AT_FDCWD, path=\"f\", flags=0, res=%s, stat=%s", res(r), statstr(&st));
#else
	/*
	 * struct stat: a 32-bit kernel's own is decoded; a compat one (its
	 * layout is not the 64-bit kernel's) prints as a pointer.
	 */
	if (fstat(fd, &st))
		die("fstat");
	sfmt = *abi_tag() ? ptr(stb) : statstr(&st);
	r = SC2(SYS_fstat, fd, stb);
	expect("fstat, fd=%ld, res=%s, stat=%s", fd, res(r), sfmt);
	r = SC2(SYS_stat, "f", stb);
	expect("stat, path=\"f\", res=%s, stat=%s", res(r), sfmt);
	r = SC2(SYS_lstat, "f", stb);
	expect("lstat, path=\"f\", res=%s, stat=%s", res(r), sfmt);
	r = SC2(SYS_fstat64, fd, stb);
	expect("fstat64, fd=%ld, stat=%s, res=%s", fd, ptr(stb), res(r));
	r = SC2(SYS_stat64, "f", stb);
	expect("stat64, path=\"f\", stat=%s, res=%s", ptr(stb), res(r));
	r = SC2(SYS_lstat64, "f", stb);
	expect("lstat64, path=\"f\", stat=%s, res=%s", ptr(stb), res(r));
	r = SC4(SYS_fstatat64, AT_FDCWD, "f", stb, 0);
	expect("fstatat64, dirfd=AT_FDCWD, path=\"f\", stat=%s, flags=0, res=%s", ptr(stb), res(r));
	r = SC2(SYS_fcntl64, fd, F_GETFD);
	expect("fcntl64, fd=%ld, cmd=F_GETFD, res=%s", fd, res(r));
#endif
	memset(&stx, 0, sizeof(stx));
	r = SC5(SYS_statx, AT_FDCWD, "f", AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, &stx);
	if (!r && !S_ISREG(stx.stx_mode))
		die("statx: f is not a file");
	if (r)
		expect("statx, dirfd=AT_FDCWD, path=\"f\", flags=AT_SYMLINK_NOFOLLOW, mask=STATX_BASIC_STATS, res=%s",
		       res(r));
	else
		expect("statx, dirfd=AT_FDCWD, path=\"f\", flags=AT_SYMLINK_NOFOLLOW, mask=STATX_BASIC_STATS, res=0, statx={mask=%s, mode=S_IFREG|%s, size=%llu}",
		       statx_mask_text(stx.stx_mask), oct(stx.stx_mode & 07777),
		       (unsigned long long)stx.stx_size);
	r = SC3(SYS_fcntl, fd, F_SETFD, FD_CLOEXEC);
	expect("fcntl, fd=%ld, cmd=F_SETFD, arg=FD_CLOEXEC, res=%s", fd, res(r));
	r = SC2(SYS_fcntl, fd, F_GETFD);
	expect("fcntl, fd=%ld, cmd=F_GETFD, res=%s", fd,
	       r == FD_CLOEXEC ? "1 FD_CLOEXEC" : res(r));
	/* a 64-bit kernel opens with O_LARGEFILE (ARM's, not libc's 0) */
	r = SC2(SYS_fcntl, fd, F_GETFL);
	if (r == (O_RDWR | ARM_O_LARGEFILE))
		expect("fcntl, fd=%ld, cmd=F_GETFL, res=%ld O_RDWR|O_LARGEFILE", fd, r);
	else if (r == O_RDWR)
		expect("fcntl, fd=%ld, cmd=F_GETFL, res=2 O_RDWR", fd);
	else
		die("F_GETFL: neither O_RDWR nor O_RDWR|O_LARGEFILE");
	fcntl_locks(fd);
	r = SC3(SYS_dup3, fd, 40, O_CLOEXEC);
	expect("dup3, oldfd=%ld, newfd=40, flags=O_CLOEXEC, res=%s", fd, res(r));
	xclose(40);
	r = SC2(SYS_ftruncate, fd, 100);
	expect("ftruncate, fd=%ld, length=100, res=%s", fd, res(r));
	r = SC1(SYS_fsync, fd);
	expect("fsync, fd=%ld, res=%s", fd, res(r));
	r = SC1(SYS_fdatasync, fd);
	expect("fdatasync, fd=%ld, res=%s", fd, res(r));
	r = SC2(SYS_fchmod, fd, 0640);
	expect("fchmod, fd=%ld, mode=0640, res=%s", fd, res(r));
	r = SC3(SYS_fchown, fd, -1, -1);
	expect("fchown, fd=%ld, uid=-1, gid=-1, res=%s", fd, res(r));
	r = SC3(SYS_fchmodat, AT_FDCWD, "f", 0600);
	expect("fchmodat, dirfd=AT_FDCWD, path=\"f\", mode=0600, res=%s", res(r));
	r = SC5(SYS_fchownat, AT_FDCWD, "f", -1, -1, AT_SYMLINK_NOFOLLOW);
	expect("fchownat, dirfd=AT_FDCWD, path=\"f\", uid=-1, gid=-1, flags=AT_SYMLINK_NOFOLLOW, res=%s", res(r));
	r = SC3(SYS_faccessat, AT_FDCWD, "f", R_OK | W_OK);
	expect("faccessat, dirfd=AT_FDCWD, path=\"f\", mode=R_OK|W_OK, res=%s", res(r));
	r = SC4(SYS_faccessat2, AT_FDCWD, "f", F_OK, AT_EACCESS);
	expect("faccessat2, dirfd=AT_FDCWD, path=\"f\", mode=F_OK, flags=AT_EACCESS, res=%s", res(r));
	r = SC5(SYS_linkat, AT_FDCWD, "f", AT_FDCWD, "g", 0);
	expect("linkat, olddirfd=AT_FDCWD, oldpath=\"f\", newdirfd=AT_FDCWD, newpath=\"g\", flags=0, res=%s", res(r));
	r = SC3(SYS_symlinkat, "f", AT_FDCWD, "l");
	expect("symlinkat, target=\"f\", newdirfd=AT_FDCWD, linkpath=\"l\", res=%s", res(r));
	r = SC4(SYS_readlinkat, AT_FDCWD, "l", buf, sizeof(buf));
	expect("readlinkat, dirfd=AT_FDCWD, path=\"l\", size=%zu, res=%s, buf=%s", sizeof(buf), res(r),
	       quote(q, buf, r > 0 ? r : 0, 0));
	r = SC4(SYS_renameat, AT_FDCWD, "g", AT_FDCWD, "h");
	expect("renameat, olddirfd=AT_FDCWD, oldpath=\"g\", newdirfd=AT_FDCWD, newpath=\"h\", res=%s", res(r));
	r = SC5(SYS_renameat2, AT_FDCWD, "h", AT_FDCWD, "i", RENAME_NOREPLACE);
	expect("renameat2, olddirfd=AT_FDCWD, oldpath=\"h\", newdirfd=AT_FDCWD, newpath=\"i\", flags=RENAME_NOREPLACE, res=%s",
	       res(r));
	r = SC3(SYS_lseek, fd, 1, SEEK_SET);
	expect("lseek, fd=%ld, offset=1, whence=SEEK_SET, res=%s", fd, res(r));
	r = SC4(SYS_sendfile, devnull, fd, NULL, 3);
	expect("sendfile, out_fd=%d, in_fd=%ld, count=3, res=%s%s", devnull, fd, res(r),
	       r < 0 ? "" : ", offset=NULL");
	{	/* from an offset: the one the kernel left is shown */
		long off = 1;	/* the kernel's off_t: the task's long */

		r = SC4(SYS_sendfile, devnull, fd, &off, 2);
		if (r != 2 || off != 3)
			die("sendfile: not 2 bytes from 1");
		expect("sendfile, out_fd=%d, in_fd=%ld, count=2, res=2, offset=%ld", devnull, fd, off);
	}
#ifdef SYS_sendfile64
	r = SC4(SYS_sendfile64, devnull, fd, NULL, 3);
	expect("sendfile64, out_fd=%d, in_fd=%ld, count=3, res=%s%s", devnull, fd, res(r),
	       r < 0 ? "" : ", offset=NULL");
	{
		int64_t off = 2;

		r = SC4(SYS_sendfile64, devnull, fd, &off, 1);
		if (r != 1 || off != 3)
			die("sendfile64: not 1 byte from 2");
		expect("sendfile64, out_fd=%d, in_fd=%ld, count=1, res=1, offset=%lld", devnull, fd,
		       (long long)off);
	}
#endif
	r = SC3(SYS_ioctl, devnull, 0x5401, buf);
	expect("ioctl, fd=%d, cmd=TCGETS, arg=%s, res=%s", devnull, ptr(buf), res(r));
	memset(buf, 0, sizeof(int));	/* blocking, as it was */
	r = SC3(SYS_ioctl, devnull, FIONBIO, buf);
	expect("ioctl, fd=%d, cmd=FIONBIO, arg=%s, res=%s", devnull, ptr(buf), res(r));

	/* no O_DIRECTORY here: see run_bugs */
	dfd = SC3(SYS_openat, AT_FDCWD, ".", O_RDONLY | O_CLOEXEC);
	expect("openat, dirfd=AT_FDCWD, path=\".\", flags=O_RDONLY|O_CLOEXEC, res=%s", res(dfd));
	r = SC3(SYS_getdents64, dfd, dents, sizeof(dents));
	if (r <= 0)
		die("getdents64");
	expect("getdents64, fd=%ld, count=%zu, res=%ld, dirp=%s", dfd, sizeof(dents), r,
	       dirents_text(dents, r));
	r = SC3(SYS_getdents64, dfd, dents, sizeof(dents));
	expect("getdents64, fd=%ld, count=%zu, res=%s%s", dfd, sizeof(dents), res(r),
	       r == 0 ? ", dirp=[]" : "");
	r = SC1(SYS_chdir, "/");
	expect("chdir, path=\"/\", res=%s", res(r));
	r = SC1(SYS_fchdir, dfd);
	expect("fchdir, fd=%ld, res=%s", dfd, res(r));
	r = SC3(SYS_unlinkat, dfd, "i", 0);
	expect("unlinkat, dirfd=%ld, path=\"i\", flags=0, res=%s", dfd, res(r));
	r = SC3(SYS_unlinkat, AT_FDCWD, "l", 0);
	expect("unlinkat, dirfd=AT_FDCWD, path=\"l\", flags=0, res=%s", res(r));
	r = SC3(SYS_unlinkat, AT_FDCWD, "f", 0);
	expect("unlinkat, dirfd=AT_FDCWD, path=\"f\", flags=0, res=%s", res(r));
	r = SC1(SYS_chdir, "/");
	expect("chdir, path=\"/\", res=%s", res(r));
	r = SC3(SYS_unlinkat, AT_FDCWD, dir, AT_REMOVEDIR);
	expect("unlinkat, dirfd=AT_FDCWD, path=%s, flags=AT_REMOVEDIR, res=%s",
	       quote(q, dir, strlen(dir), 0), res(r));
	xclose(dfd);
	xclose(fd);

	mfd = SC2(SYS_memfd_create, "mysd", MFD_CLOEXEC);
	expect("memfd_create, name=\"mysd\", flags=MFD_CLOEXEC, res=%s", res(mfd));
	xclose(mfd);
}

static void memory2(void)
{
	long p, p2, r;

#ifndef __arm__
	p = SC6(SYS_mmap, 0, 16384, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	expect("mmap, addr=NULL, len=16384, prot=PROT_READ|PROT_WRITE, flags=MAP_PRIVATE|MAP_ANONYMOUS, fd=-1, offset=0x0, res=0x%lx", p);
#else
	p = SC6(SYS_mmap2, 0, 16384, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	expect("mmap2, addr=NULL, len=16384, prot=PROT_READ|PROT_WRITE, flags=MAP_PRIVATE|MAP_ANONYMOUS, fd=-1, pgoff=0x0, res=0x%lx", p);
#endif
	{
		/* a 2 MiB huge page: the guest has no pool (ENOMEM); its size prints */
#ifndef __arm__
		static const char call[] = "mmap, addr=NULL", off[] = "offset";
		long nr = SYS_mmap;
#else
		static const char call[] = "mmap2, addr=NULL", off[] = "pgoff";
		long nr = SYS_mmap2;
#endif
		int failed;
		char hres[32];

		p2 = SC6(nr, 0, 2 << 20, PROT_READ,
			 MAP_PRIVATE | MAP_ANONYMOUS | MAP_HUGETLB | 21 << MAP_HUGE_SHIFT, -1, 0);
		failed = p2 < 0 && p2 >= -4095;
		if (failed)
			snprintf(hres, sizeof(hres), "%s", res(p2));
		else
			snprintf(hres, sizeof(hres), "0x%lx", p2);
		expect("%s, len=2097152, prot=PROT_READ, flags=MAP_PRIVATE|MAP_ANONYMOUS|MAP_HUGETLB|21<<MAP_HUGE_SHIFT, fd=-1, %s=0x0, res=%s",
		       call, off, hres);
		if (!failed) {
			r = SC2(SYS_munmap, p2, 2 << 20);
			expect("munmap, addr=0x%lx, len=2097152, res=%s", p2, res(r));
		}
	}
	r = SC3(SYS_mprotect, p, 4096, PROT_READ);
	expect("mprotect, addr=0x%lx, len=4096, prot=PROT_READ, res=%s", p, res(r));
	r = SC3(SYS_madvise, p, 4096, MADV_DONTNEED);
	expect("madvise, addr=0x%lx, len=4096, advice=MADV_DONTNEED, res=%s", p, res(r));
	p2 = SC5(SYS_mremap, p, 16384, 8192, MREMAP_MAYMOVE, 0);
	expect("mremap, old_addr=0x%lx, old_size=16384, new_size=8192, flags=MREMAP_MAYMOVE, new_addr=NULL, res=0x%lx",
	       p, p2);
	r = SC2(SYS_munmap, p2, 8192);
	expect("munmap, addr=0x%lx, len=8192, res=%s", p2, res(r));
	p = SC1(SYS_brk, 0);
	expect("brk, addr=NULL, res=0x%lx", p);
}

static void sockets2(void)
{
	int fds[2];
	long r;

	r = SC4(SYS_socketpair, AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds);
	expect("socketpair, domain=AF_UNIX, type=SOCK_STREAM|SOCK_CLOEXEC, protocol=0, res=%s, sv=[%d, %d]",
	       res(r), fds[0], fds[1]);
	xclose(fds[0]);
	xclose(fds[1]);
}

/* System V IPC, scheduling, modules, namespaces, ptrace: each once. */
static void ipc_sched_modules(void)
{
	struct { long mtype; char mtext[8]; } m = { 1, "ping" };
	struct sembuf sop = { 0, 1, IPC_NOWAIT };
	struct sched_param sp = { 0 };
	struct timespec ts;
	long id, addr, r;

	/* key_t is an int: a key above 2^31 is sign-extended on arm64 */
	r = SC2(SYS_msgget, (key_t)0x9e010203, 0600);
	expect("msgget, key=0x9e010203, msgflg=0600, res=%s", res(r));
	id = SC2(SYS_msgget, IPC_PRIVATE, IPC_CREAT | 0600);
	expect("msgget, key=0x0, msgflg=IPC_CREAT|0600, res=%s", res(id));
	r = SC4(SYS_msgsnd, id, &m, 4, IPC_NOWAIT);
	expect("msgsnd, msqid=%ld, msgp={mtype=1, mtext=\"ping\"}, msgsz=4, msgflg=IPC_NOWAIT, res=%s",
	       id, res(r));
	memset(&m, 0, sizeof(m));
	r = SC5(SYS_msgrcv, id, &m, 8, 0, IPC_NOWAIT | MSG_NOERROR);
	expect("msgrcv, msqid=%ld, msgsz=8, msgtyp=0, msgflg=IPC_NOWAIT|MSG_NOERROR, res=%s%s", id,
	       res(r), r == 4 && m.mtype == 1 ? ", msgp={mtype=1, mtext=\"ping\"}" : "");
	r = SC3(SYS_msgctl, id, IPC_RMID, NULL);
	expect("msgctl, msqid=%ld, cmd=IPC_RMID, buf=NULL, res=%s", id, res(r));

	id = SC3(SYS_semget, IPC_PRIVATE, 1, IPC_CREAT | 0600);
	expect("semget, key=0x0, nsems=1, semflg=IPC_CREAT|0600, res=%s", res(id));
	r = SC3(SYS_semop, id, &sop, 1);
	expect("semop, semid=%ld, sops=[{sem_num=0, sem_op=1, sem_flg=IPC_NOWAIT}], nsops=1, res=%s",
	       id, res(r));
#if __SIZEOF_LONG__ == 8
	/* nsops is an unsigned int: the kernel takes the low half, one op */
	{
		struct sembuf two[2] = { sop, sop };

		r = SC3(SYS_semop, id, two, 0x100000001L);
		expect("semop, semid=%ld, sops=[{sem_num=0, sem_op=1, sem_flg=IPC_NOWAIT}], nsops=1, res=%s",
		       id, res(r));
	}
#endif
	r = SC4(SYS_semctl, id, 0, GETVAL, 0);
	expect("semctl, semid=%ld, semnum=0, cmd=GETVAL, arg=0x0, res=%s", id, res(r));
	r = SC4(SYS_semctl, id, 0, IPC_RMID, 0);
	expect("semctl, semid=%ld, semnum=0, cmd=IPC_RMID, arg=0x0, res=%s", id, res(r));

	id = SC3(SYS_shmget, IPC_PRIVATE, 4096, IPC_CREAT | 0600);
	expect("shmget, key=0x0, size=4096, shmflg=IPC_CREAT|0600, res=%s", res(id));
	addr = SC3(SYS_shmat, id, NULL, SHM_RDONLY);
	if (addr < 0 && addr >= -4095)	/* a kernel without System V IPC */
		expect("shmat, shmid=%ld, shmaddr=NULL, shmflg=SHM_RDONLY, res=%s", id, res(addr));
	else
		expect("shmat, shmid=%ld, shmaddr=NULL, shmflg=SHM_RDONLY, res=0x%lx", id, addr);
	r = SC1(SYS_shmdt, addr);
	expect("shmdt, shmaddr=%s, res=%s", ptr((void *)addr), res(r));
	r = SC3(SYS_shmctl, id, IPC_RMID, NULL);
	expect("shmctl, shmid=%ld, cmd=IPC_RMID, buf=NULL, res=%s", id, res(r));

	r = SC1(SYS_sched_getscheduler, 0);
	expect("sched_getscheduler, pid=0, res=%s", res(r));
	r = SC2(SYS_sched_getparam, 0, &sp);
	expect("sched_getparam, pid=0, res=%s, param={sched_priority=%d}", res(r), sp.sched_priority);
	r = SC3(SYS_sched_setscheduler, 0, SCHED_OTHER, &sp);
	expect("sched_setscheduler, pid=0, policy=SCHED_OTHER, param={sched_priority=%d}, res=%s",
	       sp.sched_priority, res(r));
	r = SC2(SYS_sched_setparam, 0, &sp);
	expect("sched_setparam, pid=0, param={sched_priority=%d}, res=%s", sp.sched_priority, res(r));
	r = SC1(SYS_sched_get_priority_max, SCHED_FIFO);
	expect("sched_get_priority_max, policy=SCHED_FIFO, res=%s", res(r));
	r = SC1(SYS_sched_get_priority_min, SCHED_RR);
	expect("sched_get_priority_min, policy=SCHED_RR, res=%s", res(r));
	r = SC2(SYS_sched_rr_get_interval, 0, &ts);
	expect("sched_rr_get_interval, pid=0, res=%s, tp={tv_sec=%ld, tv_nsec=%ld}",
	       res(r), (long)ts.tv_sec, (long)ts.tv_nsec);
#ifdef __arm__
	{
		struct { int64_t sec, nsec; } t64;

		r = SC2(SYS_sched_rr_get_interval_time64, 0, &t64);
		expect("sched_rr_get_interval_time64, pid=0, res=%s, tp={tv_sec=%lld, tv_nsec=%lld}",
		       res(r), (long long)t64.sec, (long long)t64.nsec);
	}
#endif

	/* refused at once: no module of that name, no file, no image */
	r = SC2(SYS_delete_module, "mysd_none", O_NONBLOCK);
	expect("delete_module, name=\"mysd_none\", flags=O_NONBLOCK, res=%s", res(r));
	r = SC3(SYS_finit_module, -1, "", 0);
	expect("finit_module, fd=-1, param_values=\"\", flags=0, res=%s", res(r));
	r = SC3(SYS_init_module, NULL, 0, "");
	expect("init_module, module_image=NULL, len=0, param_values=\"\", res=%s", res(r));
	r = SC1(SYS_unshare, 0);
	expect("unshare, flags=0, res=%s", res(r));
	r = SC2(SYS_setns, -1, CLONE_NEWNET);
	expect("setns, fd=-1, nstype=CLONE_NEWNET, res=%s", res(r));
	r = SC4(SYS_ptrace, PTRACE_PEEKDATA, 999999, NULL, 0);
	expect("ptrace, request=PTRACE_PEEKDATA, pid=999999, addr=NULL, data=0x0, res=%s", res(r));
}

/* ", key=<data>" of an output buffer after res=, or "" when it failed */
static const char *outbuf(const char *key, const void *d, long r)
{
	static char b[2][320];
	static int i;
	char *p = b[i++ & 1], q[256];

	if (r < 0)
		return "";
	snprintf(p, 320, ", %s=%s", key, qdata(q, d, r));
	return p;
}

static void procs2(void)
{
	static int tidword, futexword, futexword2;
	static char rs[32] __attribute__((aligned(32)));
	struct { uint64_t flags, pidfd, child_tid, parent_tid, exit_signal, stack,
		 stack_size, tls, set_tid, set_tid_size, cgroup; } ca;
	/*
	 * On the stack, so in memory: the probe reads without faulting pages
	 * in, and 6.12 fails the exec of a missing file before it reads argv.
	 */
	char bad0[] = "/nonexistent/prog", bad1[] = "x";
	char *const bad_argv[] = { bad0, bad1, NULL };
	char *envp[64];
	unsigned long rl[2];	/* struct rlimit, in the task's longs */
	uint64_t rl64[2];	/* struct rlimit64 */
	long tv[2];		/* struct timeval, in the task's longs */
	struct utsname u;
	struct timespec ts, req = { 0, 1000 };
	unsigned char rnd[8];
	char c[32], q[4][200], call[80];
	void *head = NULL;
	size_t hlen = 0;
	long r, tid = xgettid();

	r = SC0(SYS_geteuid);
	expect("geteuid, res=%s", res(r));
	r = SC0(SYS_getgid);
	expect("getgid, res=%s", res(r));
	r = SC0(SYS_getegid);
	expect("getegid, res=%s", res(r));
	r = SC0(SYS_sched_yield);
	expect("sched_yield, res=%s", res(r));
	r = SC2(SYS_kill, my_pid, 0);
	expect("kill, pid=%ld, sig=0, res=%s", my_pid, res(r));
	r = SC2(SYS_tkill, tid, 0);
	expect("tkill, tid=%ld, sig=0, res=%s", tid, res(r));
	r = SC1(SYS_set_tid_address, &tidword);
	expect("set_tid_address, tidptr=%s, res=%s", ptr(&tidword), res(r));
	if (SC3(SYS_get_robust_list, 0, &head, &hlen))
		die("get_robust_list");
	expect("get_robust_list, pid=0, head_ptr=%s, len_ptr=%s, res=0", ptr(&head), ptr(&hlen));
	r = SC2(SYS_set_robust_list, head, hlen);
	expect("set_robust_list, head=%s, len=%zu, res=%s", ptr(head), hlen, res(r));
	r = SC4(SYS_rseq, rs, 32, 0, 0x53053053);
	expect("rseq, rseq=%s, len=32, flags=0, sig=0x53053053, res=%s", ptr(rs), res(r));
	/* prctl: as strace, only the arguments the option reads */
	r = SC5(SYS_prctl, PR_GET_NAME, c, 0, 0, 0);
	expect("prctl, option=PR_GET_NAME, arg2=%s, res=%s",
	       quote(q[0], c, strlen(c), 0), res(r));
	/* the same name again: the lines' comm stays */
	r = SC5(SYS_prctl, PR_SET_NAME, c, 0, 0, 0);
	expect("prctl, option=PR_SET_NAME, arg2=%s, res=%s",
	       quote(q[0], c, strlen(c), 0), res(r));
	r = SC5(SYS_prctl, PR_SET_NAME, 0x10, 0, 0, 0);
	expect("prctl, option=PR_SET_NAME, arg2=0x10<fault>, res=%s", res(r));
	r = SC5(SYS_prctl, PR_GET_DUMPABLE, 0, 0, 0, 0);
	expect("prctl, option=PR_GET_DUMPABLE, res=%s%s", res(r),
	       r == 0 ? " SUID_DUMP_DISABLE" : r == 1 ? " SUID_DUMP_USER" :
	       r == 2 ? " SUID_DUMP_ROOT" : "");
	r = SC5(SYS_prctl, PR_CAPBSET_READ, 21, 0, 0, 0);	/* CAP_SYS_ADMIN */
	expect("prctl, option=PR_CAPBSET_READ, arg2=CAP_SYS_ADMIN, res=%s", res(r));
	r = SC5(SYS_prctl, PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
	expect("prctl, option=PR_SET_PDEATHSIG, arg2=SIGKILL, res=%s", res(r));
	r = SC5(SYS_prctl, PR_SET_PDEATHSIG, 0, 0, 0, 0);
	expect("prctl, option=PR_SET_PDEATHSIG, arg2=0, res=%s", res(r));
	r = SC5(SYS_prctl, PR_SET_MM, 0, 0, 0, 0);	/* strace leaves it raw */
	expect("prctl, option=PR_SET_MM, arg2=0x0, arg3=0x0, arg4=0x0, arg5=0x0, res=%s",
	       res(r));
	r = SC4(SYS_prlimit64, 0, RLIMIT_NOFILE, NULL, rl64);
	expect("prlimit64, pid=0, resource=RLIMIT_NOFILE, new_limit=NULL, res=%s, old_limit={rlim_cur=%s, rlim_max=%s}",
	       res(r), rlim64_text(rl64[0]), rlim64_text(rl64[1]));
#ifdef SYS_getrlimit
	r = SC2(SYS_getrlimit, RLIMIT_STACK, rl);
	expect("getrlimit, resource=RLIMIT_STACK, res=%s, rlim={rlim_cur=%s, rlim_max=%s}",
	       res(r), rlim_text(rl[0], sizeof(long)), rlim_text(rl[1], sizeof(long)));
#endif
#ifdef SYS_ugetrlimit
	r = SC2(SYS_ugetrlimit, RLIMIT_STACK, rl);
	expect("ugetrlimit, resource=RLIMIT_STACK, res=%s, rlim={rlim_cur=%s, rlim_max=%s}",
	       res(r), rlim_text(rl[0], sizeof(long)), rlim_text(rl[1], sizeof(long)));
#endif
	/* the stack limit set to what it is */
	r = SC2(SYS_setrlimit, RLIMIT_STACK, rl);
	expect("setrlimit, resource=RLIMIT_STACK, rlim={rlim_cur=%s, rlim_max=%s}, res=%s",
	       rlim_text(rl[0], sizeof(long)), rlim_text(rl[1], sizeof(long)), res(r));
	r = SC1(SYS_uname, &u);
	expect("uname, res=%s, buf={sysname=%s, nodename=%s, release=%s, machine=%s}", res(r),
	       quote(q[0], u.sysname, strlen(u.sysname), 0), quote(q[1], u.nodename, strlen(u.nodename), 0),
	       quote(q[2], u.release, strlen(u.release), 0), quote(q[3], u.machine, strlen(u.machine), 0));
	r = SC3(SYS_getrandom, rnd, sizeof(rnd), GRND_NONBLOCK);
	/* EAGAIN where the kernel's random pool is not ready yet (vexpress-a9) */
	expect("getrandom, size=8, flags=GRND_NONBLOCK, res=%s%s", res(r), outbuf("buf", rnd, r));
	r = SC2(SYS_clock_gettime, CLOCK_MONOTONIC, &ts);
	expect("clock_gettime, clockid=CLOCK_MONOTONIC, res=%s, tp={tv_sec=%ld, tv_nsec=%ld}", res(r),
	       (long)ts.tv_sec, (long)ts.tv_nsec);
	r = SC4(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, &req, NULL);
	expect("clock_nanosleep, clockid=CLOCK_MONOTONIC, flags=0, req={tv_sec=0, tv_nsec=1000}, rem=NULL, res=%s", res(r));
	r = SC2(SYS_gettimeofday, tv, NULL);
	expect("gettimeofday, tz=NULL, res=%s, tv={tv_sec=%ld, tv_usec=%ld}", res(r), tv[0], tv[1]);
	/* WAKE has no use for the fourth argument: not shown, as strace */
	r = SC6(SYS_futex, &futexword, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
	expect("futex, uaddr=%s, op=FUTEX_WAKE|FUTEX_PRIVATE_FLAG, val=1, res=%s",
	       ptr(&futexword), res(r));
	/* the word is 0, not 1: EAGAIN at once, its timeout read at the exit */
	r = SC6(SYS_futex, &futexword, FUTEX_WAIT_PRIVATE, 1, &req, NULL, 0);
	expect("futex, uaddr=%s, op=FUTEX_WAIT|FUTEX_PRIVATE_FLAG, val=1, timeout={tv_sec=0, tv_nsec=1000}, res=%s",
	       ptr(&futexword), res(r));
	/* a requeue's fourth argument is a count (val2), never read */
	r = SC6(SYS_futex, &futexword, FUTEX_CMP_REQUEUE_PRIVATE, 1, 2, &futexword2, 0);
	expect("futex, uaddr=%s, op=FUTEX_CMP_REQUEUE|FUTEX_PRIVATE_FLAG, val=1, val2=2, uaddr2=%s, val3=0, res=%s",
	       ptr(&futexword), ptr(&futexword2), res(r));

	r = SC5(SYS_execveat, AT_FDCWD, bad_argv[0], bad_argv,
		stack_envp(envp, 64), 0);
	expect("execveat, dirfd=AT_FDCWD, path=\"/nonexistent/prog\", argv=[\"/nonexistent/prog\", \"x\"], envp=%s, flags=0, res=%s",
	       envp_text(envp), res(r));

	memset(&ca, 0, sizeof(ca));
	ca.exit_signal = SIGCHLD;
	r = SC2(SYS_clone3, &ca, sizeof(ca));
	snprintf(call, sizeof(call), "clone3, args={flags=0, exit_signal=SIGCHLD, stack=0x0, stack_size=0x0}, size=%zu",
		 sizeof(ca));
	if (r == 0)
		forked_child_exit(call);
	expect("%s, res=%s", call, res(r));
	if (r > 0) {	/* reaped by waitid(), which tells who and how */
		siginfo_t si;
		long w;

		memset(&si, 0, sizeof(si));
		w = SC5(SYS_waitid, P_PID, r, &si, WEXITED, NULL);
		if (w || si.si_pid != r || si.si_status != 0)
			die("waitid: not the clone3 child's exit");
		expect("waitid, which=P_PID, id=%ld, options=WEXITED, res=%s, infop=%s, rusage=NULL",
		       r, res(w), siginfo_text(&si));
	}
}

static void io2(void)
{
	struct timespec ts0 = { 0, 0 }, ts1 = { 1, 0 };
	struct { int64_t sec, nsec; } ts64 = { 0, 1000 };
	struct pollfd pfd;
	fd_set rd, wr;
	struct epoll_event ev = { .events = EPOLLIN | EPOLLET,
				  .data.u64 = 0x1122334455667788ULL }, evs[4];
	int fds[2];
	long r, ep, efd;

	r = SC2(SYS_pipe2, fds, O_CLOEXEC);
	expect("pipe2, flags=O_CLOEXEC, res=%s, fds=[%d, %d]", res(r), fds[0], fds[1]);
	r = SC3(SYS_write, fds[1], "x", 1);
	expect("write, fd=%d, data=\"x\", size=1, res=%s", fds[1], res(r));
	pfd.fd = fds[0];
	pfd.events = POLLIN;
	r = SC5(SYS_ppoll, &pfd, 1, &ts0, NULL, 8);
	expect("ppoll, fds=[{fd=%d, events=POLLIN}], nfds=1, sigmask=NULL, sigsetsize=8, res=%s, left={tv_sec=0, tv_nsec=0}, revents=[{fd=%d, revents=POLLIN}]",
	       fds[0], res(r), fds[0]);
#if __SIZEOF_LONG__ == 8
	/* nfds is an unsigned int: one pollfd read, not the stack past it */
	r = SC5(SYS_ppoll, &pfd, 0x100000001L, &ts0, NULL, 8);
	expect("ppoll, fds=[{fd=%d, events=POLLIN}], nfds=1, sigmask=NULL, sigsetsize=8, res=%s, left={tv_sec=0, tv_nsec=0}, revents=[{fd=%d, revents=POLLIN}]",
	       fds[0], res(r), fds[0]);
#endif
	/* the sets and the timeout as the call left them: ready fds, time left */
	FD_ZERO(&rd);
	FD_ZERO(&wr);
	FD_SET(fds[0], &rd);	/* holds "x" */
	FD_SET(fds[1], &rd);	/* write end: never readable */
	FD_SET(fds[1], &wr);
	r = SC6(SYS_pselect6, fds[1] + 1, &rd, &wr, NULL, &ts1, NULL);
	expect("pselect6, nfds=%d, sigmask=NULL, res=%s, readfds=[%d], writefds=[%d], exceptfds=NULL, left={tv_sec=<*>, tv_nsec=<*>}",
	       fds[1] + 1, res(r), fds[0], fds[1]);
	ep = SC1(SYS_epoll_create1, EPOLL_CLOEXEC);
	expect("epoll_create1, flags=EPOLL_CLOEXEC, res=%s", res(ep));
	r = SC4(SYS_epoll_ctl, ep, EPOLL_CTL_ADD, fds[0], &ev);
	expect("epoll_ctl, epfd=%ld, op=EPOLL_CTL_ADD, fd=%d, event={events=EPOLLIN|EPOLLET, data=0x1122334455667788}, res=%s",
	       ep, fds[0], res(r));
	/* "x" waits in the pipe: one event, as registered */
	r = SC6(SYS_epoll_pwait, ep, evs, 4, 0, NULL, 8);
	expect("epoll_pwait, epfd=%ld, maxevents=4, timeout=0, sigmask=NULL, sigsetsize=8, res=%s%s",
	       ep, res(r), r == 1 ? ", events=[{events=EPOLLIN, data=0x1122334455667788}]" : "");
	/* epoll_pwait2's timeout is a struct __kernel_timespec in every ABI */
	r = sc_since(5, 11, SYS_epoll_pwait2, ep, (long)evs, 4, (long)&ts64, 0, 8);
	if (r != NO_LINE)
		expect("epoll_pwait2, epfd=%ld, maxevents=4, timeout={tv_sec=0, tv_nsec=1000}, sigmask=NULL, sigsetsize=8, res=%s%s",
		       ep, res(r), r == 1 ? ", events=[{events=EPOLLIN, data=0x1122334455667788}]" :
		       r == 0 ? ", events=[]" : "");
	r = SC4(SYS_epoll_ctl, ep, EPOLL_CTL_DEL, fds[0], NULL);
	expect("epoll_ctl, epfd=%ld, op=EPOLL_CTL_DEL, fd=%d, event=NULL, res=%s", ep, fds[0], res(r));
	efd = SC2(SYS_eventfd2, 3, EFD_CLOEXEC);
	expect("eventfd2, initval=3, flags=EFD_CLOEXEC, res=%s", res(efd));
	xclose(efd);
	xclose(ep);
	xclose(fds[0]);
	xclose(fds[1]);
}

static void signals2(void)
{
	uint64_t set = 1ULL << (SIGUSR2 - 1), old;
	struct ksigaction ign = { 1, SA_RESTART, 0, { 1U << (SIGTERM - 1), 0 } }, was, back;
	static char oss[16384];
	long r;

	/* ignored for a moment, with a mask, then as it was */
	r = SC4(SYS_rt_sigaction, SIGUSR2, &ign, &was, 8);
	if (r)
		die("rt_sigaction");
	expect("rt_sigaction, sig=SIGUSR2, act={sa_handler=SIG_IGN, sa_mask=[SIGTERM], sa_flags=SA_RESTART}, sigsetsize=8, res=0, oldact=%s",
	       sigaction_text(&was));
	r = SC4(SYS_rt_sigaction, SIGUSR2, &was, &back, 8);
	expect("rt_sigaction, sig=SIGUSR2, act=%s, sigsetsize=8, res=%s%s%s", sigaction_text(&was),
	       res(r), r ? "" : ", oldact=", r ? "" : sigaction_text(&back));
	r = SC4(SYS_rt_sigaction, SIGUSR2, NULL, NULL, 8);
	expect("rt_sigaction, sig=SIGUSR2, act=NULL, sigsetsize=8, res=%s%s", res(r), r ? "" : ", oldact=NULL");
	r = SC4(SYS_rt_sigprocmask, SIG_BLOCK, &set, &old, 8);
	expect("rt_sigprocmask, how=SIG_BLOCK, set=[SIGUSR2], sigsetsize=8, res=%s%s%s", res(r),
	       r ? "" : ", oldset=", r ? "" : sigset_text(old));
	{	/* blocked, sent, then taken with its sender */
		struct timespec ts0 = { 0, 0 };
		long tid = xgettid();
		siginfo_t si;

		r = SC3(SYS_tgkill, my_pid, tid, SIGUSR2);
		expect("tgkill, tgid=%ld, tid=%ld, sig=SIGUSR2, res=%s", my_pid, tid, res(r));
		memset(&si, 0, sizeof(si));
		r = SC4(SYS_rt_sigtimedwait, &set, &si, &ts0, 8);
		if (r != SIGUSR2 || si.si_pid != my_pid)
			die("rt_sigtimedwait: not our SIGUSR2");
		expect("rt_sigtimedwait, set=[SIGUSR2], timeout={tv_sec=0, tv_nsec=0}, sigsetsize=8, res=%ld SIGUSR2, info=%s",
		       r, siginfo_text(&si));
	}
	r = SC4(SYS_rt_sigprocmask, SIG_UNBLOCK, &set, NULL, 8);
	expect("rt_sigprocmask, how=SIG_UNBLOCK, set=[SIGUSR2], sigsetsize=8, res=%s%s", res(r),
	       r ? "" : ", oldset=NULL");
	{	/* one buffer as set and oldset: at the exit it holds the old mask */
		uint64_t m = set;

		r = SC4(SYS_rt_sigprocmask, SIG_BLOCK, &m, &m, 8);
		expect("rt_sigprocmask, how=SIG_BLOCK, set=%p, sigsetsize=8, res=%s%s%s", (void *)&m,
		       res(r), r ? "" : ", oldset=", r ? "" : sigset_text(m));
		r = SC4(SYS_rt_sigprocmask, SIG_SETMASK, &m, NULL, 8);
		expect("rt_sigprocmask, how=SIG_SETMASK, set=%s, sigsetsize=8, res=%s%s", sigset_text(m),
		       res(r), r ? "" : ", oldset=NULL");
	}
	{	/* an alternate stack, read back, then none */
		stack_t ss = { .ss_sp = oss, .ss_flags = SS_AUTODISARM, .ss_size = sizeof(oss) };
		stack_t back;

		r = SC2(SYS_sigaltstack, &ss, NULL);
		expect("sigaltstack, ss=%s, res=%s, old_ss=NULL", stack_text(&ss), res(r));
		r = SC2(SYS_sigaltstack, NULL, &back);
		if (r || back.ss_sp != oss)
			die("sigaltstack: not ours");
		expect("sigaltstack, ss=NULL, res=0, old_ss=%s", stack_text(&back));
		ss.ss_flags = SS_DISABLE;
		r = SC2(SYS_sigaltstack, &ss, &back);
		expect("sigaltstack, ss=%s, res=%s, old_ss=%s", stack_text(&ss), res(r),
		       stack_text(&back));
	}
}

/* A set of the id syscalls: on 32-bit ARM the *32 twins take 32-bit ids. */
struct id_nrs {
	const char *sfx;	/* "" or "32" */
	int wide;		/* 32-bit ids: the lines show the lists and ids read */
	long getgroups, setgroups, setgid, setuid;
	long setresuid, setresgid, getresuid, getresgid;
};

#ifdef __arm__
static const struct id_nrs native_ids = {	/* 16-bit ids: pointers */
	"", 0, SYS_getgroups, SYS_setgroups, SYS_setgid, SYS_setuid,
	SYS_setresuid, SYS_setresgid, SYS_getresuid, SYS_getresgid,
};
static const struct id_nrs ids32 = {
	"32", 1, SYS_getgroups32, SYS_setgroups32, SYS_setgid32, SYS_setuid32,
	SYS_setresuid32, SYS_setresgid32, SYS_getresuid32, SYS_getresgid32,
};
#else
static const struct id_nrs native_ids = {
	"", 1, SYS_getgroups, SYS_setgroups, SYS_setgid, SYS_setuid,
	SYS_setresuid, SYS_setresgid, SYS_getresuid, SYS_getresgid,
};
#endif

/* gid_t[n] as a line shows it: [0, 4, 24] */
static const char *gids_text(const uint32_t *g, long n)
{
	static char b[2][256];
	static int i;
	char *p = b[i++ & 1], *q = p;
	long k;

	*q++ = '[';
	for (k = 0; k < n; k++)
		q += sprintf(q, "%s%u", k ? ", " : "", g[k]);
	strcpy(q, "]");
	return p;
}

/* getresuid (@k 'u') or getresgid ('g'): the ids read, after res= */
static void getres_ids(const struct id_nrs *n, long nr, const char *call, char k)
{
	uint32_t u[3];
	long r = SC3(nr, u, u + 1, u + 2);

	if (n->wide && !r)
		expect("%s%s, res=0, r%cid=%u, e%cid=%u, s%cid=%u", call, n->sfx, k, u[0], k,
		       u[1], k, u[2]);
	else
		expect("%s%s, r%cid=%s, e%cid=%s, s%cid=%s, res=%s", call, n->sfx, k, ptr(u), k,
		       ptr(u + 1), k, ptr(u + 2), res(r));
}

/*
 * Root keeps its own ids (-1 keeps one). Two supplementary groups for a
 * moment, read back, then none again.
 */
static void ids(const struct id_nrs *n)
{
	static const uint32_t two[2] = { 4, 24 };
	uint32_t u[16];
	const char *x = n->sfx;
	long r;

	r = SC2(n->getgroups, 0, NULL);
	if (n->wide)
		expect("getgroups%s, size=0, res=%s, list=NULL", x, res(r));
	else
		expect("getgroups%s, size=0, list=NULL, res=%s", x, res(r));
	if (n->wide) {
		r = SC2(n->setgroups, 2, two);
		expect("setgroups%s, size=2, list=%s, res=%s", x, gids_text(two, 2), res(r));
		r = SC2(n->getgroups, 16, u);
		if (r != 2)
			die("getgroups: not the two set");
		expect("getgroups%s, size=16, res=2, list=%s", x, gids_text(u, r));
	}
	r = SC2(n->setgroups, 0, NULL);
	expect("setgroups%s, size=0, list=NULL, res=%s", x, res(r));
	if (n->wide) {
		r = SC2(n->getgroups, 16, u);
		expect("getgroups%s, size=16, res=%s, list=[]", x, res(r));
	}
	r = SC1(n->setgid, 0);
	expect("setgid%s, gid=0, res=%s", x, res(r));
	r = SC1(n->setuid, 0);
	expect("setuid%s, uid=0, res=%s", x, res(r));
	r = SC3(n->setresuid, -1, -1, -1);
	expect("setresuid%s, ruid=-1, euid=-1, suid=-1, res=%s", x, res(r));
	r = SC3(n->setresgid, -1, -1, -1);
	expect("setresgid%s, rgid=-1, egid=-1, sgid=-1, res=%s", x, res(r));
	getres_ids(n, n->getresuid, "getresuid", 'u');
	getres_ids(n, n->getresgid, "getresgid", 'g');
}

/* The itimerspec/itimerval texts below: the interval, then the time left. */
#define ITIMER_TEXT(frac, i_sec, i_frac, v_sec, v_frac)			\
	"{it_interval={tv_sec=" i_sec ", " frac "=" i_frac "}, "		\
	"it_value={tv_sec=" v_sec ", " frac "=" v_frac "}}"
#define DISARMED(frac)	ITIMER_TEXT(frac, "0", "0", "0", "0")
/* armed with 5.000000250 s (or 5 s 250 us) of interval, <*> left */
#define ARMED(frac)	ITIMER_TEXT(frac, "5", "250", "<*>", "<*>")

/*
 * timerfd, POSIX and interval timers. The structs are written as arrays
 * of the task's long (of long long for the *time64 calls): the layouts
 * the kernel reads, whatever the libc's time_t.
 */
static void timers(void)
{
	long arm[4] = { 5, 250, 100, 0 }, old[4], off[4] = { 0 };
	struct sigevent sev = { .sigev_notify = SIGEV_NONE };
	long fd, r;
	int tid = -1;

	fd = SC2(SYS_timerfd_create, CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
	expect("timerfd_create, clockid=CLOCK_MONOTONIC, flags=TFD_NONBLOCK|TFD_CLOEXEC, res=%s", res(fd));
	r = SC4(SYS_timerfd_settime, fd, 0, arm, NULL);
	expect("timerfd_settime, fd=%ld, flags=0, new_value=%s, res=%s, old_value=NULL",
	       fd, ITIMER_TEXT("tv_nsec", "5", "250", "100", "0"), res(r));
	r = SC2(SYS_timerfd_gettime, fd, old);
	expect("timerfd_gettime, fd=%ld, res=%s, curr_value=%s", fd, res(r), ARMED("tv_nsec"));
#ifdef __arm__
	{
		long long off64[4] = { 0 }, old64[4];

		r = SC4(SYS_timerfd_settime64, fd, TFD_TIMER_ABSTIME, off64, old64);
		expect("timerfd_settime64, fd=%ld, flags=TFD_TIMER_ABSTIME, new_value=%s, res=%s, old_value=%s",
		       fd, DISARMED("tv_nsec"), res(r), ARMED("tv_nsec"));
		r = SC2(SYS_timerfd_gettime64, fd, old64);
		expect("timerfd_gettime64, fd=%ld, res=%s, curr_value=%s",
		       fd, res(r), DISARMED("tv_nsec"));
	}
#endif
	xclose(fd);

	sev.sigev_value.sival_int = 7;
	r = SC3(SYS_timer_create, CLOCK_MONOTONIC, &sev, &tid);
	expect("timer_create, clockid=CLOCK_MONOTONIC, sevp={sigev_value=0x7, sigev_notify=SIGEV_NONE}, res=%s, timerid=%d",
	       res(r), tid);
	r = SC4(SYS_timer_settime, tid, 0, arm, old);
	expect("timer_settime, timerid=%d, flags=0, new_value=%s, res=%s, old_value=%s",
	       tid, ITIMER_TEXT("tv_nsec", "5", "250", "100", "0"), res(r), DISARMED("tv_nsec"));
	r = SC2(SYS_timer_gettime, tid, old);
	expect("timer_gettime, timerid=%d, res=%s, curr_value=%s", tid, res(r), ARMED("tv_nsec"));
#ifdef __arm__
	{
		/* (a SIGEV_NONE timer disarmed still shows its time left) */
		long long arm64[4] = { 7, 9, 300, 0 }, old64[4];

		r = SC4(SYS_timer_settime64, tid, 0, arm64, old64);
		expect("timer_settime64, timerid=%d, flags=0, new_value=%s, res=%s, old_value=%s",
		       tid, ITIMER_TEXT("tv_nsec", "7", "9", "300", "0"), res(r), ARMED("tv_nsec"));
		r = SC2(SYS_timer_gettime64, tid, old64);
		expect("timer_gettime64, timerid=%d, res=%s, curr_value=%s",
		       tid, res(r), ITIMER_TEXT("tv_nsec", "7", "9", "<*>", "<*>"));
	}
#endif
	r = SC1(SYS_timer_getoverrun, tid);
	expect("timer_getoverrun, timerid=%d, res=%s", tid, res(r));
	r = SC1(SYS_timer_delete, tid);
	expect("timer_delete, timerid=%d, res=%s", tid, res(r));

	/* ITIMER_REAL for 100 s, taken back at once */
	r = SC3(SYS_setitimer, ITIMER_REAL, arm, old);
	expect("setitimer, which=ITIMER_REAL, new_value=%s, res=%s, old_value=%s",
	       ITIMER_TEXT("tv_usec", "5", "250", "100", "0"), res(r), DISARMED("tv_usec"));
	r = SC2(SYS_getitimer, ITIMER_REAL, old);
	expect("getitimer, which=ITIMER_REAL, res=%s, curr_value=%s", res(r), ARMED("tv_usec"));
	r = SC3(SYS_setitimer, ITIMER_REAL, off, NULL);
	expect("setitimer, which=ITIMER_REAL, new_value=%s, res=%s, old_value=NULL",
	       DISARMED("tv_usec"), res(r));
}

/* Sessions, priorities, file systems, locks, notifications. */
static void admin(void)
{
	struct { int64_t sec, nsec; } t64 = { 0, 0 };
	struct timespec ts0 = { 0, 0 };
	uint64_t set = 1ULL << (SIGUSR2 - 1);
	char b[512], mnt[64];
	long r, fd, ifd, wd, ru[32];	/* struct rusage or sysinfo, in longs */
	cpu_set_t cpus;
	siginfo_t si;

	/* a group leader of its own: setsid then fails, whoever ran us */
	r = SC2(SYS_setpgid, 0, 0);
	expect("setpgid, pid=0, pgid=0, res=%s", res(r));
	r = SC0(SYS_setsid);
	expect("setsid, res=%s", res(r));
	r = SC1(SYS_getsid, 0);
	expect("getsid, pid=0, res=%s", res(r));
	r = SC1(SYS_getpgid, 0);
	expect("getpgid, pid=0, res=%s", res(r));
	r = SC2(SYS_getpriority, PRIO_PROCESS, 0);
	expect("getpriority, which=PRIO_PROCESS, who=0, res=%s", res(r));
	r = SC3(SYS_setpriority, PRIO_PROCESS, 0, 0);
	expect("setpriority, which=PRIO_PROCESS, who=0, prio=0, res=%s", res(r));
	r = SC2(SYS_getrusage, RUSAGE_SELF, ru);
	expect("getrusage, who=RUSAGE_SELF, res=%s, usage=%s", res(r), rusage_text(ru));
	r = SC1(SYS_sysinfo, ru);
	expect("sysinfo, res=%s, info=%s", res(r), sysinfo_text((unsigned long *)ru));
	CPU_ZERO(&cpus);
	r = SC3(SYS_sched_getaffinity, 0, sizeof(cpus), &cpus);
	expect("sched_getaffinity, pid=0, size=%zu, res=%s, mask=%s",
	       sizeof(cpus), res(r), cpu_list(&cpus, r));
	r = SC3(SYS_sched_setaffinity, 0, sizeof(cpus), &cpus);
	expect("sched_setaffinity, pid=0, size=%zu, mask=%s, res=%s",
	       sizeof(cpus), cpu_list(&cpus, sizeof(cpus)), res(r));
	fd = SC2(SYS_pidfd_open, my_pid, 0);
	expect("pidfd_open, pid=%ld, flags=0, res=%s", my_pid, res(fd));
	if (fd >= 0)
		xclose(fd);
	fd = SC2(SYS_pidfd_open, my_pid, O_NONBLOCK);	/* PIDFD_NONBLOCK */
	expect("pidfd_open, pid=%ld, flags=PIDFD_NONBLOCK, res=%s", my_pid, res(fd));
	if (fd >= 0)
		xclose(fd);

	fd = SC4(SYS_openat, AT_FDCWD, "lock", O_RDWR | O_CREAT, 0600);
	expect("openat, dirfd=AT_FDCWD, path=\"lock\", flags=O_RDWR|O_CREAT, mode=0600, res=%s", res(fd));
	r = SC2(SYS_flock, fd, LOCK_EX | LOCK_NB);
	expect("flock, fd=%ld, op=LOCK_EX|LOCK_NB, res=%s", fd, res(r));
	r = SC2(SYS_flock, fd, LOCK_UN);
	expect("flock, fd=%ld, op=LOCK_UN, res=%s", fd, res(r));
	r = SC3(SYS_close_range, fd, fd, CLOSE_RANGE_CLOEXEC);
	expect("close_range, fd=%ld, max_fd=%ld, flags=CLOSE_RANGE_CLOEXEC, res=%s", fd, fd, res(r));
	r = SC0(SYS_sync);
	expect("sync, res=%s", res(r));
	r = SC1(SYS_syncfs, fd);
	expect("syncfs, fd=%ld, res=%s", fd, res(r));
	r = SC2(SYS_statfs, "/", b);
	expect("statfs, path=\"/\", res=%s, buf=%s", res(r), statfs_text(b, sizeof(long), sizeof(long)));
	r = SC2(SYS_fstatfs, fd, b);
	expect("fstatfs, fd=%ld, res=%s, buf=%s", fd, res(r), statfs_text(b, sizeof(long), sizeof(long)));
#ifdef __arm__	/* what 32-bit libc calls: the struct's size first */
	r = SC3(SYS_statfs64, "/", 84, b);
	expect("statfs64, path=\"/\", size=84, res=%s, buf=%s", res(r), statfs_text(b, 4, 8));
	r = SC3(SYS_fstatfs64, fd, 84, b);
	expect("fstatfs64, fd=%ld, size=84, res=%s, buf=%s", fd, res(r), statfs_text(b, 4, 8));
	r = SC4(SYS_utimensat_time64, AT_FDCWD, "lock", NULL, 0);
	expect("utimensat_time64, dirfd=AT_FDCWD, path=\"lock\", times=NULL, flags=0, res=%s", res(r));
	{	/* struct __kernel_timespec: two 64-bit words */
		int64_t t[4] = { 1700000000, 250, 0, UTIME_OMIT };

		r = SC4(SYS_utimensat_time64, AT_FDCWD, "lock", t, 0);
		expect("utimensat_time64, dirfd=AT_FDCWD, path=\"lock\", times=[%s, %s], flags=0, res=%s",
		       utime_text(t, 0), utime_text(t, 1), res(r));
	}
	r = SC4(SYS_rt_sigtimedwait_time64, &set, NULL, &t64, 8);
	expect("rt_sigtimedwait_time64, set=[SIGUSR2], timeout={tv_sec=0, tv_nsec=0}, sigsetsize=8, res=%s%s",
	       res(r), r >= 0 ? " SIGUSR2, info=NULL" : "");
#else
	(void)t64;
#endif
#ifdef __arm__	/* offset and length each in a register pair */
	r = SC6(SYS_fallocate, fd, FALLOC_FL_KEEP_SIZE, 0, 0, 4096, 0);
	expect("fallocate, fd=%ld, mode=FALLOC_FL_KEEP_SIZE, offset_lo=0x0, offset_hi=0x0, len_lo=0x1000, len_hi=0x0, res=%s",
	       fd, res(r));
#else
	r = SC4(SYS_fallocate, fd, FALLOC_FL_KEEP_SIZE, 0, 4096);
	expect("fallocate, fd=%ld, mode=FALLOC_FL_KEEP_SIZE, offset=0, len=4096, res=%s", fd, res(r));
#endif
	r = SC4(SYS_utimensat, AT_FDCWD, "lock", NULL, AT_SYMLINK_NOFOLLOW);
	expect("utimensat, dirfd=AT_FDCWD, path=\"lock\", times=NULL, flags=AT_SYMLINK_NOFOLLOW, res=%s", res(r));
	{	/* the kernel's struct timespec: two of the task's longs */
		long t[4] = { 0, UTIME_NOW, 1700000000, 999 };
		int64_t w[4] = { t[0], t[1], t[2], t[3] };

		r = SC4(SYS_utimensat, AT_FDCWD, "lock", t, 0);
		expect("utimensat, dirfd=AT_FDCWD, path=\"lock\", times=[%s, %s], flags=0, res=%s",
		       utime_text(w, 0), utime_text(w, 1), res(r));
	}
	xclose(fd);

	r = SC1(SYS_chroot, "/nonexistent");
	expect("chroot, path=\"/nonexistent\", res=%s", res(r));
	snprintf(mnt, sizeof(mnt), "/tmp/mysd-mnt.%ld", my_pid);
	if (mkdir(mnt, 0700))
		die("mkdir");
	r = SC5(SYS_mount, "none", mnt, "tmpfs", MS_NOSUID | MS_NODEV, "size=64k");
	expect("mount, source=\"none\", target=\"%s\", fstype=\"tmpfs\", flags=MS_NOSUID|MS_NODEV, data=\"size=64k\", res=%s",
	       mnt, res(r));
	r = SC2(SYS_umount2, mnt, MNT_DETACH);
	expect("umount2, target=\"%s\", flags=MNT_DETACH, res=%s", mnt, res(r));
	rmdir(mnt);

	ifd = SC1(SYS_inotify_init1, IN_NONBLOCK | IN_CLOEXEC);
	expect("inotify_init1, flags=IN_NONBLOCK|IN_CLOEXEC, res=%s", res(ifd));
	wd = SC3(SYS_inotify_add_watch, ifd, ".", IN_CREATE | IN_DELETE);
	expect("inotify_add_watch, fd=%ld, path=\".\", mask=IN_CREATE|IN_DELETE, res=%s", ifd, res(wd));
	r = SC2(SYS_inotify_rm_watch, ifd, wd);
	expect("inotify_rm_watch, fd=%ld, wd=%ld, res=%s", ifd, wd, res(r));
	xclose(ifd);

	timers();
	fd = SC4(SYS_signalfd4, -1, &set, 8, SFD_CLOEXEC);
	expect("signalfd4, fd=-1, mask=[SIGUSR2], sizemask=8, flags=SFD_CLOEXEC, res=%s", res(fd));
	if (fd >= 0)
		xclose(fd);

	ids(&native_ids);
#ifdef __arm__	/* what 32-bit libc calls: the 32-bit ids */
	ids(&ids32);
#endif
	/* no child to wait for yet, or one to reap */
	memset(&si, 0, sizeof(si));
	r = SC5(SYS_waitid, P_ALL, 0, &si, WEXITED | WNOHANG, NULL);
	if (r >= 0)
		expect("waitid, which=P_ALL, id=0, options=WNOHANG|WEXITED, res=%s, infop=%s, rusage=NULL",
		       res(r), siginfo_text(&si));
	else
		expect("waitid, which=P_ALL, id=0, options=WNOHANG|WEXITED, res=%s", res(r));

	/* nothing pending: EAGAIN at once */
	r = SC4(SYS_rt_sigtimedwait, &set, NULL, &ts0, 8);
	expect("rt_sigtimedwait, set=[SIGUSR2], timeout={tv_sec=0, tv_nsec=0}, sigsetsize=8, res=%s%s",
	       res(r), r >= 0 ? " SIGUSR2, info=NULL" : "");
}

#ifdef __arm__
/* Syscalls only the 32-bit ARM table has: legacy paths, 16/32-bit ids, time64. */
static void compat_only(void)
{
	struct { int64_t sec, nsec; } t64 = { 0, 0 }, r64 = { 0, 1000 };
	static int fw;
	char p1[64], p2[64], d[64], q[3][256], buf[256], evs[64];
	struct pollfd pfd;
	int fds[2], sv[2];
	long fd, r, ep;
	int st = 0;

	tmp_path(p1, q[0], "a");
	tmp_path(p2, q[1], "b");
	tmp_path(d, q[2], "d");

	r = SC0(SYS_geteuid32);
	expect("geteuid32, res=%s", res(r));
	r = SC0(SYS_getgid32);
	expect("getgid32, res=%s", res(r));
	r = SC0(SYS_getegid32);
	expect("getegid32, res=%s", res(r));

	fd = SC3(SYS_open, p1, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	expect("open, path=%s, flags=O_WRONLY|O_CREAT|O_TRUNC, mode=0644, res=%s", q[0], res(fd));
	r = SC2(SYS_dup2, fd, 41);
	expect("dup2, oldfd=%ld, newfd=41, res=%s", fd, res(r));
	xclose(41);
	xclose(fd);
	fd = SC2(SYS_creat, p2, 0600);
	expect("creat, path=%s, mode=0600, res=%s", q[1], res(fd));
	xclose(fd);
	r = SC2(SYS_access, p1, R_OK);
	expect("access, path=%s, mode=R_OK, res=%s", q[0], res(r));
	r = SC2(SYS_rename, p1, p2);
	expect("rename, oldpath=%s, newpath=%s, res=%s", q[0], q[1], res(r));
	r = SC1(SYS_unlink, p2);
	expect("unlink, path=%s, res=%s", q[1], res(r));
	r = SC2(SYS_mkdir, d, 0700);
	expect("mkdir, path=%s, mode=0700, res=%s", q[2], res(r));
	r = SC1(SYS_rmdir, d);
	expect("rmdir, path=%s, res=%s", q[2], res(r));
	r = SC3(SYS_readlink, "/proc/self/exe", buf, sizeof(buf));
	expect("readlink, path=\"/proc/self/exe\", size=%zu, res=%s, buf=%s", sizeof(buf), res(r),
	       quote(q[0], buf, r > 0 ? r : 0, 0));

	r = SC1(SYS_pipe, fds);
	expect("pipe, res=%s, fds=[%d, %d]", res(r), fds[0], fds[1]);
	pfd.fd = fds[0];
	pfd.events = POLLIN;
	r = SC3(SYS_poll, &pfd, 1, 0);
	/* an empty pipe: nothing found */
	expect("poll, fds=[{fd=%d, events=POLLIN}], nfds=1, timeout=0, res=%s, revents=[]", fds[0], res(r));
	r = SC5(SYS_ppoll_time64, &pfd, 1, &t64, NULL, 8);
	expect("ppoll_time64, fds=[{fd=%d, events=POLLIN}], nfds=1, sigmask=NULL, sigsetsize=8, res=%s, left={tv_sec=0, tv_nsec=0}, revents=[]",
	       fds[0], res(r));
	r = SC6(SYS_pselect6_time64, 0, NULL, NULL, NULL, &t64, NULL);
	expect("pselect6_time64, nfds=0, sigmask=NULL, res=%s, readfds=NULL, writefds=NULL, exceptfds=NULL, left={tv_sec=0, tv_nsec=0}",
	       res(r));
	ep = SC1(SYS_epoll_create, 1);
	expect("epoll_create, size=1, res=%s", res(ep));
	r = SC4(SYS_epoll_wait, ep, evs, 4, 0);
	expect("epoll_wait, epfd=%ld, maxevents=4, timeout=0, res=%s%s", ep, res(r),
	       r == 0 ? ", events=[]" : "");
	xclose(ep);
	xclose(fds[0]);
	xclose(fds[1]);

	r = SC4(SYS_socketpair, AF_UNIX, SOCK_STREAM, 0, sv);
	expect("socketpair, domain=AF_UNIX, type=SOCK_STREAM, protocol=0, res=%s, sv=[%d, %d]", res(r), sv[0], sv[1]);
	r = SC4(SYS_send, sv[0], "hi", 2, 0);
	expect("send, fd=%d, data=\"hi\", size=2, flags=0, res=%s", sv[0], res(r));
	r = SC4(SYS_recv, sv[1], buf, 16, 0);
	expect("recv, fd=%d, size=16, flags=0, res=%s, data=%s", sv[1], res(r), qdata(q[0], buf, r > 0 ? r : 0));
	xclose(sv[0]);
	xclose(sv[1]);

	r = SC2(SYS_clock_gettime64, CLOCK_MONOTONIC, &t64);
	expect("clock_gettime64, clockid=CLOCK_MONOTONIC, res=%s, tp={tv_sec=%lld, tv_nsec=%lld}", res(r),
	       (long long)t64.sec, (long long)t64.nsec);
	r = SC4(SYS_clock_nanosleep_time64, CLOCK_MONOTONIC, 0, &r64, NULL);
	expect("clock_nanosleep_time64, clockid=CLOCK_MONOTONIC, flags=0, req={tv_sec=0, tv_nsec=1000}, rem=NULL, res=%s",
	       res(r));
	r = SC6(SYS_futex_time64, &fw, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
	expect("futex_time64, uaddr=%s, op=FUTEX_WAKE|FUTEX_PRIVATE_FLAG, val=1, res=%s",
	       ptr(&fw), res(r));
	/* its timeout in 64-bit words; EAGAIN at once (the word is 0) */
	r = SC6(SYS_futex_time64, &fw, FUTEX_WAIT_BITSET_PRIVATE, 1, &r64, NULL,
		FUTEX_BITSET_MATCH_ANY);
	expect("futex_time64, uaddr=%s, op=FUTEX_WAIT_BITSET|FUTEX_PRIVATE_FLAG, val=1, timeout={tv_sec=0, tv_nsec=1000}, val3=FUTEX_BITSET_MATCH_ANY, res=%s",
	       ptr(&fw), res(r));

	r = SC0(SYS_fork);
	if (r == 0)
		forked_child_exit("fork");
	expect("fork, res=%s", res(r));
	if (r > 0) {
		long w = SC4(SYS_wait4, r, &st, 0, NULL);

		expect("wait4, pid=%ld, options=0, res=%s, wstatus=[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], rusage=NULL",
		       r, res(w));
	}
	/* vfork: not made (see EXCUSED_COMPAT in guest-tests.sh) */
}
#endif

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

#ifdef __arm__
static void on_usr2(int sig)
{
	(void)sig;
}
#endif

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
#ifdef __arm__
	/* without SA_SIGINFO 32-bit ARM libc returns through sigreturn */
	sa.sa_handler = on_usr2;
	sa.sa_flags = 0;
	if (sigaction(SIGUSR2, &sa, NULL))
		die("sigaction");
	expect("tgkill, tgid=%ld, tid=%ld, sig=SIGUSR2, res=0", my_pid, tid);
	if (SC3(SYS_tgkill, my_pid, tid, SIGUSR2))
		die("tgkill");
	expect("sigreturn, res=0");
	sa.sa_handler = SIG_DFL;
	if (sigaction(SIGUSR2, &sa, NULL))
		die("sigaction");
#endif
}

/* ---- fork (raw clone), failed and successful execve, wait4 ----------- */

static void child(const char *exp_path)
{
	/*
	 * On the stack, so in memory: the probe reads without faulting pages
	 * in, and 6.12 fails the exec of a missing file before it reads argv.
	 */
	char bad0[] = "/nonexistent/prog", bad1[] = "x";
	char *const bad_argv[] = { bad0, bad1, NULL };
	char *argv[] = { "workload", "exec-child", (char *)exp_path, "two words", NULL };
	char *envp[64];
	long r;

	my_pid = syscall(SYS_getpid);
	/* its side of the clone, recorded as the parent created it */
	expect("clone, flags=SIGCHLD, stack=NULL, parent_tid=NULL, tls=0x0, child_tid=NULL, res=0");
	r = SC0(SYS_getpid);
	expect("getpid, res=%ld", r);
	r = SC3(SYS_execve, bad_argv[0], bad_argv, stack_envp(envp, 64));
	expect("execve, path=\"/nonexistent/prog\", argv=[\"/nonexistent/prog\", \"x\"], envp=%s, res=%s",
	       envp_text(envp), res(r));
	/* success: the line is written from the new image (exec_child) */
	SC3(SYS_execve, self_path, argv, environ);
	die("execve self");
}

static void exec_child(int argc, char **argv)
{
	char q[1024], *p = q;
	int i;

	/*
	 * The kernel shows the new image's argv and envp (read from its
	 * stack): environ is still the envp this image started with.
	 */
	p += sprintf(p, "[");
	for (i = 0; i < argc; i++) {
		if (i)
			p += sprintf(p, ", ");
		quote(p, argv[i], strlen(argv[i]), 0);
		p += strlen(p);
	}
	sprintf(p, "]");
	expect("execve, path=\"%s\", argv=%s, envp=%s, res=0", self_path, q,
	       envp_text(environ));
	{
		long r = SC0(SYS_getppid);

		expect("getppid, res=%ld", r);
	}
	expect("exit_group, status=7, res=?");
	syscall(SYS_exit_group, 7);
}

static void fork_exec(const char *exp_path)
{
	long c, r, ru[32];	/* struct rusage, in the task's longs */
	int st = 0;

	c = SC5(SYS_clone, SIGCHLD, 0, 0, 0, 0);
	if (c == 0)
		child(exp_path);
	expect("clone, flags=SIGCHLD, stack=NULL, parent_tid=NULL, tls=0x0, child_tid=NULL, res=%s", res(c));
	r = SC4(SYS_wait4, c, &st, WUNTRACED, ru);
	expect("wait4, pid=%ld, options=WUNTRACED, res=%s, wstatus=[{WIFEXITED(s) && WEXITSTATUS(s) == 7}], rusage=%s",
	       c, res(r), rusage_text(ru));
	if (!WIFEXITED(st) || WEXITSTATUS(st) != 7)
		die("child status");
}

/*
 * A tracee's event stop as its tracer's wait4 gets it: the child stops
 * itself, is told to report its exit (PTRACE_O_TRACEEXIT) and stops there,
 * SIGTRAP with PTRACE_EVENT_EXIT above the status's low 16 bits.
 */
static void traced_child(void)
{
	long c, r;
	int st = 0;

	c = fork();
	if (c == 0) {
		if (ptrace(PTRACE_TRACEME, 0, NULL, NULL))
			_exit(1);
		raise(SIGSTOP);
		_exit(0);
	}
	if (c < 0 || waitpid(c, &st, 0) != c || !WIFSTOPPED(st))
		die("tracee's stop");
	if (ptrace(PTRACE_SETOPTIONS, c, NULL, (void *)PTRACE_O_TRACEEXIT) ||
	    ptrace(PTRACE_CONT, c, NULL, NULL))
		die("ptrace");
	r = SC4(SYS_wait4, c, &st, 0, NULL);
	expect("wait4, pid=%ld, options=0, res=%s, wstatus=[{WIFSTOPPED(s) && WSTOPSIG(s) == SIGTRAP}|PTRACE_EVENT_EXIT<<16], rusage=NULL",
	       c, res(r));
	if (ptrace(PTRACE_CONT, c, NULL, NULL) || waitpid(c, &st, 0) != c ||
	    !WIFEXITED(st))
		die("tracee's exit");
}

/* ---- the system's own interfaces ---------------------------------------- */

#include <sys/fanotify.h>
#include <sys/swap.h>
#include <sys/xattr.h>
#include <linux/bpf.h>
#include <linux/capability.h>
#include <linux/io_uring.h>
#include <linux/ioprio.h>
#include <linux/kcmp.h>
#include <linux/keyctl.h>
#include <linux/membarrier.h>
#include <linux/openat2.h>
#include <linux/perf_event.h>
#include <linux/reboot.h>
#include <linux/seccomp.h>

/*
 * Nodes, extended attributes, splicing, hints and the calls that would
 * change the system, made so the kernel refuses them (missing files).
 * trusted.* attributes: tmpfs keeps them (root only) on every kernel here.
 */
static void sys_files(void)
{
	static const char an[] = "trusted.mysd";
	char f[64], g[64], fifo[64], q[3][128], v[64], list[256];
	struct iovec iov = { "xy", 2 };
	long fd, fd2, r;
	int64_t off = 0;
	int p[2];

	tmp_path(f, q[0], "x");
	tmp_path(g, q[1], "y");
	tmp_path(fifo, q[2], "p");

	fd = SC4(SYS_openat, AT_FDCWD, f, O_RDWR | O_CREAT | O_TRUNC, 0600);
	expect("openat, dirfd=AT_FDCWD, path=%s, flags=O_RDWR|O_CREAT|O_TRUNC, mode=0600, res=%s",
	       q[0], res(fd));
	r = SC3(SYS_write, fd, "abcdef", 6);
	expect("write, fd=%ld, data=\"abcdef\", size=6, res=%s", fd, res(r));
	fd2 = SC4(SYS_openat, AT_FDCWD, g, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	expect("openat, dirfd=AT_FDCWD, path=%s, flags=O_WRONLY|O_CREAT|O_TRUNC, mode=0600, res=%s",
	       q[1], res(fd2));
	r = SC6(SYS_copy_file_range, fd, &off, fd2, NULL, 3, 0);
	expect("copy_file_range, fd_in=%ld, off_in=%s, fd_out=%ld, off_out=NULL, len=3, flags=0, res=%s",
	       fd, ptr(&off), fd2, res(r));
	{
		struct open_how how = { O_RDONLY | O_CLOEXEC, 0, RESOLVE_NO_SYMLINKS };

		r = SC4(SYS_openat2, AT_FDCWD, f, &how, sizeof(how));
		expect("openat2, dirfd=AT_FDCWD, path=%s, how={flags=O_RDONLY|O_CLOEXEC, resolve=RESOLVE_NO_SYMLINKS}, size=%zu, res=%s",
		       q[0], sizeof(how), res(r));
		if (r >= 0)
			xclose(r);
	}
	r = SC2(SYS_truncate, f, 4);
	expect("truncate, path=%s, length=4, res=%s", q[0], res(r));
#ifdef __arm__
	r = SC4(SYS_truncate64, f, 0, 3, 0);
	expect("truncate64, path=%s, length_lo=0x3, length_hi=0x0, res=%s", q[0], res(r));
	r = SC4(SYS_ftruncate64, fd, 0, 2, 0);
	expect("ftruncate64, fd=%ld, length_lo=0x2, length_hi=0x0, res=%s", fd, res(r));
	r = SC6(SYS_arm_sync_file_range, fd, SYNC_FILE_RANGE_WRITE, 0, 0, 0, 0);
	expect("arm_sync_file_range, fd=%ld, flags=SYNC_FILE_RANGE_WRITE, offset_lo=0x0, offset_hi=0x0, nbytes_lo=0x0, nbytes_hi=0x0, res=%s",
	       fd, res(r));
	r = SC5(SYS_readahead, fd, 0, 0, 0, 4096);
	expect("readahead, fd=%ld, offset_lo=0x0, offset_hi=0x0, count=4096, res=%s", fd, res(r));
	r = SC6(SYS_arm_fadvise64_64, fd, POSIX_FADV_SEQUENTIAL, 0, 0, 0, 0);
	expect("arm_fadvise64_64, fd=%ld, advice=POSIX_FADV_SEQUENTIAL, offset_lo=0x0, offset_hi=0x0, len_lo=0x0, len_hi=0x0, res=%s",
	       fd, res(r));
	r = SC3(SYS_mknod, fifo, S_IFIFO | 0600, 0);
	expect("mknod, path=%s, mode=S_IFIFO|0600, res=%s", q[2], res(r));
	r = SC1(SYS_unlink, fifo);
	expect("unlink, path=%s, res=%s", q[2], res(r));
#else
	r = SC4(SYS_sync_file_range, fd, 0, 0, SYNC_FILE_RANGE_WRITE);
	expect("sync_file_range, fd=%ld, offset=0, nbytes=0, flags=SYNC_FILE_RANGE_WRITE, res=%s",
	       fd, res(r));
	r = SC3(SYS_readahead, fd, 0, 4096);
	expect("readahead, fd=%ld, offset=0, count=4096, res=%s", fd, res(r));
	r = SC4(SYS_fadvise64, fd, 0, 0, POSIX_FADV_SEQUENTIAL);
	expect("fadvise64, fd=%ld, offset=0, len=0, advice=POSIX_FADV_SEQUENTIAL, res=%s",
	       fd, res(r));
#endif
	r = SC4(SYS_mknodat, AT_FDCWD, fifo, S_IFIFO | 0600, 0);
	expect("mknodat, dirfd=AT_FDCWD, path=%s, mode=S_IFIFO|0600, res=%s", q[2], res(r));
	r = SC3(SYS_unlinkat, AT_FDCWD, fifo, 0);
	expect("unlinkat, dirfd=AT_FDCWD, path=%s, flags=0, res=%s", q[2], res(r));
	/* a device (root): its number as strace shows it, /dev/null's 1:3 */
	r = SC4(SYS_mknodat, AT_FDCWD, fifo, S_IFCHR | 0600, 0x103);
	expect("mknodat, dirfd=AT_FDCWD, path=%s, mode=S_IFCHR|0600, dev=makedev(0x1, 0x3), res=%s",
	       q[2], res(r));
	r = SC3(SYS_unlinkat, AT_FDCWD, fifo, 0);
	expect("unlinkat, dirfd=AT_FDCWD, path=%s, flags=0, res=%s", q[2], res(r));

	r = SC5(SYS_setxattr, f, an, "v1", 2, XATTR_CREATE);
	expect("setxattr, path=%s, name=\"%s\", value=\"v1\", size=2, flags=XATTR_CREATE, res=%s",
	       q[0], an, res(r));
	r = SC5(SYS_lsetxattr, f, an, "v2", 2, XATTR_REPLACE);
	expect("lsetxattr, path=%s, name=\"%s\", value=\"v2\", size=2, flags=XATTR_REPLACE, res=%s",
	       q[0], an, res(r));
	r = SC5(SYS_fsetxattr, fd, an, "v3", 2, 0);
	expect("fsetxattr, fd=%ld, name=\"%s\", value=\"v3\", size=2, flags=0, res=%s",
	       fd, an, res(r));
	r = SC4(SYS_getxattr, f, an, v, sizeof(v));
	expect("getxattr, path=%s, name=\"%s\", size=%zu, res=%s%s", q[0], an, sizeof(v), res(r),
	       outbuf("value", v, r));
	r = SC4(SYS_lgetxattr, f, an, v, sizeof(v));
	expect("lgetxattr, path=%s, name=\"%s\", size=%zu, res=%s%s", q[0], an, sizeof(v), res(r),
	       outbuf("value", v, r));
	r = SC4(SYS_fgetxattr, fd, an, v, sizeof(v));
	expect("fgetxattr, fd=%ld, name=\"%s\", size=%zu, res=%s%s", fd, an, sizeof(v), res(r),
	       outbuf("value", v, r));
	r = SC3(SYS_listxattr, f, list, sizeof(list));
	expect("listxattr, path=%s, size=%zu, res=%s%s", q[0], sizeof(list), res(r),
	       outbuf("list", list, r));
	r = SC3(SYS_llistxattr, f, list, sizeof(list));
	expect("llistxattr, path=%s, size=%zu, res=%s%s", q[0], sizeof(list), res(r),
	       outbuf("list", list, r));
	r = SC3(SYS_flistxattr, fd, list, sizeof(list));
	expect("flistxattr, fd=%ld, size=%zu, res=%s%s", fd, sizeof(list), res(r),
	       outbuf("list", list, r));
	r = SC2(SYS_removexattr, f, an);
	expect("removexattr, path=%s, name=\"%s\", res=%s", q[0], an, res(r));
	r = SC2(SYS_lremovexattr, f, an);
	expect("lremovexattr, path=%s, name=\"%s\", res=%s", q[0], an, res(r));
	r = SC2(SYS_fremovexattr, fd, an);
	expect("fremovexattr, fd=%ld, name=\"%s\", res=%s", fd, an, res(r));

	/* "xy" into a pipe, the pipe into the second file */
	r = SC2(SYS_pipe2, p, O_CLOEXEC);
	expect("pipe2, flags=O_CLOEXEC, res=%s, fds=[%d, %d]", res(r), p[0], p[1]);
	r = SC4(SYS_vmsplice, p[1], &iov, 1, 0);
	expect("vmsplice, fd=%d, iov=[{base=\"xy\", len=2}], nr_segs=1, flags=0, res=%s",
	       p[1], res(r));
	r = SC4(SYS_tee, p[0], p[1], 2, SPLICE_F_NONBLOCK);	/* one pipe: refused */
	expect("tee, fd_in=%d, fd_out=%d, len=2, flags=SPLICE_F_NONBLOCK, res=%s",
	       p[0], p[1], res(r));
	r = SC6(SYS_splice, p[0], NULL, fd2, NULL, 2, SPLICE_F_MOVE | SPLICE_F_MORE);
	expect("splice, fd_in=%d, off_in=NULL, fd_out=%ld, off_out=NULL, len=2, flags=SPLICE_F_MOVE|SPLICE_F_MORE, res=%s",
	       p[0], fd2, res(r));
	xclose(p[0]);
	xclose(p[1]);
	xclose(fd2);
	xclose(fd);
	r = SC3(SYS_unlinkat, AT_FDCWD, g, 0);
	expect("unlinkat, dirfd=AT_FDCWD, path=%s, flags=0, res=%s", q[1], res(r));
	r = SC3(SYS_unlinkat, AT_FDCWD, f, 0);
	expect("unlinkat, dirfd=AT_FDCWD, path=%s, flags=0, res=%s", q[0], res(r));

	r = SC1(SYS_acct, NULL);
	expect("acct, path=NULL, res=%s", res(r));
	r = SC2(SYS_swapon, "/nonexistent/mysd", SWAP_FLAG_PREFER | 1);
	expect("swapon, path=\"/nonexistent/mysd\", flags=SWAP_FLAG_PREFER|0x1, res=%s", res(r));
	r = SC1(SYS_swapoff, "/nonexistent/mysd");
	expect("swapoff, path=\"/nonexistent/mysd\", res=%s", res(r));
	r = SC2(SYS_pivot_root, "/nonexistent/a", "/nonexistent/b");
	expect("pivot_root, new_root=\"/nonexistent/a\", put_old=\"/nonexistent/b\", res=%s", res(r));
}

/* struct sched_attr as sched_getattr() fills it (SCHED_ATTR_SIZE_VER1) */
struct sched_attr_56 {
	uint32_t size, policy;
	uint64_t flags;
	int32_t nice;
	uint32_t priority;
	uint64_t runtime, deadline, period;
	uint32_t util_min, util_max;
};

/*
 * A persona as the record prints it: its type (those with a name alone),
 * then its flags, from bit 17.
 */
static const char *persona_text(long v)
{
	static const char *const flag[] = {
		"UNAME26", "ADDR_NO_RANDOMIZE", "FDPIC_FUNCPTRS", "MMAP_PAGE_ZERO",
		"ADDR_COMPAT_LAYOUT", "READ_IMPLIES_EXEC", "ADDR_LIMIT_32BIT",
		"SHORT_INODE", "WHOLE_SECONDS", "STICKY_TIMEOUTS", "ADDR_LIMIT_3GB",
	};
	static char b[4][256];
	static int i;
	char *p = b[i++ & 3];
	unsigned long rest = (unsigned long)v & ~0xffUL;
	unsigned int f;
	int n;

	switch (v & 0xff) {
	case 0x00: n = snprintf(p, 256, "PER_LINUX"); break;
	case 0x06: n = snprintf(p, 256, "PER_BSD"); break;
	case 0x08: n = snprintf(p, 256, "PER_LINUX32"); break;
	case 0xff: n = snprintf(p, 256, "PER_MASK"); break;
	default: n = snprintf(p, 256, "0x%lx", v & 0xff);
	}
	for (f = 0; f < 11; f++) {
		if (rest & (0x20000UL << f)) {
			n += snprintf(p + n, 256 - n, "|%s", flag[f]);
			rest &= ~(0x20000UL << f);
		}
	}
	if (rest)
		snprintf(p + n, 256 - n, "|0x%lx", rest);
	return p;
}

/* An I/O priority as the record prints it (the task's own: class <= 3). */
static const char *ioprio_text(long v)
{
	static const char *const class[] = {
		"IOPRIO_CLASS_NONE", "IOPRIO_CLASS_RT", "IOPRIO_CLASS_BE",
		"IOPRIO_CLASS_IDLE",
	};
	static char b[2][64];
	static int i;
	char *p = b[i++ & 1];

	if ((v >> 13) < 4)
		snprintf(p, 64, "IOPRIO_PRIO_VALUE(%s, %ld)", class[v >> 13], v & 0x1fff);
	else
		snprintf(p, 64, "IOPRIO_PRIO_VALUE(0x%lx, %ld)", v >> 13, v & 0x1fff);
	return p;
}

/* Its first 48 bytes as the record prints them. */
static const char *sched_attr_text(const struct sched_attr_56 *a)
{
	static const char *const policy[] = {
		"SCHED_OTHER", "SCHED_FIFO", "SCHED_RR", "SCHED_BATCH", "4",
		"SCHED_IDLE", "SCHED_DEADLINE",
	};
	static const char *const flag[] = {
		"SCHED_FLAG_RESET_ON_FORK", "SCHED_FLAG_RECLAIM",
		"SCHED_FLAG_DL_OVERRUN", "SCHED_FLAG_KEEP_POLICY",
		"SCHED_FLAG_KEEP_PARAMS", "SCHED_FLAG_UTIL_CLAMP_MIN",
		"SCHED_FLAG_UTIL_CLAMP_MAX",
	};
	static char b[512];
	char f[256] = "0";
	size_t n = 0;
	unsigned int i;

	for (i = 0; i < 7; i++)
		if (a->flags & (1ULL << i))
			n += snprintf(f + n, sizeof(f) - n, "%s%s", n ? "|" : "", flag[i]);
	if (a->flags >> 7)
		snprintf(f + n, sizeof(f) - n, "%s0x%llx", n ? "|" : "",
			 (unsigned long long)(a->flags >> 7 << 7));
	snprintf(b, sizeof(b), "{size=%u, sched_policy=%s, sched_flags=%s, sched_nice=%d, sched_priority=%u, sched_runtime=%llu, sched_deadline=%llu, sched_period=%llu}",
		 a->size, a->policy < 7 ? policy[a->policy] : "?", f, a->nice, a->priority,
		 (unsigned long long)a->runtime, (unsigned long long)a->deadline,
		 (unsigned long long)a->period);
	return b;
}

/* Memory locking, clocks, the names, the log, reboot, I/O priority. */
static void sys_memory_clock(void)
{
	static char page[4096] __attribute__((aligned(4096)));
	long ts[2] = { 0, 0 }, tv[2] = { 0, 2000000 }, tms[4], r, prio, pers;
	struct sched_attr_56 attr = { 0 };
	unsigned char vec[1];
	unsigned int cpu = 0, node = 0;
	char q[2][160];
	struct utsname u;

	r = SC3(SYS_msync, page, 4096, MS_ASYNC);
	expect("msync, addr=%s, len=4096, flags=MS_ASYNC, res=%s", ptr(page), res(r));
	r = SC2(SYS_mlock, page, 4096);
	expect("mlock, addr=%s, len=4096, res=%s", ptr(page), res(r));
	r = SC2(SYS_munlock, page, 4096);
	expect("munlock, addr=%s, len=4096, res=%s", ptr(page), res(r));
	r = SC3(SYS_mlock2, page, 4096, MLOCK_ONFAULT);
	expect("mlock2, addr=%s, len=4096, flags=MLOCK_ONFAULT, res=%s", ptr(page), res(r));
	r = SC1(SYS_mlockall, MCL_CURRENT | MCL_ONFAULT);
	expect("mlockall, flags=MCL_CURRENT|MCL_ONFAULT, res=%s", res(r));
	r = SC0(SYS_munlockall);
	expect("munlockall, res=%s", res(r));
	r = SC3(SYS_mincore, page, 4096, vec);
	expect("mincore, addr=%s, len=4096, vec=%s, res=%s", ptr(page), ptr(vec), res(r));
	r = SC3(SYS_membarrier, MEMBARRIER_CMD_QUERY, 0, 0);
	expect("membarrier, cmd=MEMBARRIER_CMD_QUERY, flags=0, cpu_id=0, res=%s", res(r));

	/* a monotonic clock cannot be set, nor a time of 2 s of microseconds */
	r = SC2(SYS_clock_settime, CLOCK_MONOTONIC, ts);
	expect("clock_settime, clockid=CLOCK_MONOTONIC, tp={tv_sec=0, tv_nsec=0}, res=%s", res(r));
	r = SC2(SYS_clock_getres, CLOCK_MONOTONIC, ts);
	expect("clock_getres, clockid=CLOCK_MONOTONIC, res=%s%s", res(r),
	       r ? "" : (snprintf(q[0], sizeof(q[0]), ", resolution={tv_sec=%ld, tv_nsec=%ld}",
				  ts[0], ts[1]), q[0]));
#ifdef __arm__
	{
		int64_t t64[2] = { 0, 0 };

		r = SC2(SYS_clock_settime64, CLOCK_MONOTONIC, t64);
		expect("clock_settime64, clockid=CLOCK_MONOTONIC, tp={tv_sec=0, tv_nsec=0}, res=%s",
		       res(r));
		r = SC2(SYS_clock_getres_time64, CLOCK_MONOTONIC, t64);
		expect("clock_getres_time64, clockid=CLOCK_MONOTONIC, res=%s%s", res(r),
		       r ? "" : (snprintf(q[0], sizeof(q[0]),
					  ", resolution={tv_sec=%lld, tv_nsec=%lld}",
					  (long long)t64[0], (long long)t64[1]), q[0]));
	}
#endif
	r = SC2(SYS_settimeofday, tv, NULL);
	expect("settimeofday, tv={tv_sec=0, tv_usec=2000000}, tz=NULL, res=%s", res(r));
	r = SC1(SYS_times, tms);
	expect("times, buf=%s, res=%s", ptr(tms), res(r));
	r = SC3(SYS_getcpu, &cpu, &node, NULL);
	expect("getcpu, tcache=NULL, res=%s, cpu=%u, node=%u", res(r), cpu, node);

	/* the names they have already */
	if (uname(&u))
		die("uname");
	r = SC2(SYS_sethostname, u.nodename, strlen(u.nodename));
	expect("sethostname, name=%s, len=%zu, res=%s", qdata(q[0], u.nodename, strlen(u.nodename)),
	       strlen(u.nodename), res(r));
	r = SC2(SYS_setdomainname, u.domainname, strlen(u.domainname));
	expect("setdomainname, name=%s, len=%zu, res=%s",
	       qdata(q[1], u.domainname, strlen(u.domainname)), strlen(u.domainname), res(r));
	r = SC3(SYS_syslog, 10, NULL, 0);	/* SYSLOG_ACTION_SIZE_BUFFER */
	expect("syslog, type=SYSLOG_ACTION_SIZE_BUFFER, len=0, res=%s%s", res(r),
	       r < 0 ? "" : ", buf=NULL");
	r = SC4(SYS_reboot, 0, 0, LINUX_REBOOT_CMD_CAD_OFF, NULL);	/* no magic */
	expect("reboot, magic1=0x0, magic2=0x0, cmd=LINUX_REBOOT_CMD_CAD_OFF, arg=NULL, res=%s",
	       res(r));
	r = SC1(SYS_personality, 0xffffffff);	/* asks, changes nothing */
	expect("personality, persona=0xffffffff, res=0x%lx %s", r, persona_text(r));
	/* for the execs to come, the task's own: then back as it was */
	pers = SC1(SYS_personality, r | 0x40000);	/* ADDR_NO_RANDOMIZE */
	expect("personality, persona=%s, res=0x%lx %s", persona_text(r | 0x40000), pers,
	       persona_text(pers));
	pers = SC1(SYS_personality, r);
	expect("personality, persona=%s, res=0x%lx %s", persona_text(r), pers,
	       persona_text(pers));
	prio = SC2(SYS_ioprio_get, IOPRIO_WHO_PROCESS, 0);
	expect("ioprio_get, which=IOPRIO_WHO_PROCESS, who=0, res=%s%s%s", res(prio),
	       prio < 0 ? "" : " ", prio < 0 ? "" : ioprio_text(prio));
	r = SC3(SYS_ioprio_set, IOPRIO_WHO_PROCESS, 0, 2 << 13 | 4);	/* BE, 4 */
	expect("ioprio_set, which=IOPRIO_WHO_PROCESS, who=0, ioprio=IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4), res=%s",
	       res(r));
	if (prio >= 0) {	/* back as it was */
		r = SC3(SYS_ioprio_set, IOPRIO_WHO_PROCESS, 0, prio);
		expect("ioprio_set, which=IOPRIO_WHO_PROCESS, who=0, ioprio=%s, res=%s",
		       ioprio_text(prio), res(r));
	}
	r = SC4(SYS_sched_getattr, 0, &attr, sizeof(attr), 0);
	expect("sched_getattr, pid=0, size=%zu, flags=0, res=%s%s%s", sizeof(attr), res(r),
	       r ? "" : ", attr=", r ? "" : sched_attr_text(&attr));
	r = SC3(SYS_sched_setattr, 0, &attr, 0);
	expect("sched_setattr, pid=0, attr=%s, flags=0, res=%s", sched_attr_text(&attr), res(r));
}

/*
 * A child keeps three capabilities of root's and reads them back: the
 * sets' names, low and high words, as capset and capget carry them.
 */
static void caps_dropped(void)
{
	struct __user_cap_header_struct hdr = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct data[2] = {
		{ 1U << CAP_CHOWN | 1U << CAP_KILL, 1U << CAP_CHOWN | 1U << CAP_KILL, 0 },
		{ 0, 1U << (CAP_AUDIT_READ - 32), 0 },
	};
	static const char sets[] = "{effective=CAP_CHOWN|CAP_KILL, "
		"permitted=CAP_CHOWN|CAP_KILL|CAP_AUDIT_READ, inheritable=0}";
	long r;

	r = SC2(SYS_capset, &hdr, data);
	expect("capset, hdrp={version=_LINUX_CAPABILITY_VERSION_3, pid=0}, datap=%s, res=%s",
	       sets, res(r));
	memset(data, 0, sizeof(data));
	r = SC2(SYS_capget, &hdr, data);
	expect("capget, hdrp={version=_LINUX_CAPABILITY_VERSION_3, pid=0}, res=%s%s%s", res(r),
	       r ? "" : ", datap=", r ? "" : sets);
}

/* Ids kept as they are (-1), capabilities (a child's), other processes. */
static void sys_ids_procs(void)
{
	struct __user_cap_header_struct hdr = { _LINUX_CAPABILITY_VERSION_3, 0 };
	char here[8] = "abc", there[8];
	struct iovec liov = { there, 3 }, riov = { here, 3 };
	siginfo_t si;
	uint64_t set = ~0ULL;
	long r, pfd, tid = xgettid();
	pid_t c;

	r = SC2(SYS_setreuid, -1, -1);
	expect("setreuid, ruid=-1, euid=-1, res=%s", res(r));
	r = SC2(SYS_setregid, -1, -1);
	expect("setregid, rgid=-1, egid=-1, res=%s", res(r));
	r = SC1(SYS_setfsuid, -1);	/* the fsuid it had */
	expect("setfsuid, fsuid=-1, res=%s", res(r));
	r = SC1(SYS_setfsgid, -1);
	expect("setfsgid, fsgid=-1, res=%s", res(r));
#ifdef __arm__
	r = SC2(SYS_setreuid32, -1, -1);
	expect("setreuid32, ruid=-1, euid=-1, res=%s", res(r));
	r = SC2(SYS_setregid32, -1, -1);
	expect("setregid32, rgid=-1, egid=-1, res=%s", res(r));
	r = SC1(SYS_setfsuid32, -1);
	expect("setfsuid32, fsuid=-1, res=%s", res(r));
	r = SC1(SYS_setfsgid32, -1);
	expect("setfsgid32, fsgid=-1, res=%s", res(r));
#endif
	/* a version check: the header holds the kernel's answer, so its pointer */
	r = SC2(SYS_capget, &hdr, NULL);
	expect("capget, hdrp=%p, res=%s%s", (void *)&hdr, res(r), r ? "" : ", datap=NULL");
	c = fork();
	if (c == 0) {
		my_pid = syscall(SYS_getpid);
		caps_dropped();
		expect("exit_group, status=0, res=?");
		syscall(SYS_exit_group, 0);
	}
	if (c < 0 || waitpid(c, NULL, 0) != c)
		die("capset's child");

	/* nothing pending here */
	r = SC2(SYS_rt_sigpending, &set, 8);
	expect("rt_sigpending, sigsetsize=8, res=%s%s", res(r), r ? "" : ", set=[]");
	memset(&si, 0, sizeof(si));
	si.si_code = SI_QUEUE;
	r = SC3(SYS_rt_sigqueueinfo, my_pid, 0, &si);	/* signal 0: a check */
	expect("rt_sigqueueinfo, tgid=%ld, sig=0, info=%s, res=%s", my_pid, ptr(&si), res(r));
	r = SC4(SYS_rt_tgsigqueueinfo, my_pid, tid, 0, &si);
	expect("rt_tgsigqueueinfo, tgid=%ld, tid=%ld, sig=0, info=%s, res=%s", my_pid, tid,
	       ptr(&si), res(r));
	pfd = SC2(SYS_pidfd_open, my_pid, 0);
	expect("pidfd_open, pid=%ld, flags=0, res=%s", my_pid, res(pfd));
	r = SC4(SYS_pidfd_send_signal, pfd, 0, NULL, 0);
	expect("pidfd_send_signal, pidfd=%ld, sig=0, info=NULL, flags=0, res=%s", pfd, res(r));
	r = SC3(SYS_pidfd_getfd, pfd, exp_fd, 0);
	expect("pidfd_getfd, pidfd=%ld, targetfd=%d, flags=0, res=%s", pfd, exp_fd, res(r));
	if (r >= 0)
		xclose(r);
	if (pfd >= 0)
		xclose(pfd);
	r = SC6(SYS_process_vm_readv, my_pid, &liov, 1, &riov, 1, 0);
	expect("process_vm_readv, pid=%ld, local_iov=%s, liovcnt=1, remote_iov=%s, riovcnt=1, flags=0, res=%s",
	       my_pid, ptr(&liov), ptr(&riov), res(r));
	r = SC6(SYS_process_vm_writev, my_pid, &liov, 1, &riov, 1, 0);
	expect("process_vm_writev, pid=%ld, local_iov=%s, liovcnt=1, remote_iov=%s, riovcnt=1, flags=0, res=%s",
	       my_pid, ptr(&liov), ptr(&riov), res(r));
	r = SC5(SYS_kcmp, my_pid, my_pid, KCMP_VM, 0, 0);
	expect("kcmp, pid1=%ld, pid2=%ld, type=KCMP_VM, idx1=0x0, idx2=0x0, res=%s",
	       my_pid, my_pid, res(r));
}

/*
 * What a security monitor watches, each refused or harmless: a map of no
 * type, a question to seccomp, this process's keyring, no perf attr, no
 * kexec image, a fanotify mark closed at once, a ring of no entries.
 */
static void sys_security(void)
{
	static const char key[] = "user";
	unsigned int action = SECCOMP_RET_KILL_PROCESS;
	union { uint32_t w[18]; char c[72]; } ba;	/* union bpf_attr's head */
	struct perf_event_attr pa;
	char params[120] = { 0 };
	long r, k, fd;

	/* a map of one int made and closed, a program of no code refused */
	memset(&ba, 0, sizeof(ba));
	ba.w[0] = BPF_MAP_TYPE_ARRAY;
	ba.w[1] = ba.w[2] = 4;
	ba.w[3] = 1;
	memcpy(ba.c + 28, "mysd_map", 8);
	fd = SC3(SYS_bpf, BPF_MAP_CREATE, &ba, sizeof(ba));
	expect("bpf, cmd=BPF_MAP_CREATE, attr={map_type=BPF_MAP_TYPE_ARRAY, key_size=4, value_size=4, max_entries=1, map_flags=0x0, map_name=\"mysd_map\"}, size=%zu, res=%s",
	       sizeof(ba), res(fd));
	if (fd >= 0)
		xclose(fd);
	memset(&ba, 0, sizeof(ba));
	ba.w[0] = BPF_PROG_TYPE_SOCKET_FILTER;
	memcpy(ba.c + 48, "mysd_prog", 9);
	r = SC3(SYS_bpf, BPF_PROG_LOAD, &ba, sizeof(ba));
	expect("bpf, cmd=BPF_PROG_LOAD, attr={prog_type=BPF_PROG_TYPE_SOCKET_FILTER, insn_cnt=0, prog_flags=0x0, prog_name=\"mysd_prog\"}, size=%zu, res=%s",
	       sizeof(ba), res(r));
	r = SC3(SYS_bpf, BPF_MAP_CREATE, NULL, 0);
	expect("bpf, cmd=BPF_MAP_CREATE, attr=NULL, size=0, res=%s", res(r));
	r = SC3(SYS_seccomp, SECCOMP_GET_ACTION_AVAIL, 0, &action);
	expect("seccomp, op=SECCOMP_GET_ACTION_AVAIL, flags=0, args=%s, res=%s", ptr(&action), res(r));
	r = SC5(SYS_keyctl, KEYCTL_GET_KEYRING_ID, KEY_SPEC_THREAD_KEYRING, 0, 0, 0);
	expect("keyctl, op=KEYCTL_GET_KEYRING_ID, arg2=KEY_SPEC_THREAD_KEYRING, arg3=0x0, arg4=0x0, arg5=0x0, res=%s",
	       res(r));
	k = SC5(SYS_add_key, key, "mysd", "k1", 2, KEY_SPEC_PROCESS_KEYRING);
	expect("add_key, type=\"user\", description=\"mysd\", payload=\"k1\", plen=2, keyring=KEY_SPEC_PROCESS_KEYRING, res=%s",
	       res(k));
	r = SC5(SYS_keyctl, KEYCTL_REVOKE, k, 0, 0, 0);
	expect("keyctl, op=KEYCTL_REVOKE, arg2=%ld, arg3=0x0, arg4=0x0, arg5=0x0, res=%s", k, res(r));
	r = SC4(SYS_request_key, key, "mysd_none", NULL, 0);
	expect("request_key, type=\"user\", description=\"mysd_none\", callout_info=NULL, dest_keyring=0, res=%s",
	       res(r));
	r = SC5(SYS_perf_event_open, NULL, 0, -1, -1, PERF_FLAG_FD_CLOEXEC);
	expect("perf_event_open, attr=NULL, pid=0, cpu=-1, group_fd=-1, flags=PERF_FLAG_FD_CLOEXEC, res=%s",
	       res(r));
	/* a software clock of this process, opened and closed */
	memset(&pa, 0, sizeof(pa));
	pa.type = PERF_TYPE_SOFTWARE;
	pa.size = sizeof(pa);
	pa.config = PERF_COUNT_SW_TASK_CLOCK;
	pa.disabled = 1;
	fd = SC5(SYS_perf_event_open, &pa, 0, -1, -1, PERF_FLAG_FD_CLOEXEC);
	expect("perf_event_open, attr={type=PERF_TYPE_SOFTWARE, size=%u, config=0x%llx}, pid=0, cpu=-1, group_fd=-1, flags=PERF_FLAG_FD_CLOEXEC, res=%s",
	       pa.size, (unsigned long long)pa.config, res(fd));
	if (fd >= 0)
		xclose(fd);
	r = SC4(SYS_kexec_load, 0, 0, NULL, 0x80);	/* an unknown flag */
	expect("kexec_load, entry=0x0, nr_segments=0, segments=NULL, flags=0x80, res=%s", res(r));
#ifdef SYS_kexec_file_load
	r = SC5(SYS_kexec_file_load, -1, -1, 0, NULL, 0);
	expect("kexec_file_load, kernel_fd=-1, initrd_fd=-1, cmdline_len=0, cmdline=NULL, flags=0x0, res=%s",
	       res(r));
#endif
	fd = SC1(SYS_userfaultfd, O_CLOEXEC | O_NONBLOCK);
	expect("userfaultfd, flags=O_CLOEXEC|O_NONBLOCK, res=%s", res(fd));
	if (fd >= 0)
		xclose(fd);
	fd = SC2(SYS_fanotify_init, FAN_CLASS_NOTIF | FAN_CLOEXEC, O_RDONLY);
	expect("fanotify_init, flags=FAN_CLASS_NOTIF|FAN_CLOEXEC, event_f_flags=O_RDONLY, res=%s",
	       res(fd));
#ifdef __arm__
	r = SC6(SYS_fanotify_mark, fd, FAN_MARK_ADD, FAN_CLOSE_WRITE, 0, AT_FDCWD, "/tmp");
	expect("fanotify_mark, fd=%ld, flags=FAN_MARK_ADD, mask_lo=FAN_CLOSE_WRITE, mask_hi=0x0, dirfd=AT_FDCWD, path=\"/tmp\", res=%s",
	       fd, res(r));
#else
	r = SC5(SYS_fanotify_mark, fd, FAN_MARK_ADD, FAN_CLOSE_WRITE, AT_FDCWD, "/tmp");
	expect("fanotify_mark, fd=%ld, flags=FAN_MARK_ADD, mask=FAN_CLOSE_WRITE, dirfd=AT_FDCWD, path=\"/tmp\", res=%s",
	       fd, res(r));
#endif
	if (fd >= 0)
		xclose(fd);
	r = SC2(SYS_io_uring_setup, 0, params);
	expect("io_uring_setup, entries=0, params=%s, res=%s", ptr(params), res(r));
	r = SC6(SYS_io_uring_enter, -1, 0, 0, IORING_ENTER_GETEVENTS, NULL, 0);
	expect("io_uring_enter, fd=-1, to_submit=0, min_complete=0, flags=IORING_ENTER_GETEVENTS, arg=NULL, argsz=0, res=%s",
	       res(r));
	r = SC4(SYS_io_uring_register, -1, IORING_REGISTER_PROBE, NULL, 0);
	expect("io_uring_register, fd=-1, opcode=IORING_REGISTER_PROBE, arg=NULL, nr_args=0, res=%s",
	       res(r));
}

/* A POSIX queue round trip, and semtimedop. */
static void sys_mq(void)
{
	static char msg[8192];	/* a receive takes a buffer of msgsize */
	struct sigevent sev;
	struct sembuf sop = { 0, -1, IPC_NOWAIT | SEM_UNDO };	/* at 0: EAGAIN */
	long ts[2] = { 0, 1000 }, attr[8], r, mq, id;
	unsigned int prio = 0;

	mq = SC4(SYS_mq_open, "mysd", O_RDWR | O_CREAT, 0600, NULL);
	expect("mq_open, name=\"mysd\", oflag=O_RDWR|O_CREAT, mode=0600, attr=NULL, res=%s", res(mq));
	r = SC5(SYS_mq_timedsend, mq, "hi", 2, 1, NULL);
	expect("mq_timedsend, mqdes=%ld, msg=\"hi\", len=2, prio=1, timeout=NULL, res=%s", mq, res(r));
	r = SC5(SYS_mq_timedreceive, mq, msg, sizeof(msg), &prio, NULL);
	expect("mq_timedreceive, mqdes=%ld, len=%zu, prio=%s, timeout=NULL, res=%s%s", mq,
	       sizeof(msg), ptr(&prio), res(r), outbuf("msg", msg, r));
#ifdef __arm__
	{
		int64_t t64[2] = { 0, 1000 };

		r = SC5(SYS_mq_timedsend_time64, mq, "yo", 2, 2, t64);
		expect("mq_timedsend_time64, mqdes=%ld, msg=\"yo\", len=2, prio=2, timeout={tv_sec=0, tv_nsec=1000}, res=%s",
		       mq, res(r));
		r = SC5(SYS_mq_timedreceive_time64, mq, msg, sizeof(msg), &prio, t64);
		expect("mq_timedreceive_time64, mqdes=%ld, len=%zu, prio=%s, timeout={tv_sec=0, tv_nsec=1000}, res=%s%s",
		       mq, sizeof(msg), ptr(&prio), res(r), outbuf("msg", msg, r));
	}
#endif
	memset(&sev, 0, sizeof(sev));
	sev.sigev_notify = SIGEV_NONE;
	r = SC2(SYS_mq_notify, mq, &sev);
	expect("mq_notify, mqdes=%ld, sevp={sigev_value=0x0, sigev_notify=SIGEV_NONE}, res=%s",
	       mq, res(r));
	r = SC2(SYS_mq_notify, mq, NULL);
	expect("mq_notify, mqdes=%ld, sevp=NULL, res=%s", mq, res(r));
	r = SC3(SYS_mq_getsetattr, mq, NULL, attr);
	expect("mq_getsetattr, mqdes=%ld, newattr=NULL, oldattr=%s, res=%s", mq, ptr(attr), res(r));
	if (mq >= 0)
		xclose(mq);
	r = SC1(SYS_mq_unlink, "mysd");
	expect("mq_unlink, name=\"mysd\", res=%s", res(r));

	id = SC3(SYS_semget, IPC_PRIVATE, 1, IPC_CREAT | 0600);
	expect("semget, key=0x0, nsems=1, semflg=IPC_CREAT|0600, res=%s", res(id));
	r = SC4(SYS_semtimedop, id, &sop, 1, ts);
	expect("semtimedop, semid=%ld, sops=[{sem_num=0, sem_op=-1, sem_flg=IPC_NOWAIT|SEM_UNDO}], nsops=1, timeout={tv_sec=0, tv_nsec=1000}, res=%s",
	       id, res(r));
#ifdef __arm__
	{
		int64_t t64[2] = { 0, 1000 };

		r = SC4(SYS_semtimedop_time64, id, &sop, 1, t64);
		expect("semtimedop_time64, semid=%ld, sops=[{sem_num=0, sem_op=-1, sem_flg=IPC_NOWAIT|SEM_UNDO}], nsops=1, timeout={tv_sec=0, tv_nsec=1000}, res=%s",
		       id, res(r));
	}
#endif
	r = SC4(SYS_semctl, id, 0, IPC_RMID, 0);
	expect("semctl, semid=%ld, semnum=0, cmd=IPC_RMID, arg=0x0, res=%s", id, res(r));
}

#ifdef __arm__
/* 32-bit ARM's older calls, which 64-bit ABIs have only in *at form. */
static void arm_old_calls(void)
{
	char f[64], g[64], q[2][128], dents[512];
	uint32_t old = 0;
	sigset_t mask;
	long fd, r;

	tmp_path(f, q[0], "o");
	tmp_path(g, q[1], "l");
	fd = SC4(SYS_openat, AT_FDCWD, f, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	expect("openat, dirfd=AT_FDCWD, path=%s, flags=O_WRONLY|O_CREAT|O_TRUNC, mode=0600, res=%s",
	       q[0], res(fd));
	r = SC2(SYS_chmod, f, 0640);
	expect("chmod, path=%s, mode=0640, res=%s", q[0], res(r));
	r = SC3(SYS_chown32, f, -1, -1);
	expect("chown32, path=%s, uid=-1, gid=-1, res=%s", q[0], res(r));
	r = SC3(SYS_lchown32, f, -1, -1);
	expect("lchown32, path=%s, uid=-1, gid=-1, res=%s", q[0], res(r));
	r = SC3(SYS_fchown32, fd, -1, -1);
	expect("fchown32, fd=%ld, uid=-1, gid=-1, res=%s", fd, res(r));
	/* the 16-bit ids' calls: -1 as the kernel takes it, unchanged */
	r = SC3(SYS_chown, f, -1, -1);
	expect("chown, path=%s, uid=-1, gid=-1, res=%s", q[0], res(r));
	r = SC3(SYS_lchown, f, -1, -1);
	expect("lchown, path=%s, uid=-1, gid=-1, res=%s", q[0], res(r));
	r = SC2(SYS_utimes, f, NULL);
	expect("utimes, path=%s, times=NULL, res=%s", q[0], res(r));
	r = SC3(SYS_futimesat, AT_FDCWD, f, NULL);
	expect("futimesat, dirfd=AT_FDCWD, path=%s, times=NULL, res=%s", q[0], res(r));
	xclose(fd);
	r = SC2(SYS_link, f, g);
	expect("link, oldpath=%s, newpath=%s, res=%s", q[0], q[1], res(r));
	r = SC1(SYS_unlink, g);
	expect("unlink, path=%s, res=%s", q[1], res(r));
	r = SC2(SYS_symlink, f, g);
	expect("symlink, target=%s, linkpath=%s, res=%s", q[0], q[1], res(r));
	r = SC1(SYS_unlink, g);
	expect("unlink, path=%s, res=%s", q[1], res(r));
	r = SC1(SYS_unlink, f);
	expect("unlink, path=%s, res=%s", q[0], res(r));

	fd = SC4(SYS_openat, AT_FDCWD, "/", O_RDONLY | O_DIRECTORY, 0);
	expect("openat, dirfd=AT_FDCWD, path=\"/\", flags=O_RDONLY|O_DIRECTORY, res=%s", res(fd));
	r = SC3(SYS_getdents, fd, dents, sizeof(dents));
	expect("getdents, fd=%ld, dirp=%s, count=%zu, res=%s", fd, ptr(dents), sizeof(dents), res(r));
	xclose(fd);
	r = SC0(SYS_getpgrp);
	expect("getpgrp, res=%s", res(r));
	r = SC1(SYS_nice, 0);
	expect("nice, inc=0, res=%s", res(r));
	fd = SC1(SYS_eventfd, 1);
	expect("eventfd, initval=1, res=%s", res(fd));
	if (fd >= 0)
		xclose(fd);
	fd = SC0(SYS_inotify_init);
	expect("inotify_init, res=%s", res(fd));
	if (fd >= 0)
		xclose(fd);
	sigemptyset(&mask);
	sigaddset(&mask, SIGUSR2);
	fd = SC3(SYS_signalfd, -1, &mask, 8);
	expect("signalfd, fd=-1, mask=[SIGUSR2], sizemask=8, res=%s", res(fd));
	if (fd >= 0)
		xclose(fd);
	r = SC2(SYS_ustat, 0, dents);
	expect("ustat, dev=0x0, ubuf=%s, res=%s", ptr(dents), res(r));
	r = SC3(SYS_sysfs, 3, 0, 0);	/* how many file system types */
	expect("sysfs, option=3, arg1=0x0, arg2=0x0, res=%s", res(r));
	{
		long tv[2] = { 0, 0 };	/* struct timeval: no wait */

		r = SC5(SYS__newselect, 0, NULL, NULL, NULL, tv);
		expect("_newselect, nfds=0, res=%s, readfds=NULL, writefds=NULL, exceptfds=NULL, left={tv_sec=0, tv_usec=0}",
		       res(r));
	}
	r = SC1(SYS_sigpending, &old);
	expect("sigpending, set=%s, res=%s", ptr(&old), res(r));
	r = SC3(SYS_sigprocmask, SIG_BLOCK, NULL, &old);
	expect("sigprocmask, how=SIG_BLOCK, set=NULL, oldset=%s, res=%s", ptr(&old), res(r));
	r = SC3(SYS_sigaction, SIGUSR1, NULL, &dents);
	expect("sigaction, sig=SIGUSR1, act=NULL, oldact=%s, res=%s", ptr(dents), res(r));
}
#endif

/* ---- what init systems and sandboxes call (syscalls/flags_admin.c) ---- */

#include <sys/quota.h>
#include <sys/timex.h>
#include <linux/aio_abi.h>
#include <linux/landlock.h>
#include <linux/mempolicy.h>

static volatile sig_atomic_t woken;
static void on_wake(int sig)
{
	(void)sig;
	woken = 1;
}

/*
 * Waits for a signal, each woken by one already pending (blocked until the
 * wait's mask lets it in). The exit probe sees the kernel's own restart
 * code, which becomes EINTR on the way back to the task.
 */
static void sys_waits(void)
{
	struct sigaction sa, old_sa;
	sigset_t usr1, old_mask;
	uint64_t empty = 0;	/* the kernel's sigset_t: 64 signals */
	long r;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_wake;
	sigaction(SIGUSR1, &sa, &old_sa);
	sigemptyset(&usr1);
	sigaddset(&usr1, SIGUSR1);
	sigprocmask(SIG_BLOCK, &usr1, &old_mask);
	kill(my_pid, SIGUSR1);
	r = SC2(SYS_rt_sigsuspend, &empty, 8);
	if (r != -EINTR || !woken)
		die("rt_sigsuspend: not woken by SIGUSR1");
	expect("rt_sigsuspend, mask=[], sigsetsize=8, res=-514 ERESTARTNOHAND");
#ifdef SYS_sigsuspend
	woken = 0;
	kill(my_pid, SIGUSR1);
	r = SC3(SYS_sigsuspend, 0, 0, 0);
	if (r != -EINTR || !woken)
		die("sigsuspend: not woken by SIGUSR1");
	expect("sigsuspend, mask=0x0, res=-514 ERESTARTNOHAND");
#endif
#ifdef SYS_pause
	{	/* a timer that fires every 2 ms until pause has seen it */
		struct itimerval tick = { { 0, 2000 }, { 0, 2000 } }, off = { { 0, 0 }, { 0, 0 } };
		struct sigaction old_alrm;

		woken = 0;
		sigaction(SIGALRM, &sa, &old_alrm);
		setitimer(ITIMER_REAL, &tick, NULL);
		r = SC0(SYS_pause);
		setitimer(ITIMER_REAL, &off, NULL);
		sigaction(SIGALRM, &old_alrm, NULL);
		if (r != -EINTR || !woken)
			die("pause: not woken by SIGALRM");
		expect("pause, res=-514 ERESTARTNOHAND");
	}
#endif
	sigprocmask(SIG_SETMASK, &old_mask, NULL);
	sigaction(SIGUSR1, &old_sa, NULL);
	/* no restart is pending: the kernel's default answer */
	r = SC0(SYS_restart_syscall);
	expect("restart_syscall, res=%s", res(r));
}

/* Word @i of @w bytes (a signed long of the ABI) of @buf. */
static long long word_at(const void *buf, size_t w, int i)
{
	int32_t v32;
	int64_t v64;

	if (w == 4) {
		memcpy(&v32, (const char *)buf + 4 * i, 4);
		return v32;
	}
	memcpy(&v64, (const char *)buf + 8 * i, 8);
	return v64;
}

/*
 * ", buf={modes=0, ...}": a struct timex (words of @w bytes) the kernel
 * wrote back, its status bits named by glibc's STA_ macros; "" when the
 * call failed.
 */
static const char *timex_text(const void *buf, size_t w, long r)
{
	static const struct bit_name sta[] = {
		{ STA_PLL, "STA_PLL" }, { STA_PPSFREQ, "STA_PPSFREQ" },
		{ STA_PPSTIME, "STA_PPSTIME" }, { STA_FLL, "STA_FLL" },
		{ STA_INS, "STA_INS" }, { STA_DEL, "STA_DEL" },
		{ STA_UNSYNC, "STA_UNSYNC" }, { STA_FREQHOLD, "STA_FREQHOLD" },
		{ STA_PPSSIGNAL, "STA_PPSSIGNAL" }, { STA_PPSJITTER, "STA_PPSJITTER" },
		{ STA_PPSWANDER, "STA_PPSWANDER" }, { STA_PPSERROR, "STA_PPSERROR" },
		{ STA_CLOCKERR, "STA_CLOCKERR" }, { STA_NANO, "STA_NANO" },
		{ STA_MODE, "STA_MODE" }, { STA_CLK, "STA_CLK" },
	};
	static char b[2][512];
	static int n;
	char *p = b[n++ & 1], status[256];
	uint32_t st;	/* an int, first in its word */

	if (r < 0)
		return "";
	memcpy(&st, (const char *)buf + 5 * w, 4);
	bit_names(status, sizeof(status), sta, sizeof(sta) / sizeof(sta[0]), st);
	snprintf(p, 512, ", buf={modes=0, offset=%lld, freq=%lld, maxerror=%lld, esterror=%lld, status=%s, constant=%lld, precision=%lld, tolerance=%lld, time={tv_sec=%lld, tv_usec=%lld}, tick=%lld, ...}",
		 word_at(buf, w, 1), word_at(buf, w, 2), word_at(buf, w, 3),
		 word_at(buf, w, 4), status, word_at(buf, w, 6), word_at(buf, w, 7),
		 word_at(buf, w, 8), word_at(buf, w, 9), word_at(buf, w, 10),
		 word_at(buf, w, 11));
	return p;
}

/*
 * AIO: a context made, used with no requests, destroyed; NTP's clock
 * reads (modes 0 changes nothing); a file handle; a terminal hang-up in a
 * child of its own session (no terminal to hang up).
 */
static void sys_aio_clock_handles(void)
{
	static long long timex[32];	/* struct timex of any ABI, modes 0 */
	struct io_event ev[1];
	struct iocb cb;
	aio_context_t ctx = 0;
	long ts[2] = { 0, 0 };	/* struct timespec, in the task's longs */
	union { struct file_handle fh; char c[sizeof(struct file_handle) + MAX_HANDLE_SZ]; } h;
	int mount_id;
	long r, c;

	r = SC2(SYS_io_setup, 4, &ctx);
	expect("io_setup, nr_events=4, ctx_idp=%s, res=%s", ptr(&ctx), res(r));
	r = SC3(SYS_io_submit, ctx, 0, NULL);
	expect("io_submit, ctx=0x%lx, nr=0, iocbpp=NULL, res=%s", (unsigned long)ctx, res(r));
	r = SC5(SYS_io_getevents, ctx, 0, 1, ev, ts);
	expect("io_getevents, ctx=0x%lx, min_nr=0, nr=1, events=%s, timeout={tv_sec=0, tv_nsec=0}, res=%s",
	       (unsigned long)ctx, ptr(ev), res(r));
#ifdef SYS_io_pgetevents
	r = SC6(SYS_io_pgetevents, ctx, 0, 1, ev, ts, NULL);
	expect("io_pgetevents, ctx=0x%lx, min_nr=0, nr=1, events=%s, timeout={tv_sec=0, tv_nsec=0}, usig=NULL, res=%s",
	       (unsigned long)ctx, ptr(ev), res(r));
#endif
#ifdef SYS_io_pgetevents_time64
	{
		int64_t t64[2] = { 0, 0 };

		r = SC6(SYS_io_pgetevents_time64, ctx, 0, 1, ev, t64, NULL);
		expect("io_pgetevents_time64, ctx=0x%lx, min_nr=0, nr=1, events=%s, timeout={tv_sec=0, tv_nsec=0}, usig=NULL, res=%s",
		       (unsigned long)ctx, ptr(ev), res(r));
	}
#endif
	memset(&cb, 0, sizeof(cb));
	r = SC3(SYS_io_cancel, ctx, &cb, ev);
	expect("io_cancel, ctx=0x%lx, iocb=%s, result=%s, res=%s", (unsigned long)ctx,
	       ptr(&cb), ptr(ev), res(r));
	r = SC1(SYS_io_destroy, ctx);
	expect("io_destroy, ctx=0x%lx, res=%s", (unsigned long)ctx, res(r));

	/* the clock's state returned, its struct written back */
	memset(timex, 0, sizeof(timex));
	r = SC1(SYS_adjtimex, timex);
	expect("adjtimex, res=%s%s", res(r), timex_text(timex, sizeof(long), r));
	memset(timex, 0, sizeof(timex));
	r = SC2(SYS_clock_adjtime, CLOCK_REALTIME, timex);
	expect("clock_adjtime, clockid=CLOCK_REALTIME, res=%s%s", res(r),
	       timex_text(timex, sizeof(long), r));
#ifdef SYS_clock_adjtime64
	memset(timex, 0, sizeof(timex));
	r = SC2(SYS_clock_adjtime64, CLOCK_REALTIME, timex);
	expect("clock_adjtime64, clockid=CLOCK_REALTIME, res=%s%s", res(r),
	       timex_text(timex, 8, r));
#endif

	h.fh.handle_bytes = MAX_HANDLE_SZ;
	r = SC5(SYS_name_to_handle_at, AT_FDCWD, "/tmp", &h, &mount_id, 0);
	expect("name_to_handle_at, dirfd=AT_FDCWD, path=\"/tmp\", handle=%s, mount_id=%s, flags=0, res=%s",
	       ptr(&h), ptr(&mount_id), res(r));
	r = SC3(SYS_open_by_handle_at, -1, &h, O_RDONLY);
	expect("open_by_handle_at, mount_fd=-1, handle=%s, flags=O_RDONLY, res=%s", ptr(&h), res(r));

	c = fork();
	if (c == 0) {
		my_pid = syscall(SYS_getpid);
		if (setsid() < 0)
			die("setsid");
		r = SC0(SYS_vhangup);
		expect("vhangup, res=%s", res(r));
		expect("exit_group, status=0, res=?");
		syscall(SYS_exit_group, 0);
	}
	if (c < 0 || waitpid(c, NULL, 0) != c)
		die("vhangup's child");
}

/*
 * The new mount API, a round trip: a tmpfs made, mounted on a directory
 * of /tmp, cloned, picked, made read-only, detached.
 */
static void sys_mount_api(void)
{
	struct mount_attr ma = { .attr_set = MOUNT_ATTR_RDONLY };
	char dir[64], q[80];
	long r, fs, mnt, fd;

	tmp_path(dir, q, "mnt");
	if (mkdir(dir, 0700) && errno != EEXIST)
		die("mkdir");
	fs = SC2(SYS_fsopen, "tmpfs", FSOPEN_CLOEXEC);
	expect("fsopen, fsname=\"tmpfs\", flags=FSOPEN_CLOEXEC, res=%s", res(fs));
	r = SC5(SYS_fsconfig, fs, FSCONFIG_SET_STRING, "size", "64k", 0);
	expect("fsconfig, fd=%ld, cmd=FSCONFIG_SET_STRING, key=\"size\", value=\"64k\", aux=0, res=%s",
	       fs, res(r));
	r = SC5(SYS_fsconfig, fs, FSCONFIG_CMD_CREATE, NULL, NULL, 0);
	expect("fsconfig, fd=%ld, cmd=FSCONFIG_CMD_CREATE, key=NULL, value=NULL, aux=0, res=%s",
	       fs, res(r));
	mnt = SC3(SYS_fsmount, fs, FSMOUNT_CLOEXEC, MOUNT_ATTR_NODEV | MOUNT_ATTR_NOEXEC);
	expect("fsmount, fd=%ld, flags=FSMOUNT_CLOEXEC, attr_flags=MOUNT_ATTR_NODEV|MOUNT_ATTR_NOEXEC, res=%s",
	       fs, res(mnt));
	r = SC5(SYS_move_mount, mnt, "", AT_FDCWD, dir, MOVE_MOUNT_F_EMPTY_PATH);
	expect("move_mount, from_dirfd=%ld, from_path=\"\", to_dirfd=AT_FDCWD, to_path=%s, flags=MOVE_MOUNT_F_EMPTY_PATH, res=%s",
	       mnt, q, res(r));
	fd = SC3(SYS_open_tree, AT_FDCWD, dir, OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC);
	expect("open_tree, dirfd=AT_FDCWD, path=%s, flags=OPEN_TREE_CLONE|OPEN_TREE_CLOEXEC, res=%s",
	       q, res(fd));
	if (fd >= 0)
		xclose(fd);
	fd = SC3(SYS_fspick, AT_FDCWD, dir, FSPICK_CLOEXEC);
	expect("fspick, dirfd=AT_FDCWD, path=%s, flags=FSPICK_CLOEXEC, res=%s", q, res(fd));
	if (fd >= 0)
		xclose(fd);
	r = sc_since(5, 12, SYS_mount_setattr, AT_FDCWD, (long)dir, 0, (long)&ma, sizeof(ma), 0);
	if (r != NO_LINE)
		expect("mount_setattr, dirfd=AT_FDCWD, path=%s, flags=0, attr={attr_set=MOUNT_ATTR_RDONLY, attr_clr=0, propagation=0, userns_fd=0}, size=%zu, res=%s",
		       q, sizeof(ma), res(r));
	r = SC2(SYS_umount2, dir, MNT_DETACH);
	expect("umount2, target=%s, flags=MNT_DETACH, res=%s", q, res(r));
	if (mnt >= 0)
		xclose(mnt);
	if (fs >= 0)
		xclose(fs);
	rmdir(dir);
}

/*
 * Quotas (none on this root: refused), memory policies (the default one
 * set again), Landlock asked its ABI version, protection keys, secret
 * memory: nothing that outlives the call.
 */
static void sys_policies(void)
{
	static char page[4096] __attribute__((aligned(4096)));
	struct landlock_ruleset_attr rs;
	struct landlock_path_beneath_attr pb;
	unsigned int fmt;
	int mode;
	long r, key, rules;

	r = SC4(SYS_quotactl, QCMD(Q_SYNC, USRQUOTA), NULL, 0, NULL);
	expect("quotactl, cmd=QCMD(Q_SYNC, USRQUOTA), special=NULL, id=0, addr=NULL, res=%s", res(r));
	r = sc_since(5, 14, SYS_quotactl_fd, -1, QCMD(Q_GETFMT, GRPQUOTA), 0, (long)&fmt, 0, 0);
	if (r != NO_LINE)
		expect("quotactl_fd, fd=-1, cmd=QCMD(Q_GETFMT, GRPQUOTA), id=0, addr=%s, res=%s",
		       ptr(&fmt), res(r));

	r = SC3(SYS_set_mempolicy, MPOL_DEFAULT, NULL, 0);
	expect("set_mempolicy, mode=MPOL_DEFAULT, nodemask=NULL, maxnode=0, res=%s", res(r));
	r = SC5(SYS_get_mempolicy, &mode, NULL, 0, NULL, 0);
	expect("get_mempolicy, mode=%s, nodemask=NULL, maxnode=0, addr=NULL, flags=0, res=%s",
	       ptr(&mode), res(r));
	r = SC6(SYS_mbind, page, sizeof(page), MPOL_DEFAULT, NULL, 0, MPOL_MF_STRICT);
	expect("mbind, addr=%s, len=4096, mode=MPOL_DEFAULT, nodemask=NULL, maxnode=0, flags=MPOL_MF_STRICT, res=%s",
	       ptr(page), res(r));
	r = sc_since(5, 17, SYS_set_mempolicy_home_node, (long)page, sizeof(page), 0, 0, 0, 0);
	if (r != NO_LINE)
		expect("set_mempolicy_home_node, start=%s, len=4096, home_node=0, flags=0x0, res=%s",
		       ptr(page), res(r));
	r = SC4(SYS_migrate_pages, 0, 0, NULL, NULL);
	expect("migrate_pages, pid=0, maxnode=0, old_nodes=NULL, new_nodes=NULL, res=%s", res(r));
	r = SC6(SYS_move_pages, 0, 0, NULL, NULL, NULL, MPOL_MF_MOVE);
	expect("move_pages, pid=0, count=0, pages=NULL, nodes=NULL, status=NULL, flags=MPOL_MF_MOVE, res=%s",
	       res(r));
	r = SC5(SYS_process_madvise, -1, NULL, 0, MADV_WILLNEED, 0);
	expect("process_madvise, pidfd=-1, iovec=NULL, vlen=0, advice=MADV_WILLNEED, flags=0, res=%s",
	       res(r));
	r = sc_since(5, 15, SYS_process_mrelease, -1, 0, 0, 0, 0, 0);
	if (r != NO_LINE)
		expect("process_mrelease, pidfd=-1, flags=0, res=%s", res(r));

	r = sc_since(5, 13, SYS_landlock_create_ruleset, 0, 0, LANDLOCK_CREATE_RULESET_VERSION, 0, 0, 0);
	if (r != NO_LINE)
		expect("landlock_create_ruleset, attr=NULL, size=0, flags=LANDLOCK_CREATE_RULESET_VERSION, res=%s",
		       res(r));
	/* a ruleset with one rule, made and closed: this task stays free */
	rs.handled_access_fs = LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_WRITE_FILE;
	rules = sc_since(5, 13, SYS_landlock_create_ruleset, (long)&rs, sizeof(rs), 0, 0, 0, 0);
	if (rules != NO_LINE)
		expect("landlock_create_ruleset, attr={handled_access_fs=LANDLOCK_ACCESS_FS_WRITE_FILE|LANDLOCK_ACCESS_FS_READ_FILE}, size=%zu, flags=0, res=%s",
		       sizeof(rs), res(rules));
	pb.allowed_access = LANDLOCK_ACCESS_FS_READ_FILE;
	pb.parent_fd = open("/tmp", O_PATH | O_CLOEXEC);
	r = sc_since(5, 13, SYS_landlock_add_rule, rules, LANDLOCK_RULE_PATH_BENEATH, (long)&pb, 0, 0, 0);
	if (r != NO_LINE)
		expect("landlock_add_rule, ruleset_fd=%ld, rule_type=LANDLOCK_RULE_PATH_BENEATH, rule_attr={allowed_access=LANDLOCK_ACCESS_FS_READ_FILE, parent_fd=%d}, flags=0, res=%s",
		       rules, pb.parent_fd, res(r));
	close(pb.parent_fd);
	if (rules >= 0)
		xclose(rules);
	r = sc_since(5, 13, SYS_landlock_restrict_self, -1, 0, 0, 0, 0, 0);
	if (r != NO_LINE)
		expect("landlock_restrict_self, ruleset_fd=-1, flags=0, res=%s", res(r));

	key = SC2(SYS_pkey_alloc, 0, PKEY_DISABLE_WRITE);
	expect("pkey_alloc, flags=0, access_rights=PKEY_DISABLE_WRITE, res=%s", res(key));
	/* pkey -1: mprotect's own meaning; the page stays read-write */
	r = SC4(SYS_pkey_mprotect, page, sizeof(page), PROT_READ | PROT_WRITE, -1);
	expect("pkey_mprotect, addr=%s, len=4096, prot=PROT_READ|PROT_WRITE, pkey=-1, res=%s",
	       ptr(page), res(r));
	if (key < 0)
		key = -1;
	r = SC1(SYS_pkey_free, key);
	expect("pkey_free, pkey=%ld, res=%s", key, res(r));
#ifdef SYS_memfd_secret
	r = sc_since(5, 14, SYS_memfd_secret, O_CLOEXEC, 0, 0, 0, 0, 0);
	if (r != NO_LINE)
		expect("memfd_secret, flags=O_CLOEXEC, res=%s", res(r));
	if (r >= 0)
		xclose(r);
#endif
	r = sc_since(5, 16, SYS_futex_waitv, 0, 0, 0, 0, CLOCK_MONOTONIC, 0);
	if (r != NO_LINE)
		expect("futex_waitv, waiters=NULL, nr_futexes=0, flags=0, timeout=NULL, clockid=CLOCK_MONOTONIC, res=%s",
		       res(r));
}

/*
 * Linux 6.5 to 6.15's calls, by number: the cross headers may not name
 * them; from 424 on the numbers are the same on every arch. An older
 * kernel fails them with ENOSYS (sc_since() expects its syscall_NNN line).
 */
#define NR_cachestat		451
#define NR_fchmodat2		452
#define NR_map_shadow_stack	453
#define NR_futex_wake		454
#define NR_futex_wait		455
#define NR_futex_requeue	456
#define NR_statmount		457
#define NR_listmount		458
#define NR_lsm_get_self_attr	459
#define NR_lsm_set_self_attr	460
#define NR_lsm_list_modules	461
#define NR_mseal		462
#define NR_removexattrat	466
#define NR_open_tree_attr	467

/*
 * Each call on this task's own objects, or refused before it acts: a file
 * of its own, a futex word no one waits on, a seal of nothing (length 0),
 * mount and LSM queries that change nothing.
 */
static void sys_recent(void)
{
	static char page[4096] __attribute__((aligned(4096)));
	struct { unsigned long long off, len; } range = { 0, 4096 };
	struct { unsigned long long n[5]; } cs;
	struct { long long tv_sec, tv_nsec; } ts = { 0, 1000 };	/* past */
	unsigned long long req[4] = { 0 }, ids[8];
	unsigned int futex_word = 0, size;
	char path[64], q[80];
	long r, fd;

	tmp_path(path, q, "recent");
	fd = open(path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd < 0 || write(fd, page, sizeof(page)) != sizeof(page))
		die("recent file");

	memset(&cs, 0, sizeof(cs));
	r = sc_since(6, 5, NR_cachestat, fd, (long)&range, (long)&cs, 0, 0, 0);
	if (r != NO_LINE && r < 0)
		expect("cachestat, fd=%ld, cstat_range={off=0, len=4096}, flags=0, res=%s",
		       fd, res(r));
	else if (r != NO_LINE)
		expect("cachestat, fd=%ld, cstat_range={off=0, len=4096}, flags=0, res=%s, cstat={nr_cache=%llu, nr_dirty=%llu, nr_writeback=%llu, nr_evicted=%llu, nr_recently_evicted=%llu}",
		       fd, res(r), cs.n[0], cs.n[1], cs.n[2], cs.n[3], cs.n[4]);

	r = sc_since(6, 6, NR_fchmodat2, AT_FDCWD, (long)path, 0600, 0, 0, 0);
	if (r != NO_LINE)
		expect("fchmodat2, dirfd=AT_FDCWD, path=%s, mode=0600, flags=0, res=%s",
		       q, res(r));
	r = sc_since(6, 6, NR_fchmodat2, AT_FDCWD, (long)path, 0640,
		     AT_SYMLINK_NOFOLLOW, 0, 0);
	if (r != NO_LINE)
		expect("fchmodat2, dirfd=AT_FDCWD, path=%s, mode=0640, flags=AT_SYMLINK_NOFOLLOW, res=%s",
		       q, res(r));

	/* no shadow stacks here (arm64's GCS is 6.13's, and the CPU's) */
	r = sc_since(6, 6, NR_map_shadow_stack, 0, 4096, 1, 0, 0, 0);
	if (r != NO_LINE && r < 0 && r >= -4095)
		expect("map_shadow_stack, addr=NULL, len=4096, flags=SHADOW_STACK_SET_TOKEN, res=%s",
		       res(r));
	else if (r != NO_LINE)
		expect("map_shadow_stack, addr=NULL, len=4096, flags=SHADOW_STACK_SET_TOKEN, res=%s",
		       ptr((void *)r));

	r = sc_since(6, 7, NR_futex_wake, (long)&futex_word, 0xffffffffUL, 1,
		     0x82 /* FUTEX2_SIZE_U32|FUTEX2_PRIVATE */, 0, 0);
	if (r != NO_LINE)
		expect("futex_wake, uaddr=%s, mask=FUTEX_BITSET_MATCH_ANY, nr=1, flags=FUTEX2_SIZE_U32|FUTEX2_PRIVATE, res=%s",
		       ptr(&futex_word), res(r));
	/* the word is not 1: EAGAIN at once; then a deadline passed */
	r = sc_since(6, 7, NR_futex_wait, (long)&futex_word, 1, 0xffffffffUL, 0x82,
		     0, CLOCK_MONOTONIC);
	if (r != NO_LINE)
		expect("futex_wait, uaddr=%s, val=1, mask=FUTEX_BITSET_MATCH_ANY, flags=FUTEX2_SIZE_U32|FUTEX2_PRIVATE, timeout=NULL, clockid=CLOCK_MONOTONIC, res=%s",
		       ptr(&futex_word), res(r));
	r = sc_since(6, 7, NR_futex_wait, (long)&futex_word, 0, 0xf, 0x82,
		     (long)&ts, CLOCK_MONOTONIC);
	if (r != NO_LINE)
		expect("futex_wait, uaddr=%s, val=0, mask=0xf, flags=FUTEX2_SIZE_U32|FUTEX2_PRIVATE, timeout={tv_sec=0, tv_nsec=1000}, clockid=CLOCK_MONOTONIC, res=%s",
		       ptr(&futex_word), res(r));
	r = sc_since(6, 7, NR_futex_requeue, 0, 0, 1, 0, 0, 0);
	if (r != NO_LINE)
		expect("futex_requeue, waiters=NULL, flags=0, nr_wake=1, nr_requeue=0, res=%s",
		       res(r));

	/* a request of size 0: refused */
	r = sc_since(6, 8, NR_statmount, (long)req, (long)page, sizeof(page), 0, 0, 0);
	if (r != NO_LINE)
		expect("statmount, req=%s, buf=%s, bufsize=4096, flags=0, res=%s",
		       ptr(req), ptr(page), res(r));
	r = sc_since(6, 8, NR_listmount, (long)req, (long)ids, 8, 1, 0, 0);
	if (r != NO_LINE)
		expect("listmount, req=%s, mnt_ids=%s, nr_mnt_ids=8, flags=LISTMOUNT_REVERSE, res=%s",
		       ptr(req), ptr(ids), res(r));

	size = sizeof(ids);
	r = sc_since(6, 8, NR_lsm_list_modules, (long)ids, (long)&size, 0, 0, 0, 0);
	if (r != NO_LINE)
		expect("lsm_list_modules, ids=%s, size=%s, flags=0, res=%s",
		       ptr(ids), ptr(&size), res(r));
	size = sizeof(page);
	r = sc_since(6, 8, NR_lsm_get_self_attr, 100, (long)page, (long)&size,
		     1, 0, 0);
	if (r != NO_LINE)
		expect("lsm_get_self_attr, attr=LSM_ATTR_CURRENT, ctx=%s, size=%s, flags=LSM_FLAG_SINGLE, res=%s",
		       ptr(page), ptr(&size), res(r));
	r = sc_since(6, 8, NR_lsm_set_self_attr, 102, 0, 0, 0, 0, 0);
	if (r != NO_LINE)
		expect("lsm_set_self_attr, attr=LSM_ATTR_FSCREATE, ctx=NULL, size=0, flags=0, res=%s",
		       res(r));

	r = sc_since(6, 10, NR_mseal, (long)page, 0, 0, 0, 0, 0);
	if (r != NO_LINE)
		expect("mseal, addr=%s, len=0, flags=0, res=%s", ptr(page), res(r));

	r = sc_since(6, 13, NR_removexattrat, AT_FDCWD, (long)path, 0,
		     (long)"user.none", 0, 0);
	if (r != NO_LINE)
		expect("removexattrat, dirfd=AT_FDCWD, path=%s, at_flags=0, name=\"user.none\", res=%s",
		       q, res(r));
	r = sc_since(6, 15, NR_open_tree_attr, AT_FDCWD, (long)"/", 0, 0, 0, 0);
	if (r != NO_LINE)
		expect("open_tree_attr, dirfd=AT_FDCWD, path=\"/\", flags=0, attr=NULL, size=0, res=%s",
		       res(r));
	if (r >= 0)
		close(r);

	close(fd);
	unlink(path);
}

/* The calls above, in both ABIs. */
static void interfaces(void)
{
	sys_files();
	sys_memory_clock();
	sys_ids_procs();
	sys_security();
	sys_mq();
#ifdef __arm__
	arm_old_calls();
#endif
	sys_waits();
	sys_aio_clock_handles();
	sys_mount_api();
	sys_policies();
	sys_recent();
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
	page_edges();
	sockets();
#ifndef __arm__
	memory();
#else
	compat_only();
#endif
	files2();
	memory2();
	sockets2();
	io2();
	signals2();
	admin();
	interfaces();
	ipc_sched_modules();
	procs2();
	sleeps();
	thread();
	signals();
	traced_child();
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
	const struct iovec two_iov[] = {
		{ (void *)msg, 2 }, { (void *)(msg + 2), 3 },
	};
	char *long_argv[] = { "ab", "/tmp/argument-too-long", NULL };
	char *envp[1];
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
	/* ... but iovecs are kept, without their data */
	r = SC3(SYS_writev, devnull, two_iov, 2);
	expect("writev, fd=%d, iov=[{base=\"\"..., len=2}, {base=\"\"..., len=3}], iovcnt=2, res=%s",
	       devnull, res(r));
	/* argv shares the 16 bytes: "ab\0", then 12 of the next, cut */
	r = SC3(SYS_execve, "/nonexistent", long_argv, stack_envp(envp, 1));
	expect("execve, path=\"/nonexistent\", argv=[\"ab\", \"/tmp/argumen\"...]..., envp=%s, res=%s",
	       envp_text(envp), res(r));
	expect("exit_group, status=0, res=?");
	syscall(SYS_exit_group, 0);
}

/* ---- known decoding bugs: the correct lines, checked on their own --------- */

static void run_bugs(void)
{
	long r;

	/*
	 * BUG: openat without O_CREAT but with O_DIRECTORY prints "mode=0":
	 * the module tests flags & O_TMPFILE, and O_TMPFILE includes the
	 * O_DIRECTORY bit. No mode is used (nor must be shown) here.
	 */
	r = SC3(SYS_openat, AT_FDCWD, "/", O_RDONLY | O_DIRECTORY);
	expect("openat, dirfd=AT_FDCWD, path=\"/\", flags=O_RDONLY|O_DIRECTORY, res=%s", res(r));
#ifdef SYS_open
	/* the same test in open's row */
	r = SC2(SYS_open, "/", O_RDONLY | O_DIRECTORY);
	expect("open, path=\"/\", flags=O_RDONLY|O_DIRECTORY, res=%s", res(r));
#endif
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

static void *sleeping_thread(void *arg)
{
	(void)arg;
	printf("%ld\n", (long)syscall(SYS_gettid));
	fflush(stdout);
	for (;;)
		pause();
	return NULL;
}

/* A process with a second thread, whose id it prints; killed when done. */
static void run_thread(void)
{
	pthread_t th;

	if (pthread_create(&th, NULL, sleeping_thread, NULL))
		die("pthread_create");
	for (;;)
		pause();
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
	} else if (argc == 2 && !strcmp(argv[1], "decoded")) {
		size_t i;

		for (i = 0; i < sizeof(decoded_names) / sizeof(decoded_names[0]); i++)
			printf("%s %ld\n", decoded_names[i], decoded_nrs[i]);
		return 0;
	} else if (argc == 3 && !strcmp(argv[1], "bugs")) {
		setup(argv[2]);
		run_bugs();
	} else if (argc == 3 && !strcmp(argv[1], "trunc")) {
		setup(argv[2]);
		run_trunc();
	} else if (argc == 5 && !strcmp(argv[1], "echo")) {
		run_echo(argv[2], argv[3], argv[4]);
	} else if (argc == 3 && !strcmp(argv[1], "seq")) {
		run_seq(atol(argv[2]));
	} else if (argc == 4 && !strcmp(argv[1], "burst")) {
		run_burst(atol(argv[2]), atol(argv[3]));
	} else if (argc == 2 && !strcmp(argv[1], "thread")) {
		run_thread();
	}
	fprintf(stderr, "usage: workload full EXP [GOFIFO] | trunc EXP | echo IN OUT TAG | seq USEC | burst N SIZE | thread\n");
	return 2;
}
