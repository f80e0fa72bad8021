// SPDX-License-Identifier: GPL-2.0
/*
 * format_capture.c - the user memory an event captured, as text: strings
 * and data, socket addresses, structs and arrays (format.c's VALUE forms
 * "...", sockaddr, {k=v, ...} and [a, b]).
 *
 * A capture is printed from its own bytes: mysd_print_capture() gives each
 * printer the capture's length, or checks it against the struct's size
 * first (a short capture prints as a pointer), and fields are read in the
 * calling task's ABI (a 32-bit task's longs are 4 bytes).
 */
#include "format_internal.h"

#if defined(SA_RESTORER) && SA_RESTORER != MYSD_SA_RESTORER
#error "SA_RESTORER is not the bit MYSD_SA_RESTORER says"
#endif
/* utimensat's tv_nsec for "now" and "unchanged", in every ABI */
#define MYSD_UTIME_NOW		((1L << 30) - 1)
#define MYSD_UTIME_OMIT		((1L << 30) - 2)
/* The 32-bit ABIs' F_GETLK64; 64-bit libcs make that name F_GETLK. */
#define MYSD_F_GETLK64 12
#define CSIGNAL_MASK 0xffULL	/* CSIGNAL: clone's exit signal */

static __always_inline u64 get_u64(const u8 *p)
{
	u64 v;

	memcpy(&v, p, sizeof(v));
	return v;
}

static __always_inline u32 get_u32(const u8 *p)
{
	u32 v;

	memcpy(&v, p, sizeof(v));
	return v;
}

static __always_inline u16 get_u16(const u8 *p)
{
	u16 v;

	memcpy(&v, p, sizeof(v));
	return v;
}

/* ---- value printers ---------------------------------------------------- */

/* Decimal @v, a byte: 1 to 3 digits. */
static __always_inline char *put_u8(char *p, unsigned int v)
{
	if (v >= 100) {
		*p++ = (char)('0' + v / 100);
		v %= 100;
	} else if (v < 10) {
		*p = (char)('0' + v);
		return p + 1;
	}
	memcpy(p, &mysd_digit_pairs[2 * v], 2);
	return p + 2;
}

/* "1.2.3.4" at @p (15 characters at most). */
static __always_inline char *put_ipv4(char *p, const u8 *a)
{
	p = put_u8(p, a[0]);
	*p++ = '.';
	p = put_u8(p, a[1]);
	*p++ = '.';
	p = put_u8(p, a[2]);
	*p++ = '.';
	return put_u8(p, a[3]);
}

/* ":port" (6 characters at most) from a big-endian port. */
static __always_inline char *put_port(char *p, const u8 *port)
{
	*p++ = ':';
	return mysd_put_u32(p, (port[0] << 8) | port[1]);
}

static void print_ipv6(struct mysd_out *o, const u8 *a)
{
	int best = -1, best_len = 0, i, j;

	/* ::ffff:1.2.3.4 for IPv4-mapped addresses */
	for (i = 0; i < 10 && !a[i]; i++)
		;
	if (i == 10 && a[10] == 0xff && a[11] == 0xff) {
		char tmp[24];
		char *p = mysd_put_lit(tmp, "::ffff:");

		/* one write, as the printf it replaces */
		p = put_ipv4(p, a + 12);
		mysd_out_write(o, tmp, p - tmp);
		return;
	}
	/* RFC 5952: the longest run (>= 2) of zero groups becomes "::" */
	for (i = 0; i < 8; i = j + 1) {
		for (j = i; j < 8 && !a[2 * j] && !a[2 * j + 1]; j++)
			;
		if (j - i > best_len && j - i >= 2) {
			best = i;
			best_len = j - i;
		}
	}
	for (i = 0; i < 8; i++) {
		if (i == best) {
			mysd_out_write(o, "::", 2);
			i += best_len - 1;
			continue;
		}
		if (i && i != best + best_len)
			mysd_out_write(o, ":", 1);
		mysd_hexdigits(o, (a[2 * i] << 8) | a[2 * i + 1]);
	}
}

static void print_sockaddr(struct mysd_out *o, const u8 *d, u32 len, bool trunc)
{
	char tmp[24], *p;	/* address or port, written as one piece */
	u16 family;

	if (len < sizeof(u16)) {
		mysd_open(o, '{');
		mysd_close(o, '}');
		return;
	}
	family = get_u16(d);
	if (family == AF_INET && len >= 8) {
		/*
		 * Straight into the line when the longest form fits
		 * ("255.255.255.255:65535"), else built aside and written
		 * whole or not at all.
		 */
		bool room = mysd_out_avail(o) >= 15 + 6;

		p = put_ipv4(room ? o->buf + o->len : tmp, d + 4);
		p = put_port(p, d + 2);
		if (room)
			o->len = p - o->buf;
		else
			mysd_out_write(o, tmp, p - tmp);
	} else if (family == AF_INET6 && len >= 24) {
		mysd_out_char(o, '[');
		print_ipv6(o, d + 8);
		tmp[0] = ']';
		p = put_port(tmp + 1, d + 2);
		mysd_out_write(o, tmp, p - tmp);
	} else if (family == AF_UNIX) {
		const u8 *path = d + 2;
		u32 plen = len - 2;

		if (plen && !path[0]) {
			mysd_out_write(o, "unix:@", 6);
			mysd_quoted(o, path + 1, plen - 1, trunc);
		} else {
			u32 n = 0;

			while (n < plen && path[n])
				n++;
			mysd_out_write(o, "unix:", 5);
			mysd_quoted(o, path, n, trunc);
		}
	} else {
		const char *name = mysd_enum_name(&mysd_sock_family, family);

		mysd_open(o, '{');
		mysd_key(o, "family");
		if (name)
			mysd_out_puts(o, name);
		else
			mysd_udec(o, family);
		mysd_close(o, '}');
	}
}

static void print_argv(struct mysd_out *o, const u8 *d, u32 len, bool trunc)
{
	u32 i = 0;

	mysd_open(o, '[');
	while (i < len) {
		u32 n = 0;

		while (i + n < len && d[i + n])
			n++;
		mysd_sep(o);
		/* without its NUL: cut at string_max */
		mysd_quoted(o, d + i, n, i + n == len);
		i += n + 1;
	}
	mysd_close(o, ']');
	if (trunc)
		mysd_out_write(o, "...", 3);
}

static void print_signal(struct mysd_out *o, u64 sig)
{
	mysd_enum(o, &mysd_signals, sig, (s64)sig);
}

/*
 * [SIGINT|SIGTERM]; with more than half of the 64 set, as strace, the
 * complement: ~[SIGKILL|SIGSTOP] (glibc blocks all but these around a
 * fork or a thread's start).
 */
static void print_sigset(struct mysd_out *o, u64 set)
{
	unsigned int sig;
	bool any = false;

	if (hweight64(set) > 32) {
		mysd_out_write(o, "~", 1);
		set = ~set;
	}
	mysd_open(o, '[');
	for (sig = 1; sig <= 64; sig++) {
		if (!(set & (1ULL << (sig - 1))))
			continue;
		if (any)
			mysd_bar(o);
		print_signal(o, sig);
		any = true;
	}
	mysd_close(o, ']');
}

/* An unsigned field of @size bytes (2, 4 or 8: struct stat's differ). */
static u64 get_field(const u8 *p, size_t size)
{
	return size == 2 ? get_u16(p) : size == 4 ? get_u32(p) : get_u64(p);
}

/* Word @i of an array of @size-byte words (4 or 8: the task's long). */
static u64 get_word(const u8 *d, u32 i, u32 size)
{
	return get_field(d + i * size, size);
}

/* The same, signed. */
static s64 get_sword(const u8 *d, u32 i, u32 size)
{
	u64 v = get_word(d, i, size);

	return size == 4 ? (s32)v : (s64)v;
}

/*
 * The fraction of a time pair of @size-byte words, of @ev's task (NULL: a
 * struct the kernel wrote). A 32-bit task's 64-bit one (struct
 * __kernel_timespec) is a long and padding, which the C library leaves
 * unset: a 64-bit kernel reads the low half unsigned (get_timespec64()),
 * a 32-bit one into its long.
 */
static s64 get_frac(const u8 *d, u32 size, const struct mysd_event *ev)
{
	s64 v = get_sword(d, 1, size);

	if (size != 8 || !ev || !abi32(ev))
		return v;
	return is_compat(ev) ? (s64)(u32)v : (s32)v;
}

/*
 * A struct timespec or timeval: two longs of @size bytes (4 in a 32-bit
 * ABI's struct, else 8), the second one named @frac (tv_nsec, tv_usec).
 * @ev: the task's event (see get_frac()), or NULL.
 */
static void print_time_pair(struct mysd_out *o, const u8 *d, u32 size,
			    const char *frac, const struct mysd_event *ev)
{
	mysd_open(o, '{');
	mysd_key(o, "tv_sec");
	mysd_dec(o, get_sword(d, 0, size));
	mysd_key(o, frac);
	mysd_dec(o, get_frac(d, size, ev));
	mysd_close(o, '}');
}

