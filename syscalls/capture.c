// SPDX-License-Identifier: GPL-2.0
/*
 * capture.c - the hot path: probes on the sys_exit, sched_process_exit and
 * sched_process_fork tracepoints that copy each syscall into this CPU's
 * ring.
 *
 * One probe at syscall exit sees the arguments (still in pt_regs), the
 * result and any user memory the call filled in. Syscalls that never
 * return are caught elsewhere: exit/exit_group when the task exits,
 * rt_sigreturn and a compat sigreturn by their forgotten number (see
 * arch/), and a successful execve by its new stack (its registers were
 * reset by the exec).
 *
 * Rules here: the filter is checked first (the exit and fork probes only
 * keep follow_forks' marks before it); no sleeping, no allocation, no
 * lock; user memory only through bounded copies with page faults disabled
 * (mysd_read_user(): a fault is stored as a flag and printed as a marker);
 * no text formatting.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/auxvec.h>
#include <linux/fcntl.h>
#include <linux/mm.h>
#include <linux/mm_types.h>
#include <linux/socket.h>
#include <linux/preempt.h>
#include <linux/sched.h>
#include <linux/sched/task_stack.h>
#include <linux/string.h>
#include <linux/tracepoint.h>
#include <linux/uaccess.h>
#include <linux/uio.h>
#include <asm/word-at-a-time.h>
#ifdef CONFIG_COMPAT
#include <net/compat.h>
#endif

#include "../buffer/rings.h"
#include "../config/config.h"
#include "../config/cost.h"
#include "../config/filter.h"
#include "../config/stats.h"
#include "arch.h"
#include "capture.h"
#include "table.h"

/* An event the probe reserves fits one reservation of the ring. */
static_assert(MYSD_EVENT_MAX <= MYSD_RING_MAX_RESERVE);

/* Most argv strings kept for an execve. */
#define MYSD_ARGV_MAX 32
/* Most envp entries counted (their strings are never read). */
#define MYSD_ENVP_MAX 4096

/* Numbers of the syscalls handled outside the table, per ABI. */
struct mysd_special_nrs {
	int execve, execveat, exit, exit_group, rt_sigreturn, sigreturn;
	int clone, clone3, fork, vfork;
};

/* [0] native, [1] compat; resolved by name from the generated tables. */
static struct mysd_special_nrs mysd_nrs[2];

static int mysd_nr_by_name(bool compat, const char *name)
{
	const char *n;
	u32 nr;

	/* Every ABI's name table fits in the syscalls= bits (table.c). */
	for (nr = 0; nr < MYSD_CALL_BITS; nr++) {
		n = mysd_syscall_name(compat, nr);
		if (n && !strcmp(n, name))
			return nr;
	}
	return -1;
}

static void mysd_resolve_nrs(void)
{
	int abi;

	for (abi = 0; abi < 2; abi++) {
		struct mysd_special_nrs *s = &mysd_nrs[abi];

		s->execve = mysd_nr_by_name(abi, "execve");
		s->execveat = mysd_nr_by_name(abi, "execveat");
		s->exit = mysd_nr_by_name(abi, "exit");
		s->exit_group = mysd_nr_by_name(abi, "exit_group");
		s->rt_sigreturn = mysd_nr_by_name(abi, "rt_sigreturn");
		s->sigreturn = mysd_nr_by_name(abi, "sigreturn");
		s->clone = mysd_nr_by_name(abi, "clone");
		s->clone3 = mysd_nr_by_name(abi, "clone3");
		s->fork = mysd_nr_by_name(abi, "fork");
		s->vfork = mysd_nr_by_name(abi, "vfork");
	}
}

/* Bytes a capture may need in the event, header and padding included. */
static __always_inline u32 mysd_cap_bound(const struct mysd_capture_spec *s,
			  u32 string_max, u32 data_max)
{
	u32 bound;

	if (s->len_src <= MYSD_LEN_ARGV)	/* a string, or strings */
		bound = (s->max ?: string_max) + 1;	/* see mysd_copy_str() */
	else if (likely(s->len_src < MYSD_LEN_IOV))
		bound = s->max ?: data_max;
	else if (s->len_src == MYSD_LEN_IOV)
		bound = mysd_iov_room(data_max);
	else if (s->len_src == MYSD_LEN_MSGHDR)
		bound = mysd_msghdr_room(data_max);
	else if (s->len_src == MYSD_LEN_MMSG)
		bound = mysd_mmsg_room(data_max);
	else
		bound = mysd_msgbuf_room(data_max);
	return mysd_cap_size(bound);
}

/*
 * Read @n bytes of user memory at @uaddr into @dst, never sleeping: a page
 * that is not mapped ends the read (4 to 16 bytes: all or nothing, in the
 * arch's two loads where it has them). This is copy_from_user_nofault() less
 * hardened usercopy's check of the destination, which is always this
 * event's own room in the ring, bounded by the caller against what it
 * reserved. For ring pages that check validates the page through memblock
 * on every call; it was most of the cost of a short capture.
 * Returns the bytes read.
 */
static __always_inline u32 mysd_read_user(void *dst, u64 uaddr, u32 n)
{
	const void __user *src = u64_to_user_ptr(uaddr);
	unsigned long left;

	if (unlikely(!access_ok(src, n)))
		return 0;
	pagefault_disable();
	if (n >= 4 && n <= MYSD_ARCH_READ_SMALL_MAX)
		left = mysd_arch_read_user_small(dst, src, n) ? 0 : n;
	else
		left = raw_copy_from_user(dst, src, n);
	pagefault_enable();
	return n - left;
}

