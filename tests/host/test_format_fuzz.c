/*
 * test_format_fuzz.c - seeded random events through the writer's formatter.
 *
 * Every syscall number of the native table and of the compat table (and a
 * few past them) gets random events: arguments (0, small, negative, huge,
 * pointer-like, values of the flag sets), results (errnos, huge, negative
 * non-errnos), comm (any byte, 16 without a NUL; mostly one of three
 * threads, whose lines alternate), captures made for its argument kinds (strings
 * with quotes, backslashes, newlines, NULs and non-UTF-8 bytes; sockaddrs,
 * iovecs, msghdrs, mmsghdrs, dirents, structs) of every length from empty
 * to the event's whole room, truncated or faulted; one event in eight is
 * hostile (lengths that lie, captures the probe never makes, a compat
 * task's registers with upper halves). One in three is the last one
 * changed a little (the line cache's keys). Each is formatted into the
 * writer's MYSD_LINE_MAX, through the writer's line cache (kept across
 * events, as the writer keeps it) and without, and the line must:
 *   - hold exactly one '\n', last; length < the buffer, NUL after it
 *   - hold only bytes 0x20..0x7e before it (out.c escapes the rest)
 *   - have well-formed quoted strings (\n \t \r \v \f \" \\ \xNN only; no
 *     backslash outside quotes; balanced unless cut)
 *   - match guest-tests.sh's record-grammar regex (a cut line: its head)
 *   - start with ts, [abi=compat,] comm (decoded: the event's), tid, pid
 *     of the event, then the table's name or syscall_NNN
 *   - hold ", res=" once outside quoted strings, with the result's text
 *   - for a number without a row: be exactly the raw-register line
 *   - be the same bytes with and without the cache, and formatted twice
 *   - not depend on the padding bytes after captures or in the header
 *   - in a smaller buffer (any size): be the full line, or a prefix of it
 *     and "...\n" when the full one does not fit (out.h's rule), with and
 *     without the cache
 * Events are read from heap blocks of exactly ev->size bytes and lines
 * written into blocks of exactly the buffer's size: AddressSanitizer sees
 * any access past them.
 *
 * A failing event is shrunk (captures dropped and cut, arguments zeroed;
 * replayed after the events before it when the cache's history matters)
 * and printed as the EV()/tcap() lines of the other host tests, "hostile"
 * when the probe would not make it.
 * MYSD_FUZZ_SEED and MYSD_FUZZ_ITERS (events per number, default 48)
 * change the run.
 *
 * Build and run from the repo root (names fragments generated first):
 *   syscalls/gen_host_names.sh /tmp/mysd-gen
 *   gcc -Wall -Wextra -O2 -fsanitize=address,undefined -I. -I/tmp/mysd-gen
 *       tests/host/test_format_fuzz.c $(cat syscalls/host_sources) -o /tmp/test_format_fuzz
 *   /tmp/test_format_fuzz
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <inttypes.h>
#include <regex.h>
#include <stdlib.h>
#include <sys/socket.h>
#include "tests/host/check.h"
#include "syscalls/event.h"
#include "syscalls/format.h"
#include "syscalls/flags.h"
#include "syscalls/sysent.h"
#include "syscalls/table.h"

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#endif

/* ---- seeded random numbers (splitmix64) -------------------------------- */

static u64 rng_state;

