/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/no_compat.h - for an arch file whose kernel runs one syscall ABI:
 * 32-bit tasks, if any, are recorded with their raw numbers and names
 * from the native table.
 */
#ifndef MYSD_ARCH_NO_COMPAT_H
#define MYSD_ARCH_NO_COMPAT_H

#include <asm/syscall.h>

static inline bool mysd_arch_compat(void)
{
	return false;
}

/*
 * A number forgotten at sigreturn reads -1 (x86: regs->orig_ax = -1);
 * 32-bit ARM keeps it, and its sigreturn lines have their own names.
 */
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

#endif /* MYSD_ARCH_NO_COMPAT_H */