/* A string is read in pieces: most are short paths, first 32 bytes. */
#define MYSD_STR_PIECE 32

/*
 * Index of the first NUL in @s[0..n), or @n. A word at a time: the
 * kernel's strnlen() is built for long strings and costs several times
 * more on a short path.
 */
static u32 mysd_nul_index(const char *s, u32 n)
{
	const struct word_at_a_time ones = WORD_AT_A_TIME_CONSTANTS;
	unsigned long w, bits;
	u32 i;

	for (i = 0; i + sizeof(w) <= n; i += sizeof(w)) {
		memcpy(&w, s + i, sizeof(w));	/* may be unaligned */
		if (has_zero(w, &bits, &ones)) {
			bits = prep_zero_mask(w, bits, &ones);
			return i + find_zero(create_zero_mask(bits));
		}
	}
	while (i < n && s[i])
		i++;
	return i;
}

/*
 * Copy a user string into @dst (room >= max + 1). Returns the bytes kept,
 * sets TRUNC when the string is longer than @max, FAULT when unreadable.
 * Reads at most max + 1 bytes: one more than kept tells "longer". A piece
 * never crosses a page: a string that ends in a mapped page is read whole
 * even when the next page is not mapped. Bytes read past the NUL stay in
 * the reserved room, outside the capture.
 */
static u32 mysd_copy_str(char *dst, u64 uaddr, u32 max, u8 *flags)
{
	u32 piece = MYSD_STR_PIECE;
	u32 len = 0;

	for (;;) {
		u64 at = uaddr + len;
		u32 want = min3(max + 1 - len, piece,
				(u32)(PAGE_SIZE - offset_in_page(at)));
		u32 got = mysd_read_user(dst + len, at, want);
		u32 n = mysd_nul_index(dst + len, got);

		if (n < got)
			return len + n;		/* found the NUL */
		len += got;
		if (got < want) {
			*flags |= len ? MYSD_CAPF_TRUNC : MYSD_CAPF_FAULT;
			return len;
		}
		if (len > max) {
			*flags |= MYSD_CAPF_TRUNC;
			return max;
		}
		piece *= 2;
	}
}

static u32 mysd_copy_buf(u8 *dst, u64 uaddr, u64 want, u32 max, u8 *flags)
{
	u32 len = min_t(u64, want, max);

	if (want > max)
		*flags |= MYSD_CAPF_TRUNC;
	if (len && mysd_read_user(dst, uaddr, len) != len) {
		*flags |= MYSD_CAPF_FAULT;
		return 0;
	}
	return len;
}

/*
 * A struct msgbuf: the task's long mtype and @text bytes after it, of which
 * up to @data_max are kept (TRUNC: more). mysd_msgbuf_room() bounds it.
 */
static u32 mysd_copy_msgbuf(u8 *dst, u64 uaddr, u64 text, bool abi32,
			    u32 data_max, u8 *flags)
{
	u32 word = abi32 ? 4 : 8;

	return mysd_copy_buf(dst, uaddr, word + min_t(u64, text, data_max + 1ULL),
			     word + data_max, flags);
}

/*
 * argv: NUL-terminated strings, one after another, within @max bytes. A
 * string cut at @max (or by a fault) ends the list without its NUL, so
 * that it shows as cut.
 */
static u32 mysd_copy_argv(char *dst, u64 uaddr, bool compat, u32 max,
			  u8 *flags)
{
	u32 psize = compat ? 4 : sizeof(long);	/* a user pointer */
	u32 len = 0, i;

	for (i = 0; i < MYSD_ARGV_MAX; i++) {
		u64 p = 0;
		u8 sflags = 0;
		u32 n;

		if (mysd_read_user(&p, uaddr + i * psize, psize) != psize) {
			*flags |= i ? MYSD_CAPF_TRUNC : MYSD_CAPF_FAULT;
			return len;
		}
		if (!p)
			return len;
		if (len + 3 > max) {
			*flags |= MYSD_CAPF_TRUNC;
			return len;
		}
		n = mysd_copy_str(dst + len, p, max - len - 1, &sflags);
		if (sflags) {
			*flags |= MYSD_CAPF_TRUNC;
			return len + n;
		}
		dst[len + n] = '\0';
		len += n + 1;
	}
	*flags |= MYSD_CAPF_TRUNC;
	return len;
}

/*
 * @cnt iovecs at @uaddr, MYSD_IOV_MAX of them shown, each followed by the
 * data it holds (struct mysd_iov_entry): @total bytes of it in all (what
 * readv read; U64_MAX for writev), data_max of each, within @room bytes.
 */
