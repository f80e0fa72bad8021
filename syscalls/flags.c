// SPDX-License-Identifier: GPL-2.0
/*
 * flags.c - flag sets and enumerations as data, and the two printers.
 *
 * Values come from the headers this file is compiled against (see flags.h);
 * entries for constants a header set may lack are guarded by #ifdef.
 * Order matters for overlapping entries: composite flags (O_SYNC contains
 * O_DSYNC, O_TMPFILE contains O_DIRECTORY) come before their parts, fields
 * come first so the access mode leads (O_RDONLY|O_CLOEXEC).
 */
#ifndef __KERNEL__
#define _GNU_SOURCE
#endif
#include "flags.h"

#ifdef __KERNEL__
#include <linux/errno.h>
#include <linux/fcntl.h>
#include <linux/mman.h>
#include <linux/socket.h>
#include <linux/net.h>
#include <uapi/linux/in.h>
#include <uapi/linux/in6.h>
#include <uapi/linux/tcp.h>
#include <uapi/linux/netlink.h>
#include <linux/futex.h>
#include <linux/eventpoll.h>
#include <linux/signal.h>
#include <linux/prctl.h>
#include <linux/sched.h>
#include <linux/time.h>
#include <linux/wait.h>
#include <uapi/linux/wait.h>
#include <linux/resource.h>
#include <linux/random.h>
#include <uapi/linux/memfd.h>
#include <linux/eventfd.h>
#include <linux/poll.h>
#include <linux/stat.h>
#include <uapi/linux/fs.h>
#include <uapi/linux/inotify.h>
#include <uapi/linux/mount.h>
#include <uapi/linux/close_range.h>
#include <uapi/linux/timerfd.h>
#include <uapi/linux/signalfd.h>
#include <uapi/linux/falloc.h>
#include <asm/ioctls.h>
#include <uapi/linux/sockios.h>
#include <uapi/linux/magic.h>
#include <linux/statfs.h>
#include <uapi/linux/ipc.h>
#include <uapi/linux/msg.h>
#include <uapi/linux/sem.h>
#include <uapi/linux/shm.h>
#include <uapi/linux/ptrace.h>
#include <uapi/linux/module.h>
/* access(2) modes are ABI constants the kernel spells as MAY_* */
#define F_OK 0
#define X_OK 1
#define W_OK 2
#define R_OK 4
#define O_ASYNC FASYNC		/* same bit, the kernel's spelling */
#else
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <netinet/udp.h>
#include <linux/netlink.h>
#include <linux/futex.h>
#include <sys/epoll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sched.h>
#include <time.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <sys/resource.h>
#include <sys/random.h>
#include <sys/eventfd.h>
#include <poll.h>
#include <sys/stat.h>
#include <linux/sched.h>
#include <linux/fs.h>
#include <sys/file.h>
#include <sys/inotify.h>
#include <linux/close_range.h>
#include <sys/timerfd.h>
#include <sys/signalfd.h>
#include <linux/falloc.h>
#include <sys/ioctl.h>
#include <linux/sockios.h>
#include <linux/magic.h>
#include <sys/statvfs.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <linux/ptrace.h>
#include <linux/module.h>
#ifndef ST_VALID
#define ST_VALID 0x0020	/* the kernel's: f_flags is set */
#endif
/* Kernel-internal errnos, visible at syscall exit (include/linux/errno.h). */
#define ERESTARTSYS		512
#define ERESTARTNOINTR		513
#define ERESTARTNOHAND		514
#define ENOIOCTLCMD		515
#define ERESTART_RESTARTBLOCK	516
#define EPROBE_DEFER		517
#define EOPENSTALE		518
#define ENOPARAM		519
#define EBADHANDLE		521
#define ENOTSYNC		522
#define EBADCOOKIE		523
#define ENOTSUPP		524
#define ETOOSMALL		525
#define ESERVERFAULT		526
#define EBADTYPE		527
#define EJUKEBOX		528
#define EIOCBQUEUED		529
#define ERECALLCONFLICT		530
#endif

/* umount2(2) flags: ABI constants kept in the kernel's linux/fs.h */
#ifndef MNT_FORCE
#define MNT_FORCE	0x1
#define MNT_DETACH	0x2
#define MNT_EXPIRE	0x4
#endif
#ifndef UMOUNT_NOFOLLOW
#define UMOUNT_NOFOLLOW	0x8
#endif

/* ABI constants newer than the oldest kernel built for (5.10) */
#ifndef CLOSE_RANGE_CLOEXEC
#define CLOSE_RANGE_CLOEXEC	(1U << 2)	/* 5.11 */
#endif
#ifndef PR_SET_VMA
#define PR_SET_VMA	0x53564d41		/* 5.17 */
#endif
#ifndef FUTEX2_SIZE_U8				/* 6.7: futex_wake... */
#define FUTEX2_SIZE_U8		0x00
#define FUTEX2_SIZE_U16		0x01
#define FUTEX2_SIZE_U32		0x02
#define FUTEX2_SIZE_U64		0x03
#define FUTEX2_NUMA		0x04
#define FUTEX2_PRIVATE		FUTEX_PRIVATE_FLAG
#define FUTEX2_SIZE_MASK	0x03
#endif

#define SOCK_TYPE_FIELD	0xf	/* SOCK_TYPE_MASK, kernel-internal */
#define MAP_TYPE_FIELD	0xf	/* MAP_TYPE */

/* "|" (unless first) then a name of known length. */
static void put_flag_name(struct mysd_out *o, bool bar, const char *name,
			  size_t len)
{
	if (bar)
		mysd_bar(o);
	mysd_out_name(o, name, len);
}

/*
 * One entry of the walk: name it if it matches. False once no later entry
 * can match: no bit is left to name and only an entry of value 0 could,
 * and those come first (flags.h).
 */
static __always_inline bool flag_step(struct mysd_out *o,
				      const struct mysd_flag *f, u64 v,
				      u64 *rest, u64 *used, bool *any)
{
	/* An entry can only match while all bits of its value are unnamed. */
	if ((*rest & f->val) != f->val)
		return *rest != 0;
	if (f->type == MYSD_F_ZERO) {
		if (v != 0 || *any)
			return true;
	} else if ((v & f->mask) != f->val || !f->mask || (*used & f->mask)) {
		return true;
	}
	put_flag_name(o, *any, f->name, f->len);
	*any = true;
	*used |= f->mask;
	*rest &= ~f->mask;
	return true;
}

/* Index @set by bit, once: the first line to name one of its values. */
static noinline void flag_index_build(const struct mysd_flagset *set)
{
	struct mysd_flag_index *idx = set->idx;
	unsigned int i, b;

	for (i = 0; i < set->n; i++) {
		u64 val = set->f[i].val;

		if (!val)
			idx->zero |= 1ULL << i;
		for (b = 0; b < 64; b++)
			if (val & (1ULL << b))
				idx->by_bit[b] |= 1ULL << i;
	}
	idx->built = true;
}

static void flags_walk(struct mysd_out *o, const struct mysd_flagset *set,
		       u64 v)
{
	const struct mysd_flag_index *idx = set->idx;
	u64 rest = v, used = 0;
	bool any = false;

	if (idx) {
		/*
		 * Only entries sharing a bit with @v or of value 0 can pass
		 * flag_step()'s first test; visit just those, in set order
		 * (entry i is bit i), so the result is the full walk's.
		 */
		u64 cand, bits;

		if (unlikely(!idx->built))
			flag_index_build(set);
		cand = idx->zero;
		for (bits = v; bits; bits &= bits - 1)
			cand |= idx->by_bit[__builtin_ctzll(bits)];
		for (; cand; cand &= cand - 1)
			if (!flag_step(o, &set->f[__builtin_ctzll(cand)], v,
				       &rest, &used, &any))
				break;
	} else {
		unsigned int i;

		for (i = 0; i < set->n; i++)
			if (!flag_step(o, &set->f[i], v, &rest, &used, &any))
				break;
	}
	if (rest) {
		if (any)
			mysd_bar(o);
		mysd_hex(o, rest);
	} else if (!any) {
		mysd_out_char(o, '0');
	}
}

static const struct mysd_flag *enum_find(const struct mysd_flagset *set, u64 v)
{
	unsigned int i;

	for (i = 0; i < set->n; i++)
		if (set->f[i].val == v)
			return &set->f[i];
	return NULL;
}

const char *mysd_enum_name(const struct mysd_flagset *set, u64 v)
{
	const struct mysd_flag *f = enum_find(set, v);

	return f ? f->name : NULL;
}

/* ---- names already made (struct mysd_sym_memo) ------------------------ */

static __always_inline unsigned int memo_row(const struct mysd_flagset *set,
					     u64 v)
{
	u32 h = ((u32)v ^ (u32)(v >> 32) ^ (u32)(uintptr_t)set) * MYSD_HASH_MUL;

	return h >> (32 - MYSD_SYM_MEMO_BITS);
}

/*
 * Write the kept name of @v of @set if there is one and it fits whole;
 * true if written.
 */
static __always_inline bool memo_put(struct mysd_out *o,
				     const struct mysd_flagset *set, u64 v)
{
	const struct mysd_sym_memo_slot *m;
	size_t avail = mysd_out_avail(o);
	unsigned int w;

	if (!o->memo)
		return false;
	m = o->memo->row[memo_row(set, v)];
	for (w = 0; w < MYSD_SYM_MEMO_WAYS; w++, m++)
		if (m->set == set && m->val == v)
			break;
	if (w == MYSD_SYM_MEMO_WAYS)
		return false;
	if (likely(avail >= sizeof(m->text)))
		mysd_out_kept(o, m->text, sizeof(m->text), m->len);
	else if (m->len <= avail)
		mysd_out_kept(o, m->text, m->len, m->len);
	else
		return false;	/* the line ends here: cut as a walk would */
	return true;
}