static u64 rnd(void)
{
	u64 z = (rng_state += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static u32 rn(u32 n)		/* 0..n-1 */
{
	return n ? (u32)(rnd() % n) : 0;
}

static bool one_in(u32 n)
{
	return rn(n) == 0;
}

/* ---- the events, as a description (shrinkable) ------------------------ */

#define FZ_MAX_CAPS	(MYSD_MAX_CAPS + 2)

struct fz_cap {
	u8 arg, kind, flags;
	u32 len;		/* data bytes kept here */
	u32 claim;		/* cap->len written (== len unless it lies) */
	u8 data[MYSD_EVENT_MAX];
};

struct fz_ev {
	u32 nr;
	u8 flags;
	s64 ret;
	u64 args[MYSD_MAX_ARGS];
	char comm[MYSD_COMM_LEN];
	u64 ts;
	u32 tid, pid;
	unsigned int ncaps;
	u8 extra_ncaps;		/* ev->ncaps claims more than there are */
	bool exact;		/* ev->size ends at the last capture's data */
	bool hostile;
	struct fz_cap cap[FZ_MAX_CAPS];
};

/* Bytes the event takes (at most MYSD_EVENT_MAX, as the probe's). */
static u32 fz_used(const struct fz_ev *f)
{
	u32 n = sizeof(struct mysd_event);
	unsigned int i;

	for (i = 0; i < f->ncaps; i++)
		n += mysd_cap_size(f->cap[i].len);
	return n;
}

/*
 * Lay @f out as the probe does into @buf; the padding bytes (after each
 * capture, in the header, the captures' pad byte) are @pad, or random when
 * @pad < 0. Returns ev->size.
 */
static u32 fz_build(const struct fz_ev *f, u8 *buf, int pad)
{
	struct mysd_event *ev = (struct mysd_event *)buf;
	u32 at = sizeof(*ev), end = at;
	unsigned int i, k;

	for (k = 0; k < MYSD_EVENT_MAX + 64; k++)
		buf[k] = pad < 0 ? (u8)rnd() : (u8)pad;
	ev->ts = f->ts;
	ev->ret = f->ret;
	memcpy(ev->args, f->args, sizeof(ev->args));
	ev->nr = f->nr;
	ev->pid = f->pid;
	ev->tid = f->tid;
	ev->flags = f->flags;
	ev->ncaps = f->ncaps + f->extra_ncaps;
	memcpy(ev->comm, f->comm, sizeof(ev->comm));
	for (i = 0; i < f->ncaps; i++) {
		const struct fz_cap *c = &f->cap[i];
		struct mysd_cap *cap = (struct mysd_cap *)(buf + at);

		cap->arg = c->arg;
		cap->kind = c->kind;
		cap->flags = c->flags;
		cap->len = c->claim;
		memcpy(cap + 1, c->data, c->len);
		end = at + sizeof(*cap) + c->len;
		at += mysd_cap_size(c->len);
	}
	ev->size = f->exact ? end : at;
	return ev->size;
}

/* ---- what the probe would capture -------------------------------------- */

static const struct mysd_syscall *fz_desc(const struct fz_ev *f)
{
	return mysd_syscall_desc(f->flags & MYSD_EVF_COMPAT, f->nr);
}

static bool fz_abi32(const struct fz_ev *f)
{
	return mysd_abi32(f->flags & MYSD_EVF_COMPAT);
}

static const u64 interesting[] = {
	0, 1, 2, 3, 4, 7, 8, 16, 0x7f, 0x80, 0xff, 0x100, 0x1ff, 4095, 4096,
	0x7fff, 0x8000, 0xffff, 0x10000, 0x7fffffff, 0x80000000, 0xfffffffe,
	0xffffffff, 0x100000000ULL, 0x7fffffffffffffffULL,
	0x8000000000000000ULL, 0xfffffffffffffffeULL, 0xffffffffffffffffULL,
	(u64)-100, (u64)-4095, (u64)-4096, (u64)(u32)-100, 0777, 0644, 01777,
	0x0000aaaad6f1c0e1ULL, 0x0000ffffc2a0e000ULL, 0x00007ffc5a3b9000ULL,
	0xffff000012345678ULL, 0x3fffffff, 0x3ffffffe,
};

/* Sets whose names the arguments and structs print (flags.h). */
static const struct mysd_flagset *const sym_sets[] = {
	&mysd_open_flags, &mysd_at_flags, &mysd_prot, &mysd_map_flags,
	&mysd_clone_flags, &mysd_sock_family, &mysd_sock_type, &mysd_msg_flags,
	&mysd_sol, &mysd_so_opt, &mysd_tcp_opt, &mysd_whence, &mysd_futex_op,
	&mysd_epoll_ctl, &mysd_signals, &mysd_fcntl_cmd, &mysd_prctl_option,
	&mysd_clock_id, &mysd_wait_options, &mysd_rlimit, &mysd_ioctl_cmd,
	&mysd_fs_magic, &mysd_si_code, &mysd_cld_code, &mysd_flock_type,
	&mysd_sigev_notify, &mysd_msgctl_cmd, &mysd_sched_policy,
	&mysd_ptrace_request, &mysd_poll_events, &mysd_epoll_events,
	&mysd_file_type, &mysd_keyctl_op, &mysd_key_spec, &mysd_bpf_cmd,
	&mysd_fsconfig_cmd, &mysd_quota_cmd, &mysd_mpol_mode,
	&mysd_landlock_rule_type, &mysd_cap_version, &mysd_seal_flags,
	&mysd_dn_flags, &mysd_fd_flags, &mysd_scm_type, &mysd_dirent_types,
	&mysd_membarrier_cmd, &mysd_seccomp_op, &mysd_io_uring_register_op,
};

/* A value some set names: one entry, or flags of it and another. */
static u64 sym_val(void)
{
	const struct mysd_flagset *set = sym_sets[rn(ARRAY_SIZE(sym_sets))];
	u64 v = set->n ? set->f[rn(set->n)].val : 0;

	if (!set->is_enum && set->n && one_in(2))
		v |= set->f[rn(set->n)].val;
	if (one_in(8))
		v |= 1ULL << rn(32);	/* a bit no entry names */
	return v;
}

/* A register value: zero, small, negative, huge, pointer-like, flags. */
static u64 rand_val(void)
{
	switch (rn(17)) {
	case 14:
	case 15:
		return sym_val();
	case 16:
		return one_in(2) ? 1024 + rn(64) : (u64)-100;	/* F_*LEASE..., AT_FDCWD */
	case 0:
	case 1:
		return 0;
	case 2:
		return 1 + rn(16);
	case 3:
		return (u64)-(s64)(1 + rn(200));
	case 4:
		return (u32)-(s32)(1 + rn(200));
	case 5:
		return (u32)rnd();
	case 6:
		return 0x0000aaaa00000000ULL | (rnd() & 0xfffffff8ULL);
	case 7:
		return interesting[rn(ARRAY_SIZE(interesting))];
	case 8:
		return rnd();
	case 9:
		return 1ULL << rn(64);
	case 10:
		return (1ULL << rn(32)) | (1ULL << rn(32)) | (1ULL << rn(12));
	case 11:
		return rn(4097);
	case 12:
		return rnd() & 0xffffffffULL & ~0x7ULL;
	default:
		return rn(64);
	}
}

static s64 rand_ret(const struct fz_ev *f, u32 buf_len)
{
	static const s64 edge[] = { -512, -513, -514, -516, -4095, -4096, -4097,
				    -5000, INT64_MIN, INT64_MAX, 0x7fffffff,
				    0x80000000LL, 0xfffff001LL, 0xfffff000LL,
				    0xffffffffLL, 0x100000000LL, -0x80000000LL };

	switch (rn(12)) {
	case 0:
	case 1:
	case 2:
		return 0;
	case 3:
		return 1 + rn(64);
	case 4:
		return -(s64)(1 + rn(133));		/* named errnos */
	case 5:
		return -(s64)(1 + rn(4095));
	case 6:
		return edge[rn(ARRAY_SIZE(edge))];
	case 7:
		return buf_len;
	case 8:
		return buf_len + 1 + rn(100000);
	case 9:
		return (s64)(0x0000ffff00000000ULL | (rnd() & 0xfffff000));
	case 10:
		return fz_abi32(f) ? (s64)(u32)rnd() : (s64)rnd();
	default:
		return rn(5000);
	}
}

/* Bytes: text with every byte the escaper treats apart, or binary. */
static void gen_text(u8 *d, u32 n, bool nul_ok)
{
	static const u8 special[] = { '"', '\\', '\n', '\t', '\r', '\v', '\f',
				      0x7f, 0x80, 0xff, 0xc3, 0xa9, 0x1b, 0x01,
				      0xe2, 0x82, 0xac, 0xf0, '%', '\'' };
	u32 mode = rn(5), i;

	for (i = 0; i < n; i++) {
		u32 r = rn(100);

		if (mode == 0)		/* binary */
			d[i] = (u8)rnd();
		else if (mode == 1)	/* zeros and a few bytes (word paths) */
			d[i] = one_in(6) ? (u8)rnd() : 0;
		else if (mode == 2)	/* long plain runs, a rare escape */
			d[i] = r < 96 ? (u8)(0x20 + rn(0x5f)) :
			       special[rn(ARRAY_SIZE(special))];
		else if (r < 70)
			d[i] = (u8)(0x20 + rn(0x5f));
		else if (r < 90)
			d[i] = special[rn(ARRAY_SIZE(special))];
		else
			d[i] = (u8)rnd();
		if (!nul_ok && !d[i])
			d[i] = 'z';
	}
}

/* Struct fields: words of every class, small 32-bit fields, names. */
static void gen_words(u8 *d, u32 n)
{
	u32 i;

	for (i = 0; i + 8 <= n; i += 8) {
		u64 v = one_in(3) ? rnd() : one_in(3) ? sym_val() :
			interesting[rn(ARRAY_SIZE(interesting))];

		if (one_in(4))
			v = (u32)v | ((u64)(u32)rand_val() << 32);
		if (one_in(3))
			v = (v & ~0xffffffffULL) | rn(40);
		if (one_in(4))
			v = (v & 0xffffffffULL) | ((u64)rn(40) << 32);
		memcpy(d + i, &v, 8);
	}
	for (; i < n; i++)
		d[i] = (u8)rnd();
}

static u32 gen_sockaddr(u8 *d, u32 max)
{
	static const u16 fams[] = { AF_INET, AF_INET6, AF_UNIX, AF_NETLINK,
				    AF_PACKET, 0, 0xffff, 42 };
	u16 fam = fams[rn(ARRAY_SIZE(fams))];
	u32 len, i;

	switch (fam) {
	case AF_INET:
		len = one_in(4) ? rn(17) : 16;
		break;
	case AF_INET6:
		len = one_in(4) ? rn(29) : 28;
		break;
	case AF_UNIX:
		len = 2 + rn(109);
		break;
	default:
		len = rn(max + 1);
	}
	if (one_in(10))
		len = rn(max + 1);
	len = min(len, max);
	gen_words(d, len);
	if (len >= 2)
		memcpy(d, &fam, 2);
	if (fam == AF_INET6 && len >= 24)	/* runs of zero groups */
		for (i = 0; i < 8; i++)
			if (one_in(2))
				d[8 + 2 * i] = d[9 + 2 * i] = 0;
	if (fam == AF_UNIX && len > 2) {
		gen_text(d + 2, len - 2, one_in(3));
		if (one_in(3))
			d[2] = 0;	/* abstract */
		if (one_in(3))
			d[2 + rn(len - 2)] = 0;
	}
	if (fam == AF_INET6 && len >= 24 && one_in(4)) {
		memset(d + 8, 0, 10);
		d[18] = d[19] = 0xff;	/* ::ffff:1.2.3.4 */
	}
	return len;
}

/* An iovec capture (event.h), within @room. */
static u32 gen_iov(u8 *d, u32 room, bool hostile)
{
	u32 at = 0, n = rn(MYSD_IOV_MAX + 2), i;

	for (i = 0; i < n; i++) {
		struct mysd_iov_entry e;

		if (room - at < sizeof(e))
			break;
		e.base = rand_val();
		e.len = rand_val();
		e.flags = one_in(3) ? MYSD_CAPF_TRUNC : one_in(5) ? MYSD_CAPF_FAULT : 0;
		e.kept = e.flags & MYSD_CAPF_FAULT ? 0 :
			 rn(min_t(u32, room - at - sizeof(e), 300) + 1);
		memcpy(d + at, &e, sizeof(e));
		at += sizeof(e);
		gen_text(d + at, e.kept, true);
		if (hostile && one_in(4)) {
			e.kept += rn(5000);	/* lies */
			memcpy(d + at - sizeof(e), &e, sizeof(e));
		}
		at += e.kept > room - at ? room - at : e.kept;
	}
	if (hostile && one_in(3) && at < room) {	/* a partial entry */
		u32 k = rn(min_t(u32, room - at, sizeof(struct mysd_iov_entry)) + 1);

		gen_words(d + at, k);
		at += k;
	}
	return at;
}

/* Control messages in the task's ABI. */
static u32 gen_cmsgs(u8 *d, u32 max, bool abi32, bool hostile)
{
	u32 hdr = abi32 ? 12 : 16, at = 0, n = rn(4), i;

	for (i = 0; i < n && max - at >= hdr; i++) {
		u32 dlen = rn(min_t(u32, max - at - hdr, 28) + 1);
		u64 clen = hdr + dlen;
		u32 level = one_in(4) ? (u32)rand_val() : 1;	/* SOL_SOCKET */
		u32 type = one_in(4) ? (u32)rand_val() : 1 + rn(3);

		if (hostile && one_in(3))
			clen = rand_val();
		if (abi32) {
			u32 c = (u32)clen;

			memcpy(d + at, &c, 4);
		} else {
			memcpy(d + at, &clen, 8);
		}
		memcpy(d + at + hdr - 8, &level, 4);
		memcpy(d + at + hdr - 4, &type, 4);
		gen_words(d + at + hdr, dlen);
		at += ALIGN(hdr + dlen, abi32 ? 4U : 8U);
		if (at > max)
			at = max;
	}
	return at;
}

static u32 gen_msghdr(u8 *d, u32 room, bool abi32, bool hostile)
{
	struct mysd_msghdr_cap m;
	u32 at = sizeof(m);

	if (room < sizeof(m)) {
		gen_words(d, room);
		return room;
	}
	memset(&m, 0, sizeof(m));
	m.name = one_in(3) ? 0 : rand_val() | 1;
	m.iov = one_in(5) ? 0 : rand_val() | 1;
	m.iovlen = rand_val();
	m.control = one_in(2) ? 0 : rand_val() | 1;
	m.controllen = rand_val();
	m.namelen = (u32)rand_val();
	m.flags = (u32)rand_val();
	m.name_flags = one_in(6) ? MYSD_CAPF_FAULT : one_in(6) ? MYSD_CAPF_TRUNC : 0;
	m.control_flags = one_in(6) ? MYSD_CAPF_FAULT : one_in(6) ? MYSD_CAPF_TRUNC : 0;
	m.iov_flags = one_in(6) ? MYSD_CAPF_FAULT : one_in(6) ? MYSD_CAPF_TRUNC : 0;
	if (m.name && !(m.name_flags & MYSD_CAPF_FAULT))
		m.name_kept = gen_sockaddr(d + at, min_t(u32, MYSD_SOCKADDR_MAX,
							 room - at));
	at += m.name_kept;
	if (m.control && !(m.control_flags & MYSD_CAPF_FAULT))
		m.control_kept = gen_cmsgs(d + at, min_t(u32, MYSD_CONTROL_MAX,
							 room - at), abi32, hostile);
	at += m.control_kept;
	if (m.iov && !(m.iov_flags & MYSD_CAPF_FAULT))
		at += gen_iov(d + at, room - at, hostile);
	if (hostile && one_in(3)) {
		m.name_kept = (u32)rand_val();
		m.control_kept = (u32)rand_val();
	}
	memcpy(d, &m, sizeof(m));
	return at;
}

static u32 gen_mmsg(u8 *d, u32 room, bool abi32, bool hostile)
{
	u32 at = 0, n = rn(MYSD_MMSG_MAX + 2), i;

	for (i = 0; i < n; i++) {
		struct mysd_mmsg_entry e;

		if (room - at < sizeof(e))
			break;
		e.msg_len = (u32)rand_val();
		e.size = gen_msghdr(d + at + sizeof(e),
				    min_t(u32, room - at - sizeof(e), 700),
				    abi32, hostile);
		if (hostile && one_in(4))
			e.size = (u32)rand_val();
		memcpy(d + at, &e, sizeof(e));
		at += sizeof(e) + min_t(u32, e.size, room - at - sizeof(e));
	}
	return at;
}

static u32 gen_dirents(u8 *d, u32 max, bool hostile)
{
	u32 at = 0;

	while (max - at > MYSD_DIRENT_NAME + 1 && !one_in(6)) {
		u32 nlen = rn(min_t(u32, max - at - MYSD_DIRENT_NAME - 1, 40) + 1);
		u32 reclen = min_t(u32, ALIGN(MYSD_DIRENT_NAME + nlen + 1, 8U),
				   max - at);
		u16 r16;

		gen_words(d + at, MYSD_DIRENT_NAME);
		if (hostile && one_in(3))
			reclen = (u16)rand_val();
		r16 = (u16)reclen;
		memcpy(d + at + 16, &r16, 2);
		d[at + 18] = one_in(2) ? (u8)rn(15) : (u8)rnd();
		gen_text(d + at + MYSD_DIRENT_NAME, nlen, false);
		d[at + MYSD_DIRENT_NAME + nlen] = 0;
		if (reclen <= MYSD_DIRENT_NAME || reclen > max - at)
			return max - at < 300 ? max : at;
		at += reclen;
	}
	return at;
}

static u32 gen_argv(u8 *d, u32 max)
{
	u32 at = 0;

	while (at < max && !one_in(5)) {
		u32 n = rn(min_t(u32, max - at, 64) + 1);

		gen_text(d + at, n, false);
		at += n;
		if (at < max && !one_in(8))
			d[at++] = 0;
	}
	return at;
}

/* The data of a capture for argument kind @kind, at most @room bytes. */
static u32 gen_cap_data(struct fz_ev *f, u8 *d, unsigned int kind,
			const struct mysd_capture_spec *s, u32 room)
{
	bool abi32 = fz_abi32(f), h = f->hostile;
	u32 max = s && s->max ? s->max : 1024, len;

	switch (kind) {
	case MYSD_K_PATH:
	case MYSD_K_STR:
	case MYSD_K_STR_OUT:
	case MYSD_K_PRCTL_ARG2:
	case MYSD_K_FSCONFIG_VALUE:
	case MYSD_K_BUF_IN:
	case MYSD_K_BUF_OUT:
		len = one_in(4) ? rn(17) : one_in(3) ? 1024 : rn(1025);
		if (one_in(6))
			len = room;	/* all the event's room */
		len = min(len, room);
		gen_text(d, len, kind == MYSD_K_BUF_IN || kind == MYSD_K_BUF_OUT || h);
		return len;
	case MYSD_K_SOCKADDR_IN:
	case MYSD_K_SOCKADDR_OUT:
		return gen_sockaddr(d, min_t(u32, MYSD_SOCKADDR_MAX, room));
	case MYSD_K_ARGV:
		return gen_argv(d, min_t(u32, 1025, room));
	case MYSD_K_IOV_IN:
	case MYSD_K_IOV_OUT:
		return gen_iov(d, min_t(u32, MYSD_IOV_ROOM, room), h);
	case MYSD_K_MSGHDR_IN:
	case MYSD_K_MSGHDR_OUT:
		return gen_msghdr(d, min_t(u32, mysd_msghdr_room(1024), room),
				  abi32, h);
	case MYSD_K_MMSGHDR_IN:
	case MYSD_K_MMSGHDR_OUT:
		return gen_mmsg(d, min_t(u32, mysd_mmsg_room(1024), room), abi32, h);
	case MYSD_K_DIRENTS_OUT:
		return gen_dirents(d, min_t(u32, MYSD_DIRENTS_MAX, room), h);
	case MYSD_K_MSGBUF_IN:
	case MYSD_K_MSGBUF_OUT:
		len = (abi32 ? 4 : 8) + rn(1025);	/* (min() reads it twice) */
		len = min(len, room);
		gen_words(d, min_t(u32, len, 8));
		if (len > 8)
			gen_text(d + 8, len - 8, true);
		if (one_in(8))
			len = rn(min_t(u32, room, 12) + 1);
		return len;
	default:
		/* structs and arrays: mostly their size, else any length */
		if (one_in(3))
			len = rn(max + 1);
		else if (one_in(8))
			len = max + rn(64);
		else
			len = max;
		if (kind == MYSD_K_FCNTL_ARG || kind == MYSD_K_FCNTL64_ARG)
			len = one_in(2) ? MYSD_FLOCK32_SIZE : one_in(4) ? rn(40) :
			      MYSD_FLOCK64_SIZE;
		len = min(len, room);
		gen_words(d, len);
		return len;
	}
}

static void add_cap(struct fz_ev *f, unsigned int arg, unsigned int kind,
		    const struct mysd_capture_spec *s, u8 cap_kind)
{
	struct fz_cap *c;
	u32 room = MYSD_EVENT_MAX - fz_used(f);

	if (f->ncaps >= FZ_MAX_CAPS || room < sizeof(struct mysd_cap) + 8)
		return;
	room -= sizeof(struct mysd_cap) + 7;
	c = &f->cap[f->ncaps++];
	c->arg = arg;
	c->kind = cap_kind;
	c->flags = 0;
	c->len = gen_cap_data(f, c->data, kind, s, room);
	c->claim = c->len;
	if (one_in(4))
		c->flags |= MYSD_CAPF_TRUNC;
	if (one_in(12)) {
		c->flags = MYSD_CAPF_FAULT;
		c->len = c->claim = 0;
	}
	if (f->hostile && one_in(6))
		c->flags = (u8)rnd();
	if (f->hostile && one_in(8))
		c->claim = (u32)rand_val();	/* a length that lies */
}

static char rand_comm_byte(void)
{
	static const char special[] = "\"\\\n\t\r\x01\x1b\x7f\x80\xff, =";

	if (one_in(4))
		return special[rn(sizeof(special) - 1)];
	return (char)(0x21 + rn(0x5e));
}

/* A few threads whose lines alternate (the cache keeps two). */
static struct {
	char comm[MYSD_COMM_LEN];
	u32 tid, pid;
} threads[3];

static void gen_comm(struct fz_ev *f);

static void gen_threads(void)
{
	struct fz_ev t;
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(threads); i++) {
		gen_comm(&t);
		memcpy(threads[i].comm, t.comm, MYSD_COMM_LEN);
		threads[i].tid = 100 + rn(1000);
		threads[i].pid = one_in(2) ? threads[i].tid : 100 + rn(1000);
	}
}

static void gen_comm(struct fz_ev *f)
{
	u32 n = one_in(4) ? MYSD_COMM_LEN : one_in(3) ? MYSD_COMM_LEN - 1 :
		rn(MYSD_COMM_LEN + 1), i;

	for (i = 0; i < MYSD_COMM_LEN; i++)
		f->comm[i] = i < n ? rand_comm_byte() : 0;
	if (n < MYSD_COMM_LEN && one_in(4))	/* garbage after the NUL */
		for (i = n + 1; i < MYSD_COMM_LEN; i++)
			f->comm[i] = (char)rnd();
	if (one_in(5))
		memcpy(f->comm, "nginx", 6);
}

/* A fresh random event for syscall @nr of the ABI @compat. */
static void gen_event(struct fz_ev *f, u32 nr, bool compat)
{
	const struct mysd_syscall *sc;
	struct mysd_caps caps;
	unsigned int i;

	memset(f, 0, offsetof(struct fz_ev, cap));
	f->nr = nr;
	f->flags = compat ? MYSD_EVF_COMPAT : 0;
	f->hostile = one_in(8);
	f->exact = one_in(2);
	if (one_in(30) || (f->hostile && one_in(4)))
		f->flags |= MYSD_EVF_NORET;
	if (f->hostile && one_in(4))
		f->flags |= (u8)rnd() & ~MYSD_EVF_COMPAT;
	f->ts = one_in(10) ? rnd() : one_in(2) ? 12000300000ULL + rn(1000) :
		rnd() % 100000000000000ULL;
	f->tid = one_in(4) ? (u32)rnd() : 100 + rn(100);
	f->pid = one_in(3) ? f->tid : (u32)rand_val();
	gen_comm(f);
	if (!one_in(3)) {
		i = rn(ARRAY_SIZE(threads));
		memcpy(f->comm, threads[i].comm, MYSD_COMM_LEN);
		f->tid = threads[i].tid;
		f->pid = threads[i].pid;
	}
	for (i = 0; i < MYSD_MAX_ARGS; i++) {
		f->args[i] = rand_val();
		/* a 32-bit task's registers: the probe keeps 32 bits */
		if (compat && !f->hostile)
			f->args[i] = (u32)f->args[i];
	}
	sc = fz_desc(f);
	/* commands, ops, flags: small values and names half the time */
	for (i = 0; sc && i < MYSD_MAX_ARGS; i++)
		if (sc->args[i].kind >= MYSD_K_FIRST_SYMBOLIC && one_in(2))
			f->args[i] = one_in(2) ? rn(20) : sym_val();
	caps = mysd_syscall_caps(compat, nr);
	for (i = 0; i < caps.n; i++) {
		const struct mysd_capture_spec *s = &caps.specs[i];
		unsigned int kind = sc ? sc->args[s->arg].kind : MYSD_K_BUF_IN;

		if (!f->hostile && !f->args[s->arg])
			continue;	/* the probe reads no NULL pointer */
		if (!f->hostile && one_in(10))
			continue;	/* left out: no room, or not captured */
		if (!f->args[s->arg] || one_in(8))
			f->args[s->arg] = 0x0000aaaa00001000ULL + rn(0x100000) * 8;
		if (compat && !f->hostile)
			f->args[s->arg] = (u32)f->args[s->arg];
		add_cap(f, s->arg, kind, s, s->kind);
	}
	/* captures the table does not ask for: any kind, any argument */
	if (f->hostile || one_in(40)) {
		unsigned int n = rn(3);

		for (i = 0; i < n; i++) {
			unsigned int arg = rn(MYSD_MAX_ARGS + 2);
			unsigned int kind = sc && arg < MYSD_MAX_ARGS && one_in(2) ?
					    sc->args[arg].kind : rn(MYSD_K_COUNT);

			add_cap(f, arg, kind, NULL, (u8)rn(9));
		}
	}
	if (f->hostile && one_in(4))
		f->extra_ncaps = 1 + rn(3);
	f->ret = rand_ret(f, f->ncaps ? f->cap[0].len : 0);
}

/* An argument to change: half the time one with a capture. */
static unsigned int pick_arg(const struct fz_ev *f)
{
	if (f->ncaps && one_in(2) && f->cap[0].arg < MYSD_MAX_ARGS)
		return f->cap[rn(f->ncaps)].arg % MYSD_MAX_ARGS;
	return rn(MYSD_MAX_ARGS);
}

/* A small change to the last event (same number): the caches' keys. */
static void mutate_event(struct fz_ev *f)
{
	unsigned int n = 1 + rn(2), k;

	for (k = 0; k < n; k++) {
		switch (rn(9)) {
		case 0:
			f->ret = rand_ret(f, f->ncaps ? f->cap[0].len : 0);
			break;
		case 1: {
			unsigned int i = pick_arg(f);

			f->args[i] = rand_val();
			if ((f->flags & MYSD_EVF_COMPAT) && !f->hostile)
				f->args[i] = (u32)f->args[i];
			break;
		}
		case 2:
			gen_comm(f);
			break;
		case 3:
			f->tid = (u32)rnd();
			break;
		case 4:
			if (f->ncaps) {
				struct fz_cap *c = &f->cap[rn(f->ncaps)];

				if (c->len)
					c->data[rn(c->len)] = (u8)rnd();
			}
			break;
		case 5:
			if (f->ncaps) {
				struct fz_cap *c = &f->cap[rn(f->ncaps)];

				c->len = rn(c->len + 1);
				c->claim = c->len;
			}
			break;
		case 6:
			if (f->ncaps)
				f->cap[rn(f->ncaps)].flags ^= MYSD_CAPF_TRUNC;
			break;
		case 7:
			f->flags ^= MYSD_EVF_NORET;
			break;
		default: {
			/* a compat register's upper half (the probe clears it) */
			unsigned int i = pick_arg(f);

			if (!(f->flags & MYSD_EVF_COMPAT))
				break;
			if (one_in(3))
				f->args[i] = (u32)f->args[i];
			else	/* a low half of 0 is NULL to the task */
				f->args[i] = (one_in(2) ? (u32)f->args[i] : 0) |
					     (u64)(1 + rn(0xffff)) << 32;
			f->hostile = true;
			break;
		}
		}
	}
}

/* ---- the line's invariants --------------------------------------------- */

enum {
	INV_SHAPE,	/* one '\n', last; length < size; NUL after it */
	INV_BYTES,	/* 0x20..0x7e only */
	INV_QUOTES,	/* escapes well formed, balanced */
	INV_GRAMMAR,	/* guest-tests.sh's regex */
	INV_HEAD,	/* ts, abi, comm (decoded), tid, pid of the event */
	INV_NAME,	/* the table's name or syscall_NNN */
	INV_RES,	/* one ", res=", the result's text */
	INV_RAW,	/* without a row: the raw-register line */
	INV_CACHE,	/* cached == uncached, twice */
	INV_PADDING,	/* padding bytes change nothing */
	INV_CUT,	/* smaller buffers: the line or a prefix and "...\n" */
	INV_COUNT
};

static const char *const inv_names[INV_COUNT] = {
	"shape", "bytes", "quotes", "grammar", "head", "name", "res", "raw",
	"cache", "padding", "cut",
};

static regex_t re_grammar, re_head_cut;
static struct mysd_line_cache cache;	/* kept from event to event */
static u8 ev_build[MYSD_EVENT_MAX + 64] __attribute__((aligned(8)));
static char why[INV_COUNT][320];
static bool sweep_all;		/* every smaller buffer size (shrinking) */

#define FAIL(inv, ...) do {						\
	mask |= 1U << (inv);						\
	if (!why[inv][0])						\
		snprintf(why[inv], sizeof(why[inv]), __VA_ARGS__);	\
} while (0)