static u32 mysd_copy_iov(u8 *dst, u64 uaddr, u32 cnt, u64 total, bool compat,
			 u32 data_max, u32 room, u8 *flags)
{
	u32 isize = compat ? 8 : 2 * sizeof(long);	/* struct iovec */
	u32 n = min_t(u32, cnt, MYSD_IOV_MAX), len = 0, i;
	u64 vec[2 * MYSD_IOV_MAX];
	struct mysd_iov_entry e;
	u64 want;

	if (n < cnt)
		*flags |= MYSD_CAPF_TRUNC;
	if (mysd_read_user(vec, uaddr, n * isize) != n * isize) {
		*flags |= MYSD_CAPF_FAULT;
		return 0;
	}
	for (i = 0; i < n; i++) {
		if (len + sizeof(e) > room) {
			*flags |= MYSD_CAPF_TRUNC;
			break;
		}
		if (isize == 8) {
			e.base = ((u32 *)vec)[2 * i];
			e.len = ((u32 *)vec)[2 * i + 1];
		} else {
			e.base = vec[2 * i];
			e.len = vec[2 * i + 1];
		}
		want = min_t(u64, e.len, total);
		total -= want;
		e.kept = min_t(u64, min_t(u64, want, data_max),
			       room - len - sizeof(e));
		e.flags = e.kept < want ? MYSD_CAPF_TRUNC : 0;
		if (e.kept && mysd_read_user(dst + len + sizeof(e), e.base,
					     e.kept) != e.kept) {
			e.flags = MYSD_CAPF_FAULT;
			e.kept = 0;
		}
		memcpy(dst + len, &e, sizeof(e));
		len += sizeof(e) + e.kept;
	}
	return len;
}

/*
 * The task's struct msghdr at @uaddr into @m: the kernel's own layout for
 * its native tasks, struct compat_msghdr for compat ones. False on a fault.
 */
static bool mysd_read_msghdr(struct mysd_msghdr_cap *m, u64 uaddr, bool compat)
{
	struct user_msghdr u;

#ifdef CONFIG_COMPAT
	if (compat) {
		struct compat_msghdr c;

		if (mysd_read_user(&c, uaddr, sizeof(c)) != sizeof(c))
			return false;
		m->name = c.msg_name;
		m->namelen = c.msg_namelen;
		m->iov = c.msg_iov;
		m->iovlen = c.msg_iovlen;
		m->control = c.msg_control;
		m->controllen = c.msg_controllen;
		m->flags = c.msg_flags;
		return true;
	}
#endif
	if (mysd_read_user(&u, uaddr, sizeof(u)) != sizeof(u))
		return false;
	m->name = (unsigned long)u.msg_name;
	m->namelen = u.msg_namelen;
	m->iov = (unsigned long)u.msg_iov;
	m->iovlen = u.msg_iovlen;
	m->control = (unsigned long)u.msg_control;
	m->controllen = u.msg_controllen;
	m->flags = u.msg_flags;
	return true;
}

/*
 * sendmsg's or recvmsg's struct msghdr at @uaddr (struct mysd_msghdr_cap),
 * the address it names, its control messages, then its iovecs as
 * mysd_copy_iov() lays them out: @total bytes of data in all (what recvmsg
 * received; U64_MAX for sendmsg).
 */
static u32 mysd_copy_msghdr(u8 *dst, u64 uaddr, u64 total, bool compat,
			    u32 data_max, u32 iov_room, u8 *flags)
{
	struct mysd_msghdr_cap m;
	u32 len = sizeof(m);

	memset(&m, 0, sizeof(m));
	if (!mysd_read_msghdr(&m, uaddr, compat)) {
		*flags |= MYSD_CAPF_FAULT;
		return 0;
	}
	/* a NULL pointer is printed as NULL: not read */
	if (m.name)
		m.name_kept = mysd_copy_buf(dst + len, m.name, m.namelen,
					    MYSD_SOCKADDR_MAX, &m.name_flags);
	len += m.name_kept;
	if (m.control)
		m.control_kept = mysd_copy_buf(dst + len, m.control,
					       m.controllen, MYSD_CONTROL_MAX,
					       &m.control_flags);
	len += m.control_kept;
	if (m.iov && m.iovlen)
		len += mysd_copy_iov(dst + len, m.iov,
				     min_t(u64, m.iovlen, U32_MAX), total,
				     compat, data_max, iov_room, &m.iov_flags);
	memcpy(dst, &m, sizeof(m));
	return len;
}

/*
 * A struct mmsghdr array at @uaddr, @vlen long: its first messages (struct
 * mysd_mmsg_entry and a msghdr capture each, event.h). Those sendmmsg()
 * sends, or, @received, those recvmmsg() filled: their iovecs hold
 * msg_len bytes. A message that cannot be read ends the list: FAULT if it
 * is the first.
 */
static u32 mysd_copy_mmsg(u8 *dst, u64 uaddr, u64 vlen, bool received,
			  bool compat, u32 data_max, u8 *flags)
{
	u32 stride = sizeof(struct mmsghdr), at_len, len = 0, i, n;
	u32 len_off = offsetof(struct mmsghdr, msg_len);
	struct mysd_mmsg_entry e;
	u8 f;

#ifdef CONFIG_COMPAT
	if (compat) {
		stride = sizeof(struct compat_mmsghdr);
		len_off = offsetof(struct compat_mmsghdr, msg_len);
	}
#endif
	n = min_t(u64, vlen, MYSD_MMSG_MAX);
	if (vlen > n)
		*flags |= MYSD_CAPF_TRUNC;
	for (i = 0; i < n; i++, uaddr += stride) {
		f = 0;
		at_len = len + sizeof(e);
		if (mysd_read_user(&e.msg_len, uaddr + len_off,
				   sizeof(e.msg_len)) != sizeof(e.msg_len))
			e.msg_len = 0;
		e.size = mysd_copy_msghdr(dst + at_len, uaddr,
					  received ? e.msg_len : U64_MAX, compat,
					  data_max, mysd_mmsg_iov_room(data_max),
					  &f);
		if ((f & MYSD_CAPF_FAULT) && !e.size) {
			*flags |= i ? MYSD_CAPF_TRUNC : MYSD_CAPF_FAULT;
			break;
		}
		memcpy(dst + len, &e, sizeof(e));
		len = at_len + e.size;
	}
	return len;
}

