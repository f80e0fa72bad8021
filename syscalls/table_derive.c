// SPDX-License-Identifier: GPL-2.0
/*
 * table_derive.c - table lookups, and the capture specs derived from the
 * argument kinds.
 *
 * mysd_table_init() walks each ABI's rows once and stores, per syscall
 * number, the list of user-memory copies the probe must make. The probe's
 * mysd_syscall_caps() is then one bounds check and two array loads.
 */
#ifndef __KERNEL__
#define _GNU_SOURCE
#endif
#include "sysent.h"
#include "flags.h"

#ifdef __KERNEL__
#include <linux/stat.h>		/* struct stat of the native ABI */
#else
#include <sys/stat.h>
#endif


struct mysd_abi_table *mysd_abi(bool compat)
{
#ifdef MYSD_HAVE_COMPAT
	if (compat)
		return &mysd_compat_abi;
#else
	if (compat)
		return NULL;
#endif
	return &mysd_native_abi;
}

static bool mysd_kind_capture(const struct mysd_arg *a, unsigned int idx,
			      bool compat, struct mysd_capture_spec *s)
{
	memset(s, 0, sizeof(*s));
	s->arg = idx;
	s->kind = MYSD_CAP_BUF;
	s->len_src = MYSD_LEN_FIXED;
	s->when = mysd_kind_is_out(a->kind) ? MYSD_CAPW_SUCCESS : MYSD_CAPW_ALWAYS;

	switch (a->kind) {
	case MYSD_K_PATH:
	case MYSD_K_STR:
	case MYSD_K_STR_OUT:
	case MYSD_K_PRCTL_ARG2:	/* read for any option, printed for names */
	case MYSD_K_FSCONFIG_VALUE:	/* read for any command, printed for strings */
		s->kind = MYSD_CAP_STR;
		s->len_src = MYSD_LEN_STRING;
		return true;
	case MYSD_K_BUF_IN:
		s->len_src = MYSD_LEN_ARG;
		s->len_arg = a->aux;
		return true;
	case MYSD_K_BUF_OUT:
		s->len_src = MYSD_LEN_RET_ARG;
		s->len_arg = a->aux;
		return true;
	case MYSD_K_POLLFDS:
		s->len_src = MYSD_LEN_ARG;
		s->len_arg = a->aux;
		s->scale = 8;	/* struct pollfd, same in both ABIs */
		s->max = MYSD_POLLFDS_MAX * 8;	/* structs, not data_max's */
		return true;
	case MYSD_K_SOCKADDR_IN:
		s->kind = MYSD_CAP_SOCKADDR;
		s->len_src = MYSD_LEN_ARG;
		s->len_arg = a->aux;
		s->max = MYSD_SOCKADDR_MAX;
		return true;
	case MYSD_K_SOCKADDR_OUT:
		s->kind = MYSD_CAP_SOCKADDR;
		s->len_src = MYSD_LEN_ARGPTR;
		s->len_arg = a->aux;
		s->max = MYSD_SOCKADDR_MAX;
		return true;
	case MYSD_K_ARGV:
		s->kind = MYSD_CAP_ARGV;
		s->len_src = MYSD_LEN_ARGV;
		return true;
	case MYSD_K_ENVP:
		s->len_src = MYSD_LEN_COUNT;
		s->max = sizeof(u32);
		return true;
	case MYSD_K_STAT_OUT:
		if (compat)	/* struct stat differs: print the pointer */
			return false;
		s->max = MYSD_STAT_CAPTURE;
		return true;
	case MYSD_K_PIPEFDS_OUT:
		s->max = 2 * sizeof(s32);
		return true;
	case MYSD_K_TIMESPEC:
	case MYSD_K_TIMESPEC_OUT:
		/* two longs */
		s->max = mysd_abi32(compat) ? 2 * sizeof(s32) : 2 * sizeof(s64);
		return true;
	case MYSD_K_TIMESPEC64:
	case MYSD_K_TIMESPEC64_OUT:
		s->max = 2 * sizeof(s64);
		return true;
	case MYSD_K_ITIMERSPEC:
	case MYSD_K_ITIMERSPEC_OUT:
	case MYSD_K_ITIMERVAL:
	case MYSD_K_ITIMERVAL_OUT:
	case MYSD_K_RUSAGE_OUT:	/* the user and system times only */
	case MYSD_K_UTIMES:
		/* two timespecs or timevals: four longs */
		s->max = mysd_abi32(compat) ? 4 * sizeof(s32) : 4 * sizeof(s64);
		return true;
	case MYSD_K_ITIMERSPEC64:
	case MYSD_K_ITIMERSPEC64_OUT:
	case MYSD_K_UTIMES64:
		s->max = 4 * sizeof(s64);
		return true;
	case MYSD_K_RLIMIT_IN:
	case MYSD_K_RLIMIT_OUT:
	case MYSD_K_TIMEVAL:
	case MYSD_K_TIMEVAL_OUT:
		s->max = mysd_abi32(compat) ? 2 * sizeof(u32) : 2 * sizeof(u64);
		return true;
	case MYSD_K_RLIMIT64_IN:
	case MYSD_K_RLIMIT64_OUT:
		s->max = 2 * sizeof(u64);
		return true;
	case MYSD_K_SYSINFO_OUT:
		s->max = MYSD_SYSINFO_SIZE(mysd_abi32(compat) ? 4 : 8);
		return true;
	case MYSD_K_TIMEX_OUT:
		s->max = MYSD_TIMEX_SIZE(mysd_abi32(compat) ? 4 : 8);
		return true;
	case MYSD_K_TIMEX64_OUT:
		s->max = MYSD_TIMEX_SIZE(8);
		return true;
	case MYSD_K_STATFS_OUT:
		s->max = mysd_abi32(compat) ? MYSD_STATFS_SIZE(4, 4) :
					      MYSD_STATFS_SIZE(8, 8);
		return true;
	case MYSD_K_STATFS64_OUT:
		s->max = MYSD_STATFS_SIZE(4, 8);
		return true;
	case MYSD_K_SIGSET:
	case MYSD_K_SIGSET_OUT:
		s->max = sizeof(u64);
		return true;
	case MYSD_K_OPEN_HOW:
		s->max = MYSD_OPEN_HOW_SIZE;
		return true;
	case MYSD_K_SEMBUF:
		s->len_src = MYSD_LEN_ARG;
		s->len_arg = a->aux;
		s->scale = MYSD_SEMBUF_SIZE;
		s->max = MYSD_SEMBUFS_MAX * MYSD_SEMBUF_SIZE;
		return true;
	case MYSD_K_BPF_ATTR:	/* structs that grow: no more than the caller's size */
	case MYSD_K_MOUNT_ATTR:
	case MYSD_K_LANDLOCK_RULESET_ATTR:
	case MYSD_K_CLONE_ARGS:
		s->len_src = MYSD_LEN_ARG;
		s->len_arg = a->aux;
		s->max = a->kind == MYSD_K_BPF_ATTR ? MYSD_BPF_ATTR_MAX :
			 a->kind == MYSD_K_MOUNT_ATTR ? MYSD_MOUNT_ATTR_SIZE :
			 a->kind == MYSD_K_CLONE_ARGS ? MYSD_CLONE_ARGS_MAX :
			 MYSD_LANDLOCK_RULESET_HEAD;
		return true;
	case MYSD_K_PERF_ATTR:
		s->max = MYSD_PERF_ATTR_HEAD;
		return true;
	case MYSD_K_LANDLOCK_RULE_ATTR:	/* read whatever the type, shown for one */
		s->max = MYSD_LANDLOCK_PATH_BENEATH_SIZE;
		return true;
	case MYSD_K_SCHED_ATTR:
	case MYSD_K_SCHED_ATTR_OUT:
		s->max = MYSD_SCHED_ATTR_SIZE;
		return true;
	case MYSD_K_UTSNAME_OUT:
		s->max = MYSD_UTSNAME_SIZE;
		return true;
	case MYSD_K_SIGINFO_OUT:
		s->max = MYSD_SIGINFO_SIZE(mysd_abi32(compat) ? 4 : 8);
		return true;
	case MYSD_K_SIGEVENT:
		s->max = MYSD_SIGEVENT_SIZE(mysd_abi32(compat) ? 4 : 8);
		return true;
	case MYSD_K_INT_OUT:
	case MYSD_K_UID_OUT:
	case MYSD_K_WSTATUS_OUT:
	case MYSD_K_SCHED_PARAM:
	case MYSD_K_SCHED_PARAM_OUT:
		s->max = sizeof(s32);
		return true;
	case MYSD_K_CPUSET_IN:
		s->len_src = MYSD_LEN_ARG;
		s->len_arg = a->aux;
		s->max = MYSD_CPUSET_MAX;
		return true;
	case MYSD_K_CPUSET_OUT:
		s->len_src = MYSD_LEN_RET;
		s->max = MYSD_CPUSET_MAX;
		return true;
	case MYSD_K_FDSET_OUT:
		s->len_src = MYSD_LEN_BITS;
		s->len_arg = a->aux;
		s->max = MYSD_FDSET_MAX;
		return true;
	case MYSD_K_EPOLL_EVENT:
		s->max = MYSD_EPOLL_EVENT_SIZE;
		return true;
	case MYSD_K_EPOLL_EVENTS_OUT:
		s->len_src = MYSD_LEN_RET;
		s->scale = MYSD_EPOLL_EVENT_SIZE;
		s->max = MYSD_EPOLL_EVENTS_MAX * MYSD_EPOLL_EVENT_SIZE;
		return true;
	case MYSD_K_IOV_IN:
	case MYSD_K_IOV_OUT:
		s->kind = MYSD_CAP_IOV;
		s->len_src = MYSD_LEN_IOV;	/* its room: mysd_iov_room() */
		s->len_arg = a->aux;
		return true;
	case MYSD_K_MSGHDR_IN:
	case MYSD_K_MSGHDR_OUT:
		s->kind = MYSD_CAP_MSGHDR;
		s->len_src = MYSD_LEN_MSGHDR;	/* its room: mysd_msghdr_room() */
		return true;
	case MYSD_K_FCNTL_ARG:	/* a lock command's struct, read or written */
	case MYSD_K_FCNTL64_ARG:
		s->len_src = a->kind == MYSD_K_FCNTL_ARG ? MYSD_LEN_FLOCK :
							  MYSD_LEN_FLOCK64;
		s->len_arg = a->aux;
		s->max = MYSD_FLOCK64_SIZE;
		return true;
	case MYSD_K_FUTEX_TIMEOUT:	/* read for the ops that wait, else none */
	case MYSD_K_FUTEX_TIMEOUT64:
		s->len_src = MYSD_LEN_FUTEX;
		s->len_arg = a->aux;
		/* two longs, or two s64 (struct __kernel_timespec) */
		s->max = a->kind == MYSD_K_FUTEX_TIMEOUT && mysd_abi32(compat) ?
			 2 * sizeof(s32) : 2 * sizeof(s64);
		return true;
	case MYSD_K_MMSGHDR_IN:
	case MYSD_K_MMSGHDR_OUT:
		s->kind = MYSD_CAP_MMSG;
		s->len_src = MYSD_LEN_MMSG;	/* its room: mysd_mmsg_room() */
		s->len_arg = a->aux;
		return true;
	case MYSD_K_MSGBUF_IN:
	case MYSD_K_MSGBUF_OUT:
		s->len_src = MYSD_LEN_MSGBUF;	/* its room: mysd_msgbuf_room() */
		s->len_arg = a->aux;
		return true;
	case MYSD_K_CAPHDR:
		s->max = MYSD_CAPHDR_SIZE;
		return true;
	case MYSD_K_CAPDATA:
	case MYSD_K_CAPDATA_OUT:
		s->max = MYSD_CAPDATA_SIZE;
		return true;
	case MYSD_K_STATX_OUT:
		s->max = MYSD_STATX_CAPTURE;
		return true;
	case MYSD_K_SIGACTION:
	case MYSD_K_SIGACTION_OUT:
		s->max = MYSD_SIGACTION_SIZE(mysd_abi32(compat) ? 4 : 8);
		return s->max != 0;
	case MYSD_K_STACK:
	case MYSD_K_STACK_OUT:
		s->max = MYSD_STACK_SIZE(mysd_abi32(compat) ? 4 : 8);
		return true;
	case MYSD_K_GIDS:
		s->len_src = MYSD_LEN_ARG;
		s->len_arg = a->aux;
		s->scale = sizeof(u32);
		s->max = MYSD_GIDS_MAX * sizeof(u32);
		return true;
	case MYSD_K_GIDS_OUT:
		s->len_src = MYSD_LEN_RET;
		s->scale = sizeof(u32);
		s->max = MYSD_GIDS_MAX * sizeof(u32);
		return true;
	case MYSD_K_OFF_OUT:
		s->max = mysd_abi32(compat) ? sizeof(u32) : sizeof(u64);
		return true;
	case MYSD_K_LOFF_OUT:
		s->max = sizeof(u64);
		return true;
	case MYSD_K_DIRENTS_OUT:
		s->len_src = MYSD_LEN_RET;
		s->max = MYSD_DIRENTS_MAX;
		return true;
	case MYSD_K_CACHESTAT_RANGE:
		s->max = MYSD_CACHESTAT_RANGE_SIZE;
		return true;
	case MYSD_K_CACHESTAT_OUT:
		s->max = MYSD_CACHESTAT_SIZE;
		return true;
	default:
		return false;
	}
}