/* utimensat's times[2] in words of @size: [{tv_sec=5, tv_nsec=0}, UTIME_OMIT] */
static void print_utimes(struct mysd_out *o, const u8 *d, u32 size,
			 const struct mysd_event *ev)
{
	unsigned int k;

	mysd_open(o, '[');
	for (k = 0; k < 2; k++, d += 2 * size) {
		mysd_sep(o);
		switch (get_frac(d, size, ev)) {
		case MYSD_UTIME_NOW:	/* the time of the call; tv_sec unread */
			mysd_out_puts(o, "UTIME_NOW");
			break;
		case MYSD_UTIME_OMIT:	/* left as it is */
			mysd_out_puts(o, "UTIME_OMIT");
			break;
		default:
			print_time_pair(o, d, size, "tv_nsec", ev);
		}
	}
	mysd_close(o, ']');
}

/*
 * Two time pairs named @first and @second: a struct itimerspec or
 * itimerval (interval, time left), or the head of a struct rusage, whose
 * other fields are shown as "..." (@more).
 */
static void print_time_pairs(struct mysd_out *o, const u8 *d, u32 size,
			     const struct mysd_event *ev, const char *frac,
			     const char *first, const char *second, bool more)
{
	mysd_open(o, '{');
	mysd_key(o, first);
	print_time_pair(o, d, size, frac, ev);
	mysd_key(o, second);
	print_time_pair(o, d + 2 * size, size, frac, ev);
	if (more)
		mysd_word(o, "...");
	mysd_close(o, '}');
}

/*
 * struct rlimit (the task's longs) or rlimit64: {rlim_cur=1024,
 * rlim_max=RLIM_INFINITY}, the infinity (all ones) named @inf.
 */
static void print_rlimit(struct mysd_out *o, const u8 *d, u32 size,
			 const char *inf)
{
	static const char *const keys[] = { "rlim_cur", "rlim_max" };
	u64 all = size == 4 ? U32_MAX : U64_MAX, v;
	u32 i;

	mysd_open(o, '{');
	for (i = 0; i < ARRAY_SIZE(keys); i++) {
		v = get_word(d, i, size);
		mysd_key(o, keys[i]);
		if (v == all)
			mysd_out_puts(o, inf);
		else
			mysd_udec(o, v);
	}
	mysd_close(o, '}');
}

/* cachestat's range, as strace: the offset in hex (0 without 0x) */
static void print_cachestat_range(struct mysd_out *o, const u8 *d)
{
	mysd_open(o, '{');
	mysd_key(o, "off");
	mysd_print_hex_or_0(o, get_u64(d));
	mysd_key(o, "len");
	mysd_udec(o, get_u64(d + 8));
	mysd_close(o, '}');
}

/* struct cachestat: the range's pages in the page cache, by state */
static void print_cachestat(struct mysd_out *o, const u8 *d)
{
	static const char *const keys[] = {
		"nr_cache", "nr_dirty", "nr_writeback", "nr_evicted",
		"nr_recently_evicted",
	};
	u32 i;

	mysd_open(o, '{');
	for (i = 0; i < ARRAY_SIZE(keys); i++) {
		mysd_key(o, keys[i]);
		mysd_udec(o, get_u64(d + 8 * i));
	}
	mysd_close(o, '}');
}

/*
 * struct timex as adjtimex left it (MYSD_TIMEX_SIZE): what NTP daemons
 * set and read, up to tick, then "...".
 */
static void print_timex(struct mysd_out *o, const u8 *d, u32 size)
{
	static const char *const words[] = {
		"offset", "freq", "maxerror", "esterror", "status", "constant",
		"precision", "tolerance",
	};
	u32 i;

	mysd_open(o, '{');
	mysd_key(o, "modes");
	mysd_flags(o, &mysd_adj_modes, get_u32(d));
	for (i = 0; i < ARRAY_SIZE(words); i++) {
		mysd_key(o, words[i]);
		if (i == 4)	/* status: an int */
			mysd_flags(o, &mysd_sta_flags, get_u32(d + 5 * size));
		else
			mysd_dec(o, get_sword(d, 1 + i, size));
	}
	mysd_key(o, "time");
	print_time_pair(o, d + 9 * size, size, "tv_usec", NULL);
	mysd_key(o, "tick");
	mysd_dec(o, get_sword(d, 11, size));
	mysd_word(o, "...");
	mysd_close(o, '}');
}

/* struct sysinfo in the task's longs (MYSD_SYSINFO_SIZE), as strace. */
static void print_sysinfo(struct mysd_out *o, const u8 *d, u32 size)
{
	static const char *const sizes[] = {
		"totalram", "freeram", "sharedram", "bufferram", "totalswap",
		"freeswap",
	};
	u32 i;

	mysd_open(o, '{');
	mysd_key(o, "uptime");
	mysd_dec(o, get_sword(d, 0, size));
	mysd_key(o, "loads");
	mysd_open(o, '[');
	for (i = 1; i <= 3; i++) {
		mysd_sep(o);
		mysd_udec(o, get_word(d, i, size));
	}
	mysd_close(o, ']');
	for (i = 0; i < ARRAY_SIZE(sizes); i++) {
		mysd_key(o, sizes[i]);
		mysd_udec(o, get_word(d, 4 + i, size));
	}
	mysd_key(o, "procs");
	mysd_udec(o, get_u16(d + 10 * size));
	mysd_key(o, "totalhigh");
	mysd_udec(o, get_word(d, 11, size));
	mysd_key(o, "freehigh");
	mysd_udec(o, get_word(d, 12, size));
	mysd_key(o, "mem_unit");
	mysd_udec(o, get_u32(d + 13 * size));
	mysd_close(o, '}');
}

/*
 * The structs made of two time pairs in the task's longs (@lsize bytes):
 * itimerspec, itimerval, the head of a rusage; itimerspec64 in either
 * ABI. False when the capture is short of them.
 */
static bool print_time_struct(struct mysd_out *o, const struct mysd_event *ev,
			      unsigned int kind, const u8 *d, u32 len, u32 lsize)
{
	bool usec = kind == MYSD_K_ITIMERVAL || kind == MYSD_K_ITIMERVAL_OUT ||
		    kind == MYSD_K_RUSAGE_OUT;
	bool rusage = kind == MYSD_K_RUSAGE_OUT;

	if (kind == MYSD_K_ITIMERSPEC64 || kind == MYSD_K_ITIMERSPEC64_OUT)
		lsize = 8;
	if (len < 4 * lsize)
		return false;
	print_time_pairs(o, d, lsize, ev, usec ? "tv_usec" : "tv_nsec",
			 rusage ? "ru_utime" : "it_interval",
			 rusage ? "ru_stime" : "it_value", rusage);
	return true;
}

/*
 * struct statfs (MYSD_STATFS_SIZE) as strace shows it: words of @w bytes,
 * counts of @c, f_fsid as two ints.
 */
static void print_statfs(struct mysd_out *o, const u8 *d, u32 w, u32 c)
{
	static const char *const counts[] = {
		"f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree",
	};
	u32 i, at = 2 * w;

	mysd_open(o, '{');
	mysd_key(o, "f_type");
	mysd_print_name_or_hex(o, &mysd_fs_magic, (u32)get_word(d, 0, w));
	mysd_key(o, "f_bsize");
	mysd_udec(o, get_word(d, 1, w));
	for (i = 0; i < ARRAY_SIZE(counts); i++, at += c) {
		mysd_key(o, counts[i]);
		mysd_udec(o, get_field(d + at, c));
	}
	mysd_key(o, "f_fsid");
	mysd_out_puts(o, "{val=[");
	mysd_dec(o, (s32)get_u32(d + at));
	mysd_out_puts(o, ", ");
	mysd_dec(o, (s32)get_u32(d + at + 4));
	mysd_out_puts(o, "]}");
	at += 8;
	mysd_key(o, "f_namelen");
	mysd_udec(o, get_word(d + at, 0, w));
	mysd_key(o, "f_frsize");
	mysd_udec(o, get_word(d + at, 1, w));
	mysd_key(o, "f_flags");
	mysd_flags(o, &mysd_statfs_flags, get_word(d + at, 2, w));
	mysd_close(o, '}');
}

/*
 * wait4's status as strace shows it: [{WIFEXITED(s) && WEXITSTATUS(s) ==
 * 3}]; a tracee's stop, its event above the low 16 bits and
 * PTRACE_O_TRACESYSGOOD's 0x80 as [{WIFSTOPPED(s) && WSTOPSIG(s) ==
 * SIGTRAP}|PTRACE_EVENT_CLONE<<16]; other bits left as a hex rest.
 */
static void print_wstatus(struct mysd_out *o, u32 s)
{
	u32 rest;

	mysd_out_char(o, '[');
	if ((s & 0xff) == 0x7f) {
		mysd_out_puts(o, "{WIFSTOPPED(s) && WSTOPSIG(s) == ");
		print_signal(o, (s >> 8) & 0x7f);
		if (s & 0x8000)
			mysd_out_puts(o, " | 0x80");
		rest = s & ~0xffffU;
	} else if ((s & 0x7f) && (s & 0x7f) != 0x7f) {
		mysd_out_puts(o, "{WIFSIGNALED(s) && WTERMSIG(s) == ");
		print_signal(o, s & 0x7f);
		if (s & 0x80)
			mysd_out_puts(o, " && WCOREDUMP(s)");
		rest = s & ~0xffU;
	} else if (!(s & 0x7f)) {
		mysd_out_puts(o, "{WIFEXITED(s) && WEXITSTATUS(s) == ");
		mysd_dec(o, (s >> 8) & 0xff);
		rest = s & ~0xff00U;
	} else if (s == 0xffff) {
		mysd_out_puts(o, "{WIFCONTINUED(s)");
		rest = 0;
	} else {	/* none of them, as strace: the number */
		mysd_hex(o, s);
		mysd_out_char(o, ']');
		return;
	}
	mysd_out_char(o, '}');
	if (rest >> 16) {
		mysd_bar(o);
		mysd_print_name_or_hex(o, &mysd_ptrace_event, rest >> 16);
		mysd_out_puts(o, "<<16");
		rest &= 0xffff;
	}
	if (rest) {
		mysd_bar(o);
		mysd_hex(o, rest);
	}
	mysd_out_char(o, ']');
}