/* The event in a heap block of exactly its size (ASan sees past it). */
static struct mysd_event *event_alloc(const struct fz_ev *f, int pad)
{
	u32 size = fz_build(f, ev_build, pad);
	struct mysd_event *ev;

	if (size < sizeof(*ev))
		size = sizeof(*ev);
	ev = malloc(size);
	memcpy(ev, ev_build, size);
	return ev;
}

static bool is_hex(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
}

/*
 * Quoted strings' escapes; false at the first bad one or a backslash
 * outside quotes. *@open_at_end: the line ends inside a quote.
 */
static bool quotes_ok(const char *s, size_t n, bool *open_at_end)
{
	bool in = false;
	size_t i;

	for (i = 0; i < n; i++) {
		char c = s[i];

		if (!in) {
			if (c == '\\')
				return false;
			if (c == '"')
				in = true;
			continue;
		}
		if (c == '"') {
			in = false;
		} else if (c == '\\') {
			char e = i + 1 < n ? s[i + 1] : 0;

			if (e && strchr("ntrvf\"\\", e))
				i++;
			else if (e == 'x' && i + 3 < n && is_hex(s[i + 2]) &&
				 is_hex(s[i + 3]))
				i += 3;
			else
				return false;
		}
	}
	*open_at_end = in;
	return true;
}