/*
 * The entries of the pointer array at @uaddr before its NULL, at most
 * MYSD_ENVP_MAX (then TRUNC; also when it ends unreadable). Read up to 64
 * bytes at a time, never across a page; the strings are not read.
 */
static u32 mysd_count_ptrs(u64 uaddr, bool compat, u8 *flags)
{
	u32 psize = compat ? 4 : sizeof(long);
	u32 n = 0, got, i;
	u64 chunk[8];

	while (n < MYSD_ENVP_MAX) {
		u64 at = uaddr + (u64)n * psize;
		u32 want = min_t(u32, sizeof(chunk),
				 PAGE_SIZE - offset_in_page(at));

		got = mysd_read_user(chunk, at, max(want, psize)) / psize;
		if (!got) {
			*flags |= n ? MYSD_CAPF_TRUNC : MYSD_CAPF_FAULT;
			return n;
		}
		for (i = 0; i < got; i++)
			if (psize == 4 ? !((u32 *)chunk)[i] : !chunk[i])
				return n + i;
		n += got;
	}
	*flags |= MYSD_CAPF_TRUNC;
	return MYSD_ENVP_MAX;
}

/*
 * The struct a lock command of fcntl (@call64: fcntl64) reads or writes,
 * in bytes up to l_pid (table.h), for a task whose long is 4 bytes
 * (@abi32) or 8; 0 for the other commands, whose argument is a number.
 * F_GETLK64 is the kernel's name for the 32-bit ABIs' command 12.
 */
static __always_inline u32 mysd_flock_size(u32 cmd, bool abi32, bool call64)
{
	switch (cmd) {
	case F_GETLK:
	case F_SETLK:
	case F_SETLKW:
		return abi32 ? MYSD_FLOCK32_SIZE : MYSD_FLOCK64_SIZE;
	case F_OFD_GETLK:
	case F_OFD_SETLK:
	case F_OFD_SETLKW:
		return abi32 && !call64 ? MYSD_FLOCK32_SIZE : MYSD_FLOCK64_SIZE;
	case F_GETLK64:
	case F_SETLK64:
	case F_SETLKW64:
		return abi32 && call64 ? MYSD_FLOCK64_SIZE : 0;
	default:
		return 0;
	}
}

/*
 * Bytes a buffer capture asks for: a struct's size, an argument's count or
 * the result's (ret <= 0 asks for none), in elements of s->scale bytes, the
 * longs holding an argument's count of bits, the struct fcntl's command
 * takes (none for most), or futex's timeout where its op has one (none
 * where the argument is a number or unused).
 */
static __always_inline u64 mysd_cap_want(const struct mysd_capture_spec *s,
					 const struct mysd_event *ev)
{
	u64 word;

	switch (s->len_src) {
	case MYSD_LEN_FIXED:
		return s->max;
	case MYSD_LEN_ARG:
		return ev->args[s->len_arg] * (s->scale ?: 1);
	case MYSD_LEN_ARG_UINT:	/* the kernel sees the low 32 bits */
	case MYSD_LEN_ARG_INT:	/* the same; mysd_capture_one() refuses < 0 */
		return (u64)(u32)ev->args[s->len_arg] * (s->scale ?: 1);
	case MYSD_LEN_BITS:
		/* an int count; a negative one fails the call (EINVAL) */
		word = mysd_abi32(ev->flags & MYSD_EVF_COMPAT) ? 4 : 8;
		return DIV_ROUND_UP((u64)(u32)ev->args[s->len_arg], word * 8) *
		       word;
	case MYSD_LEN_RET:
		return ev->ret > 0 ? ev->ret * (s->scale ?: 1) : 0;
	case MYSD_LEN_RET_ARG:
		if (ev->ret <= 0)
			return 0;
		return min_t(u64, ev->ret, ev->args[s->len_arg]) * (s->scale ?: 1);
	case MYSD_LEN_FLOCK:
	case MYSD_LEN_FLOCK64:
		return mysd_flock_size((u32)ev->args[s->len_arg],
				       mysd_abi32(ev->flags & MYSD_EVF_COMPAT),
				       s->len_src == MYSD_LEN_FLOCK64);
	case MYSD_LEN_FUTEX:
		return mysd_futex_arg4((u32)ev->args[s->len_arg]) ==
		       MYSD_FUTEX_ARG4_TIMEOUT ? s->max : 0;
	default:
		return 0;
	}
}

/* The capture's header; returns its size in the event. */
static __always_inline u32 mysd_cap_close(struct mysd_cap *cap,
					  const struct mysd_capture_spec *s,
					  u8 flags, u32 len)
{
	cap->arg = s->arg;
	cap->kind = s->kind;
	cap->flags = flags;
	cap->pad = 0;
	cap->len = len;
	return mysd_cap_size(len);
}