/* The sender of a signal: the union's si_pid and si_uid. */
static void print_sigsource(struct mysd_out *o, const u8 *u)
{
	mysd_key(o, "si_pid");
	mysd_dec(o, (s32)get_u32(u));
	mysd_key(o, "si_uid");
	mysd_dec(o, get_u32(u + 4));
}

/* The value sigqueue() or a timer sent (union sigval, @w bytes), at @v. */
static void print_sigval(struct mysd_out *o, const u8 *v, u32 w)
{
	mysd_key(o, "si_int");
	mysd_dec(o, (s32)get_u32(v));
	mysd_key(o, "si_ptr");
	mysd_ptr(o, get_field(v, w));
}

/* The union of a signal a process or the kernel's timers sent (code <= 0). */
static void print_siginfo_user(struct mysd_out *o, const u8 *u, s32 code,
			       u32 w)
{
	switch (code) {
	case SI_USER:
	case SI_TKILL:
		print_sigsource(o, u);
		return;
	case SI_TIMER:
		mysd_key(o, "si_timerid");
		mysd_hex(o, get_u32(u));
		mysd_key(o, "si_overrun");
		mysd_dec(o, (s32)get_u32(u + 4));
		print_sigval(o, u + 8, w);
		return;
	case SI_SIGIO:
		mysd_key(o, "si_band");
		mysd_dec(o, get_sword(u, 0, w));
		mysd_key(o, "si_fd");
		mysd_dec(o, (s32)get_u32(u + w));
		return;
	default:	/* SI_QUEUE, SI_MESGQ, SI_ASYNCIO...: a value too */
		print_sigsource(o, u);
		if (get_field(u + 8, w))
			print_sigval(o, u + 8, w);
	}
}

/*
 * The union of a signal the kernel sent (code > 0), by the signal: a
 * child's state and CPU times, a fault's address, a poll's band and fd, a
 * seccomp trap's call. Its clock_t times are longs after the int status.
 */
static void print_siginfo_kernel(struct mysd_out *o, const u8 *u, u32 signo,
				 s32 code, u32 w)
{
	u32 times = ALIGN(12, w);

	switch (signo) {
	case SIGCHLD:
		print_sigsource(o, u);
		mysd_key(o, "si_status");
		if (code == CLD_EXITED)
			mysd_dec(o, (s32)get_u32(u + 8));
		else
			print_signal(o, get_u32(u + 8));
		mysd_key(o, "si_utime");
		mysd_dec(o, get_sword(u + times, 0, w));
		mysd_key(o, "si_stime");
		mysd_dec(o, get_sword(u + times, 1, w));
		return;
	case SIGILL:
	case SIGFPE:
	case SIGBUS:
	case SIGSEGV:
	case SIGTRAP:
		mysd_key(o, "si_addr");
		mysd_ptr(o, get_field(u, w));
		return;
	case SIGIO:
		if (code == POLL_IN || code == POLL_OUT || code == POLL_MSG)
			print_siginfo_user(o, u, SI_SIGIO, w);
		return;
	case SIGSYS:
		mysd_key(o, "si_call_addr");
		mysd_ptr(o, get_field(u, w));
		mysd_key(o, "si_syscall");
		mysd_dec(o, (s32)get_u32(u + w));
		mysd_key(o, "si_arch");
		mysd_hex(o, get_u32(u + w + 4));
		return;
	default:
		if (get_u32(u) || get_u32(u + 4))
			print_sigsource(o, u);
		if (get_field(u + 8, w))
			print_sigval(o, u + 8, w);
	}
}

/*
 * siginfo_t's fields (@w: the task's long) as strace shows them: signal,
 * code, errno if any, then what the union holds for them.
 */
static void print_siginfo_fields(struct mysd_out *o, const u8 *d, u32 w)
{
	u32 signo = get_u32(d), err = get_u32(d + 4);
	s32 code = (s32)get_u32(d + 8);
	const u8 *u = d + MYSD_SIGINFO_UNION(w);
	const char *name;

	mysd_key(o, "si_signo");
	print_signal(o, signo);
	mysd_key(o, "si_code");
	mysd_enum(o, signo == SIGCHLD && code > 0 && code != SI_KERNEL ?
		  &mysd_cld_code : &mysd_si_code, (u64)(s64)code, code);
	if (err) {
		mysd_key(o, "si_errno");
		name = mysd_errno_name(err);
		if (name)
			mysd_out_puts(o, name);
		else
			mysd_udec(o, err);
	}
	if (code <= 0)
		print_siginfo_user(o, u, code, w);
	else
		print_siginfo_kernel(o, u, signo, code, w);
}

/*
 * How a timer notifies (@w: the task's long): the signal, or nothing, or
 * the signal to one thread. sigev_value is what the handler will get.
 */
static void print_sigevent(struct mysd_out *o, const u8 *d, u32 w)
{
	u32 notify = get_u32(d + w + 4);

	mysd_open(o, '{');
	mysd_key(o, "sigev_value");
	mysd_hex(o, get_field(d, w));
	if (notify != SIGEV_NONE) {
		mysd_key(o, "sigev_signo");
		print_signal(o, get_u32(d + w));
	}
	mysd_key(o, "sigev_notify");
	mysd_enum(o, &mysd_sigev_notify, notify, (s32)notify);
	if (notify == SIGEV_THREAD_ID) {
		mysd_key(o, "sigev_notify_thread_id");
		mysd_dec(o, (s32)get_u32(d + w + 8));
	}
	mysd_close(o, '}');
}

/*
 * siginfo_t as waitid() and rt_sigtimedwait() fill it. A waitid() that
 * found no child leaves si_signo 0: {}, as strace shows it.
 */
static void print_siginfo(struct mysd_out *o, const u8 *d, u32 w)
{
	mysd_open(o, '{');
	if (get_u32(d))
		print_siginfo_fields(o, d, w);
	mysd_close(o, '}');
}

/*
 * A bit array of the task's unsigned longs (@size bytes each), a CPU mask
 * or an fd_set: the numbers of its bits set below @limit, [0, 1]. Bytes
 * after the last whole word are not shown.
 */
static void print_bits(struct mysd_out *o, const u8 *d, u32 len, u32 size,
		       u64 limit, bool trunc)
{
	u32 w, bit;
	u64 word;

	mysd_open(o, '[');
	for (w = 0; w + size <= len; w += size) {
		word = get_field(d + w, size);
		for (bit = 0; word && w * 8 + bit < limit; bit++, word >>= 1) {
			if (word & 1) {
				mysd_sep(o);
				mysd_dec(o, w * 8 + bit);
			}
		}
	}
	mysd_close(o, ']');
	if (trunc || len % size)
		mysd_out_write(o, "...", 3);
}

#define STAT_FIELD(d, f) \
	get_field((d) + offsetof(struct stat, f), sizeof_field(struct stat, f))

/* The writer's line cache, found through the flag names it holds. */
static __always_inline struct mysd_line_cache *
line_cache_of(const struct mysd_out *o)
{
	return o->memo ? container_of(o->memo, struct mysd_line_cache, sym) :
			 NULL;
}

/*
 * The kept text of a struct of @kind whose shown fields are @k0, @k1,
 * written whole: true. Else false, and *@slot is where to keep the text
 * made now (NULL: not kept; only where the line has room for any kept
 * text, so a kept text is what printing writes).
 */
static __always_inline bool struct_memo_put(struct mysd_out *o, u8 kind,
					    u64 k0, u64 k1,
					    struct mysd_struct_memo_slot **slot)
{
	struct mysd_line_cache *c = line_cache_of(o);
	struct mysd_struct_memo_slot *m;
	u32 h;

	*slot = NULL;
	if (!c || mysd_out_avail(o) < sizeof(m->text))
		return false;
	h = ((u32)k0 ^ (u32)(k0 >> 32) ^ (u32)k1 ^ (u32)(k1 >> 32) ^ kind) *
	    MYSD_HASH_MUL;
	m = &c->structs[h >> (32 - MYSD_STRUCT_MEMO_BITS)];
	if (!m->len || m->kind != kind || m->key[0] != k0 || m->key[1] != k1) {
		*slot = m;
		return false;
	}
	mysd_out_kept(o, m->text, sizeof(m->text), m->len);
	o->first = false;
	return true;
}

/* Keep what was written since @from in @m (from struct_memo_put()). */
static void struct_memo_keep(struct mysd_out *o,
			     struct mysd_struct_memo_slot *m, u8 kind,
			     u64 k0, u64 k1, size_t from)
{
	size_t len = mysd_out_keepable(o, from, sizeof(m->text));

	if (!m || !len)
		return;
	m->kind = kind;
	m->key[0] = k0;
	m->key[1] = k1;
	m->len = len;
	memcpy(m->text, o->buf + from, len);
}