/* Decode the quoted string at @s (at its '"'); its end in *@end. */
static int unquote(const char *s, u8 *out, size_t max, const char **end)
{
	size_t n = 0;

	if (*s != '"')
		return -1;
	for (s++; *s && *s != '"'; s++) {
		u8 c = (u8)*s;

		if (c == '\\') {
			s++;
			switch (*s) {
			case 'n': c = '\n'; break;
			case 't': c = '\t'; break;
			case 'r': c = '\r'; break;
			case 'v': c = '\v'; break;
			case 'f': c = '\f'; break;
			case '"': c = '"'; break;
			case '\\': c = '\\'; break;
			case 'x': {
				unsigned int v;

				if (!is_hex(s[1]) || !is_hex(s[2]) ||
				    sscanf(s + 1, "%2x", &v) != 1)
					return -1;
				c = (u8)v;
				s += 2;
				break;
			}
			default:
				return -1;
			}
		}
		if (n >= max)
			return -1;
		out[n++] = c;
	}
	if (*s != '"')
		return -1;
	*end = s + 1;
	return (int)n;
}

/* How many ", res=" outside quoted strings; the first one's value at *@first. */
static unsigned int count_res(const char *s, size_t n, size_t *first)
{
	unsigned int count = 0;
	bool in = false;
	size_t i;

	for (i = 0; i < n; i++) {
		if (in) {
			if (s[i] == '\\')
				i++;
			else if (s[i] == '"')
				in = false;
		} else if (s[i] == '"') {
			in = true;
		} else if (s[i] == ',' && !strncmp(s + i, ", res=", 6)) {
			if (!count++)
				*first = i + 6;
		}
	}
	return count;
}