/* Fill one capture at @cap. Returns its size in the event, 0 for none. */
static u32 mysd_capture_one(struct mysd_cap *cap,
			    const struct mysd_capture_spec *s,
			    const struct mysd_event *ev, bool compat,
			    u32 string_max, u32 data_max)
{
	u8 *data = (u8 *)(cap + 1);
	u64 uaddr = ev->args[s->arg];
	u32 max = s->max ?: data_max;
	u8 flags = 0;
	bool received;
	u32 len, ulen;
	u64 vlen;

	if (s->when == MYSD_CAPW_SUCCESS && ev->ret < 0)
		return 0;
	if (!uaddr)
		return 0;	/* NULL prints from the raw argument */
	/* data_max=0: no data; a struct holding data (iovecs...) still shown */
	if (!max && s->len_src > MYSD_LEN_ARGV && s->len_src < MYSD_LEN_IOV)
		return 0;
	if (s->len_src == MYSD_LEN_ARG_INT && (s32)ev->args[s->len_arg] < 0)
		return 0;	/* refused (EINVAL): the pointer is printed */

	switch (s->len_src) {
	case MYSD_LEN_STRING:
		len = mysd_copy_str(data, uaddr, s->max ?: string_max, &flags);
		break;
	case MYSD_LEN_ARGV:
		len = mysd_copy_argv(data, uaddr, compat, s->max ?: string_max,
				     &flags);
		break;
	case MYSD_LEN_RET:
	case MYSD_LEN_RET_ARG:
		if (ev->ret <= 0)
			return 0;
		fallthrough;
	case MYSD_LEN_ARG:
	case MYSD_LEN_ARG_UINT:
	case MYSD_LEN_ARG_INT:
	case MYSD_LEN_BITS:
	case MYSD_LEN_FIXED:	/* max is s->max: a struct is not data */
		len = mysd_copy_buf(data, uaddr, mysd_cap_want(s, ev), max,
				    &flags);
		break;
	case MYSD_LEN_ARGPTR:
		if (mysd_read_user(&ulen, ev->args[s->len_arg], sizeof(ulen)) !=
		    sizeof(ulen)) {
			flags |= MYSD_CAPF_FAULT;
			len = 0;
			break;
		}
		len = mysd_copy_buf(data, uaddr, ulen, max, &flags);
		break;
	case MYSD_LEN_IOV:
		/* an unsigned long: the kernel refuses more (EINVAL) */
		if (ev->args[s->len_arg] > UIO_MAXIOV)
			return 0;	/* the pointer is printed */
		ulen = ev->args[s->len_arg];
		len = mysd_copy_iov(data, uaddr, ulen,
				    s->when == MYSD_CAPW_SUCCESS ? ev->ret : U64_MAX,
				    compat, data_max, mysd_iov_room(data_max),
				    &flags);
		break;
	case MYSD_LEN_MSGHDR:
		len = mysd_copy_msghdr(data, uaddr,
				       s->when == MYSD_CAPW_SUCCESS ? ev->ret : U64_MAX,
				       compat, data_max, mysd_iov_room(data_max),
				       &flags);
		break;
	case MYSD_LEN_FLOCK:
	case MYSD_LEN_FLOCK64:
	case MYSD_LEN_FUTEX:
		ulen = mysd_cap_want(s, ev);
		if (!ulen)
			return 0;	/* a number: printed from the register */
		len = mysd_copy_buf(data, uaddr, ulen, max, &flags);
		break;
	case MYSD_LEN_MMSG:
		received = s->when == MYSD_CAPW_SUCCESS;	/* recvmmsg */
		vlen = (u32)ev->args[s->len_arg];	/* an unsigned int */
		if (received)
			vlen = min_t(u64, vlen, ev->ret);	/* those filled */
		len = mysd_copy_mmsg(data, uaddr, vlen, received, compat,
				     data_max, &flags);
		break;
	case MYSD_LEN_MSGBUF:
		len = mysd_copy_msgbuf(data, uaddr, s->when == MYSD_CAPW_SUCCESS ?
				       ev->ret : ev->args[s->len_arg],
				       mysd_abi32(compat), data_max, &flags);
		break;
	case MYSD_LEN_COUNT:
		ulen = mysd_count_ptrs(uaddr, compat, &flags);
		memcpy(data, &ulen, sizeof(ulen));
		len = flags & MYSD_CAPF_FAULT ? 0 : sizeof(ulen);
		break;
	default:
		return 0;
	}
	if (flags & MYSD_CAPF_FAULT)
		__this_cpu_inc(mysd_cpu_stats.faults);
	return mysd_cap_close(cap, s, flags, len);
}

/*
 * A short capture made inline: a struct of 4 to 16 bytes (an epoll_event,
 * a sockaddr_in, a timespec) in two loads. mysd_capture_one()'s call,
 * frame and dispatch cost ~130 instructions, several times the read.
 * False when it does not apply or the read faults: mysd_capture_one()
 * then does it all, and says why.
 */
static __always_inline bool mysd_capture_short(struct mysd_cap *cap,
					       const struct mysd_capture_spec *s,
					       const struct mysd_event *ev,
					       u32 data_max, u32 *size)
{
	u64 uaddr = ev->args[s->arg];	/* not NULL */
	u64 want;

	if (!MYSD_ARCH_READ_SMALL_MAX)
		return false;	/* compiled out */
	want = mysd_cap_want(s, ev);	/* 0: not a buffer capture */
	if (!want && (s->len_src == MYSD_LEN_FLOCK ||
		      s->len_src == MYSD_LEN_FLOCK64 ||
		      s->len_src == MYSD_LEN_FUTEX)) {
		/* not a lock command, a futex op without a timeout: a number */
		*size = 0;
		return true;
	}
	if (want < 4 || want > MYSD_ARCH_READ_SMALL_MAX ||
	    want > (s->max ?: data_max) ||
	    (s->when == MYSD_CAPW_SUCCESS && ev->ret < 0) ||
	    mysd_read_user(cap + 1, uaddr, want) != want)
		return false;
	*size = mysd_cap_close(cap, s, 0, want);
	return true;
}

