/* SPDX-License-Identifier: GPL-2.0 */
/*
 * call_set.h - a set of syscalls named as the record names them, for the
 * syscalls= parameter ("openat,execve", or "!epoll_pwait,epoll_ctl" for
 * all but those, as strace's -e trace= takes them).
 *
 * A name selects every number the record prints under it: the native one
 * and, on an arm64 kernel, the 32-bit tasks' one. strace's classes (%file,
 * %desc, %net, %process, %signal, %memory, %creds, %clock, %ipc, %pure and
 * the %stat family) select groups of calls. The probe asks
 * mysd_call_set_has(), a bit test.
 */
#ifndef MYSD_CALL_SET_H
#define MYSD_CALL_SET_H

#include "../portable.h"

/* Numbers below this are bits; every name table must fit (table.c). */
#define MYSD_CALL_BITS		1024
/* ARM's private calls (set_tls...): offsets from the ABI's private base. */
#define MYSD_CALL_PRIV_BITS	32

struct mysd_call_set {
	u64 bits[2][MYSD_CALL_BITS / 64];	/* [compat][nr] */
	u32 priv[2];				/* [compat], bit = offset */
	bool others;	/* numbers without a name: in the set ("!..." lists) */
};

/*
 * Fill @set from @list, a comma list of names, all selected or, after a
 * leading '!', all but them. @list is modified (split). On error returns
 * -EINVAL and points *@bad at the offending name ("" for an empty one).
 */
int mysd_call_set_parse(struct mysd_call_set *set, char *list,
			const char **bad);

bool mysd_call_set_has_slow(const struct mysd_call_set *set, bool compat,
			    u32 nr);

/* Whether syscall @nr of the native (compat=false) or 32-bit ABI is in. */
static inline bool mysd_call_set_has(const struct mysd_call_set *set,
				     bool compat, u32 nr)
{
	if (likely(nr < MYSD_CALL_BITS))
		return (set->bits[compat][nr / 64] >> (nr % 64)) & 1;
	return mysd_call_set_has_slow(set, compat, nr);
}

#endif /* MYSD_CALL_SET_H */