static s64 ev_ret(const struct fz_ev *f)
{
	if (fz_abi32(f))
		return (u32)f->ret >= (u32)-4095 ? (s32)(u32)f->ret :
						   (s64)(u32)f->ret;
	return f->ret;
}

/*
 * The text of res= (format.c's RES): in @buf, *@errno_ok when an errno's
 * name may follow, *@more when names of the value may (fcntl's, a signal,
 * an I/O priority, a persona).
 */
static void want_res(const struct fz_ev *f, char *buf, size_t size,
		     bool *errno_ok, bool *more)
{
	const struct mysd_syscall *sc = fz_desc(f);
	s64 r = ev_ret(f);

	*errno_ok = *more = false;
	if (f->flags & MYSD_EVF_NORET) {
		snprintf(buf, size, "?");
	} else if (r < 0 && r >= -4095) {
		snprintf(buf, size, "%" PRId64, r);
		*errno_ok = true;
	} else if (sc && (sc->ret == MYSD_RET_HEX ||
			  sc->ret == MYSD_RET_PERSONALITY)) {
		snprintf(buf, size, "0x%" PRIx64, (u64)r);
		*more = sc->ret == MYSD_RET_PERSONALITY && r >= 0;
	} else if (sc && sc->ret == MYSD_RET_OCT) {
		snprintf(buf, size, r ? "0%" PRIo64 : "0", (u64)r);
	} else {
		snprintf(buf, size, "%" PRId64, r);
		*more = sc && sc->ret >= MYSD_RET_FCNTL && r >= 0;
	}
}

static const char *errno_name_of(const struct fz_ev *f)
{
	s64 r = ev_ret(f);

	if ((f->flags & MYSD_EVF_NORET) || r >= 0 || r < -4095)
		return NULL;
	return mysd_errno_name((unsigned int)-r);
}

/* comm quoted as format.c's comment says, written apart. */
static size_t quote_c(char *p, const char *s, size_t n)
{
	char *start = p;
	size_t i;

	*p++ = '"';
	for (i = 0; i < n && s[i]; i++) {
		u8 c = (u8)s[i];
		const char *named = strchr("\n\t\r\v\f", c);

		if (c == '"' || c == '\\')
			p += sprintf(p, "\\%c", c);
		else if (c && named)
			p += sprintf(p, "\\%c", "ntrvf"[named - "\n\t\r\v\f"]);
		else if (c < 0x20 || c >= 0x7f)
			p += sprintf(p, "\\x%02x", c);
		else
			*p++ = (char)c;
	}
	*p++ = '"';
	*p = 0;
	return p - start;
}