static __always_inline struct mysd_event *
mysd_event_start(struct mysd_ring *ring, struct task_struct *task, u32 max_len,
		 u32 nr, bool compat, long ret)
{
	struct mysd_event *ev;

	ev = mysd_ring_reserve(ring, min_t(u32, max_len, MYSD_EVENT_MAX));
	if (!ev)
		return NULL;	/* full: the ring counts the loss */
	ev->ts = mysd_arch_clock();
	ev->ret = ret;
	ev->size = sizeof(*ev);
	ev->nr = nr;
	ev->pid = task->tgid;
	ev->tid = task->pid;
	ev->flags = compat ? MYSD_EVF_COMPAT : 0;
	ev->ncaps = 0;
	memcpy(ev->comm, task->comm, sizeof(ev->comm));
	ev->comm[sizeof(ev->comm) - 1] = '\0';
	return ev;
}

static __always_inline void mysd_event_finish(struct mysd_ring *ring,
					       struct mysd_event *ev)
{
	if (unlikely(mysd_ring_commit(ring, ev->size)))
		mysd_rings_kick();	/* more than half full: drain soon */
}

/*
 * The six argument registers. On 64-bit kernels straight into the event:
 * a local array would be zero-filled first (CONFIG_INIT_STACK_ALL_ZERO)
 * and then copied. A 32-bit task's registers hold 32-bit values.
 */
static void mysd_get_args(u64 *dst, struct pt_regs *regs, bool compat)
{
	unsigned int i;

	if (IS_ENABLED(CONFIG_64BIT)) {
		BUILD_BUG_ON(sizeof(unsigned long) != sizeof(u64));
		syscall_get_arguments(current, regs, (unsigned long *)dst);
		if (compat)
			for (i = 0; i < MYSD_MAX_ARGS; i++)
				dst[i] = (u32)dst[i];
	} else {
		unsigned long args[MYSD_MAX_ARGS];

		syscall_get_arguments(current, regs, args);
		for (i = 0; i < MYSD_MAX_ARGS; i++)
			dst[i] = args[i];
	}
}

/*
 * Count an event; true when filter @f (mysd_filter_get()) wants @task's
 * lines. Checked first.
 */
static __always_inline bool mysd_wanted(const struct mysd_filter *f,
					struct task_struct *task)
{
	__this_cpu_inc(mysd_cpu_stats.seen);
	if (likely(mysd_filter_wants(f, task)))
		return true;
	__this_cpu_inc(mysd_cpu_stats.filtered);
	return false;
}

/* Then, once the call is known: true when syscalls= wants it. */
static __always_inline bool mysd_wanted_call(const struct mysd_filter *f,
					     bool compat, u32 nr)
{
	if (likely(mysd_filter_wants_call(f, compat, nr)))
		return true;
	__this_cpu_inc(mysd_cpu_stats.filtered);
	return false;
}

/*
 * Record syscall @nr of @task (current, or a child current is creating)
 * with the arguments in current's @regs and captures per table, if filter
 * @f wants the call.
 */
static void mysd_record(const struct mysd_filter *f, struct task_struct *task,
			struct pt_regs *regs, u32 nr, bool compat, long ret,
			u8 extra_flags)
{
	struct mysd_ring *ring = mysd_ring_this_cpu();
	const struct mysd_capture_spec *specs;
	struct mysd_caps caps;
	unsigned int ncaps, i;
	u32 string_max = READ_ONCE(mysd_string_max);
	u32 data_max = READ_ONCE(mysd_data_max);
	struct mysd_event *ev;
	u32 max_len = sizeof(*ev);
	u64 since;

	if (!mysd_wanted_call(f, compat, nr))
		return;
	caps = mysd_syscall_caps(compat, nr);
	specs = caps.specs;
	ncaps = caps.n;
	for (i = 0; i < ncaps; i++)
		max_len += mysd_cap_bound(&specs[i], string_max, data_max);

	ev = mysd_event_start(ring, task, max_len, nr, compat, ret);
	if (!ev)
		return;
	ev->flags |= extra_flags;
	mysd_get_args(ev->args, regs, compat);

	since = mysd_cost_now();
	for (i = 0; i < ncaps; i++) {
		struct mysd_cap *cap = (void *)ev + ev->size;
		u32 sz;

		/*
		 * Each capture stays within its bound, so only a reservation
		 * cut to MYSD_EVENT_MAX can be outgrown: then the captures
		 * that no longer fit are left out.
		 */
		if (unlikely(max_len > MYSD_EVENT_MAX) &&
		    ev->size + mysd_cap_bound(&specs[i], string_max, data_max) >
		    MYSD_EVENT_MAX)
			break;
		if (!ev->args[specs[i].arg])
			continue;	/* NULL prints from the raw argument */
		if (!mysd_capture_short(cap, &specs[i], ev, data_max, &sz))
			sz = mysd_capture_one(cap, &specs[i], ev, compat,
					      string_max, data_max);
		if (sz) {
			ev->size += sz;
			ev->ncaps++;
		}
	}
	mysd_cost_caps_done(since);
	mysd_event_finish(ring, ev);
}

/*
 * The value of @type in the auxiliary vector of the current image. A 32-bit
 * image keeps it as 32-bit words (elf_addr_t of the compat ELF loader).
 */