bool mysd_arg_capture(const struct mysd_arg *args, unsigned int idx,
		      bool compat, struct mysd_capture_spec *s)
{
	unsigned int len_kind;

	if (!mysd_kind_capture(&args[idx], idx, compat, s))
		return false;
	if (s->len_src != MYSD_LEN_ARG)
		return true;
	/*
	 * A count passed as an int or unsigned int: the kernel uses the low
	 * 32 bits of the register, whatever its upper half holds. A socket
	 * address's length is an int (printed or not).
	 */
	len_kind = args[s->len_arg].kind;
	if (len_kind == MYSD_K_INT || args[idx].kind == MYSD_K_SOCKADDR_IN)
		s->len_src = MYSD_LEN_ARG_INT;
	else if (len_kind == MYSD_K_UINT)
		s->len_src = MYSD_LEN_ARG_UINT;
	return true;
}

/*
 * Whether an input argument's text is a function of its value (and of
 * args[aux] for the kinds that read it) alone: plain numbers, flags and
 * enumerations. Not pointers, whose text may come from a capture.
 */
static bool mysd_kind_is_pure(unsigned int k)
{
	if (k == MYSD_K_PTR || k == MYSD_K_PRCTL_ARG2 || k == MYSD_K_PRCTL_ARG ||
	    k == MYSD_K_FSCONFIG_VALUE || k == MYSD_K_FUTEX_TIMEOUT ||
	    k == MYSD_K_FUTEX_TIMEOUT64)
		return false;
	return (k >= MYSD_K_HIDE && k <= MYSD_K_IOCTL) ||
	       (k >= MYSD_K_FIRST_SYMBOLIC && k < MYSD_K_COUNT);
}