/* The line of a number without a row, built apart. */
static void want_raw_line(const struct fz_ev *f, char *buf)
{
	const char *name = mysd_syscall_name(f->flags & MYSD_EVF_COMPAT, f->nr);
	const char *err = errno_name_of(f);
	char res[64];
	bool eok, more;
	char *p = buf;
	unsigned int i;

	p += sprintf(p, "ts=%" PRIu64 ".%09" PRIu64 ", ", f->ts / 1000000000,
		     f->ts % 1000000000);
	if (f->flags & MYSD_EVF_COMPAT)
		p += sprintf(p, "abi=compat, ");
	p += sprintf(p, "comm=");
	p += quote_c(p, f->comm, MYSD_COMM_LEN);
	p += sprintf(p, ", tid=%u, pid=%u, ", f->tid, f->pid);
	if (name)
		p += sprintf(p, "%s", name);
	else
		p += sprintf(p, "syscall_%u", f->nr);
	p += sprintf(p, ", args=(");
	for (i = 0; i < MYSD_MAX_ARGS; i++)
		p += sprintf(p, "%s0x%" PRIx64, i ? ", " : "",
			     fz_abi32(f) ? (u64)(u32)f->args[i] : f->args[i]);
	want_res(f, res, sizeof(res), &eok, &more);
	p += sprintf(p, "), res=%s", res);
	if (err)
		p += sprintf(p, " %s", err);
	sprintf(p, "\n");
}

/* The head: ts, abi, comm (decoded), tid, pid, then the name. */
static unsigned int check_head(const struct fz_ev *f, const char *p)
{
	const char *name = mysd_syscall_name(f->flags & MYSD_EVF_COMPAT, f->nr);
	size_t cl = strnlen(f->comm, MYSD_COMM_LEN);
	unsigned int mask = 0;
	char want[128], nm[40];
	const char *e;
	u8 comm[64];
	int n;

	snprintf(want, sizeof(want), "ts=%" PRIu64 ".%09" PRIu64 ", %scomm=",
		 f->ts / 1000000000, f->ts % 1000000000,
		 f->flags & MYSD_EVF_COMPAT ? "abi=compat, " : "");
	if (strncmp(p, want, strlen(want))) {
		FAIL(INV_HEAD, "does not start with [%s]", want);
		return mask;
	}
	p += strlen(want);
	n = unquote(p, comm, sizeof(comm), &e);
	if (n != (int)cl || memcmp(comm, f->comm, cl)) {
		FAIL(INV_HEAD, "comm decodes to %d bytes, not the event's %zu", n, cl);
		return mask;
	}
	snprintf(want, sizeof(want), ", tid=%u, pid=%u, ", f->tid, f->pid);
	if (strncmp(e, want, strlen(want))) {
		FAIL(INV_HEAD, "no [%s] after comm", want);
		return mask;
	}
	p = e + strlen(want);
	if (name)
		snprintf(nm, sizeof(nm), "%s", name);
	else
		snprintf(nm, sizeof(nm), "syscall_%u", f->nr);
	if (strncmp(p, nm, strlen(nm)) ||
	    (p[strlen(nm)] != ',' && strcmp(p + strlen(nm), "...")))
		FAIL(INV_NAME, "the name is not %s", nm);
	return mask;
}

/* The result: one ", res=" outside quotes, and its text. */
static unsigned int check_res(const struct fz_ev *f, const char *body,
			      size_t n, bool cut)
{
	const char *err = errno_name_of(f);
	unsigned int mask = 0, count;
	char want[64], full[128], got[128];
	size_t at = 0, wl, gl;
	bool eok, more;

	count = count_res(body, n, &at);
	if (cut ? count > 1 : count != 1) {
		FAIL(INV_RES, "%u \", res=\" fields", count);
		return mask;
	}
	if (!count)
		return mask;
	want_res(f, want, sizeof(want), &eok, &more);
	wl = strlen(want);
	gl = strcspn(body + at, ",");
	snprintf(got, sizeof(got), "%.*s", (int)min(gl, (size_t)100), body + at);
	snprintf(full, sizeof(full), "%s%s%s", want, err ? " " : "", err ? err : "");
	if (cut) {
		/* cut in or after it: a prefix of what it would be */
		gl = strlen(got);
		if (gl >= 3 && !strcmp(got + gl - 3, "...") && !body[at + gl])
			got[gl -= 3] = 0;
		if (strncmp(got, full, min(gl, strlen(full))) &&
		    !(more && !strncmp(got, want, wl)))
			FAIL(INV_RES, "res=%s, not (a prefix of) %s", got, full);
	} else if (strncmp(got, want, wl)) {
		FAIL(INV_RES, "res=%s, not %s", got, want);
	} else if (got[wl] && !(more && got[wl] == ' ') &&
		   !(err && !strcmp(got + wl, full + wl))) {
		FAIL(INV_RES, "res=%s: [%s] after %s", got, got + wl, want);
	} else if (!got[wl] && err) {
		FAIL(INV_RES, "res=%s without its errno's name", got);
	}
	return mask;
}

/* The checks of one line alone; returns the invariants it breaks. */
static unsigned int check_line(const struct fz_ev *f, const char *line,
			       size_t len, size_t size)
{
	unsigned int mask = 0;
	size_t i, nl = 0;
	bool cut, open_end = false;
	char *body;

	if (len >= size || strlen(line) != len)
		FAIL(INV_SHAPE, "length %zu, strlen %zu, size %zu", len,
		     strlen(line), size);
	for (i = 0; i < len; i++)
		nl += line[i] == '\n';
	if (!len || nl != 1 || line[len - 1] != '\n') {
		FAIL(INV_SHAPE, "%zu newlines, last byte 0x%02x", nl,
		     len ? (u8)line[len - 1] : 0);
		return mask;
	}
	for (i = 0; i + 1 < len; i++)
		if ((u8)line[i] < 0x20 || (u8)line[i] >= 0x7f) {
			FAIL(INV_BYTES, "byte 0x%02x at %zu", (u8)line[i], i);
			break;
		}
	cut = len >= 4 && !strcmp(line + len - 4, "...\n");
	if (!quotes_ok(line, len - 1, &open_end))
		FAIL(INV_QUOTES, "a bad escape, or a backslash outside quotes");
	else if (open_end && !cut)
		FAIL(INV_QUOTES, "unbalanced quotes in a whole line");

	body = strndup(line, len - 1);
	if (regexec(cut ? &re_head_cut : &re_grammar, body, 0, NULL, 0))
		FAIL(INV_GRAMMAR, "the %s line does not match",
		     cut ? "cut" : "whole");
	mask |= check_head(f, body);
	mask |= check_res(f, body, len - 1, cut);
	/* a number without a row: the whole line is known */
	if (!fz_desc(f) && !cut) {
		static char want[MYSD_LINE_MAX];

		want_raw_line(f, want);
		if (strcmp(line, want))
			FAIL(INV_RAW, "not the raw line %.200s", want);
	}
	free(body);
	return mask;
}

/* The line at a smaller @size: the line, or its prefix and "...\n". */
static unsigned int check_cut(const struct mysd_event *ev, const char *line,
			      size_t n, size_t size)
{
	char *ub = size ? malloc(size) : NULL, *cb = size ? malloc(size) : NULL;
	unsigned int mask = 0;
	size_t nu, nc, keep;

	nu = mysd_format_event(ev, ub, size);
	nc = mysd_format_event_cached(&cache, ev, ev->ts, cb, size);
	if (!size) {
		if (nu || nc)
			FAIL(INV_CUT, "size 0: length %zu/%zu", nu, nc);
		return mask;
	}
	if (nu != nc || strcmp(ub, cb))
		FAIL(INV_CUT, "size %zu: cached [%.120s] uncached [%.120s]", size, cb, ub);
	if (nu >= size || strlen(ub) != nu) {
		FAIL(INV_CUT, "size %zu: length %zu", size, nu);
	} else if (size < MYSD_OUT_RESERVE) {
		if (strcmp(ub, "...\n" + 4 - min_t(size_t, 4, size - 1)))
			FAIL(INV_CUT, "size %zu: [%.200s]", size, ub);
	} else if (n - 1 <= size - MYSD_OUT_RESERVE) {
		if (strcmp(ub, line))
			FAIL(INV_CUT, "size %zu, the line (%zu) fits: [%.200s]",
			     size, n, ub);
	} else {
		keep = nu >= 4 ? nu - 4 : 0;
		if (nu < 4 || strcmp(ub + keep, "...\n") ||
		    keep > size - MYSD_OUT_RESERVE || strncmp(ub, line, keep))
			FAIL(INV_CUT, "size %zu: [%.200s] is not the line's start and ...",
			     size, ub);
	}
	free(ub);
	free(cb);
	return mask;
}