/* Keep what was written since @from as the name of @v of @set. */
static void memo_keep(struct mysd_out *o, const struct mysd_flagset *set,
		      u64 v, size_t from)
{
	size_t len = mysd_out_keepable(o, from, MYSD_SYM_MEMO_TEXT);
	unsigned int row = memo_row(set, v);
	struct mysd_sym_memo_slot *m;

	if (!o->memo || !len)
		return;
	m = &o->memo->row[row][o->memo->next[row]];
	o->memo->next[row] = (o->memo->next[row] + 1) % MYSD_SYM_MEMO_WAYS;
	m->set = set;
	m->val = v;
	m->len = len;
	memcpy(m->text, o->buf + from, len);
}

static noinline void flags_make(struct mysd_out *o,
				const struct mysd_flagset *set, u64 v)
{
	size_t from = o->len;

	flags_walk(o, set, v);
	memo_keep(o, set, v, from);
}

void mysd_flags(struct mysd_out *o, const struct mysd_flagset *set, u64 v)
{
	if (!memo_put(o, set, v))
		flags_make(o, set, v);
}

/* An unknown value prints as decimal @sv: only names are kept. */
static noinline void enum_make(struct mysd_out *o,
			       const struct mysd_flagset *set, u64 v, s64 sv)
{
	const struct mysd_flag *f = enum_find(set, v);
	size_t from = o->len;

	if (!f) {
		mysd_dec(o, sv);
		return;
	}
	mysd_out_name(o, f->name, f->len);
	memo_keep(o, set, v, from);
}

void mysd_enum(struct mysd_out *o, const struct mysd_flagset *set, u64 v, s64 sv)
{
	if (!memo_put(o, set, v))
		enum_make(o, set, v, sv);
}

/* ---- flag sets -------------------------------------------------------- */

static const struct mysd_flag open_flags_x[] = {
	FIELD(O_RDONLY, O_ACCMODE), FIELD(O_WRONLY, O_ACCMODE),
	FIELD(O_RDWR, O_ACCMODE),
	FLAG(O_CREAT), FLAG(O_EXCL), FLAG(O_NOCTTY), FLAG(O_TRUNC),
	FLAG(O_APPEND), FLAG(O_NONBLOCK), FLAG(O_SYNC), FLAG(O_DSYNC),
	FLAG(O_ASYNC), FLAG(O_DIRECT), FLAG(O_LARGEFILE),
#ifdef O_TMPFILE
	FLAG(O_TMPFILE),
#endif
	FLAG(O_DIRECTORY), FLAG(O_NOFOLLOW), FLAG(O_NOATIME),
	FLAG(O_CLOEXEC),
#ifdef O_PATH
	FLAG(O_PATH),
#endif
};
const struct mysd_flagset mysd_open_flags = MYSD_FLAGSET(open_flags_x);

static const struct mysd_flag at_flags_x[] = {
	FLAG(AT_SYMLINK_NOFOLLOW), FLAG(AT_REMOVEDIR), FLAG(AT_SYMLINK_FOLLOW),
	FLAG(AT_NO_AUTOMOUNT), FLAG(AT_EMPTY_PATH),
#ifdef AT_STATX_FORCE_SYNC
	FLAG(AT_STATX_FORCE_SYNC), FLAG(AT_STATX_DONT_SYNC),
#endif
#ifdef AT_RECURSIVE
	FLAG(AT_RECURSIVE),
#endif
};
const struct mysd_flagset mysd_at_flags = MYSD_FLAGSET(at_flags_x);

/* faccessat2: AT_EACCESS shares its value with AT_REMOVEDIR */
static const struct mysd_flag accessat_flags_x[] = {
	FLAG(AT_EACCESS), FLAG(AT_SYMLINK_NOFOLLOW), FLAG(AT_EMPTY_PATH),
};
const struct mysd_flagset mysd_accessat_flags = MYSD_FLAGSET(accessat_flags_x);

/* name_to_handle_at: AT_HANDLE_FID (6.5) shares its value with AT_REMOVEDIR */
static const struct mysd_flag handle_at_flags_x[] = {
	FLAG(AT_SYMLINK_FOLLOW), FLAG(AT_EMPTY_PATH),
#ifdef AT_HANDLE_FID
	FLAG(AT_HANDLE_FID),
#endif
};
const struct mysd_flagset mysd_handle_at_flags = MYSD_FLAGSET(handle_at_flags_x);

static const struct mysd_flag access_mode_x[] = {
	ZERO(F_OK), FLAG(R_OK), FLAG(W_OK), FLAG(X_OK),
};
const struct mysd_flagset mysd_access_mode = MYSD_FLAGSET(access_mode_x);

static const struct mysd_flag prot_x[] = {
	ZERO(PROT_NONE), FLAG(PROT_READ), FLAG(PROT_WRITE), FLAG(PROT_EXEC),
#ifdef PROT_BTI
	FLAG(PROT_BTI),
#endif
#ifdef PROT_MTE
	FLAG(PROT_MTE),
#endif
	FLAG(PROT_GROWSDOWN), FLAG(PROT_GROWSUP),
};
const struct mysd_flagset mysd_prot = MYSD_FLAGSET(prot_x);

static const struct mysd_flag map_flags_x[] = {
	FIELD(MAP_SHARED, MAP_TYPE_FIELD), FIELD(MAP_PRIVATE, MAP_TYPE_FIELD),
#ifdef MAP_SHARED_VALIDATE
	FIELD(MAP_SHARED_VALIDATE, MAP_TYPE_FIELD),
#endif
	FLAG(MAP_FIXED), FLAG(MAP_ANONYMOUS), FLAG(MAP_GROWSDOWN),
	FLAG(MAP_DENYWRITE), FLAG(MAP_EXECUTABLE), FLAG(MAP_LOCKED),
	FLAG(MAP_NORESERVE), FLAG(MAP_POPULATE), FLAG(MAP_NONBLOCK),
	FLAG(MAP_STACK), FLAG(MAP_HUGETLB),
#ifdef MAP_SYNC
	FLAG(MAP_SYNC),
#endif
#ifdef MAP_FIXED_NOREPLACE
	FLAG(MAP_FIXED_NOREPLACE),
#endif
};
const struct mysd_flagset mysd_map_flags = MYSD_FLAGSET(map_flags_x);

static const struct mysd_flag mremap_flags_x[] = {
	FLAG(MREMAP_MAYMOVE), FLAG(MREMAP_FIXED),
#ifdef MREMAP_DONTUNMAP
	FLAG(MREMAP_DONTUNMAP),
#endif
};
const struct mysd_flagset mysd_mremap_flags = MYSD_FLAGSET(mremap_flags_x);

static const struct mysd_flag madvise_x[] = {
	VAL(MADV_NORMAL), VAL(MADV_RANDOM), VAL(MADV_SEQUENTIAL),
	VAL(MADV_WILLNEED), VAL(MADV_DONTNEED), VAL(MADV_FREE),
	VAL(MADV_REMOVE), VAL(MADV_DONTFORK), VAL(MADV_DOFORK),
	VAL(MADV_MERGEABLE), VAL(MADV_UNMERGEABLE), VAL(MADV_HUGEPAGE),
	VAL(MADV_NOHUGEPAGE), VAL(MADV_DONTDUMP), VAL(MADV_DODUMP),
	VAL(MADV_WIPEONFORK), VAL(MADV_KEEPONFORK), VAL(MADV_HWPOISON),
#ifdef MADV_COLD
	VAL(MADV_COLD), VAL(MADV_PAGEOUT),
#endif
#ifdef MADV_POPULATE_READ
	VAL(MADV_POPULATE_READ), VAL(MADV_POPULATE_WRITE),
#endif
#ifdef MADV_DONTNEED_LOCKED
	VAL(MADV_DONTNEED_LOCKED),
#endif
#ifdef MADV_COLLAPSE
	VAL(MADV_COLLAPSE),
#endif
};
const struct mysd_flagset mysd_madvise = MYSD_ENUMSET(madvise_x);

/* The exit signal in the low byte is printed by the CLONE_FLAGS formatter. */
static const struct mysd_flag clone_flags_x[] = {
	FLAG(CLONE_VM), FLAG(CLONE_FS), FLAG(CLONE_FILES), FLAG(CLONE_SIGHAND),
#ifdef CLONE_PIDFD
	FLAG(CLONE_PIDFD),
#endif
	FLAG(CLONE_PTRACE), FLAG(CLONE_VFORK), FLAG(CLONE_PARENT),
	FLAG(CLONE_THREAD), FLAG(CLONE_NEWNS), FLAG(CLONE_SYSVSEM),
	FLAG(CLONE_SETTLS), FLAG(CLONE_PARENT_SETTID),
	FLAG(CLONE_CHILD_CLEARTID), FLAG(CLONE_DETACHED), FLAG(CLONE_UNTRACED),
	FLAG(CLONE_CHILD_SETTID), FLAG(CLONE_NEWCGROUP), FLAG(CLONE_NEWUTS),
	FLAG(CLONE_NEWIPC), FLAG(CLONE_NEWUSER), FLAG(CLONE_NEWPID),
	FLAG(CLONE_NEWNET), FLAG(CLONE_IO),
#ifdef CLONE_CLEAR_SIGHAND
	FLAG(CLONE_CLEAR_SIGHAND),
#endif
#ifdef CLONE_INTO_CGROUP
	FLAG(CLONE_INTO_CGROUP),
#endif
#ifdef CLONE_NEWTIME
	FLAG(CLONE_NEWTIME),
#endif
};
const struct mysd_flagset mysd_clone_flags = MYSD_FLAGSET(clone_flags_x);