/* A file's type and permissions: S_IFREG|0644 (stat's, mknod's), 0600. */
void mysd_print_file_mode(struct mysd_out *o, u32 mode)
{
	if (mode & S_IFMT) {
		mysd_flags(o, &mysd_file_type, mode & S_IFMT);
		mysd_bar(o);
	}
	mysd_oct(o, mode & ~S_IFMT);
}

/*
 * A file's {mode=S_IFREG|0644, size=615}, after statx's {mask=...} where
 * @mask_set is given: a server stat()s the same few files, so the text is
 * kept by @kind and the fields shown. Inline: a call costs a newfstatat
 * line ~20 instructions.
 */
static __always_inline void print_file_attrs(struct mysd_out *o, u8 kind,
					     const struct mysd_flagset *mask_set,
					     u32 mask, u32 mode, u64 size)
{
	u64 k0 = (u64)mask << 32 | mode;
	struct mysd_struct_memo_slot *m;
	size_t from = o->len;

	if (struct_memo_put(o, kind, k0, size, &m))
		return;
	mysd_open(o, '{');
	if (mask_set) {
		mysd_key(o, "mask");
		mysd_flags(o, mask_set, mask);
	}
	mysd_key(o, "mode");
	mysd_print_file_mode(o, mode);
	mysd_key(o, "size");
	mysd_dec(o, (s64)size);
	mysd_close(o, '}');
	struct_memo_keep(o, m, kind, k0, size, from);
}

static __always_inline void print_stat(struct mysd_out *o, const u8 *d)
{
	print_file_attrs(o, MYSD_K_STAT_OUT, NULL, 0, STAT_FIELD(d, st_mode),
			 STAT_FIELD(d, st_size));
}

/* 32-bit ARM's glibc stat()s by statx: its mask, mode and size. */
static void print_statx(struct mysd_out *o, const u8 *d)
{
	print_file_attrs(o, MYSD_K_STATX_OUT, &mysd_statx_mask, get_u32(d),
			 get_u16(d + MYSD_STATX_MODE),
			 get_u64(d + MYSD_STATX_SIZE));
}

static void print_fixed_str(struct mysd_out *o, const u8 *d, u32 max)
{
	u32 n = 0;

	while (n < max && d[n])
		n++;
	mysd_quoted(o, d, n, false);
}

static void print_utsname(struct mysd_out *o, const u8 *d)
{
	static const char *const keys[] = { "sysname", "nodename", "release",
					    NULL, "machine" };
	unsigned int i;

	mysd_open(o, '{');
	for (i = 0; i < ARRAY_SIZE(keys); i++) {
		if (!keys[i])
			continue;	/* version: long and rarely useful */
		mysd_key(o, keys[i]);
		print_fixed_str(o, d + MYSD_UTSNAME_FIELD * i, MYSD_UTSNAME_FIELD);
	}
	mysd_close(o, '}');
}

/*
 * struct pollfd[]: [{fd=3, events=POLLIN}], or with @revents what poll()
 * found, [{fd=3, revents=POLLIN}] for each pollfd whose revents is set
 * (the array is read at syscall exit, revents included).
 */
static void print_pollfds(struct mysd_out *o, const u8 *d, u32 len, bool trunc,
			  bool revents)
{
	u32 i, off = revents ? 6 : 4;
	u16 events;

	mysd_open(o, '[');
	for (i = 0; i + 8 <= len; i += 8) {
		events = get_u16(d + i + off);
		if (revents && !events)
			continue;
		mysd_sep(o);
		mysd_open(o, '{');
		mysd_key(o, "fd");
		mysd_dec(o, (s32)get_u32(d + i));
		mysd_key(o, revents ? "revents" : "events");
		mysd_flags(o, &mysd_poll_events, events);
		mysd_close(o, '}');
	}
	mysd_close(o, ']');
	if (trunc || len % 8)
		mysd_out_write(o, "...", 3);
}

/* poll's revents, from the pollfds of argument @fds_arg. */
void mysd_print_revents(struct mysd_out *o, const struct mysd_event *ev,
			unsigned int fds_arg)
{
	const struct mysd_cap *cap = cap_of(ev, fds_arg);

	if (!cap || (cap->flags & MYSD_CAPF_FAULT))
		mysd_out_char(o, '?');	/* the array was not read */
	else
		print_pollfds(o, mysd_cap_data(cap), cap->len,
			      cap->flags & MYSD_CAPF_TRUNC, true);
}

/*
 * {events=EPOLLIN, data=0x1f}: a server prints one or more per epoll call,
 * the same few again and again.
 */
static void print_epoll_event(struct mysd_out *o, const u8 *d)
{
	u64 data = get_u64(d + MYSD_EPOLL_DATA_OFF);
	struct mysd_struct_memo_slot *m;
	u32 events = get_u32(d);
	size_t from = o->len;
	char *p;

	if (struct_memo_put(o, MYSD_K_EPOLL_EVENT, data, events, &m))
		return;
	mysd_open(o, '{');
	mysd_key(o, "events");
	mysd_flags(o, &mysd_epoll_events, events);
	/* the rest in one move when it plainly fits, else piece by piece */
	p = mysd_out_avail(o) >= sizeof(", data=}") + MYSD_HEX_MAX ?
	    o->buf + o->len : NULL;
	if (likely(p)) {
		p = mysd_put_hex(mysd_put_lit(p, ", data="), data);
		*p++ = '}';
		o->len = p - o->buf;
	} else {
		mysd_key(o, "data");
		mysd_hex(o, data);
		mysd_out_char(o, '}');
	}
	o->first = false;
	struct_memo_keep(o, m, MYSD_K_EPOLL_EVENT, data, events, from);
}

static void print_epoll_events(struct mysd_out *o, const u8 *d, u32 len,
			       bool trunc)
{
	u32 i;

	mysd_open(o, '[');
	for (i = 0; i + MYSD_EPOLL_EVENT_SIZE <= len;
	     i += MYSD_EPOLL_EVENT_SIZE) {
		mysd_sep(o);
		print_epoll_event(o, d + i);
	}
	mysd_close(o, ']');
	if (trunc || len % MYSD_EPOLL_EVENT_SIZE)
		mysd_out_write(o, "...", 3);
}

/* readv's or writev's iovecs: [{base="data", len=5}, ...] (event.h). */
static void print_iov(struct mysd_out *o, const u8 *d, u32 len, bool trunc)
{
	struct mysd_iov_entry e;
	u32 at = 0;

	mysd_open(o, '[');
	while (len - at >= sizeof(e)) {
		memcpy(&e, d + at, sizeof(e));
		at += sizeof(e);
		if (e.kept > len - at)
			break;
		mysd_sep(o);
		mysd_open(o, '{');
		mysd_key(o, "base");
		if (e.flags & MYSD_CAPF_FAULT)
			mysd_fault(o, e.base);
		else
			mysd_quoted(o, d + at, e.kept,
				    e.flags & MYSD_CAPF_TRUNC);
		mysd_key(o, "len");
		mysd_udec(o, e.len);
		mysd_close(o, '}');
		at += e.kept;
	}
	mysd_close(o, ']');
	if (trunc || at != len)
		mysd_out_write(o, "...", 3);
}

/* A pointer inside a struct whose data was not read: NULL, or 0x...<fault>. */
static bool print_unread(struct mysd_out *o, u64 p, u8 flags)
{
	if (flags & MYSD_CAPF_FAULT)
		mysd_fault(o, p);
	else if (!p)
		mysd_ptr(o, 0);
	else
		return false;
	return true;
}

/* One control message's data: SCM_RIGHTS' fds, SCM_CREDENTIALS, bytes. */
static void print_cmsg_data(struct mysd_out *o, u32 level, u32 type,
			    const u8 *d, u32 n)
{
	u32 i;

	if (level == SOL_SOCKET && type == SCM_RIGHTS) {
		mysd_key(o, "fds");
		mysd_open(o, '[');
		for (i = 0; i + 4 <= n; i += 4) {
			mysd_sep(o);
			mysd_dec(o, (s32)get_u32(d + i));
		}
		mysd_close(o, ']');
	} else if (level == SOL_SOCKET && type == SCM_CREDENTIALS && n >= 12) {
		mysd_key(o, "creds");
		mysd_open(o, '{');
		mysd_key(o, "pid");
		mysd_dec(o, (s32)get_u32(d));
		mysd_key(o, "uid");
		mysd_udec(o, get_u32(d + 4));
		mysd_key(o, "gid");
		mysd_udec(o, get_u32(d + 8));
		mysd_close(o, '}');
	} else {
		mysd_key(o, "data");
		mysd_quoted(o, d, n, false);
	}
}

/*
 * Control messages in the task's ABI: a struct cmsghdr (a size_t and two
 * ints) and its data, each 8-aligned; 12 bytes and 4-aligned for 32-bit
 * tasks. [{level=SOL_SOCKET, type=SCM_RIGHTS, fds=[5]}]
 */
