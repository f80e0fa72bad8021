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
#include "../../config/filter.h"
#include "arm64.h"

/*
 * The last compat sigreturn entered on a CPU: its task, told from a later
 * one at the same address by its start time.
 */
struct mysd_sigreturn_mark {
	struct task_struct *task;
	u64 start_time;
};

static DEFINE_PER_CPU(struct mysd_sigreturn_mark, mysd_sigreturn_marks);

/*
 * A compat task enters sigreturn: mark it on this CPU (irqs off). Only a
 * task the filter wants: the exit probe of another never takes the mark.
 */
static int mysd_mark_sigreturn(struct kprobe *p, struct pt_regs *regs)
{
	struct mysd_sigreturn_mark *m = this_cpu_ptr(&mysd_sigreturn_marks);

	if (!mysd_filter_wants(mysd_filter_get(), current))
		return 0;
	WRITE_ONCE(m->task, NULL);	/* no half-written mark matches */
	m->start_time = current->start_time;
	WRITE_ONCE(m->task, current);
	return 0;
}

/*
 * The task may have slept, been preempted or moved to another CPU inside
 * the call, so its mark is looked for on every CPU. Every forgotten
 * number's exit takes all of the task's marks, so a mark found was made
 * by this call: sigreturn. Only this task writes a mark naming it, and it
 * is here, so a mark read naming it is whole. (A sigreturn refused for a
 * misaligned or unreadable frame keeps its number and leaves its mark: a
 * SIGSEGV handler's rt_sigreturn would then be named sigreturn.)
 */
bool mysd_arch_compat_sigreturn(void)
{
	struct task_struct *t = current;
	struct mysd_sigreturn_mark *m;
	bool found = false;
	int cpu;

	for_each_possible_cpu(cpu) {
		m = per_cpu_ptr(&mysd_sigreturn_marks, cpu);
		if (READ_ONCE(m->task) != t || m->start_time != t->start_time)
			continue;
		/* that CPU may be marking another task meanwhile: leave it */
		cmpxchg(&m->task, t, NULL);
		found = true;
	}
	return found;
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