static const struct mysd_flag sock_family_x[] = {
	VAL(AF_UNSPEC), VAL(AF_UNIX), VAL(AF_INET), VAL(AF_INET6),
	VAL(AF_NETLINK), VAL(AF_PACKET), VAL(AF_BLUETOOTH), VAL(AF_ALG),
	VAL(AF_VSOCK), VAL(AF_KEY), VAL(AF_CAN), VAL(AF_XDP),
	VAL(AF_APPLETALK), VAL(AF_X25), VAL(AF_AX25), VAL(AF_IPX),
	VAL(AF_TIPC), VAL(AF_RDS), VAL(AF_LLC), VAL(AF_IB), VAL(AF_MPLS),
	VAL(AF_NFC), VAL(AF_QIPCRTR), VAL(AF_SMC), VAL(AF_BRIDGE),
	VAL(AF_ROUTE) /* == AF_NETLINK: first match wins */,
};
const struct mysd_flagset mysd_sock_family = MYSD_ENUMSET(sock_family_x);

static const struct mysd_flag sock_type_x[] = {
	FIELD(SOCK_STREAM, SOCK_TYPE_FIELD), FIELD(SOCK_DGRAM, SOCK_TYPE_FIELD),
	FIELD(SOCK_RAW, SOCK_TYPE_FIELD), FIELD(SOCK_RDM, SOCK_TYPE_FIELD),
	FIELD(SOCK_SEQPACKET, SOCK_TYPE_FIELD), FIELD(SOCK_DCCP, SOCK_TYPE_FIELD),
	FIELD(SOCK_PACKET, SOCK_TYPE_FIELD),
	FLAG(SOCK_NONBLOCK), FLAG(SOCK_CLOEXEC),
};
const struct mysd_flagset mysd_sock_type = MYSD_FLAGSET(sock_type_x);

static const struct mysd_flag sock_flags_x[] = {
	FLAG(SOCK_NONBLOCK), FLAG(SOCK_CLOEXEC),
};
const struct mysd_flagset mysd_sock_flags = MYSD_FLAGSET(sock_flags_x);

static const struct mysd_flag msg_flags_x[] = {
	FLAG(MSG_OOB), FLAG(MSG_PEEK), FLAG(MSG_DONTROUTE), FLAG(MSG_CTRUNC),
#ifdef MSG_PROXY
	FLAG(MSG_PROXY),
#endif
	FLAG(MSG_TRUNC), FLAG(MSG_DONTWAIT), FLAG(MSG_EOR),
	FLAG(MSG_WAITALL), FLAG(MSG_FIN), FLAG(MSG_SYN), FLAG(MSG_CONFIRM),
	FLAG(MSG_RST), FLAG(MSG_ERRQUEUE), FLAG(MSG_NOSIGNAL), FLAG(MSG_MORE),
	FLAG(MSG_WAITFORONE), FLAG(MSG_BATCH), FLAG(MSG_ZEROCOPY),
	FLAG(MSG_FASTOPEN), FLAG(MSG_CMSG_CLOEXEC),
};
const struct mysd_flagset mysd_msg_flags = MYSD_FLAGSET(msg_flags_x);

static const struct mysd_flag sol_x[] = {
	VAL(SOL_SOCKET), VAL(SOL_IP), VAL(SOL_TCP), VAL(SOL_UDP),
	VAL(SOL_IPV6), VAL(SOL_RAW), VAL(SOL_PACKET), VAL(SOL_NETLINK),
};
const struct mysd_flagset mysd_sol = MYSD_ENUMSET(sol_x);

/* Socket options, one set per level (setsockopt/getsockopt's optname). */
static const struct mysd_flag so_opt_x[] = {
	VAL(SO_DEBUG), VAL(SO_REUSEADDR), VAL(SO_TYPE), VAL(SO_ERROR),
	VAL(SO_DONTROUTE), VAL(SO_BROADCAST), VAL(SO_SNDBUF), VAL(SO_RCVBUF),
	VAL(SO_SNDBUFFORCE), VAL(SO_RCVBUFFORCE), VAL(SO_KEEPALIVE),
	VAL(SO_OOBINLINE), VAL(SO_NO_CHECK), VAL(SO_PRIORITY), VAL(SO_LINGER),
	VAL(SO_BSDCOMPAT), VAL(SO_REUSEPORT), VAL(SO_PASSCRED),
	VAL(SO_PEERCRED), VAL(SO_RCVLOWAT), VAL(SO_SNDLOWAT),
	VAL(SO_RCVTIMEO_OLD), VAL(SO_SNDTIMEO_OLD), VAL(SO_RCVTIMEO_NEW),
	VAL(SO_SNDTIMEO_NEW), VAL(SO_BINDTODEVICE), VAL(SO_ATTACH_FILTER),
	VAL(SO_DETACH_FILTER), VAL(SO_PEERNAME), VAL(SO_TIMESTAMP_OLD),
	VAL(SO_TIMESTAMPNS_OLD), VAL(SO_TIMESTAMPING_OLD),
	VAL(SO_TIMESTAMP_NEW), VAL(SO_TIMESTAMPNS_NEW),
	VAL(SO_TIMESTAMPING_NEW), VAL(SO_ACCEPTCONN), VAL(SO_PEERSEC),
	VAL(SO_PASSSEC), VAL(SO_MARK), VAL(SO_PROTOCOL), VAL(SO_DOMAIN),
	VAL(SO_RXQ_OVFL), VAL(SO_BUSY_POLL), VAL(SO_INCOMING_CPU),
	VAL(SO_ATTACH_BPF), VAL(SO_ZEROCOPY),
};
const struct mysd_flagset mysd_so_opt = MYSD_ENUMSET(so_opt_x);

static const struct mysd_flag ip_opt_x[] = {
	VAL(IP_TOS), VAL(IP_TTL), VAL(IP_HDRINCL), VAL(IP_OPTIONS),
	VAL(IP_PKTINFO), VAL(IP_MTU_DISCOVER), VAL(IP_RECVERR),
	VAL(IP_RECVTOS), VAL(IP_MTU), VAL(IP_FREEBIND), VAL(IP_TRANSPARENT),
	VAL(IP_BIND_ADDRESS_NO_PORT), VAL(IP_MULTICAST_IF),
	VAL(IP_MULTICAST_TTL), VAL(IP_MULTICAST_LOOP), VAL(IP_ADD_MEMBERSHIP),
	VAL(IP_DROP_MEMBERSHIP),
};
const struct mysd_flagset mysd_ip_opt = MYSD_ENUMSET(ip_opt_x);

static const struct mysd_flag ipv6_opt_x[] = {
	VAL(IPV6_UNICAST_HOPS), VAL(IPV6_MULTICAST_IF),
	VAL(IPV6_MULTICAST_HOPS), VAL(IPV6_MULTICAST_LOOP),
	VAL(IPV6_ADD_MEMBERSHIP), VAL(IPV6_DROP_MEMBERSHIP),
	VAL(IPV6_MTU_DISCOVER), VAL(IPV6_MTU), VAL(IPV6_RECVERR),
	VAL(IPV6_V6ONLY), VAL(IPV6_RECVPKTINFO), VAL(IPV6_TCLASS),
};
const struct mysd_flagset mysd_ipv6_opt = MYSD_ENUMSET(ipv6_opt_x);

static const struct mysd_flag tcp_opt_x[] = {
	VAL(TCP_NODELAY), VAL(TCP_MAXSEG), VAL(TCP_CORK), VAL(TCP_KEEPIDLE),
	VAL(TCP_KEEPINTVL), VAL(TCP_KEEPCNT), VAL(TCP_SYNCNT),
	VAL(TCP_LINGER2), VAL(TCP_DEFER_ACCEPT), VAL(TCP_WINDOW_CLAMP),
	VAL(TCP_INFO), VAL(TCP_QUICKACK), VAL(TCP_CONGESTION),
	VAL(TCP_USER_TIMEOUT), VAL(TCP_FASTOPEN), VAL(TCP_NOTSENT_LOWAT),
};
const struct mysd_flagset mysd_tcp_opt = MYSD_ENUMSET(tcp_opt_x);

/* socket()'s protocol, by domain */
static const struct mysd_flag ip_proto_x[] = {
	VAL(IPPROTO_IP), VAL(IPPROTO_ICMP), VAL(IPPROTO_IGMP), VAL(IPPROTO_TCP),
	VAL(IPPROTO_UDP), VAL(IPPROTO_IPV6), VAL(IPPROTO_ICMPV6),
	VAL(IPPROTO_SCTP), VAL(IPPROTO_UDPLITE), VAL(IPPROTO_RAW),
#ifdef IPPROTO_MPTCP
	VAL(IPPROTO_MPTCP),
#endif
};
static const struct mysd_flagset mysd_ip_proto = MYSD_ENUMSET(ip_proto_x);

static const struct mysd_flag netlink_proto_x[] = {
	VAL(NETLINK_ROUTE), VAL(NETLINK_USERSOCK), VAL(NETLINK_FIREWALL),
	VAL(NETLINK_SOCK_DIAG), VAL(NETLINK_NFLOG), VAL(NETLINK_XFRM),
	VAL(NETLINK_SELINUX), VAL(NETLINK_ISCSI), VAL(NETLINK_AUDIT),
	VAL(NETLINK_FIB_LOOKUP), VAL(NETLINK_CONNECTOR), VAL(NETLINK_NETFILTER),
	VAL(NETLINK_IP6_FW), VAL(NETLINK_DNRTMSG), VAL(NETLINK_KOBJECT_UEVENT),
	VAL(NETLINK_GENERIC), VAL(NETLINK_SCSITRANSPORT), VAL(NETLINK_ECRYPTFS),
	VAL(NETLINK_RDMA), VAL(NETLINK_CRYPTO),
};
static const struct mysd_flagset mysd_netlink_proto =
	MYSD_ENUMSET(netlink_proto_x);

const struct mysd_flagset *mysd_sock_protocol_set(u32 domain)
{
	switch (domain) {
	case AF_INET:
	case AF_INET6:
		return &mysd_ip_proto;
	case AF_NETLINK:
		return &mysd_netlink_proto;
	default:
		return NULL;
	}
}

