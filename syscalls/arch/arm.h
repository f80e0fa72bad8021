/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/arm.h - what the probe needs to know about 32-bit ARM, and its
 * clock.
 */
#ifndef MYSD_ARCH_ARM_H
#define MYSD_ARCH_ARM_H

#include <linux/timekeeping.h>
#include <asm/arch_timer.h>

#include "no_compat.h"

/*
 * A new task's first return to user space, the child's side of
 * clone/fork, misses syscall exit (ret_from_fork goes to
 * ret_slow_syscall): its line is made at sched_process_fork.
 */
static inline bool mysd_arch_fork_child_untraced(void)
{
	return true;
}

/*
 * No short read of user memory of its own: every read is a copy. Word
 * loads by get_user() (each with its domain switch) measured no cheaper
 * for the 4 to 16 bytes of an epoll_event or a sockaddr (cost.sh: the
 * probe 552 -> 565 instructions an event).
 */
static inline bool mysd_arch_read_user_small(void *dst, const void __user *src,
					     u32 n)
{
	return false;
}
#define MYSD_ARCH_READ_SMALL_MAX 0

/*
 * Whether the kernel set up the architected counter (Cortex-A7, A15 and
 * later; a Cortex-A9 has none, and reading it would fault): its event
 * stream's hwcap is set then, on every CPU brought up, and never cleared.
 * A kernel without the event stream gets the monotonic clock instead.
 */
#ifdef CONFIG_ARM_ARCH_TIMER
static inline bool mysd_arch_has_counter(void)
{
	return arch_timer_have_evtstrm_feature();
}

static inline u64 mysd_arch_counter_hz(void)
{
	return arch_timer_get_cntfrq();
}
#else
static inline bool mysd_arch_has_counter(void)
{
	return false;
}

static inline u64 mysd_arch_counter_hz(void)
{
	return 0;
}
#endif

/*
 * The events' timestamp: as on arm64, the architected counter through the
 * kernel's reader (a load, an indirect call, an isb and an mrrc) where
 * there is one; the writer converts it to the monotonic clock
 * (buffer/tsconv.h). ktime_get_mono_fast_ns() costs more on 32 bits: its
 * 64-bit scaling is several multiplies.
 */
static inline u64 mysd_arch_clock(void)
{
	if (likely(mysd_arch_has_counter()))
		return arch_timer_read_counter();
	return ktime_get_mono_fast_ns();
}

static inline bool mysd_arch_clock_is_mono(void)
{
	return !mysd_arch_has_counter();
}

/* The nominal rate: CNTFRQ, which the writer checks (buffer/writer.c). */
static inline u64 mysd_arch_clock_hz(void)
{
	return mysd_arch_clock_is_mono() ? NSEC_PER_SEC :
					   mysd_arch_counter_hz();
}

/*
 * make COST=1's self-timing (config/cost.c): the events' clock, so under
 * QEMU -icount shift=4 its 62.5 MHz ticks once per guest instruction.
 */
static inline u64 mysd_arch_cycles(void)
{
	return mysd_arch_clock();
}

static inline u64 mysd_arch_cycles_per_sec(void)
{
	return mysd_arch_clock_hz();
}

#endif /* MYSD_ARCH_ARM_H */