/* All the invariants of one event; its line into @out (may be NULL). */
static unsigned int check_event(const struct fz_ev *f, char *out)
{
	struct mysd_event *ev = event_alloc(f, 0), *ev2;
	char *line = malloc(MYSD_LINE_MAX), *c1 = malloc(MYSD_LINE_MAX);
	char *c2 = malloc(MYSD_LINE_MAX), *p2 = malloc(MYSD_LINE_MAX);
	size_t n, n1, n2, np, size;
	unsigned int mask = 0, k;

	n = mysd_format_event(ev, line, MYSD_LINE_MAX);
	if (out)
		memcpy(out, line, n + 1);
	mask |= check_line(f, line, n, MYSD_LINE_MAX);

	n1 = mysd_format_event_cached(&cache, ev, ev->ts, c1, MYSD_LINE_MAX);
	n2 = mysd_format_event_cached(&cache, ev, ev->ts, c2, MYSD_LINE_MAX);
	if (n1 != n || strcmp(c1, line)) {
		size_t d = 0;

		while (c1[d] && c1[d] == line[d])
			d++;
		FAIL(INV_CACHE, "through the cache, from byte %zu: [%.80s] for [%.80s]",
		     d, c1 + d, line + d);
	} else if (n2 != n || strcmp(c2, line)) {
		FAIL(INV_CACHE, "through the cache again: %.200s", c2);
	}

	/* a capture whose length lies may hold the padding after another */
	for (k = 0; k < f->ncaps && f->cap[k].claim == f->cap[k].len; k++)
		;
	if (k == f->ncaps) {
		ev2 = event_alloc(f, -1);	/* random padding */
		np = mysd_format_event(ev2, p2, MYSD_LINE_MAX);
		if (np != n || strcmp(p2, line))
			FAIL(INV_PADDING, "with other padding: %.200s", p2);
		free(ev2);
	}

	/*
	 * Smaller buffers: two sizes, mostly around the line's length; one
	 * event in 32 a sweep of them; every size when shrinking.
	 */
	if (sweep_all || one_in(32)) {
		size_t step = sweep_all ? (n > 1200 ? 3 : 1) : max(n / 48, (size_t)1);

		for (size = sweep_all ? 0 : rn(step); size <= n + 6; size += step)
			mask |= check_cut(ev, line, n, min_t(size_t, size, MYSD_LINE_MAX));
	} else {
		for (k = 0; k < 2; k++) {
			if (one_in(8))
				size = rn(8);
			else if (one_in(2))
				size = n - rn(min_t(size_t, n, 40)) + 4;
			else
				size = 5 + rn(n + 8);
			mask |= check_cut(ev, line, n, min_t(size_t, size, MYSD_LINE_MAX));
		}
	}
	free(ev);
	free(line);
	free(c1);
	free(c2);
	free(p2);
	return mask;
}

/* ---- shrinking and printing a failing event ---------------------------- */

static void print_c_bytes(const u8 *d, u32 n)
{
	u32 i;

	fputc('"', stderr);
	for (i = 0; i < n; i++) {
		if (d[i] == '"' || d[i] == '\\')
			fprintf(stderr, "\\%c", d[i]);
		else if (d[i] >= 0x20 && d[i] < 0x7f)
			fputc(d[i], stderr);
		else
			fprintf(stderr, i + 1 < n && isxdigit(d[i + 1]) ?
				"\\x%02x\"\"" : "\\x%02x", d[i]);
	}
	fputc('"', stderr);
}

static void print_event(const struct fz_ev *f)
{
	unsigned int i;

	fprintf(stderr, "    EV(%u, %" PRId64 ", 0x%" PRIx64 ", 0x%" PRIx64
		", 0x%" PRIx64 ", 0x%" PRIx64 ", 0x%" PRIx64 ", 0x%" PRIx64 ");\n",
		f->nr, f->ret, f->args[0], f->args[1], f->args[2], f->args[3],
		f->args[4], f->args[5]);
	fprintf(stderr, "    TEV->flags = 0x%x; TEV->ts = %" PRIu64
		"; TEV->tid = %u; TEV->pid = %u;\n", f->flags, f->ts, f->tid,
		f->pid);
	fprintf(stderr, "    memcpy(TEV->comm, ");
	print_c_bytes((const u8 *)f->comm, MYSD_COMM_LEN);
	fprintf(stderr, ", 16);\n");
	for (i = 0; i < f->ncaps; i++) {
		fprintf(stderr, "    tcap(%u, %u, 0x%x, ", f->cap[i].arg,
			f->cap[i].kind, f->cap[i].flags);
		print_c_bytes(f->cap[i].data, f->cap[i].len);
		fprintf(stderr, ", %u);", f->cap[i].len);
		if (f->cap[i].claim != f->cap[i].len)
			fprintf(stderr, "  /* cap->len claims %u */", f->cap[i].claim);
		fputc('\n', stderr);
	}
	if (f->exact || f->extra_ncaps)
		fprintf(stderr, "    /* ev->size unpadded at the end: %d; ev->ncaps + %u */\n",
			f->exact, f->extra_ncaps);
}

/* The events before the failing one (the cache's history), oldest first. */
#define FZ_HISTORY 8
static struct fz_ev history[FZ_HISTORY];
static unsigned int nhistory;

static void replay_history(void)
{
	char *line = malloc(MYSD_LINE_MAX);
	unsigned int i;

	memset(&cache, 0, sizeof(cache));
	for (i = 0; i < nhistory; i++) {
		struct mysd_event *ev = event_alloc(&history[i], 0);

		mysd_format_event_cached(&cache, ev, ev->ts, line, MYSD_LINE_MAX);
		free(ev);
	}
	free(line);
}

static struct fz_ev shrink_ev, try_ev;
static bool with_history;

static bool still_fails(const struct fz_ev *f, unsigned int inv)
{
	char w[INV_COUNT][320];
	unsigned int mask;

	memcpy(w, why, sizeof(w));
	memset(why, 0, sizeof(why));
	if (with_history)
		replay_history();
	else
		memset(&cache, 0, sizeof(cache));
	mask = check_event(f, NULL);
	memcpy(why, w, sizeof(w));
	return mask & (1U << inv);
}