const struct mysd_flagset *mysd_sockopt_set(u32 level)
{
	switch (level) {
	case SOL_SOCKET:
		return &mysd_so_opt;
	case SOL_IP:
		return &mysd_ip_opt;
	case SOL_IPV6:
		return &mysd_ipv6_opt;
	case SOL_TCP:
		return &mysd_tcp_opt;
	default:
		return NULL;
	}
}

static const struct mysd_flag scm_type_x[] = {
	VAL(SCM_RIGHTS), VAL(SCM_CREDENTIALS),
#ifdef SCM_SECURITY
	VAL(SCM_SECURITY),
#endif
#ifdef SCM_PIDFD
	VAL(SCM_PIDFD),
#endif
};
const struct mysd_flagset mysd_scm_type = MYSD_ENUMSET(scm_type_x);

static const struct mysd_flag shut_how_x[] = {
	VAL(SHUT_RD), VAL(SHUT_WR), VAL(SHUT_RDWR),
};
const struct mysd_flagset mysd_shut_how = MYSD_ENUMSET(shut_how_x);

static const struct mysd_flag whence_x[] = {
	VAL(SEEK_SET), VAL(SEEK_CUR), VAL(SEEK_END), VAL(SEEK_DATA),
	VAL(SEEK_HOLE),
};
const struct mysd_flagset mysd_whence = MYSD_ENUMSET(whence_x);

/* The command is a field of the op; the two option bits are flags. */
static const struct mysd_flag futex_op_x[] = {
#define FUTEX_CMD_FIELD (~(u64)(FUTEX_PRIVATE_FLAG | FUTEX_CLOCK_REALTIME))
	FIELD(FUTEX_WAIT, FUTEX_CMD_FIELD), FIELD(FUTEX_WAKE, FUTEX_CMD_FIELD),
	FIELD(FUTEX_FD, FUTEX_CMD_FIELD), FIELD(FUTEX_REQUEUE, FUTEX_CMD_FIELD),
	FIELD(FUTEX_CMP_REQUEUE, FUTEX_CMD_FIELD),
	FIELD(FUTEX_WAKE_OP, FUTEX_CMD_FIELD),
	FIELD(FUTEX_LOCK_PI, FUTEX_CMD_FIELD),
	FIELD(FUTEX_UNLOCK_PI, FUTEX_CMD_FIELD),
	FIELD(FUTEX_TRYLOCK_PI, FUTEX_CMD_FIELD),
	FIELD(FUTEX_WAIT_BITSET, FUTEX_CMD_FIELD),
	FIELD(FUTEX_WAKE_BITSET, FUTEX_CMD_FIELD),
	FIELD(FUTEX_WAIT_REQUEUE_PI, FUTEX_CMD_FIELD),
	FIELD(FUTEX_CMP_REQUEUE_PI, FUTEX_CMD_FIELD),
#ifdef FUTEX_LOCK_PI2
	FIELD(FUTEX_LOCK_PI2, FUTEX_CMD_FIELD),
#endif
	FLAG(FUTEX_PRIVATE_FLAG), FLAG(FUTEX_CLOCK_REALTIME),
#undef FUTEX_CMD_FIELD
};
const struct mysd_flagset mysd_futex_op = MYSD_FLAGSET(futex_op_x);

/* FUTEX_WAKE_OP's operation on *uaddr2, and its comparison of the old value */
static const struct mysd_flag futex_wake_op_x[] = {
	VAL(FUTEX_OP_SET), VAL(FUTEX_OP_ADD), VAL(FUTEX_OP_OR),
	VAL(FUTEX_OP_ANDN), VAL(FUTEX_OP_XOR),
};
const struct mysd_flagset mysd_futex_wake_op = MYSD_ENUMSET(futex_wake_op_x);

static const struct mysd_flag futex_wake_cmp_x[] = {
	VAL(FUTEX_OP_CMP_EQ), VAL(FUTEX_OP_CMP_NE), VAL(FUTEX_OP_CMP_LT),
	VAL(FUTEX_OP_CMP_LE), VAL(FUTEX_OP_CMP_GT), VAL(FUTEX_OP_CMP_GE),
};
const struct mysd_flagset mysd_futex_wake_cmp = MYSD_ENUMSET(futex_wake_cmp_x);

/* futex2's (futex_wake, futex_wait): the futex's size first, as strace */
static const struct mysd_flag futex2_flags_x[] = {
	FIELD(FUTEX2_SIZE_U8, FUTEX2_SIZE_MASK),
	FIELD(FUTEX2_SIZE_U16, FUTEX2_SIZE_MASK),
	FIELD(FUTEX2_SIZE_U32, FUTEX2_SIZE_MASK),
	FIELD(FUTEX2_SIZE_U64, FUTEX2_SIZE_MASK),
	FLAG(FUTEX2_NUMA),
	ABI_FLAG(0x08, "FUTEX2_MPOL"),	/* named, not yet taken by 6.12 */
	FLAG(FUTEX2_PRIVATE),
};
const struct mysd_flagset mysd_futex2_flags = MYSD_FLAGSET(futex2_flags_x);

static const struct mysd_flag epoll_ctl_x[] = {
	VAL(EPOLL_CTL_ADD), VAL(EPOLL_CTL_DEL), VAL(EPOLL_CTL_MOD),
};
const struct mysd_flagset mysd_epoll_ctl = MYSD_ENUMSET(epoll_ctl_x);

static const struct mysd_flag signals_x[] = {
	VAL(SIGHUP), VAL(SIGINT), VAL(SIGQUIT), VAL(SIGILL), VAL(SIGTRAP),
	VAL(SIGABRT), VAL(SIGBUS), VAL(SIGFPE), VAL(SIGKILL), VAL(SIGUSR1),
	VAL(SIGSEGV), VAL(SIGUSR2), VAL(SIGPIPE), VAL(SIGALRM), VAL(SIGTERM),
	VAL(SIGSTKFLT), VAL(SIGCHLD), VAL(SIGCONT), VAL(SIGSTOP), VAL(SIGTSTP),
	VAL(SIGTTIN), VAL(SIGTTOU), VAL(SIGURG), VAL(SIGXCPU), VAL(SIGXFSZ),
	VAL(SIGVTALRM), VAL(SIGPROF), VAL(SIGWINCH), VAL(SIGIO), VAL(SIGPWR),
	VAL(SIGSYS),
	/*
	 * The kernel's real-time signals, named as strace names them: libc's
	 * SIGRTMIN is another number (glibc keeps 32 and 33 for itself).
	 */
#define RT(n) ABI_VAL(32 + (n), "SIGRT_" #n)
	ABI_VAL(32, "SIGRTMIN"), RT(1), RT(2), RT(3), RT(4), RT(5), RT(6),
	RT(7), RT(8), RT(9), RT(10), RT(11), RT(12), RT(13), RT(14), RT(15),
	RT(16), RT(17), RT(18), RT(19), RT(20), RT(21), RT(22), RT(23), RT(24),
	RT(25), RT(26), RT(27), RT(28), RT(29), RT(30), RT(31), RT(32),
#undef RT
};
const struct mysd_flagset mysd_signals = MYSD_ENUMSET(signals_x);

/* SA_NODEFER and SA_RESETHAND only: SA_NOMASK and SA_ONESHOT are theirs */
static const struct mysd_flag sa_flags_x[] = {
	FLAG(SA_NOCLDSTOP), FLAG(SA_NOCLDWAIT), FLAG(SA_SIGINFO),
#ifdef SA_UNSUPPORTED
	FLAG(SA_UNSUPPORTED),
#endif
#ifdef SA_EXPOSE_TAGBITS
	FLAG(SA_EXPOSE_TAGBITS),
#endif
	ABI_FLAG(MYSD_SA_RESTORER, "SA_RESTORER"),
	FLAG(SA_ONSTACK), FLAG(SA_RESTART), FLAG(SA_NODEFER), FLAG(SA_RESETHAND),
};
const struct mysd_flagset mysd_sa_flags = MYSD_FLAGSET(sa_flags_x);

#ifndef SS_AUTODISARM		/* the kernel's (4.7); glibc leaves it out */
#define SS_AUTODISARM (1U << 31)
#endif
static const struct mysd_flag ss_flags_x[] = {
	FLAG(SS_ONSTACK), FLAG(SS_DISABLE), FLAG(SS_AUTODISARM),
};
const struct mysd_flagset mysd_ss_flags = MYSD_FLAGSET(ss_flags_x);

static const struct mysd_flag sigprocmask_how_x[] = {
	VAL(SIG_BLOCK), VAL(SIG_UNBLOCK), VAL(SIG_SETMASK),
};
const struct mysd_flagset mysd_sigprocmask_how = MYSD_ENUMSET(sigprocmask_how_x);

static const struct mysd_flag fcntl_cmd_x[] = {
	VAL(F_DUPFD), VAL(F_GETFD), VAL(F_SETFD), VAL(F_GETFL), VAL(F_SETFL),
	VAL(F_GETLK), VAL(F_SETLK), VAL(F_SETLKW), VAL(F_SETOWN),
	VAL(F_GETOWN), VAL(F_SETSIG), VAL(F_GETSIG), VAL(F_SETOWN_EX),
	VAL(F_GETOWN_EX), VAL(F_OFD_GETLK), VAL(F_OFD_SETLK),
	VAL(F_OFD_SETLKW), VAL(F_SETLEASE), VAL(F_GETLEASE), VAL(F_NOTIFY),
	VAL(F_DUPFD_CLOEXEC), VAL(F_SETPIPE_SZ), VAL(F_GETPIPE_SZ),
	VAL(F_ADD_SEALS), VAL(F_GET_SEALS),
#if defined(F_GETLK64) && F_GETLK64 != F_GETLK	/* 64-bit libcs alias it */
	VAL(F_GETLK64), VAL(F_SETLK64), VAL(F_SETLKW64),
#endif
};
const struct mysd_flagset mysd_fcntl_cmd = MYSD_ENUMSET(fcntl_cmd_x);