/*
 * Captures whose text is a function of their bytes, length and flags
 * (format.c prints no pointer for them once read whole), short enough to
 * be part of a memo's key (MYSD_MEMO_CAP_MAX).
 */
static bool mysd_kind_is_short_capture(unsigned int k)
{
	return k == MYSD_K_EPOLL_EVENT || k == MYSD_K_SOCKADDR_IN;
}

struct mysd_print_plan mysd_print_plan_of(const struct mysd_syscall *sc)
{
	struct mysd_print_plan p = { 0 };
	unsigned int i, weight = 0;
	bool leading = true;

	if (!sc || !sc->decoded)
		return p;
	if (sc->fn) {
		p.out = 1;	/* an override prints both parts itself */
		return p;
	}
	for (i = 0; i < MYSD_MAX_ARGS; i++) {
		const struct mysd_arg *a = &sc->args[i];

		if (a->kind == MYSD_K_NONE)
			break;
		if (mysd_kind_is_out(a->kind)) {
			p.out |= 1U << i;
			continue;
		}
		p.in |= 1U << i;
		if (!leading)
			continue;
		if (mysd_kind_is_short_capture(a->kind) && !p.memo_cap) {
			p.memo_cap = i + 1;
			weight += 4;	/* a struct: braces, keys, numbers */
		} else if (!mysd_kind_is_pure(a->kind)) {
			leading = false;
			continue;
		} else if (a->kind != MYSD_K_HIDE) {
			p.memo_key |= 1U << i;
			/* a name costs about two numbers */
			weight += a->kind >= MYSD_K_FIRST_SYMBOLIC ? 2 : 1;
		}
		p.memo |= 1U << i;
		if (mysd_kind_reads_aux(a->kind))
			p.memo_key |= 1U << (a->aux % MYSD_MAX_ARGS);
		if (a->kind == MYSD_K_FCNTL_ARG || a->kind == MYSD_K_FCNTL64_ARG)
			p.memo_nocap = i + 1;
	}
	if (weight < 3)		/* the lookup would cost what it saves */
		p.memo = p.memo_key = p.memo_cap = p.memo_nocap = 0;
	return p;
}