static void print_cmsgs(struct mysd_out *o, const u8 *d, u32 n, bool abi32,
			bool trunc)
{
	u32 hdr = abi32 ? 12 : 16, at = 0, level, type, kept;
	u64 clen;

	mysd_open(o, '[');
	while (n - at >= hdr) {
		clen = get_field(d + at, abi32 ? 4 : 8);
		if (clen < hdr) {	/* the kernel stops here too */
			trunc = true;
			break;
		}
		level = get_u32(d + at + hdr - 8);
		type = get_u32(d + at + hdr - 4);
		kept = min_t(u64, clen - hdr, n - at - hdr);
		mysd_sep(o);
		mysd_open(o, '{');
		mysd_key(o, "level");
		mysd_enum(o, &mysd_sol, level, (s32)level);
		mysd_key(o, "type");
		if (level == SOL_SOCKET)
			mysd_enum(o, &mysd_scm_type, type, (s32)type);
		else
			mysd_dec(o, (s32)type);
		print_cmsg_data(o, level, type, d + at + hdr, kept);
		mysd_close(o, '}');
		if (clen - hdr > kept) {	/* cut where the capture ends */
			trunc = true;
			break;
		}
		clen = ALIGN(clen, abi32 ? 4 : 8);
		if (clen >= n - at)
			break;
		at += clen;
	}
	mysd_close(o, ']');
	if (trunc)
		mysd_out_write(o, "...", 3);
}

/*
 * sendmsg's or recvmsg's struct msghdr (event.h): {name=127.0.0.1:53,
 * namelen=16, iov=[...], iovlen=1, control=[...], controllen=24, flags=0}.
 */
static void print_msghdr(struct mysd_out *o, const u8 *d, u32 len, bool abi32)
{
	struct mysd_msghdr_cap m;
	u32 at = sizeof(m);
	const u8 *ctl;

	memcpy(&m, d, sizeof(m));
	m.name_kept = min(m.name_kept, len - at);
	mysd_open(o, '{');
	mysd_key(o, "name");
	if (!print_unread(o, m.name, m.name_flags))
		print_sockaddr(o, d + at, m.name_kept,
			       m.name_flags & MYSD_CAPF_TRUNC);
	at += m.name_kept;
	mysd_key(o, "namelen");
	mysd_dec(o, (s32)m.namelen);
	m.control_kept = min(m.control_kept, len - at);
	ctl = d + at;
	at += m.control_kept;
	mysd_key(o, "iov");
	if (!print_unread(o, m.iov, m.iov_flags))
		print_iov(o, d + at, len - at, m.iov_flags & MYSD_CAPF_TRUNC);
	mysd_key(o, "iovlen");
	mysd_udec(o, m.iovlen);
	mysd_key(o, "control");
	if (!print_unread(o, m.control, m.control_flags))
		print_cmsgs(o, ctl, m.control_kept, abi32,
			    m.control_flags & MYSD_CAPF_TRUNC);
	mysd_key(o, "controllen");
	mysd_udec(o, m.controllen);
	mysd_key(o, "flags");
	mysd_flags(o, &mysd_msg_flags, m.flags);
	mysd_close(o, '}');
}

/*
 * sendmmsg's or recvmmsg's messages: [{msg_hdr={...}, msg_len=5}, ...];
 * msg_len for the first @sent, those the call sent or filled (the others'
 * was not written).
 */
static void print_mmsg(struct mysd_out *o, const u8 *d, u32 len, bool abi32,
		       s64 sent, bool trunc)
{
	struct mysd_mmsg_entry e;
	u32 at = 0;
	s64 i;

	mysd_open(o, '[');
	for (i = 0; at + sizeof(e) <= len; i++) {
		memcpy(&e, d + at, sizeof(e));
		at += sizeof(e);
		if (e.size < sizeof(struct mysd_msghdr_cap) || e.size > len - at)
			break;	/* not a capture's: the list stops */
		mysd_sep(o);
		mysd_open(o, '{');
		mysd_key(o, "msg_hdr");
		print_msghdr(o, d + at, e.size, abi32);
		if (i < sent) {
			mysd_key(o, "msg_len");
			mysd_udec(o, e.msg_len);
		}
		mysd_close(o, '}');
		at += e.size;
	}
	mysd_close(o, ']');
	if (trunc)
		mysd_out_write(o, "...", 3);
}

/* A user or group id; -1 is "unchanged" to the set*id calls. */
void mysd_print_uid(struct mysd_out *o, u32 id)
{
	if (id == U32_MAX)
		mysd_out_puts(o, "-1");
	else
		mysd_udec(o, id);
}

/* gid_t[]: [0, 4, 24], then "..." when the list was longer */
static void print_gids(struct mysd_out *o, const u8 *d, u32 len, bool trunc)
{
	u32 i;

	mysd_open(o, '[');
	for (i = 0; i + sizeof(u32) <= len; i += sizeof(u32)) {
		mysd_sep(o);
		mysd_print_uid(o, get_u32(d + i));
	}
	mysd_close(o, ']');
	if (trunc)
		mysd_out_write(o, "...", 3);
}

/*
 * getdents64's records: [{d_ino=2, d_type=DT_DIR, d_name="."}, ...], then
 * "..." when more were read than captured (@more) or one was cut. A
 * record shorter than its header or its name ends the walk.
 */
static void print_dirents(struct mysd_out *o, const u8 *d, u32 len, bool more)
{
	u32 at = 0, reclen;

	mysd_open(o, '[');
	while (len - at > MYSD_DIRENT_NAME) {
		reclen = get_u16(d + at + 16);
		if (reclen <= MYSD_DIRENT_NAME || reclen > len - at)
			break;
		mysd_sep(o);
		mysd_open(o, '{');
		mysd_key(o, "d_ino");
		mysd_udec(o, get_u64(d + at));
		mysd_key(o, "d_type");
		mysd_enum(o, &mysd_dirent_types, d[at + 18], d[at + 18]);
		mysd_key(o, "d_name");
		mysd_quoted(o, d + at + MYSD_DIRENT_NAME,
			    strnlen((const char *)d + at + MYSD_DIRENT_NAME,
				    reclen - MYSD_DIRENT_NAME), false);
		mysd_close(o, '}');
		at += reclen;
	}
	mysd_close(o, ']');
	if (more || at < len)
		mysd_out_write(o, "...", 3);
}

/* stack_t in words of @w bytes: {ss_sp=0x..., ss_flags=SS_ONSTACK, ss_size=8192} */
static void print_stack(struct mysd_out *o, const u8 *d, u32 w)
{
	mysd_open(o, '{');
	mysd_key(o, "ss_sp");
	mysd_ptr(o, get_word(d, 0, w));
	mysd_key(o, "ss_flags");
	mysd_flags(o, &mysd_ss_flags, get_u32(d + w));
	mysd_key(o, "ss_size");
	mysd_udec(o, get_word(d, 2, w));
	mysd_close(o, '}');
}

/*
 * struct sigaction as rt_sigaction takes it, words of @w bytes:
 * {sa_handler=SIG_IGN, sa_mask=[SIGTERM], sa_flags=SA_RESTORER|SA_RESTART,
 * sa_restorer=0x...}; the restorer only with its flag, as strace.
 */
static void print_sigaction(struct mysd_out *o, const u8 *d, u32 w)
{
	u64 handler = get_word(d, 0, w), flags = get_word(d, 1, w);

	mysd_open(o, '{');
	mysd_key(o, "sa_handler");
	if (handler == 0)	/* SIG_DFL and SIG_IGN: 0 and 1 in every ABI */
		mysd_out_puts(o, "SIG_DFL");
	else if (handler == 1)
		mysd_out_puts(o, "SIG_IGN");
	else
		mysd_hex(o, handler);
	mysd_key(o, "sa_mask");
	print_sigset(o, get_u64(d + 3 * w));
	mysd_key(o, "sa_flags");
	mysd_flags(o, &mysd_sa_flags, flags);
	if (flags & MYSD_SA_RESTORER) {
		mysd_key(o, "sa_restorer");
		mysd_hex(o, get_word(d, 2, w));
	}
	mysd_close(o, '}');
}

/* struct msgbuf: {mtype=1, mtext="ping"}, mtype the task's long of @lsize */
static void print_msgbuf(struct mysd_out *o, const u8 *d, u32 len, u32 lsize,
			 bool trunc)
{
	mysd_open(o, '{');
	mysd_key(o, "mtype");
	mysd_dec(o, get_sword(d, 0, lsize));
	mysd_key(o, "mtext");
	mysd_quoted(o, d + lsize, len - lsize, trunc);
	mysd_close(o, '}');
}

/* capget/capset's header: {version=_LINUX_CAPABILITY_VERSION_3, pid=0} */
static void print_caphdr(struct mysd_out *o, const u8 *d)
{
	mysd_open(o, '{');
	mysd_key(o, "version");
	mysd_print_name_or_hex(o, &mysd_cap_version, get_u32(d));
	mysd_key(o, "pid");
	mysd_dec(o, (s32)get_u32(d + 4));
	mysd_close(o, '}');
}

/*
 * Their data: each set's low 32 capabilities in the first struct, the high
 * ones in the second, which a _LINUX_CAPABILITY_VERSION_1 header (in the
 * event's first capture, @hdr) does not have.
 */