static const struct mysd_flag fd_flags_x[] = {
	FLAG(FD_CLOEXEC),
};
const struct mysd_flagset mysd_fd_flags = MYSD_FLAGSET(fd_flags_x);

static const struct mysd_flag prctl_option_x[] = {
	VAL(PR_SET_PDEATHSIG), VAL(PR_GET_PDEATHSIG), VAL(PR_GET_DUMPABLE),
	VAL(PR_SET_DUMPABLE), VAL(PR_GET_KEEPCAPS), VAL(PR_SET_KEEPCAPS),
	VAL(PR_SET_NAME), VAL(PR_GET_NAME), VAL(PR_GET_SECCOMP),
	VAL(PR_SET_SECCOMP), VAL(PR_CAPBSET_READ), VAL(PR_CAPBSET_DROP),
	VAL(PR_GET_TIMERSLACK), VAL(PR_SET_TIMERSLACK), VAL(PR_SET_MM),
	VAL(PR_SET_CHILD_SUBREAPER), VAL(PR_GET_CHILD_SUBREAPER),
	VAL(PR_SET_NO_NEW_PRIVS), VAL(PR_GET_NO_NEW_PRIVS),
	VAL(PR_GET_TID_ADDRESS), VAL(PR_SET_THP_DISABLE),
	VAL(PR_GET_THP_DISABLE), VAL(PR_CAP_AMBIENT), VAL(PR_SET_VMA),
	VAL(PR_SET_PTRACER), VAL(PR_GET_UNALIGN), VAL(PR_SET_UNALIGN),
	VAL(PR_GET_FPEMU), VAL(PR_SET_FPEMU), VAL(PR_GET_FPEXC),
	VAL(PR_SET_FPEXC), VAL(PR_GET_TIMING), VAL(PR_SET_TIMING),
	VAL(PR_GET_ENDIAN), VAL(PR_SET_ENDIAN), VAL(PR_GET_SECUREBITS),
	VAL(PR_SET_SECUREBITS), VAL(PR_TASK_PERF_EVENTS_DISABLE),
	VAL(PR_TASK_PERF_EVENTS_ENABLE), VAL(PR_MCE_KILL),
	VAL(PR_MCE_KILL_GET), VAL(PR_SET_FP_MODE), VAL(PR_GET_FP_MODE),
	VAL(PR_GET_SPECULATION_CTRL), VAL(PR_SET_SPECULATION_CTRL),
	VAL(PR_SET_IO_FLUSHER), VAL(PR_GET_IO_FLUSHER),
#ifdef PR_SET_SYSCALL_USER_DISPATCH
	VAL(PR_SET_SYSCALL_USER_DISPATCH),
#endif
#ifdef PR_SCHED_CORE
	VAL(PR_SCHED_CORE),
#endif
#ifdef PR_PAC_SET_ENABLED_KEYS
	VAL(PR_PAC_SET_ENABLED_KEYS), VAL(PR_PAC_GET_ENABLED_KEYS),
#endif
#ifdef PR_SME_SET_VL
	VAL(PR_SME_SET_VL), VAL(PR_SME_GET_VL),
#endif
#ifdef PR_SET_MDWE
	VAL(PR_SET_MDWE), VAL(PR_GET_MDWE),
#endif
#ifdef PR_SET_MEMORY_MERGE
	VAL(PR_SET_MEMORY_MERGE), VAL(PR_GET_MEMORY_MERGE),
#endif
#ifdef PR_GET_AUXV
	VAL(PR_GET_AUXV),
#endif
#ifdef PR_PAC_RESET_KEYS
	VAL(PR_PAC_RESET_KEYS), VAL(PR_SET_TAGGED_ADDR_CTRL),
	VAL(PR_GET_TAGGED_ADDR_CTRL),
#endif
#ifdef PR_SVE_SET_VL
	VAL(PR_SVE_SET_VL), VAL(PR_SVE_GET_VL),
#endif
};
const struct mysd_flagset mysd_prctl_option = MYSD_ENUMSET(prctl_option_x);

/* prctl's arg2 for PR_SET_DUMPABLE: the kernel's SUID_DUMP_* are not uapi */
static const struct mysd_flag pr_dumpable_x[] = {
	ABI_VAL(0, "SUID_DUMP_DISABLE"), ABI_VAL(1, "SUID_DUMP_USER"),
	ABI_VAL(2, "SUID_DUMP_ROOT"),
};
const struct mysd_flagset mysd_pr_dumpable = MYSD_ENUMSET(pr_dumpable_x);

/* PR_SET_SECCOMP's mode */
static const struct mysd_flag seccomp_mode_x[] = {
	ABI_VAL(0, "SECCOMP_MODE_DISABLED"),
	ABI_VAL(MYSD_SECCOMP_MODE_STRICT, "SECCOMP_MODE_STRICT"),
	ABI_VAL(MYSD_SECCOMP_MODE_FILTER, "SECCOMP_MODE_FILTER"),
};
const struct mysd_flagset mysd_seccomp_mode = MYSD_ENUMSET(seccomp_mode_x);

/* PR_SET_SECUREBITS: issecure_mask(SECURE_*), the EXEC ones from 6.14 */
static const struct mysd_flag secbits_x[] = {
	ABI_FLAG(1 << 0, "SECBIT_NOROOT"),
	ABI_FLAG(1 << 1, "SECBIT_NOROOT_LOCKED"),
	ABI_FLAG(1 << 2, "SECBIT_NO_SETUID_FIXUP"),
	ABI_FLAG(1 << 3, "SECBIT_NO_SETUID_FIXUP_LOCKED"),
	ABI_FLAG(1 << 4, "SECBIT_KEEP_CAPS"),
	ABI_FLAG(1 << 5, "SECBIT_KEEP_CAPS_LOCKED"),
	ABI_FLAG(1 << 6, "SECBIT_NO_CAP_AMBIENT_RAISE"),
	ABI_FLAG(1 << 7, "SECBIT_NO_CAP_AMBIENT_RAISE_LOCKED"),
	ABI_FLAG(1 << 8, "SECBIT_EXEC_RESTRICT_FILE"),
	ABI_FLAG(1 << 9, "SECBIT_EXEC_RESTRICT_FILE_LOCKED"),
	ABI_FLAG(1 << 10, "SECBIT_EXEC_DENY_INTERACTIVE"),
	ABI_FLAG(1 << 11, "SECBIT_EXEC_DENY_INTERACTIVE_LOCKED"),
};
const struct mysd_flagset mysd_secbits = MYSD_FLAGSET(secbits_x);

static const struct mysd_flag clock_id_x[] = {
	VAL(CLOCK_REALTIME), VAL(CLOCK_MONOTONIC),
	VAL(CLOCK_PROCESS_CPUTIME_ID), VAL(CLOCK_THREAD_CPUTIME_ID),
	VAL(CLOCK_MONOTONIC_RAW), VAL(CLOCK_REALTIME_COARSE),
	VAL(CLOCK_MONOTONIC_COARSE), VAL(CLOCK_BOOTTIME),
	VAL(CLOCK_REALTIME_ALARM), VAL(CLOCK_BOOTTIME_ALARM), VAL(CLOCK_TAI),
};
const struct mysd_flagset mysd_clock_id = MYSD_ENUMSET(clock_id_x);

static const struct mysd_flag timer_flags_x[] = {
	FLAG(TIMER_ABSTIME),
};
const struct mysd_flagset mysd_timer_flags = MYSD_FLAGSET(timer_flags_x);

static const struct mysd_flag wait_options_x[] = {
	FLAG(WNOHANG), FLAG(WUNTRACED), FLAG(WCONTINUED), FLAG(WEXITED),
	FLAG(WNOWAIT), FLAG(__WNOTHREAD), FLAG(__WALL), FLAG(__WCLONE),
};
const struct mysd_flagset mysd_wait_options = MYSD_FLAGSET(wait_options_x);

static const struct mysd_flag rlimit_x[] = {
	VAL(RLIMIT_CPU), VAL(RLIMIT_FSIZE), VAL(RLIMIT_DATA), VAL(RLIMIT_STACK),
	VAL(RLIMIT_CORE), VAL(RLIMIT_RSS), VAL(RLIMIT_NPROC),
	VAL(RLIMIT_NOFILE), VAL(RLIMIT_MEMLOCK), VAL(RLIMIT_AS),
	VAL(RLIMIT_LOCKS), VAL(RLIMIT_SIGPENDING), VAL(RLIMIT_MSGQUEUE),
	VAL(RLIMIT_NICE), VAL(RLIMIT_RTPRIO), VAL(RLIMIT_RTTIME),
};
const struct mysd_flagset mysd_rlimit = MYSD_ENUMSET(rlimit_x);

static const struct mysd_flag grnd_flags_x[] = {
	FLAG(GRND_NONBLOCK), FLAG(GRND_RANDOM),
#ifdef GRND_INSECURE
	FLAG(GRND_INSECURE),
#endif
};
const struct mysd_flagset mysd_grnd_flags = MYSD_FLAGSET(grnd_flags_x);

static const struct mysd_flag mfd_flags_x[] = {
	FLAG(MFD_CLOEXEC), FLAG(MFD_ALLOW_SEALING), FLAG(MFD_HUGETLB),
#ifdef MFD_NOEXEC_SEAL
	FLAG(MFD_NOEXEC_SEAL), FLAG(MFD_EXEC),
#endif
};
const struct mysd_flagset mysd_mfd_flags = MYSD_FLAGSET(mfd_flags_x);

static const struct mysd_flag efd_flags_x[] = {
	FLAG(EFD_SEMAPHORE), FLAG(EFD_NONBLOCK), FLAG(EFD_CLOEXEC),
};
const struct mysd_flagset mysd_efd_flags = MYSD_FLAGSET(efd_flags_x);