static unsigned long mysd_auxv(struct mm_struct *mm, unsigned long type,
			       bool image_compat)
{
	const u32 *auxv32 = (const u32 *)mm->saved_auxv;
	unsigned int i, n = ARRAY_SIZE(mm->saved_auxv);

	if (image_compat) {
		for (i = 0; i + 1 < 2 * n && auxv32[i]; i += 2)
			if (auxv32[i] == type)
				return auxv32[i + 1];
		return 0;
	}
	for (i = 0; i + 1 < n && mm->saved_auxv[i]; i += 2)
		if (mm->saved_auxv[i] == type)
			return mm->saved_auxv[i + 1];
	return 0;
}

/*
 * A successful execve returns into the new image with its registers reset:
 * the stack pointer still sits where the exec put it (mm->start_stack) and
 * nothing of the old arguments is left. The new stack holds the same
 * strings, so the filename (AT_EXECFN) and argv (arg_start..arg_end) are
 * read from there, and envp is the new image's array (the same strings).
 */
static bool mysd_is_exec_return(struct pt_regs *regs, int nr, long ret,
				const struct mysd_special_nrs *s)
{
	struct mm_struct *mm = current->mm;

	return ret == 0 && (nr == s->execve || nr == s->execveat) && mm &&
	       user_stack_pointer(regs) == mm->start_stack;
}

/*
 * The envp array an image starts with: on its stack after argc, argv[]
 * and argv's NULL, in the image's pointer size. 0 when unreadable.
 */
static u64 mysd_exec_envp(struct mm_struct *mm, bool image_compat)
{
	u32 psize = image_compat ? 4 : sizeof(long);
	u64 argc = 0;

	if (mysd_read_user(&argc, mm->start_stack, psize) != psize)
		return 0;
	return mm->start_stack + (argc + 2) * psize;
}

static void mysd_record_exec_return(const struct mysd_filter *f, int nr,
				    bool compat)
{
	struct mysd_ring *ring = mysd_ring_this_cpu();
	struct mm_struct *mm = current->mm;
	u32 string_max = READ_ONCE(mysd_string_max);
	unsigned int file_arg = nr == mysd_nrs[compat].execveat ? 1 : 0;
	/* The new image may be of the other ABI than the call (32 <-> 64). */
	bool image_compat = mysd_arch_compat();
	const struct mysd_capture_spec envp = {
		.arg = file_arg + 2, .kind = MYSD_CAP_BUF,
		.len_src = MYSD_LEN_COUNT, .max = sizeof(u32),
	};
	struct mysd_event *ev;
	struct mysd_cap *cap;
	u8 flags = 0;
	u32 len;

	if (!mysd_wanted_call(f, compat, nr))
		return;
	ev = mysd_event_start(ring, current, sizeof(*ev) +
			      2 * mysd_cap_size(string_max + 1) +
			      mysd_cap_size(sizeof(u32)), nr, compat, 0);
	if (!ev)
		return;
	memset(ev->args, 0, sizeof(ev->args));
	ev->args[file_arg] = mysd_auxv(mm, AT_EXECFN, image_compat);
	ev->args[file_arg + 1] = mm->arg_start;
	ev->args[file_arg + 2] = mysd_exec_envp(mm, image_compat);

	cap = (void *)(ev + 1);
	len = ev->args[file_arg] ?
	      mysd_copy_str((char *)(cap + 1), ev->args[file_arg], string_max,
			    &flags) : 0;
	*cap = (struct mysd_cap){ .arg = file_arg, .kind = MYSD_CAP_STR,
				  .flags = flags, .len = len };
	ev->size += mysd_cap_size(len);
	ev->ncaps++;

	flags = 0;
	cap = (void *)ev + ev->size;
	len = mysd_copy_buf((u8 *)(cap + 1), mm->arg_start,
			    mm->arg_end - mm->arg_start, string_max, &flags);
	*cap = (struct mysd_cap){ .arg = file_arg + 1, .kind = MYSD_CAP_ARGV,
				  .flags = flags, .len = len };
	ev->size += mysd_cap_size(len);
	ev->ncaps++;

	/* envp counted as the table's ENVP capture does, in the new ABI */
	len = mysd_capture_one((void *)ev + ev->size, &envp, ev, image_compat,
			       string_max, 0);
	if (len) {
		ev->size += len;
		ev->ncaps++;
	}
	mysd_event_finish(ring, ev);
}


static void mysd_sys_exit(struct pt_regs *regs, long ret)
{
	const struct mysd_filter *f = mysd_filter_get();
	bool compat;
	int nr;

	if (!mysd_wanted(f, current))
		return;
	compat = mysd_arch_compat();
	nr = syscall_get_nr(current, regs);
	if (unlikely(mysd_arch_is_sigreturn(nr))) {
		nr = compat && mysd_arch_compat_sigreturn() ?
		     mysd_nrs[1].sigreturn : mysd_nrs[compat].rt_sigreturn;
	} else if (unlikely(mysd_is_exec_return(regs, nr, ret, &mysd_nrs[0]))) {
		mysd_record_exec_return(f, nr, false);
		return;
	} else if (unlikely(mysd_is_exec_return(regs, nr, ret, &mysd_nrs[1]))) {
		mysd_record_exec_return(f, nr, true);
		return;
	}
	if (unlikely(nr < 0))
		return;
	mysd_record(f, current, regs, nr, compat, ret, 0);
}

/*
 * Up to 6.12 every tracepoint calls its probes with preemption disabled.
 * Newer kernels may call syscall tracepoint probes preemptible (faultable
 * syscall tracepoints, under RCU tasks trace): the filter's
 * rcu_dereference_sched() and this CPU's ring need preemption off, so take
 * it here. Nested in the tracepoint's own, it costs a counter increment.
 */