void mysd_table_derive(struct mysd_abi_table *t)
{
	u32 nr;

	/* each line's name is copied with its length known: no strlen() */
	for (nr = 0; t->name_len && nr < t->nnames; nr++) {
		size_t len = t->names[nr] ? strlen(t->names[nr]) : 0;

		t->name_len[nr] = len <= 0xff ? len : 0;	/* u8 */
	}

	for (nr = 0; nr < t->nsc; nr++) {
		const struct mysd_syscall *sc = &t->sc[nr];
		unsigned int i, n = 0;

		for (i = 0; i < MYSD_MAX_ARGS && sc->decoded; i++) {
			if (sc->args[i].kind == MYSD_K_NONE)
				break;
			if (n < MYSD_MAX_CAPS &&
			    mysd_arg_capture(sc->args, i, t->compat,
					     &t->caps[nr][n]))
				n++;
		}
		t->ncaps[nr] = n;
		t->plan[nr] = mysd_print_plan_of(sc);
	}
}

void mysd_table_init(void)
{
	mysd_table_derive(&mysd_native_abi);
#ifdef MYSD_HAVE_COMPAT
	mysd_table_derive(&mysd_compat_abi);
#endif
}

struct mysd_caps mysd_syscall_caps(bool compat, u32 nr)
{
	const struct mysd_abi_table *t = mysd_abi(compat);