/* pidfd_open(): the open flags they are (linux/pidfd.h) */
static const struct mysd_flag pidfd_flags_x[] = {
	ABI_FLAG(O_NONBLOCK, "PIDFD_NONBLOCK"),
	ABI_FLAG(O_EXCL, "PIDFD_THREAD"),	/* 6.9 */
};
const struct mysd_flagset mysd_pidfd_flags = MYSD_FLAGSET(pidfd_flags_x);

static const struct mysd_flag epoll_flags_x[] = {
	FLAG(EPOLL_CLOEXEC),
};
const struct mysd_flagset mysd_epoll_flags = MYSD_FLAGSET(epoll_flags_x);

static const struct mysd_flag rename_flags_x[] = {
	FLAG(RENAME_NOREPLACE), FLAG(RENAME_EXCHANGE), FLAG(RENAME_WHITEOUT),
};
const struct mysd_flagset mysd_rename_flags = MYSD_FLAGSET(rename_flags_x);

static const struct mysd_flag rwf_flags_x[] = {
	FLAG(RWF_HIPRI), FLAG(RWF_DSYNC), FLAG(RWF_SYNC), FLAG(RWF_NOWAIT),
	FLAG(RWF_APPEND),
#ifdef RWF_NOAPPEND
	FLAG(RWF_NOAPPEND),
#endif
};
const struct mysd_flagset mysd_rwf_flags = MYSD_FLAGSET(rwf_flags_x);

static const struct mysd_flag flock_op_x[] = {
	FLAG(LOCK_SH), FLAG(LOCK_EX), FLAG(LOCK_NB), FLAG(LOCK_UN),
};
const struct mysd_flagset mysd_flock_op = MYSD_FLAGSET(flock_op_x);

static const struct mysd_flag sigev_notify_x[] = {
	VAL(SIGEV_SIGNAL), VAL(SIGEV_NONE), VAL(SIGEV_THREAD),
	VAL(SIGEV_THREAD_ID),
};
const struct mysd_flagset mysd_sigev_notify = MYSD_ENUMSET(sigev_notify_x);

/* System V IPC: the get calls' flags (their mode printed apart), commands */
static const struct mysd_flag ipc_get_flags_x[] = {
	FLAG(IPC_CREAT), FLAG(IPC_EXCL),
};
const struct mysd_flagset mysd_ipc_get_flags = MYSD_FLAGSET(ipc_get_flags_x);

static const struct mysd_flag shm_get_flags_x[] = {
	FLAG(IPC_CREAT), FLAG(IPC_EXCL), FLAG(SHM_HUGETLB), FLAG(SHM_NORESERVE),
};
const struct mysd_flagset mysd_shm_get_flags = MYSD_FLAGSET(shm_get_flags_x);

static const struct mysd_flag msgctl_cmd_x[] = {
	VAL(IPC_RMID), VAL(IPC_SET), VAL(IPC_STAT), VAL(IPC_INFO),
	VAL(MSG_STAT), VAL(MSG_INFO),
#ifdef MSG_STAT_ANY
	VAL(MSG_STAT_ANY),
#endif
};
const struct mysd_flagset mysd_msgctl_cmd = MYSD_ENUMSET(msgctl_cmd_x);

static const struct mysd_flag semctl_cmd_x[] = {
	VAL(IPC_RMID), VAL(IPC_SET), VAL(IPC_STAT), VAL(IPC_INFO),
	VAL(GETPID), VAL(GETVAL), VAL(GETALL), VAL(GETNCNT), VAL(GETZCNT),
	VAL(SETVAL), VAL(SETALL), VAL(SEM_STAT), VAL(SEM_INFO),
#ifdef SEM_STAT_ANY
	VAL(SEM_STAT_ANY),
#endif
};
const struct mysd_flagset mysd_semctl_cmd = MYSD_ENUMSET(semctl_cmd_x);

static const struct mysd_flag shmctl_cmd_x[] = {
	VAL(IPC_RMID), VAL(IPC_SET), VAL(IPC_STAT), VAL(IPC_INFO),
	VAL(SHM_LOCK), VAL(SHM_UNLOCK), VAL(SHM_STAT), VAL(SHM_INFO),
#ifdef SHM_STAT_ANY
	VAL(SHM_STAT_ANY),
#endif
};
const struct mysd_flagset mysd_shmctl_cmd = MYSD_ENUMSET(shmctl_cmd_x);

static const struct mysd_flag msg_ipc_flags_x[] = {
	FLAG(IPC_NOWAIT), FLAG(MSG_NOERROR), FLAG(MSG_EXCEPT),
#ifdef MSG_COPY
	FLAG(MSG_COPY),
#endif
};
const struct mysd_flagset mysd_msg_ipc_flags = MYSD_FLAGSET(msg_ipc_flags_x);

static const struct mysd_flag shmat_flags_x[] = {
	FLAG(SHM_RDONLY), FLAG(SHM_RND), FLAG(SHM_REMAP), FLAG(SHM_EXEC),
};
const struct mysd_flagset mysd_shmat_flags = MYSD_FLAGSET(shmat_flags_x);

/* The policy without SCHED_RESET_ON_FORK; 0 by strace's (and POSIX's) name */
static const struct mysd_flag sched_policy_x[] = {
	{ 0, ~0ULL, "SCHED_OTHER", 11, MYSD_F_BITS },
	VAL(SCHED_FIFO), VAL(SCHED_RR), VAL(SCHED_BATCH), VAL(SCHED_IDLE),
	VAL(SCHED_DEADLINE),
};
const struct mysd_flagset mysd_sched_policy = MYSD_ENUMSET(sched_policy_x);

static const struct mysd_flag sched_attr_flags_x[] = {
	FLAG(SCHED_FLAG_RESET_ON_FORK), FLAG(SCHED_FLAG_RECLAIM),
	FLAG(SCHED_FLAG_DL_OVERRUN), FLAG(SCHED_FLAG_KEEP_POLICY),
	FLAG(SCHED_FLAG_KEEP_PARAMS), FLAG(SCHED_FLAG_UTIL_CLAMP_MIN),
	FLAG(SCHED_FLAG_UTIL_CLAMP_MAX),
};
const struct mysd_flagset mysd_sched_attr_flags =
	MYSD_FLAGSET(sched_attr_flags_x);

/* semop's sem_flg */
static const struct mysd_flag sem_flags_x[] = {
	FLAG(IPC_NOWAIT), FLAG(SEM_UNDO),
};
const struct mysd_flagset mysd_sem_flags = MYSD_FLAGSET(sem_flags_x);

static const struct mysd_flag ptrace_request_x[] = {
	VAL(PTRACE_TRACEME), VAL(PTRACE_PEEKTEXT), VAL(PTRACE_PEEKDATA),
	VAL(PTRACE_PEEKUSR), VAL(PTRACE_POKETEXT), VAL(PTRACE_POKEDATA),
	VAL(PTRACE_POKEUSR), VAL(PTRACE_CONT), VAL(PTRACE_KILL),
	VAL(PTRACE_SINGLESTEP), VAL(PTRACE_ATTACH), VAL(PTRACE_DETACH),
	VAL(PTRACE_SYSCALL), VAL(PTRACE_SETOPTIONS), VAL(PTRACE_GETEVENTMSG),
	VAL(PTRACE_GETSIGINFO), VAL(PTRACE_SETSIGINFO), VAL(PTRACE_GETREGSET),
	VAL(PTRACE_SETREGSET), VAL(PTRACE_SEIZE), VAL(PTRACE_INTERRUPT),
	VAL(PTRACE_LISTEN), VAL(PTRACE_PEEKSIGINFO), VAL(PTRACE_GETSIGMASK),
	VAL(PTRACE_SETSIGMASK), VAL(PTRACE_SECCOMP_GET_FILTER),
#ifdef PTRACE_GET_SYSCALL_INFO
	VAL(PTRACE_GET_SYSCALL_INFO),
#endif
};
const struct mysd_flagset mysd_ptrace_request = MYSD_ENUMSET(ptrace_request_x);

/* a tracee's stop for an event: the bits of its wait status above 16 */
static const struct mysd_flag ptrace_event_x[] = {
	VAL(PTRACE_EVENT_FORK), VAL(PTRACE_EVENT_VFORK), VAL(PTRACE_EVENT_CLONE),
	VAL(PTRACE_EVENT_EXEC), VAL(PTRACE_EVENT_VFORK_DONE),
	VAL(PTRACE_EVENT_EXIT), VAL(PTRACE_EVENT_SECCOMP), VAL(PTRACE_EVENT_STOP),
};
const struct mysd_flagset mysd_ptrace_event = MYSD_ENUMSET(ptrace_event_x);

static const struct mysd_flag delete_module_flags_x[] = {
	FLAG(O_NONBLOCK), FLAG(O_TRUNC),
};
const struct mysd_flagset mysd_delete_module_flags =
	MYSD_FLAGSET(delete_module_flags_x);

static const struct mysd_flag finit_module_flags_x[] = {
	FLAG(MODULE_INIT_IGNORE_MODVERSIONS), FLAG(MODULE_INIT_IGNORE_VERMAGIC),
#ifdef MODULE_INIT_COMPRESSED_FILE
	FLAG(MODULE_INIT_COMPRESSED_FILE),
#endif
};
const struct mysd_flagset mysd_finit_module_flags =
	MYSD_FLAGSET(finit_module_flags_x);

static const struct mysd_flag flock_type_x[] = {
	VAL(F_RDLCK), VAL(F_WRLCK), VAL(F_UNLCK),
};
const struct mysd_flagset mysd_flock_type = MYSD_ENUMSET(flock_type_x);

/* fcntl(F_NOTIFY): what to be told of, DN_MULTISHOT in bit 31 */
static const struct mysd_flag dn_flags_x[] = {
	FLAG(DN_ACCESS), FLAG(DN_MODIFY), FLAG(DN_CREATE), FLAG(DN_DELETE),
	FLAG(DN_RENAME), FLAG(DN_ATTRIB), FLAG(DN_MULTISHOT),
};
const struct mysd_flagset mysd_dn_flags = MYSD_FLAGSET(dn_flags_x);