static void print_capdata(struct mysd_out *o, const u8 *d,
			  const struct mysd_cap *hdr)
{
	static const char *const sets[] = { "effective", "permitted", "inheritable" };
	bool v1 = hdr && !(hdr->flags & MYSD_CAPF_FAULT) && hdr->len >= 4 &&
		  get_u32(mysd_cap_data(hdr)) == _LINUX_CAPABILITY_VERSION_1;
	u32 i, high;

	mysd_open(o, '{');
	for (i = 0; i < ARRAY_SIZE(sets); i++) {
		high = v1 ? 0 : get_u32(d + 12 + 4 * i);
		mysd_key(o, sets[i]);
		mysd_flags(o, &mysd_cap_bits, (u64)high << 32 | get_u32(d + 4 * i));
	}
	mysd_close(o, '}');
}

void mysd_print_clone_flags(struct mysd_out *o, u64 v)
{
	u64 sig = v & CSIGNAL_MASK;

	if (v & ~CSIGNAL_MASK || !sig)
		mysd_flags(o, &mysd_clone_flags, v & ~CSIGNAL_MASK);
	if (sig) {
		if (v & ~CSIGNAL_MASK)
			mysd_bar(o);
		print_signal(o, sig);
	}
}

/* semop's operations: [{sem_num=0, sem_op=-1, sem_flg=IPC_NOWAIT|SEM_UNDO}] */
static void print_sembufs(struct mysd_out *o, const u8 *d, u32 len, bool trunc)
{
	u32 i;

	mysd_open(o, '[');
	for (i = 0; i + MYSD_SEMBUF_SIZE <= len; i += MYSD_SEMBUF_SIZE) {
		mysd_sep(o);
		mysd_open(o, '{');
		mysd_key(o, "sem_num");
		mysd_udec(o, get_u16(d + i));
		mysd_key(o, "sem_op");
		mysd_dec(o, (s16)get_u16(d + i + 2));
		mysd_key(o, "sem_flg");
		mysd_flags(o, &mysd_sem_flags, get_u16(d + i + 4));
		mysd_close(o, '}');
	}
	mysd_close(o, ']');
	if (trunc || len % MYSD_SEMBUF_SIZE)
		mysd_out_write(o, "...", 3);
}

/* sched_setscheduler's policy, and whether children start afresh. */
void mysd_print_sched_policy(struct mysd_out *o, u32 v)
{
	mysd_enum(o, &mysd_sched_policy, v & ~SCHED_RESET_ON_FORK,
		  (s32)(v & ~SCHED_RESET_ON_FORK));
	if (v & SCHED_RESET_ON_FORK) {
		mysd_bar(o);
		mysd_out_puts(o, "SCHED_RESET_ON_FORK");
	}
}

/* sched_setattr's struct sched_attr, as strace shows it. */
static void print_sched_attr(struct mysd_out *o, const u8 *d)
{
	mysd_open(o, '{');
	mysd_key(o, "size");
	mysd_udec(o, get_u32(d));
	mysd_key(o, "sched_policy");
	mysd_print_sched_policy(o, get_u32(d + 4));
	mysd_key(o, "sched_flags");
	mysd_flags(o, &mysd_sched_attr_flags, get_u64(d + 8));
	mysd_key(o, "sched_nice");
	mysd_dec(o, (s32)get_u32(d + 16));
	mysd_key(o, "sched_priority");
	mysd_udec(o, get_u32(d + 20));
	mysd_key(o, "sched_runtime");
	mysd_udec(o, get_u64(d + 24));
	mysd_key(o, "sched_deadline");
	mysd_udec(o, get_u64(d + 32));
	mysd_key(o, "sched_period");
	mysd_udec(o, get_u64(d + 40));
	mysd_close(o, '}');
}

/*
 * bpf's attr for the calls that make something: a map's type and sizes,
 * a program's type, length and name. False for the other commands (and a
 * struct cut short): its pointer is printed.
 */
static bool print_bpf_attr(struct mysd_out *o, const u8 *d, u32 len, u32 cmd)
{
	if (cmd == BPF_MAP_CREATE && len >= 20) {
		mysd_open(o, '{');
		mysd_key(o, "map_type");
		mysd_enum(o, &mysd_bpf_map_type, get_u32(d), get_u32(d));
		mysd_key(o, "key_size");
		mysd_udec(o, get_u32(d + 4));
		mysd_key(o, "value_size");
		mysd_udec(o, get_u32(d + 8));
		mysd_key(o, "max_entries");
		mysd_udec(o, get_u32(d + 12));
		mysd_key(o, "map_flags");
		mysd_hex(o, get_u32(d + 16));
		if (len >= 28 + 16) {
			mysd_key(o, "map_name");
			print_fixed_str(o, d + 28, 16);
		}
		mysd_close(o, '}');
		return true;
	}
	if (cmd == BPF_PROG_LOAD && len >= 8) {
		mysd_open(o, '{');
		mysd_key(o, "prog_type");
		mysd_enum(o, &mysd_bpf_prog_type, get_u32(d), get_u32(d));
		mysd_key(o, "insn_cnt");
		mysd_udec(o, get_u32(d + 4));
		if (len >= 48) {
			mysd_key(o, "prog_flags");
			mysd_hex(o, get_u32(d + 44));
		}
		if (len >= 48 + 16) {
			mysd_key(o, "prog_name");
			print_fixed_str(o, d + 48, 16);
		}
		mysd_close(o, '}');
		return true;
	}
	return false;
}

/* perf_event_open's attr: what is counted (the rest is left out). */
static void print_perf_attr(struct mysd_out *o, const u8 *d)
{
	mysd_open(o, '{');
	mysd_key(o, "type");
	mysd_enum(o, &mysd_perf_type, get_u32(d), get_u32(d));
	mysd_key(o, "size");
	mysd_udec(o, get_u32(d + 4));
	mysd_key(o, "config");
	mysd_hex(o, get_u64(d + 8));
	mysd_close(o, '}');
}

/* openat2's struct open_how: as openat's arguments, and how to resolve. */
static void print_open_how(struct mysd_out *o, const u8 *d)
{
	u64 flags = get_u64(d);

	mysd_open(o, '{');
	mysd_key(o, "flags");
	mysd_flags(o, &mysd_open_flags, flags);
	if (mysd_open_takes_mode(flags) || get_u64(d + 8)) {
		mysd_key(o, "mode");
		mysd_oct(o, get_u64(d + 8));
	}
	if (get_u64(d + 16)) {
		mysd_key(o, "resolve");
		mysd_flags(o, &mysd_resolve_flags, get_u64(d + 16));
	}
	mysd_close(o, '}');
}

/* mount_setattr's struct mount_attr: what it sets, clears, propagates. */
static void print_mount_attr(struct mysd_out *o, const u8 *d)
{
	mysd_open(o, '{');
	mysd_key(o, "attr_set");
	mysd_flags(o, &mysd_mount_attr_flags, get_u64(d));
	mysd_key(o, "attr_clr");
	mysd_flags(o, &mysd_mount_attr_flags, get_u64(d + 8));
	mysd_key(o, "propagation");
	mysd_flags(o, &mysd_mount_flags, get_u64(d + 16));
	mysd_key(o, "userns_fd");
	mysd_udec(o, get_u64(d + 24));
	mysd_close(o, '}');
}

/* A Landlock rule beneath a directory: the access it allows, the dir's fd. */
static void print_landlock_path_beneath(struct mysd_out *o, const u8 *d)
{
	mysd_open(o, '{');
	mysd_key(o, "allowed_access");
	mysd_flags(o, &mysd_landlock_access_fs, get_u64(d));
	mysd_key(o, "parent_fd");
	mysd_dec(o, (s32)get_u32(d + 8));
	mysd_close(o, '}');
}

/* clone flags by their ABI values: 5.2's and 5.7's, which a libc may lack */
#define MYSD_CLONE_PIDFD	0x1000ULL
#define MYSD_CLONE_INTO_CGROUP	0x200000000ULL

/* A struct clone_args field in hex, as strace's PRINT_FIELD_ADDR64/_X. */
static void print_clone_field(struct mysd_out *o, const char *key,
			      const u8 *d, unsigned int off)
{
	mysd_key(o, key);
	mysd_hex(o, get_u64(d + off));
}

/*
 * clone3's struct clone_args, @len bytes of it (the caller's size, at
 * least VER0's), as strace shows it: the pointers only where a flag makes
 * the kernel use them, set_tid and cgroup only when set.
 */
static void print_clone_args(struct mysd_out *o, const u8 *d, u32 len)
{
	u64 flags = get_u64(d), exit_signal = get_u64(d + 32);

	mysd_open(o, '{');
	mysd_key(o, "flags");
	mysd_flags(o, &mysd_clone_flags, flags);
	if (flags & MYSD_CLONE_PIDFD)
		print_clone_field(o, "pidfd", d, 8);
	if (flags & (CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID))
		print_clone_field(o, "child_tid", d, 16);
	if (flags & CLONE_PARENT_SETTID)
		print_clone_field(o, "parent_tid", d, 24);
	mysd_key(o, "exit_signal");
	if (exit_signal < S32_MAX)
		print_signal(o, exit_signal);
	else
		mysd_udec(o, exit_signal);
	print_clone_field(o, "stack", d, 40);
	print_clone_field(o, "stack_size", d, 48);
	if (flags & CLONE_SETTLS)
		print_clone_field(o, "tls", d, 56);
	if (len >= 80 && (get_u64(d + 64) || get_u64(d + 72))) {
		print_clone_field(o, "set_tid", d, 64);
		mysd_key(o, "set_tid_size");
		mysd_udec(o, get_u64(d + 72));
	}
	if (len >= MYSD_CLONE_ARGS_MAX &&
	    (get_u64(d + 80) || (flags & MYSD_CLONE_INTO_CGROUP))) {
		mysd_key(o, "cgroup");
		mysd_udec(o, get_u64(d + 80));
	}
	mysd_close(o, '}');
}