static void mysd_probe_sys_exit(void *data, struct pt_regs *regs, long ret)
{
	unsigned long irqs = 0;
	u64 since;

	mysd_cost_quiet_begin(irqs);
	since = mysd_cost_now();
	preempt_disable_notrace();
	mysd_sys_exit(regs, ret);
	preempt_enable_notrace();
	mysd_cost_probe_done(mysd_arch_compat(), syscall_get_nr(current, regs),
			     since);
	mysd_cost_quiet_end(irqs);
}

/*
 * exit and exit_group never reach sys_exit. Every exiting task passes
 * here; its saved syscall number says whether it called one of them
 * (a task killed by a signal has another number, or none).
 */
static void mysd_record_exit(struct task_struct *task)
{
	const struct mysd_filter *f = mysd_filter_get();
	struct pt_regs *regs;
	bool compat;
	int nr;

	if (task != current || (task->flags & PF_KTHREAD) ||
	    !mysd_wanted(f, task))
		return;
	regs = task_pt_regs(task);
	compat = mysd_arch_compat();
	nr = syscall_get_nr(task, regs);
	if (nr >= 0 && (nr == mysd_nrs[compat].exit ||
			nr == mysd_nrs[compat].exit_group))
		mysd_record(f, task, regs, nr, compat, 0, MYSD_EVF_NORET);
}

static void mysd_process_exit(struct task_struct *task)
{
	mysd_record_exit(task);
	/* after the line: a followed process's mark is what wants it */
	mysd_follow_on_exit(task);
}

/*
 * On ARM a new task's first return to user space, the child's side of
 * clone/fork (res=0), does not pass syscall exit. As the falco driver
 * does there, its line is made from sched_process_fork, in the parent as
 * it creates the child: the child's tid, pid and comm, the parent's call
 * and arguments (the child's are the same), res=0. Its ts is the child's
 * creation, before the parent's own line.
 */
static void mysd_fork(struct task_struct *parent, struct task_struct *child)
{
	const struct mysd_filter *f = mysd_filter_get();
	const struct mysd_special_nrs *s;
	struct pt_regs *regs;
	bool compat;
	int nr;

	mysd_follow_on_fork(parent, child);
	if (!mysd_arch_fork_child_untraced() || parent != current ||
	    (parent->flags & PF_KTHREAD) ||
	    (child->flags & (PF_KTHREAD | PF_IO_WORKER)) ||
	    !mysd_wanted(f, child))
		return;
	regs = task_pt_regs(parent);
	compat = mysd_arch_compat();
	s = &mysd_nrs[compat];
	nr = syscall_get_nr(parent, regs);
	if (nr >= 0 && (nr == s->clone || nr == s->clone3 || nr == s->fork ||
			nr == s->vfork))
		mysd_record(f, child, regs, nr, compat, 0, 0);
}

/*
 * Preemption off of their own too, as mysd_probe_sys_exit(): PREEMPT_RT
 * kernels after 6.12 may call any tracepoint's probes with only migration
 * disabled, and a preempted reservation would share this CPU's ring.
 */
static void mysd_probe_process_exit(void *data, struct task_struct *task)
{
	preempt_disable_notrace();
	mysd_process_exit(task);
	preempt_enable_notrace();
}

static void mysd_probe_fork(void *data, struct task_struct *parent,
			    struct task_struct *child)
{
	preempt_disable_notrace();
	mysd_fork(parent, child);
	preempt_enable_notrace();
}

struct mysd_tracepoint {
	const char *name;
	void *probe;
	struct tracepoint *tp;
};

static struct mysd_tracepoint mysd_tps[] = {
	{ .name = "sys_exit", .probe = mysd_probe_sys_exit },
	{ .name = "sched_process_exit", .probe = mysd_probe_process_exit },
	{ .name = "sched_process_fork", .probe = mysd_probe_fork },
};

static void mysd_find_tracepoint(struct tracepoint *tp, void *priv)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(mysd_tps); i++)
		if (!strcmp(tp->name, mysd_tps[i].name))
			mysd_tps[i].tp = tp;
}

int mysd_capture_start(void)
{
	unsigned int i;
	int err;

	mysd_resolve_nrs();
	mysd_arch_start();
	for_each_kernel_tracepoint(mysd_find_tracepoint, NULL);
	for (i = 0; i < ARRAY_SIZE(mysd_tps); i++) {
		if (!mysd_tps[i].tp) {
			/* not -ENOENT, which insmod reports as a bad symbol */
			pr_err("tracepoint %s not found (CONFIG_TRACEPOINTS?)\n",
			       mysd_tps[i].name);
			err = -EOPNOTSUPP;
			goto undo;
		}
		err = tracepoint_probe_register(mysd_tps[i].tp,
						mysd_tps[i].probe, NULL);
		if (err) {
			pr_err("cannot attach to %s: %pe\n", mysd_tps[i].name,
			       ERR_PTR(err));
			goto undo;
		}
	}
	return 0;
undo:
	while (i--)
		tracepoint_probe_unregister(mysd_tps[i].tp, mysd_tps[i].probe,
					    NULL);
	tracepoint_synchronize_unregister();
	mysd_arch_stop();
	return err;
}

void mysd_capture_stop(void)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(mysd_tps); i++)
		tracepoint_probe_unregister(mysd_tps[i].tp, mysd_tps[i].probe,
					    NULL);
	/* After this no probe is running or will run on any CPU. */
	tracepoint_synchronize_unregister();
	mysd_arch_stop();
}