/* Greedy: each change kept while the invariant still fails. */
static void shrink(const struct fz_ev *f, unsigned int inv)
{
	bool progress = true;
	unsigned int round = 0, i, k;

	shrink_ev = *f;
	sweep_all = true;
	with_history = false;
	if (!still_fails(&shrink_ev, inv)) {
		with_history = true;	/* needs the lines before it */
		if (!still_fails(&shrink_ev, inv))
			return;
	}
	while (progress && round++ < 40) {
		progress = false;
#define TRY(change) do {						\
		try_ev = shrink_ev;						\
		change;								\
		if (still_fails(&try_ev, inv)) {				\
			shrink_ev = try_ev;					\
			progress = true;					\
		}								\
	} while (0)
		for (i = shrink_ev.ncaps; i-- > 0;)
			TRY(memmove(&try_ev.cap[i], &try_ev.cap[i + 1],
				    (try_ev.ncaps - i - 1) * sizeof(try_ev.cap[0]));
			    try_ev.ncaps--);
		if (shrink_ev.extra_ncaps)
			TRY(try_ev.extra_ncaps = 0);
		if (shrink_ev.exact)
			TRY(try_ev.exact = false);
		for (i = 0; i < shrink_ev.ncaps; i++) {
			struct fz_cap *c = &try_ev.cap[i];
			u32 len = shrink_ev.cap[i].len;

			if (len) {
				TRY(c->len = len / 2; c->claim = c->len);
				TRY(c->len = len - 1; c->claim = c->len);
				TRY(memmove(c->data, c->data + len / 2, len - len / 2);
				    c->len = len - len / 2; c->claim = c->len);
				TRY(memmove(c->data, c->data + 1, len - 1);
				    c->len = len - 1; c->claim = c->len);
			}
			if (shrink_ev.cap[i].flags)
				TRY(c->flags = 0);
			if (shrink_ev.cap[i].claim != len)
				TRY(c->claim = c->len);
			for (k = 0; k < shrink_ev.cap[i].len && k < 64; k++)
				if (shrink_ev.cap[i].data[k] != 'a')
					TRY(c->data[k] = 'a');
		}
		for (i = 0; i < MYSD_MAX_ARGS; i++) {
			if (shrink_ev.args[i] > 1)
				TRY(try_ev.args[i] = 1);
			if (shrink_ev.args[i])
				TRY(try_ev.args[i] = 0);
		}
		if (shrink_ev.ret)
			TRY(try_ev.ret = 0);
		if (shrink_ev.flags & ~MYSD_EVF_COMPAT)
			TRY(try_ev.flags &= MYSD_EVF_COMPAT);
		if (strncmp(shrink_ev.comm, "cat", 16))
			TRY(memset(try_ev.comm, 0, 16); memcpy(try_ev.comm, "cat", 3));
		if (shrink_ev.tid != 130 || shrink_ev.pid != 130)
			TRY(try_ev.tid = try_ev.pid = 130);
		if (shrink_ev.ts != 12000300000ULL)
			TRY(try_ev.ts = 12000300000ULL);
#undef TRY
	}
}

/* Shrink with every buffer size tried: the cut check is then deterministic. */
static void shrink_swept(const struct fz_ev *f, unsigned int inv)
{
	u64 state = rng_state;

	shrink(f, inv);
	rng_state = state;	/* the run goes on as without the failure */
}

static void report(const struct fz_ev *f, unsigned int mask, const char *line)
{
	static unsigned int shown[INV_COUNT];
	char *again = malloc(MYSD_LINE_MAX);
	unsigned int inv, i;

	for (inv = 0; inv < INV_COUNT; inv++) {
		if (!(mask & (1U << inv)) || shown[inv]++ >= 2)
			continue;
		fprintf(stderr, "FAILED invariant %s (%s nr %u%s): %s\n  line: %s",
			inv_names[inv], f->flags & MYSD_EVF_COMPAT ? "compat" : "native",
			f->nr, f->hostile ? ", hostile event" : "", why[inv], line);
		shrink_swept(f, inv);
		memset(why, 0, sizeof(why));
		if (with_history) {
			fprintf(stderr, "  after these %u events through the cache:\n",
				nhistory);
			for (i = 0; i < nhistory; i++)
				print_event(&history[i]);
			replay_history();
		} else {
			memset(&cache, 0, sizeof(cache));
		}
		check_event(&shrink_ev, again);
		sweep_all = false;
		fprintf(stderr, "  shrunk (%s): %s", why[inv], again);
		print_event(&shrink_ev);
	}
	free(again);
	memset(&cache, 0, sizeof(cache));
}

/* The event being formatted, for AddressSanitizer's report. */
static const struct fz_ev *current;

#if defined(__SANITIZE_ADDRESS__)
static void asan_death(void)
{
	if (current) {
		fprintf(stderr, "the event being formatted:\n");
		print_event(current);
	}
}
#endif

/*
 * The default run: 44,000 events, 5 s with ASan and UBSan, 1 s at -O2.
 * This seed reaches each bug the test has found in it (format.c's
 * fcntl result and memo key); others pass too once they are fixed.
 */
#define FZ_SEED		5
#define FZ_ITERS	48

/* ---- the run ------------------------------------------------------------ */

static unsigned int inv_fail[INV_COUNT];
static unsigned long events;
static struct fz_ev ev_cur;

/* @iters events of syscall @nr; false if one broke an invariant. */
static bool fuzz_nr(u32 nr, bool compat, unsigned int iters)
{
	char *line = malloc(MYSD_LINE_MAX);
	unsigned int it, inv, bad = 0, mask;

	for (it = 0; it < iters; it++) {
		if (it && one_in(3))
			mutate_event(&ev_cur);
		else
			gen_event(&ev_cur, nr, compat);
		current = &ev_cur;
		memset(why, 0, sizeof(why));
		mask = check_event(&ev_cur, line);
		events++;
		if (mask) {
			bad++;
			for (inv = 0; inv < INV_COUNT; inv++)
				inv_fail[inv] += !!(mask & (1U << inv));
			report(&ev_cur, mask, line);
		}
		if (nhistory == FZ_HISTORY)
			memmove(history, history + 1,
				sizeof(history[0]) * --nhistory);
		history[nhistory++] = ev_cur;
	}
	current = NULL;
	free(line);
	return !bad;
}

/* Each number of a table, then some past it (syscall_NNN, raw registers). */
static void fuzz_table(bool compat, unsigned int iters)
{
	static const u32 far[] = { 0x0f0000, 0x0f0001, 0x0f0002, 0x0f0005,
				   0x0f07ff, 0xffff, 0x7fffffff, 0xffffffff };
	const struct mysd_abi_table *t = mysd_abi(compat);
	u32 n = t ? max(t->nnames, t->nsc) : 0, nr, k;

	memset(&cache, 0, sizeof(cache));
	nhistory = 0;
	gen_threads();
	for (nr = 0; nr < n; nr++)
		CHECK(fuzz_nr(nr, compat, iters));
	for (k = 0; k < 4; k++)
		CHECK(fuzz_nr(n + k * 7, compat, iters));
	for (k = 0; k < ARRAY_SIZE(far); k++)
		CHECK(fuzz_nr(far[k], compat, iters));
}

int main(void)
{
	/* guest-tests.sh's record-grammar, as POSIX ERE; a cut line's head */
	static const char q[] = "\"([^\"\\\\]|\\\\.)*\"";
	static const char head[] = "^ts=[0-9]+\\.[0-9]{9}, (abi=compat, )?comm=%s, "
				   "tid=[0-9]+, pid=[0-9]+, [a-z0-9_]+";
	const char *env_seed = getenv("MYSD_FUZZ_SEED");
	const char *env_iters = getenv("MYSD_FUZZ_ITERS");
	u64 seed = env_seed ? strtoull(env_seed, NULL, 0) : FZ_SEED;
	unsigned int iters = env_iters ? (unsigned int)atoi(env_iters) : FZ_ITERS, inv;
	char re[512], fmt[512];

	snprintf(fmt, sizeof(fmt), "%s%s", head,
		 "(, .*)?, res=((-?[0-9]+|0x[0-9a-f]+)"
		 "( [A-Z][A-Za-z0-9_|]*(\\([^()]*\\))?)?|\\?)(, .*)?$");
	snprintf(re, sizeof(re), fmt, q);
	CHECK(!regcomp(&re_grammar, re, REG_EXTENDED | REG_NOSUB));
	snprintf(fmt, sizeof(fmt), "%s%s", head, "(, .*)?\\.\\.\\.$");
	snprintf(re, sizeof(re), fmt, q);
	CHECK(!regcomp(&re_head_cut, re, REG_EXTENDED | REG_NOSUB));
#if defined(__SANITIZE_ADDRESS__)
	__asan_set_death_callback(asan_death);
#endif
	rng_state = seed;
	mysd_table_init();
	fuzz_table(false, iters);
	fuzz_table(true, iters);
	printf("seed 0x%" PRIx64 ", %u events a number, %lu events\n", seed,
	       iters, events);
	for (inv = 0; inv < INV_COUNT; inv++) {
		if (inv_fail[inv])
			fprintf(stderr, "FAILED invariant %s: %u events\n",
				inv_names[inv], inv_fail[inv]);
		CHECK(inv_fail[inv] == 0);
	}
	regfree(&re_grammar);
	regfree(&re_head_cut);
	return check_summary("test_format_fuzz");
}
