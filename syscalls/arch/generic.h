/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/generic.h - fallback for architectures without a file of their
 * own (x86 builds; arm64 and 32-bit ARM have theirs): native syscalls
 * only, the monotonic clock, every user read a copy.
 */
#ifndef MYSD_ARCH_GENERIC_H
#define MYSD_ARCH_GENERIC_H

#include <linux/timekeeping.h>

#include "no_compat.h"

/*
 * Where the generic entry code returns through
 * syscall_exit_to_user_mode() (x86), sys_exit reports a new task's first
 * return to user space, the child's side of clone/fork.
 */
static inline bool mysd_arch_fork_child_untraced(void)
{
	return false;
}

/* No short read of user memory of its own: every read is a copy. */
static inline bool mysd_arch_read_user_small(void *dst, const void __user *src,
					     u32 n)
{
	return false;
}
#define MYSD_ARCH_READ_SMALL_MAX 0

/*
 * The events' timestamp: the monotonic clock itself (the writer's
 * conversion is then the identity).
 */
static inline u64 mysd_arch_clock(void)
{
	return ktime_get_mono_fast_ns();
}

static inline u64 mysd_arch_clock_hz(void)
{
	return NSEC_PER_SEC;
}

static inline bool mysd_arch_clock_is_mono(void)
{
	return true;
}

/* make COST=1's self-timing (config/cost.c): the events' clock. */
static inline u64 mysd_arch_cycles(void)
{
	return mysd_arch_clock();
}

static inline u64 mysd_arch_cycles_per_sec(void)
{
	return mysd_arch_clock_hz();
}

#endif /* MYSD_ARCH_GENERIC_H */
