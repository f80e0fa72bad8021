/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/arm64.h - what the probe needs to know about arm64 and its
 * 32-bit (AArch32, "compat") tasks. Only capture.c includes it.
 */
#ifndef MYSD_ARCH_ARM64_H
#define MYSD_ARCH_ARM64_H

#include <linux/compat.h>
#include <asm/syscall.h>

static inline bool mysd_arch_compat(void)
{
	return IS_ENABLED(CONFIG_COMPAT) && is_compat_task();
}

/*
 * arm64 sigreturn restores the interrupted registers and forgets the
 * syscall number (restore_sigframe -> forget_syscall), so the exit probe
 * sees NO_SYSCALL: that exit is rt_sigreturn (or compat sigreturn).
 */
static inline bool mysd_arch_is_sigreturn(int nr)
{
	return nr == NO_SYSCALL;
}

#endif /* MYSD_ARCH_ARM64_H */