/* fcntl(F_ADD_SEALS) and F_GET_SEALS' result: a memfd's seals */
static const struct mysd_flag seal_flags_x[] = {
	FLAG(F_SEAL_SEAL), FLAG(F_SEAL_SHRINK), FLAG(F_SEAL_GROW),
	FLAG(F_SEAL_WRITE),
#ifdef F_SEAL_FUTURE_WRITE
	FLAG(F_SEAL_FUTURE_WRITE),
#endif
#ifdef F_SEAL_EXEC
	FLAG(F_SEAL_EXEC),
#endif
};
const struct mysd_flagset mysd_seal_flags = MYSD_FLAGSET(seal_flags_x);

static const struct mysd_flag prio_which_x[] = {
	VAL(PRIO_PROCESS), VAL(PRIO_PGRP), VAL(PRIO_USER),
};
const struct mysd_flagset mysd_prio_which = MYSD_ENUMSET(prio_which_x);

/* enums are matched on 32 bits: RUSAGE_CHILDREN is -1 */
static const struct mysd_flag rusage_who_x[] = {
	VAL(RUSAGE_SELF),
	{ (u32)RUSAGE_CHILDREN, ~0ULL, "RUSAGE_CHILDREN", 15, MYSD_F_BITS },
	VAL(RUSAGE_THREAD),
};
const struct mysd_flagset mysd_rusage_who = MYSD_ENUMSET(rusage_who_x);

/*
 * ioctl requests met on a board: terminals and serial ports, files and
 * sockets' interfaces. Their numbers do not depend on the ABI (none
 * encodes the size of a long). Others print in hex.
 */
static const struct mysd_flag ioctl_cmd_x[] = {
	VAL(TCGETS), VAL(TCSETS), VAL(TCSETSW), VAL(TCSETSF), VAL(TCSBRK),
	VAL(TCXONC), VAL(TCFLSH), VAL(TIOCEXCL), VAL(TIOCNXCL), VAL(TIOCSCTTY),
	VAL(TIOCGPGRP), VAL(TIOCSPGRP), VAL(TIOCOUTQ), VAL(TIOCSTI),
	VAL(TIOCGWINSZ), VAL(TIOCSWINSZ), VAL(TIOCMGET), VAL(TIOCMBIS),
	VAL(TIOCMBIC), VAL(TIOCMSET), VAL(FIONREAD), VAL(TIOCNOTTY),
	VAL(TIOCGSID), VAL(TIOCGSERIAL), VAL(TIOCSSERIAL), VAL(TIOCGPTN),
	VAL(TIOCSPTLCK), VAL(TIOCSIG), VAL(TIOCVHANGUP), VAL(TIOCGPTPEER),
	VAL(FIONBIO), VAL(FIONCLEX), VAL(FIOCLEX), VAL(FIOASYNC),
	VAL(SIOCGIFNAME), VAL(SIOCGIFCONF), VAL(SIOCGIFFLAGS),
	VAL(SIOCSIFFLAGS), VAL(SIOCGIFADDR), VAL(SIOCSIFADDR),
	VAL(SIOCGIFNETMASK), VAL(SIOCSIFNETMASK), VAL(SIOCGIFMTU),
	VAL(SIOCSIFMTU), VAL(SIOCGIFHWADDR), VAL(SIOCGIFINDEX),
	VAL(SIOCETHTOOL),
};
const struct mysd_flagset mysd_ioctl_cmd = MYSD_ENUMSET(ioctl_cmd_x);

/* statfs's f_type: the file systems a board mounts, and the kernel's own */
static const struct mysd_flag fs_magic_x[] = {
	VAL(EXT2_SUPER_MAGIC), VAL(TMPFS_MAGIC), VAL(RAMFS_MAGIC),
	VAL(SQUASHFS_MAGIC), VAL(JFFS2_SUPER_MAGIC), VAL(MSDOS_SUPER_MAGIC),
	VAL(NFS_SUPER_MAGIC), VAL(OVERLAYFS_SUPER_MAGIC), VAL(F2FS_SUPER_MAGIC),
	VAL(BTRFS_SUPER_MAGIC), VAL(XFS_SUPER_MAGIC), VAL(PROC_SUPER_MAGIC),
	VAL(SYSFS_MAGIC), VAL(DEVPTS_SUPER_MAGIC), VAL(CGROUP2_SUPER_MAGIC),
	VAL(DEBUGFS_MAGIC), VAL(TRACEFS_MAGIC),
};
const struct mysd_flagset mysd_fs_magic = MYSD_ENUMSET(fs_magic_x);

static const struct mysd_flag statfs_flags_x[] = {
	FLAG(ST_RDONLY), FLAG(ST_NOSUID), FLAG(ST_NODEV), FLAG(ST_NOEXEC),
	FLAG(ST_SYNCHRONOUS), FLAG(ST_VALID), FLAG(ST_MANDLOCK),
	FLAG(ST_NOATIME), FLAG(ST_NODIRATIME), FLAG(ST_RELATIME),
};
const struct mysd_flagset mysd_statfs_flags = MYSD_FLAGSET(statfs_flags_x);

static const struct mysd_flag itimer_which_x[] = {
	VAL(ITIMER_REAL),
	VAL(ITIMER_VIRTUAL),
	VAL(ITIMER_PROF),
};
const struct mysd_flagset mysd_itimer_which = MYSD_ENUMSET(itimer_which_x);

static const struct mysd_flag inotify_init_flags_x[] = {
	FLAG(IN_NONBLOCK), FLAG(IN_CLOEXEC),
};
const struct mysd_flagset mysd_inotify_init_flags =
	MYSD_FLAGSET(inotify_init_flags_x);

static const struct mysd_flag inotify_mask_x[] = {
	FLAG(IN_ACCESS), FLAG(IN_MODIFY), FLAG(IN_ATTRIB),
	FLAG(IN_CLOSE_WRITE), FLAG(IN_CLOSE_NOWRITE), FLAG(IN_OPEN),
	FLAG(IN_MOVED_FROM), FLAG(IN_MOVED_TO), FLAG(IN_CREATE),
	FLAG(IN_DELETE), FLAG(IN_DELETE_SELF), FLAG(IN_MOVE_SELF),
	FLAG(IN_UNMOUNT), FLAG(IN_Q_OVERFLOW), FLAG(IN_IGNORED),
	FLAG(IN_ONLYDIR), FLAG(IN_DONT_FOLLOW), FLAG(IN_EXCL_UNLINK),
#ifdef IN_MASK_CREATE
	FLAG(IN_MASK_CREATE),
#endif
	FLAG(IN_MASK_ADD), FLAG(IN_ISDIR), FLAG(IN_ONESHOT),
};
const struct mysd_flagset mysd_inotify_mask = MYSD_FLAGSET(inotify_mask_x);

static const struct mysd_flag mount_flags_x[] = {
	FIELD(MS_MGC_VAL, MS_MGC_MSK),	/* the old magic in the high half */
	FLAG(MS_RDONLY), FLAG(MS_NOSUID), FLAG(MS_NODEV), FLAG(MS_NOEXEC),
	FLAG(MS_SYNCHRONOUS), FLAG(MS_REMOUNT), FLAG(MS_MANDLOCK),
	FLAG(MS_DIRSYNC),
#ifdef MS_NOSYMFOLLOW
	FLAG(MS_NOSYMFOLLOW),
#endif
	FLAG(MS_NOATIME), FLAG(MS_NODIRATIME), FLAG(MS_BIND), FLAG(MS_MOVE),
	FLAG(MS_REC), FLAG(MS_SILENT), FLAG(MS_POSIXACL), FLAG(MS_UNBINDABLE),
	FLAG(MS_PRIVATE), FLAG(MS_SLAVE), FLAG(MS_SHARED), FLAG(MS_RELATIME),
	FLAG(MS_KERNMOUNT), FLAG(MS_I_VERSION), FLAG(MS_STRICTATIME),
	FLAG(MS_LAZYTIME),
};
const struct mysd_flagset mysd_mount_flags = MYSD_FLAGSET(mount_flags_x);

static const struct mysd_flag umount_flags_x[] = {
	FLAG(MNT_FORCE), FLAG(MNT_DETACH), FLAG(MNT_EXPIRE),
	FLAG(UMOUNT_NOFOLLOW),
};
const struct mysd_flagset mysd_umount_flags = MYSD_FLAGSET(umount_flags_x);

static const struct mysd_flag close_range_flags_x[] = {
	FLAG(CLOSE_RANGE_UNSHARE), FLAG(CLOSE_RANGE_CLOEXEC),
};
const struct mysd_flagset mysd_close_range_flags =
	MYSD_FLAGSET(close_range_flags_x);

static const struct mysd_flag tfd_flags_x[] = {
	FLAG(TFD_NONBLOCK), FLAG(TFD_CLOEXEC),
};
const struct mysd_flagset mysd_tfd_flags = MYSD_FLAGSET(tfd_flags_x);

static const struct mysd_flag tfd_settime_flags_x[] = {
	FLAG(TFD_TIMER_ABSTIME), FLAG(TFD_TIMER_CANCEL_ON_SET),
};
const struct mysd_flagset mysd_tfd_settime_flags =
	MYSD_FLAGSET(tfd_settime_flags_x);

static const struct mysd_flag sfd_flags_x[] = {
	FLAG(SFD_NONBLOCK), FLAG(SFD_CLOEXEC),
};
const struct mysd_flagset mysd_sfd_flags = MYSD_FLAGSET(sfd_flags_x);