/*
 * A lock's struct flock, as read at the call's exit: what F_SETLK asked
 * for, or what F_GETLK found (with l_pid). @len tells the layout apart.
 */
static bool print_flock(struct mysd_out *o, const u8 *d, u32 len, u32 cmd)
{
	bool wide = len == MYSD_FLOCK64_SIZE;	/* 64-bit offsets at 8 and 16 */

	if (len != MYSD_FLOCK32_SIZE && !wide)
		return false;
	mysd_open(o, '{');
	mysd_key(o, "l_type");
	mysd_enum(o, &mysd_flock_type, get_u16(d), (s16)get_u16(d));
	mysd_key(o, "l_whence");
	mysd_enum(o, &mysd_whence, get_u16(d + 2), (s16)get_u16(d + 2));
	mysd_key(o, "l_start");
	mysd_dec(o, wide ? (s64)get_u64(d + 8) : (s32)get_u32(d + 4));
	mysd_key(o, "l_len");
	mysd_dec(o, wide ? (s64)get_u64(d + 16) : (s32)get_u32(d + 8));
	if (cmd == F_GETLK || cmd == F_OFD_GETLK || cmd == MYSD_F_GETLK64) {
		mysd_key(o, "l_pid");
		mysd_dec(o, (s32)get_u32(d + (wide ? 24 : 12)));
	}
	mysd_close(o, '}');
	return true;
}

/*
 * Whether the kernel wrote @ev's rusage: wait4() and waitid() write it
 * only with a child to report (its pid as wait4's result, a signal number
 * in waitid's siginfo), getrusage() always.
 */
static bool rusage_written(const struct mysd_event *ev)
{
	const struct mysd_syscall *sc = mysd_syscall_desc(is_compat(ev), ev->nr);
	const struct mysd_cap *info;

	if (sc && sc->args[0].kind == MYSD_K_WAITID_WHICH) {
		info = cap_of(ev, 2);
		return info && !(info->flags & MYSD_CAPF_FAULT) &&
		       info->len >= sizeof(u32) && get_u32(mysd_cap_data(info));
	}
	if (sc && sc->args[1].kind == MYSD_K_WSTATUS_OUT)
		return event_ret(ev) > 0;
	return true;
}

/*
 * Whether the kernel wrote the time left into @ev's timeout: recvmmsg()
 * only once it has received a message; ppoll() and the others on success.
 */
static bool time_left_written(const struct mysd_event *ev)
{
	const struct mysd_syscall *sc = mysd_syscall_desc(is_compat(ev), ev->nr);

	if (sc && sc->args[1].kind == MYSD_K_MMSGHDR_OUT)
		return event_ret(ev) > 0;
	return true;
}

/*
 * Whether the header may hold the kernel's answer rather than the
 * caller's version: an unknown version is answered with the kernel's
 * own (version 3) written into it, failing with EINVAL, or with 0 for
 * capget's probe (datap NULL, as libcap's first call). Another version
 * read is the caller's.
 */
static bool caphdr_answered(const struct mysd_event *ev, const u8 *d)
{
	const struct mysd_syscall *sc = mysd_syscall_desc(is_compat(ev), ev->nr);

	if (get_u32(d) != _LINUX_CAPABILITY_VERSION_3)
		return false;
	return event_ret(ev) == -EINVAL ||
	       (sc && sc->args[1].kind == MYSD_K_CAPDATA_OUT && !arg_ulong(ev, 1));
}

/*
 * Whether the call wrote its output over this input (the same buffer
 * given twice: rt_sigprocmask(SIG_BLOCK, &m, &m), glibc's sleep() as
 * nanosleep(&t, &t)). The probe reads both at the exit, so the input would
 * show what the kernel wrote back: it is printed as its pointer. Outputs
 * are written on success, the nanosleeps' rem (a bare pointer) when
 * interrupted. Asked only by the kinds that have an output twin.
 */
static noinline bool input_overwritten(const struct mysd_event *ev,
					const struct mysd_arg *a, unsigned int i)
{
	const struct mysd_syscall *sc;
	unsigned int j;
	u8 k;

	if (mysd_kind_is_out(a->kind))
		return false;
	sc = mysd_syscall_desc(is_compat(ev), ev->nr);
	for (j = 0; sc && j < MYSD_MAX_ARGS; j++) {
		k = sc->args[j].kind;
		if (j == i || arg_ulong(ev, j) != arg_ulong(ev, i))
			continue;
		if (mysd_kind_is_out(k) ? event_ret(ev) >= 0 :
		    k == MYSD_K_PTR && event_ret(ev) < 0)
			return true;
	}
	return false;
}

