// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm64_compat.c - which of a 32-bit task's two sigreturns it called.
 *
 * Both end with the syscall number forgotten (arch/arm64.h), so sys_exit
 * cannot tell sigreturn (a handler without SA_SIGINFO) from rt_sigreturn.
 * A kprobe on the compat sigreturn marks its task on this CPU; the exit
 * probe takes the mark (mysd_arch_compat_sigreturn()). No kprobe (no
 * CONFIG_KPROBES, the symbol renamed): both are named rt_sigreturn, as
 * before, and dmesg says so.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/kprobes.h>
#include <linux/percpu.h>
#include <linux/printk.h>
#include <linux/sched.h>
#include "arm64.h"

DEFINE_PER_CPU(struct mysd_sigreturn_mark, mysd_sigreturn_marks);

/* A compat task enters sigreturn: mark it (irqs off, this CPU). */
static int mysd_mark_sigreturn(struct kprobe *p, struct pt_regs *regs)
{
	struct mysd_sigreturn_mark *m = this_cpu_ptr(&mysd_sigreturn_marks);

	m->task = current;
	m->start_time = current->start_time;
	m->switches = current->nvcsw + current->nivcsw;
	return 0;
}

static struct kprobe mysd_sigreturn_kp = {
	.symbol_name = "__arm64_compat_sys_sigreturn",
	.pre_handler = mysd_mark_sigreturn,
};
static bool mysd_sigreturn_kp_on;

void mysd_arch_start(void)
{
	int err = register_kprobe(&mysd_sigreturn_kp);

	if (err) {
		pr_info("32-bit sigreturn is recorded as rt_sigreturn: no kprobe on %s (%d)\n",
			mysd_sigreturn_kp.symbol_name, err);
		return;
	}
	mysd_sigreturn_kp_on = true;
}

void mysd_arch_stop(void)
{
	if (mysd_sigreturn_kp_on)
		unregister_kprobe(&mysd_sigreturn_kp);
	mysd_sigreturn_kp_on = false;
}