	if (unlikely(!t || nr >= t->nsc))
		return (struct mysd_caps){ NULL, 0 };
	return (struct mysd_caps){ t->caps[nr], t->ncaps[nr] };
}

const struct mysd_private_sc *mysd_private_find(const struct mysd_abi_table *t,
						u32 nr)
{
	u32 i;

	if (!t->priv || nr < t->priv_base)
		return NULL;
	for (i = 0; i < t->npriv; i++)
		if (t->priv[i].off == nr - t->priv_base)
			return &t->priv[i];
	return NULL;
}

const char *mysd_syscall_name(bool compat, u32 nr)
{
	const struct mysd_abi_table *t = mysd_abi(compat);
	const struct mysd_private_sc *p;

	if (!t)
		return NULL;
	if (nr < t->nnames)
		return t->names[nr];
	p = mysd_private_find(t, nr);
	return p ? p->name : NULL;
}

const struct mysd_syscall *mysd_syscall_desc(bool compat, u32 nr)
{
	const struct mysd_abi_table *t = mysd_abi(compat);
	const struct mysd_private_sc *p;
	const struct mysd_syscall *sc;

	if (!t)
		return NULL;
	if (nr < t->nsc) {
		sc = &t->sc[nr];
	} else {
		p = mysd_private_find(t, nr);
		sc = p ? &p->sc : NULL;
	}
	return sc && sc->decoded ? sc : NULL;
}

/* mysd_syscall_lookup() past the native table: compat, private, unknown. */
struct mysd_row mysd_syscall_lookup_slow(bool compat, u32 nr,
					 const char **name)
{
	const struct mysd_abi_table *t = mysd_abi(compat);
	const struct mysd_syscall *sc = mysd_syscall_desc(compat, nr);

	*name = mysd_syscall_name(compat, nr);
	/* private rows (ARM's set_tls...) are rare: made here */
	return (struct mysd_row){
		sc, t && nr < t->nsc ? t->plan[nr] : mysd_print_plan_of(sc)
	};
}