/* Print a captured-memory argument; false when there is no usable capture. */
bool mysd_print_capture(struct mysd_out *o, const struct mysd_event *ev,
			const struct mysd_arg *a, unsigned int i)
{
	const struct mysd_cap *cap = cap_of(ev, i);
	bool trunc;
	const u8 *d;
	u32 lsize;

	if (!cap)
		return false;
	if (cap->flags & MYSD_CAPF_FAULT) {
		mysd_fault(o, arg_ulong(ev, i));
		return true;
	}
	d = mysd_cap_data(cap);
	trunc = cap->flags & MYSD_CAPF_TRUNC;

	switch (a->kind) {
	case MYSD_K_FCNTL_ARG:
	case MYSD_K_FCNTL64_ARG:
		return print_flock(o, d, cap->len,
				   (u32)ev->args[a->aux % MYSD_MAX_ARGS]);
	case MYSD_K_PATH:
	case MYSD_K_STR:
	case MYSD_K_STR_OUT:
	case MYSD_K_BUF_IN:
	case MYSD_K_PRCTL_ARG2:
		mysd_quoted(o, d, cap->len, trunc);
		return true;
	case MYSD_K_BUF_OUT:
		mysd_quoted(o, d, cap->len,
			    trunc || (event_ret(ev) > 0 && (u64)event_ret(ev) > cap->len));
		return true;
	case MYSD_K_SOCKADDR_IN:
	case MYSD_K_SOCKADDR_OUT:
		print_sockaddr(o, d, cap->len, trunc);
		return true;
	case MYSD_K_ARGV:
		print_argv(o, d, cap->len, trunc);
		return true;
	case MYSD_K_POLLFDS:
		print_pollfds(o, d, cap->len, trunc, false);
		return true;
	case MYSD_K_EPOLL_EVENTS_OUT:
		print_epoll_events(o, d, cap->len, trunc ||
				   (u64)event_ret(ev) * MYSD_EPOLL_EVENT_SIZE > cap->len);
		return true;
	case MYSD_K_IOV_IN:
	case MYSD_K_IOV_OUT:
		print_iov(o, d, cap->len, trunc);
		return true;
	case MYSD_K_MSGHDR_IN:
	case MYSD_K_MSGHDR_OUT:
		if (cap->len < sizeof(struct mysd_msghdr_cap))
			return false;
		print_msghdr(o, d, cap->len, mysd_abi32(is_compat(ev)));
		return true;
	case MYSD_K_MMSGHDR_IN:
	case MYSD_K_MMSGHDR_OUT:
		print_mmsg(o, d, cap->len, mysd_abi32(is_compat(ev)),
			   event_ret(ev), trunc);
		return true;
	default:
		break;
	}

	/* Fixed-size structs: a short capture is printed as a pointer. */
	lsize = mysd_abi32(is_compat(ev)) ? 4 : 8;	/* the task's long */
	switch (a->kind) {
	case MYSD_K_STAT_OUT:
		if (is_compat(ev) || cap->len < MYSD_STAT_CAPTURE)
			return false;
		print_stat(o, d);
		return true;
	case MYSD_K_PIPEFDS_OUT:
		if (cap->len < 8)
			return false;
		mysd_open(o, '[');
		mysd_sep(o);
		mysd_dec(o, (s32)get_u32(d));
		mysd_sep(o);
		mysd_dec(o, (s32)get_u32(d + 4));
		mysd_close(o, ']');
		return true;
	case MYSD_K_TIMESPEC:
	case MYSD_K_TIMESPEC_OUT:
	case MYSD_K_TIMESPEC64:
	case MYSD_K_TIMESPEC64_OUT:
		if ((cap->len != 8 && cap->len < 16) ||
		    ((a->kind == MYSD_K_TIMESPEC_OUT ||
		      a->kind == MYSD_K_TIMESPEC64_OUT) && !time_left_written(ev)) ||
		    input_overwritten(ev, a, i))
			return false;
		print_time_pair(o, d, cap->len == 8 ? 4 : 8, "tv_nsec", ev);
		return true;
	case MYSD_K_ITIMERSPEC:
	case MYSD_K_ITIMERSPEC_OUT:
	case MYSD_K_ITIMERSPEC64:
	case MYSD_K_ITIMERSPEC64_OUT:
	case MYSD_K_ITIMERVAL:
	case MYSD_K_ITIMERVAL_OUT:
		return !input_overwritten(ev, a, i) &&
		       print_time_struct(o, ev, a->kind, d, cap->len, lsize);
	case MYSD_K_RUSAGE_OUT:
		return rusage_written(ev) &&
		       print_time_struct(o, ev, a->kind, d, cap->len, lsize);
	case MYSD_K_RLIMIT_IN:
	case MYSD_K_RLIMIT_OUT:
		if (cap->len < 2 * lsize)
			return false;
		print_rlimit(o, d, lsize, "RLIM_INFINITY");
		return true;
	case MYSD_K_RLIMIT64_IN:
	case MYSD_K_RLIMIT64_OUT:
		if (cap->len < 16 || input_overwritten(ev, a, i))
			return false;
		print_rlimit(o, d, 8, "RLIM64_INFINITY");
		return true;
	case MYSD_K_TIMEVAL:
	case MYSD_K_TIMEVAL_OUT:
		if (cap->len < 2 * lsize)
			return false;
		print_time_pair(o, d, lsize, "tv_usec", NULL);
		return true;
	case MYSD_K_TIMEX_OUT:
	case MYSD_K_TIMEX64_OUT:
		if (a->kind == MYSD_K_TIMEX64_OUT)
			lsize = 8;
		if (cap->len < MYSD_TIMEX_SIZE(lsize))
			return false;
		print_timex(o, d, lsize);
		return true;
	case MYSD_K_SYSINFO_OUT:
		if (cap->len < MYSD_SYSINFO_SIZE(lsize))
			return false;
		print_sysinfo(o, d, lsize);
		return true;
	case MYSD_K_STATFS_OUT:
		if (cap->len < MYSD_STATFS_SIZE(lsize, lsize))
			return false;
		print_statfs(o, d, lsize, lsize);
		return true;
	case MYSD_K_STATFS64_OUT:
		if (cap->len < MYSD_STATFS_SIZE(4, 8))
			return false;
		print_statfs(o, d, 4, 8);
		return true;
	case MYSD_K_SIGEVENT:
		if (cap->len < MYSD_SIGEVENT_SIZE(lsize))
			return false;
		print_sigevent(o, d, lsize);
		return true;
	case MYSD_K_SIGINFO_OUT:
		if (cap->len < MYSD_SIGINFO_SIZE(lsize))
			return false;
		print_siginfo(o, d, lsize);
		return true;
	case MYSD_K_WSTATUS_OUT:
		if (cap->len < 4 || event_ret(ev) <= 0)	/* no child reported */
			return false;
		print_wstatus(o, get_u32(d));
		return true;
	case MYSD_K_CPUSET_IN:
	case MYSD_K_CPUSET_OUT:
		print_bits(o, d, cap->len, lsize, U64_MAX, trunc);
		return true;
	case MYSD_K_FDSET_OUT:
		print_bits(o, d, cap->len, lsize,
			   (u32)ev->args[a->aux % MYSD_MAX_ARGS], trunc);
		return true;
	case MYSD_K_SIGSET:
	case MYSD_K_SIGSET_OUT:
		if (cap->len < 8 || input_overwritten(ev, a, i))
			return false;
		print_sigset(o, get_u64(d));
		return true;
	case MYSD_K_CLONE_ARGS:
		if (cap->len < MYSD_CLONE_ARGS_SIZE)
			return false;
		print_clone_args(o, d, cap->len);
		return true;
	case MYSD_K_OPEN_HOW:
		if (cap->len < MYSD_OPEN_HOW_SIZE)
			return false;
		print_open_how(o, d);
		return true;
	case MYSD_K_MOUNT_ATTR:
		if (cap->len < MYSD_MOUNT_ATTR_SIZE)
			return false;
		print_mount_attr(o, d);
		return true;
	case MYSD_K_LANDLOCK_RULESET_ATTR:
		if (cap->len < MYSD_LANDLOCK_RULESET_HEAD)
			return false;
		mysd_open(o, '{');
		mysd_key(o, "handled_access_fs");
		mysd_flags(o, &mysd_landlock_access_fs, get_u64(d));
		mysd_close(o, '}');
		return true;
	case MYSD_K_LANDLOCK_RULE_ATTR:	/* landlock_add_rule(fd, type, attr, flags) */
		if (cap->len < MYSD_LANDLOCK_PATH_BENEATH_SIZE ||
		    (u32)ev->args[a->aux % MYSD_MAX_ARGS] != MYSD_LANDLOCK_PATH_BENEATH)
			return false;
		print_landlock_path_beneath(o, d);
		return true;
	case MYSD_K_SEMBUF:
		print_sembufs(o, d, cap->len, trunc);
		return true;
	case MYSD_K_BPF_ATTR:	/* bpf(cmd, attr, size) */
		return print_bpf_attr(o, d, cap->len, (u32)ev->args[0]);
	case MYSD_K_PERF_ATTR:
		if (cap->len < MYSD_PERF_ATTR_HEAD)
			return false;
		print_perf_attr(o, d);
		return true;
	case MYSD_K_SCHED_ATTR:
	case MYSD_K_SCHED_ATTR_OUT:
		if (cap->len < MYSD_SCHED_ATTR_SIZE)
			return false;
		print_sched_attr(o, d);
		return true;
	case MYSD_K_STATX_OUT:
		if (cap->len < MYSD_STATX_CAPTURE)
			return false;
		print_statx(o, d);
		return true;
	case MYSD_K_SIGACTION:
	case MYSD_K_SIGACTION_OUT:
		if (!cap->len || cap->len < MYSD_SIGACTION_SIZE(lsize) ||
		    input_overwritten(ev, a, i))
			return false;
		print_sigaction(o, d, lsize);
		return true;
	case MYSD_K_STACK:
	case MYSD_K_STACK_OUT:
		if (cap->len < MYSD_STACK_SIZE(lsize) ||
		    input_overwritten(ev, a, i))
			return false;
		print_stack(o, d, lsize);
		return true;
	case MYSD_K_UID_OUT:
		if (cap->len < sizeof(u32))
			return false;
		mysd_print_uid(o, get_u32(d));
		return true;
	case MYSD_K_GIDS:	/* setgroups(size, list): a negative size fails */
	case MYSD_K_GIDS_OUT:	/* getgroups(0, list) counts them, writes none */
		if ((s32)ev->args[a->aux % MYSD_MAX_ARGS] <
		    (a->kind == MYSD_K_GIDS_OUT ? 1 : 0))
			return false;
		print_gids(o, d, cap->len, trunc);
		return true;
	case MYSD_K_DIRENTS_OUT:
		print_dirents(o, d, cap->len,
			      trunc || (u64)event_ret(ev) > cap->len);
		return true;
	case MYSD_K_CACHESTAT_RANGE:
		if (cap->len < MYSD_CACHESTAT_RANGE_SIZE)
			return false;
		print_cachestat_range(o, d);
		return true;
	case MYSD_K_CACHESTAT_OUT:
		if (cap->len < MYSD_CACHESTAT_SIZE)
			return false;
		print_cachestat(o, d);
		return true;
	case MYSD_K_UTIMES:
	case MYSD_K_UTIMES64:
		if (cap->len != 16 && cap->len < 32)
			return false;
		print_utimes(o, d, cap->len == 16 ? 4 : 8, ev);
		return true;
	case MYSD_K_OFF_OUT:
	case MYSD_K_LOFF_OUT:
		if (cap->len == sizeof(u32))
			mysd_dec(o, (s32)get_u32(d));
		else if (cap->len == sizeof(u64))
			mysd_dec(o, (s64)get_u64(d));
		else
			return false;
		return true;
	case MYSD_K_MSGBUF_IN:
	case MYSD_K_MSGBUF_OUT:
		if (cap->len < lsize)
			return false;
		print_msgbuf(o, d, cap->len, lsize, trunc);
		return true;
	case MYSD_K_CAPHDR:
		if (cap->len < MYSD_CAPHDR_SIZE || caphdr_answered(ev, d))
			return false;
		print_caphdr(o, d);
		return true;
	case MYSD_K_CAPDATA:
	case MYSD_K_CAPDATA_OUT:
		if (cap->len < MYSD_CAPDATA_SIZE)
			return false;
		print_capdata(o, d, cap_of(ev, 0));
		return true;
	case MYSD_K_UTSNAME_OUT:
		if (cap->len < MYSD_UTSNAME_SIZE)
			return false;
		print_utsname(o, d);
		return true;
	case MYSD_K_INT_OUT:
		if (cap->len < 4)
			return false;
		mysd_dec(o, (s32)get_u32(d));
		return true;
	case MYSD_K_SCHED_PARAM:
	case MYSD_K_SCHED_PARAM_OUT:
		if (cap->len < 4)
			return false;
		mysd_open(o, '{');
		mysd_key(o, "sched_priority");
		mysd_dec(o, (s32)get_u32(d));
		mysd_close(o, '}');
		return true;
	case MYSD_K_EPOLL_EVENT:
		if (cap->len < MYSD_EPOLL_EVENT_SIZE)
			return false;
		print_epoll_event(o, d);
		return true;
	case MYSD_K_ENVP:
		/* as strace: the pointer and how many variables */
		if (cap->len < 4)
			return false;
		mysd_ptr(o, arg_ulong(ev, i));
		mysd_out_puts(o, " /* ");
		mysd_udec(o, get_u32(d));
		mysd_out_puts(o, trunc ? "+ vars */" :
				 get_u32(d) == 1 ? " var */" : " vars */");
		return true;
	default:
		return false;
	}
}