/* waitid's idtype; P_PIDFD (5.4) spelled out, libc may lack it */
static const struct mysd_flag waitid_which_x[] = {
	VAL(P_ALL), VAL(P_PID), VAL(P_PGID),
	{ 3, ~0ULL, "P_PIDFD", 7, MYSD_F_BITS },
};
const struct mysd_flagset mysd_waitid_which = MYSD_ENUMSET(waitid_which_x);

/* siginfo's si_code: the values any signal may carry, then SIGCHLD's */
static const struct mysd_flag si_code_x[] = {
	VAL(SI_USER), VAL(SI_KERNEL), VAL(SI_QUEUE), VAL(SI_TIMER),
	VAL(SI_MESGQ), VAL(SI_ASYNCIO), VAL(SI_SIGIO), VAL(SI_TKILL),
};
const struct mysd_flagset mysd_si_code = MYSD_ENUMSET(si_code_x);

static const struct mysd_flag cld_code_x[] = {
	VAL(CLD_EXITED), VAL(CLD_KILLED), VAL(CLD_DUMPED), VAL(CLD_TRAPPED),
	VAL(CLD_STOPPED), VAL(CLD_CONTINUED),
};
const struct mysd_flagset mysd_cld_code = MYSD_ENUMSET(cld_code_x);

static const struct mysd_flag falloc_mode_x[] = {
	FLAG(FALLOC_FL_KEEP_SIZE), FLAG(FALLOC_FL_PUNCH_HOLE),
	FLAG(FALLOC_FL_NO_HIDE_STALE), FLAG(FALLOC_FL_COLLAPSE_RANGE),
	FLAG(FALLOC_FL_ZERO_RANGE), FLAG(FALLOC_FL_INSERT_RANGE),
	FLAG(FALLOC_FL_UNSHARE_RANGE),
};
const struct mysd_flagset mysd_falloc_mode = MYSD_FLAGSET(falloc_mode_x);

static const struct mysd_flag poll_events_x[] = {
	FLAG(POLLIN), FLAG(POLLPRI), FLAG(POLLOUT), FLAG(POLLERR),
	FLAG(POLLHUP), FLAG(POLLNVAL), FLAG(POLLRDNORM), FLAG(POLLRDBAND),
	FLAG(POLLWRNORM), FLAG(POLLWRBAND), FLAG(POLLMSG), FLAG(POLLRDHUP),
};
const struct mysd_flagset mysd_poll_events = MYSD_FLAGSET(poll_events_x);

static const struct mysd_flag epoll_events_x[] = {
	FLAG(EPOLLIN), FLAG(EPOLLPRI), FLAG(EPOLLOUT), FLAG(EPOLLERR),
	FLAG(EPOLLHUP),
#ifdef EPOLLNVAL	/* not in glibc's <sys/epoll.h> */
	FLAG(EPOLLNVAL),
#endif
	FLAG(EPOLLRDNORM), FLAG(EPOLLRDBAND), FLAG(EPOLLWRNORM),
	FLAG(EPOLLWRBAND), FLAG(EPOLLMSG), FLAG(EPOLLRDHUP), FLAG(EPOLLEXCLUSIVE),
	FLAG(EPOLLWAKEUP), FLAG(EPOLLONESHOT), FLAG(EPOLLET),
};
const struct mysd_flagset mysd_epoll_events = MYSD_FLAGSET(epoll_events_x);

/* statx's mask: the basic group first, then what it leaves */
static const struct mysd_flag statx_mask_x[] = {
	FLAG(STATX_BASIC_STATS), FLAG(STATX_TYPE), FLAG(STATX_MODE),
	FLAG(STATX_NLINK), FLAG(STATX_UID), FLAG(STATX_GID), FLAG(STATX_ATIME),
	FLAG(STATX_MTIME), FLAG(STATX_CTIME), FLAG(STATX_INO), FLAG(STATX_SIZE),
	FLAG(STATX_BLOCKS), FLAG(STATX_BTIME),
#ifdef STATX_MNT_ID
	FLAG(STATX_MNT_ID),
#endif
#ifdef STATX_DIOALIGN
	FLAG(STATX_DIOALIGN),
#endif
#ifdef STATX_MNT_ID_UNIQUE
	FLAG(STATX_MNT_ID_UNIQUE),
#endif
#ifdef STATX_SUBVOL
	FLAG(STATX_SUBVOL),
#endif
#ifdef STATX_WRITE_ATOMIC
	FLAG(STATX_WRITE_ATOMIC),
#endif
};
const struct mysd_flagset mysd_statx_mask = MYSD_FLAGSET(statx_mask_x);

#ifndef DT_UNKNOWN		/* <dirent.h>'s, and the kernel's fs_types.h */
#define DT_UNKNOWN	0
#define DT_FIFO		1
#define DT_CHR		2
#define DT_DIR		4
#define DT_BLK		6
#define DT_REG		8
#define DT_LNK		10
#define DT_SOCK		12
#define DT_WHT		14
#endif
static const struct mysd_flag dirent_types_x[] = {
	VAL(DT_UNKNOWN), VAL(DT_FIFO), VAL(DT_CHR), VAL(DT_DIR), VAL(DT_BLK),
	VAL(DT_REG), VAL(DT_LNK), VAL(DT_SOCK), VAL(DT_WHT),
};
const struct mysd_flagset mysd_dirent_types = MYSD_ENUMSET(dirent_types_x);

static const struct mysd_flag file_type_x[] = {
	FIELD(S_IFREG, S_IFMT), FIELD(S_IFDIR, S_IFMT), FIELD(S_IFLNK, S_IFMT),
	FIELD(S_IFCHR, S_IFMT), FIELD(S_IFBLK, S_IFMT), FIELD(S_IFIFO, S_IFMT),
	FIELD(S_IFSOCK, S_IFMT),
};
const struct mysd_flagset mysd_file_type = MYSD_FLAGSET(file_type_x);

/* ---- errno ------------------------------------------------------------ */

#define E(x) \
	[x] = #x
static const char *const errno_names[] = {
	E(EPERM), E(ENOENT), E(ESRCH), E(EINTR), E(EIO), E(ENXIO), E(E2BIG),
	E(ENOEXEC), E(EBADF), E(ECHILD), E(EAGAIN), E(ENOMEM), E(EACCES),
	E(EFAULT), E(ENOTBLK), E(EBUSY), E(EEXIST), E(EXDEV), E(ENODEV),
	E(ENOTDIR), E(EISDIR), E(EINVAL), E(ENFILE), E(EMFILE), E(ENOTTY),
	E(ETXTBSY), E(EFBIG), E(ENOSPC), E(ESPIPE), E(EROFS), E(EMLINK),
	E(EPIPE), E(EDOM), E(ERANGE), E(EDEADLK), E(ENAMETOOLONG), E(ENOLCK),
	E(ENOSYS), E(ENOTEMPTY), E(ELOOP), E(ENOMSG), E(EIDRM), E(ECHRNG),
	E(EL2NSYNC), E(EL3HLT), E(EL3RST), E(ELNRNG), E(EUNATCH), E(ENOCSI),
	E(EL2HLT), E(EBADE), E(EBADR), E(EXFULL), E(ENOANO), E(EBADRQC),
	E(EBADSLT), E(EBFONT), E(ENOSTR), E(ENODATA), E(ETIME), E(ENOSR),
	E(ENONET), E(ENOPKG), E(EREMOTE), E(ENOLINK), E(EADV), E(ESRMNT),
	E(ECOMM), E(EPROTO), E(EMULTIHOP), E(EDOTDOT), E(EBADMSG),
	E(EOVERFLOW), E(ENOTUNIQ), E(EBADFD), E(EREMCHG), E(ELIBACC),
	E(ELIBBAD), E(ELIBSCN), E(ELIBMAX), E(ELIBEXEC), E(EILSEQ),
	E(ERESTART), E(ESTRPIPE), E(EUSERS), E(ENOTSOCK), E(EDESTADDRREQ),
	E(EMSGSIZE), E(EPROTOTYPE), E(ENOPROTOOPT), E(EPROTONOSUPPORT),
	E(ESOCKTNOSUPPORT), E(EOPNOTSUPP), E(EPFNOSUPPORT), E(EAFNOSUPPORT),
	E(EADDRINUSE), E(EADDRNOTAVAIL), E(ENETDOWN), E(ENETUNREACH),
	E(ENETRESET), E(ECONNABORTED), E(ECONNRESET), E(ENOBUFS), E(EISCONN),
	E(ENOTCONN), E(ESHUTDOWN), E(ETOOMANYREFS), E(ETIMEDOUT),
	E(ECONNREFUSED), E(EHOSTDOWN), E(EHOSTUNREACH), E(EALREADY),
	E(EINPROGRESS), E(ESTALE), E(EUCLEAN), E(ENOTNAM), E(ENAVAIL),
	E(EISNAM), E(EREMOTEIO), E(EDQUOT), E(ENOMEDIUM), E(EMEDIUMTYPE),
	E(ECANCELED), E(ENOKEY), E(EKEYEXPIRED), E(EKEYREVOKED),
	E(EKEYREJECTED), E(EOWNERDEAD), E(ENOTRECOVERABLE), E(ERFKILL),
	E(EHWPOISON),
	/* kernel-internal, may leak to syscall exit (restart, NFS, ...) */
	E(ERESTARTSYS), E(ERESTARTNOINTR), E(ERESTARTNOHAND), E(ENOIOCTLCMD),
	E(ERESTART_RESTARTBLOCK), E(EPROBE_DEFER), E(EOPENSTALE), E(ENOPARAM),
	E(EBADHANDLE), E(ENOTSYNC), E(EBADCOOKIE), E(ENOTSUPP), E(ETOOSMALL),
	E(ESERVERFAULT), E(EBADTYPE), E(EJUKEBOX), E(EIOCBQUEUED),
	E(ERECALLCONFLICT),
};
#undef E

const char *mysd_errno_name(unsigned int err)
{
	return err < ARRAY_SIZE(errno_names) ? errno_names[err] : NULL;
}
