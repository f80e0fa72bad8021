/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/arm64.h - what the probe needs to know about arm64 and its
 * 32-bit (AArch32, "compat") tasks, and its cycle counter.
 */
#ifndef MYSD_ARCH_ARM64_H
#define MYSD_ARCH_ARM64_H

#include <linux/compat.h>
#include <linux/uaccess.h>
#include <asm/arch_timer.h>
#include <linux/sched.h>
#include <asm/syscall.h>

static inline bool mysd_arch_compat(void)
{
	return IS_ENABLED(CONFIG_COMPAT) && is_compat_task();
}

/*
 * arm64 sigreturn restores the interrupted registers and forgets the
 * syscall number (restore_sigframe -> forget_syscall), so the exit probe
 * sees NO_SYSCALL: that exit is rt_sigreturn, or a compat task's
 * sigreturn (told apart by mysd_arch_compat_sigreturn()).
 */
static inline bool mysd_arch_is_sigreturn(int nr)
{
	return nr == NO_SYSCALL;
}

#ifdef CONFIG_COMPAT
void mysd_arch_start(void);
void mysd_arch_stop(void);
/*
 * At a forgotten number's exit of a compat task (preemption off): true
 * when it was sigreturn, not rt_sigreturn. Takes the task's marks.
 */
bool mysd_arch_compat_sigreturn(void);
#else
static inline void mysd_arch_start(void) { }
static inline void mysd_arch_stop(void) { }
static inline bool mysd_arch_compat_sigreturn(void)
{
	return false;
}
#endif

/*
 * A new task's first return to user space, the child's side of
 * clone/fork, does not pass syscall exit (ret_from_fork goes straight to
 * ret_to_user): its line is made at sched_process_fork.
 */
static inline bool mysd_arch_fork_child_untraced(void)
{
	return true;
}

/*
 * 4 to 16 bytes of user memory, page faults disabled by the caller: two
 * unprivileged loads that may overlap (an epoll_event, a sockaddr_in, a
 * length), a few instructions where the copy routine's call, alignment
 * and size steps are ~100. All or nothing: false on a fault.
 */
static __always_inline bool mysd_arch_read_user_small(void *dst,
						      const void __user *src,
						      u32 n)
{
	if (n >= 8) {
		u64 a, b;

		if (__get_user(a, (const u64 __user *)src) ||
		    __get_user(b, (const u64 __user *)(src + n - 8)))
			return false;
		memcpy(dst, &a, 8);
		memcpy(dst + n - 8, &b, 8);
	} else {
		u32 a, b;

		if (__get_user(a, (const u32 __user *)src) ||
		    __get_user(b, (const u32 __user *)(src + n - 4)))
			return false;
		memcpy(dst, &a, 4);
		memcpy(dst + n - 4, &b, 4);
	}
	return true;
}
#define MYSD_ARCH_READ_SMALL_MAX 16

/*
 * The events' timestamp: the architected counter, the kernel's own
 * clocksource, read through the kernel's reader (it carries the errata
 * workarounds): an indirect call, an isb and a register read. The writer
 * converts it to the monotonic clock (buffer/tsconv.h).
 */
static __always_inline u64 mysd_arch_clock(void)
{
	return arch_timer_read_counter();
}

static inline u64 mysd_arch_clock_hz(void)
{
	return arch_timer_get_cntfrq();
}

static inline bool mysd_arch_clock_is_mono(void)
{
	return false;
}

/*
 * The virtual counter, for make COST=1's self-timing (config/cost.c): an
 * isb and one register read. Under QEMU -icount shift=4 its 62.5 MHz
 * ticks once per guest instruction.
 */
static __always_inline u64 mysd_arch_cycles(void)
{
	return __arch_counter_get_cntvct();
}

/* The same counter frequency (CNTFRQ) as the events' clock. */
static inline u64 mysd_arch_cycles_per_sec(void)
{
	return mysd_arch_clock_hz();
}

#endif /* MYSD_ARCH_ARM64_H */
