/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/generic.h - fallback for architectures without a file of their
 * own: native syscalls only; 32-bit compat tasks are recorded with their
 * raw numbers and names from the native table.
 */
#ifndef MYSD_ARCH_GENERIC_H
#define MYSD_ARCH_GENERIC_H

#include <linux/timekeeping.h>
#include <asm/syscall.h>

static inline bool mysd_arch_compat(void)
{
	return false;
}

/* x86 also forgets the number in sigreturn (regs->orig_ax = -1). */
static inline bool mysd_arch_is_sigreturn(int nr)
{
	return nr == -1;
}

/* Nothing to start: a forgotten number is always rt_sigreturn here. */
static inline void mysd_arch_start(void) { }
static inline void mysd_arch_stop(void) { }
static inline bool mysd_arch_compat_sigreturn(void)
{
	return false;
}

/*
 * Whether a new task's first return to user space, the child's side of
 * clone/fork, misses syscall exit: on 32-bit ARM it does (ret_from_fork
 * goes to ret_slow_syscall; the guest suite checks one line per child).
 * Where the generic entry code returns through
 * syscall_exit_to_user_mode() (x86), sys_exit reports it.
 */
static inline bool mysd_arch_fork_child_untraced(void)
{
	return IS_ENABLED(CONFIG_ARM);
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
