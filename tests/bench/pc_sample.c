// SPDX-License-Identifier: GPL-2.0
/*
 * pc_sample.c - a sampling profiler for the benchmark guest
 * (scripts/qemu/profile.sh). A pinned hrtimer per CPU records the
 * interrupted kernel PC every period_us of guest time; under QEMU's -icount
 * guest time is instructions, so the histogram says where they go. Reading
 * /proc/pc_sample stops sampling and lists "count symbol+offset/size" lines
 * (and "count [user]"). Not for production: it is a development tool.
 *
 * QEMU delivers the timer at a translation block's end, so counts lean
 * towards instructions that end one (branches, counter reads): read them
 * per function, not per instruction.
 */
#include <linux/hrtimer.h>
#include <linux/module.h>
#include <linux/percpu.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/smp.h>
#include <linux/vmalloc.h>
#include <asm/irq_regs.h>

static unsigned int period_us = 200;
module_param(period_us, uint, 0444);
MODULE_PARM_DESC(period_us, "Sampling period in microseconds of guest time");

#define PCS_SLOTS 65536		/* distinct PCs per CPU (open addressing) */

struct pcs_cpu {
	struct hrtimer timer;
	unsigned long *pc;
	unsigned long *count;
	unsigned long user, lost;
};

static DEFINE_PER_CPU(struct pcs_cpu, pcs_cpu);
static bool pcs_running;

static void pcs_add(struct pcs_cpu *c, unsigned long pc)
{
	unsigned long i, slot, hash = (pc >> 2) * 2654435761UL;

	for (i = 0; i < PCS_SLOTS; i++) {
		slot = (hash + i) & (PCS_SLOTS - 1);
		if (c->pc[slot] == pc) {
			c->count[slot]++;
			return;
		}
		if (!c->pc[slot]) {
			c->pc[slot] = pc;
			c->count[slot] = 1;
			return;
		}
	}
	c->lost++;
}

static enum hrtimer_restart pcs_tick(struct hrtimer *t)
{
	struct pcs_cpu *c = this_cpu_ptr(&pcs_cpu);
	struct pt_regs *regs = get_irq_regs();

	if (!READ_ONCE(pcs_running))
		return HRTIMER_NORESTART;
	hrtimer_forward_now(t, ns_to_ktime(period_us * NSEC_PER_USEC));
	if (regs && user_mode(regs))
		c->user++;
	else if (regs)
		pcs_add(c, instruction_pointer(regs));
	return HRTIMER_RESTART;
}

static void pcs_start_this_cpu(void *unused)
{
	struct pcs_cpu *c = this_cpu_ptr(&pcs_cpu);

	hrtimer_init(&c->timer, CLOCK_MONOTONIC, HRTIMER_MODE_REL_PINNED);
	c->timer.function = pcs_tick;
	hrtimer_start(&c->timer, ns_to_ktime(period_us * NSEC_PER_USEC),
		      HRTIMER_MODE_REL_PINNED);
}

static int pcs_show(struct seq_file *m, void *v)
{
	unsigned long user = 0, lost = 0, slot;
	int cpu;

	WRITE_ONCE(pcs_running, false);	/* profile the workload, not this */
	for_each_online_cpu(cpu) {
		struct pcs_cpu *c = per_cpu_ptr(&pcs_cpu, cpu);

		user += c->user;
		lost += c->lost;
		for (slot = 0; slot < PCS_SLOTS; slot++)
			if (c->pc[slot])
				seq_printf(m, "%lu %pS\n", c->count[slot],
					   (void *)c->pc[slot]);
	}
	seq_printf(m, "%lu [user]\n%lu [lost]\n", user, lost);
	return 0;
}

static void pcs_free(void)
{
	int cpu;

	for_each_possible_cpu(cpu) {
		vfree(per_cpu_ptr(&pcs_cpu, cpu)->pc);
		vfree(per_cpu_ptr(&pcs_cpu, cpu)->count);
	}
}

static int __init pcs_init(void)
{
	int cpu;

	if (!period_us)
		return -EINVAL;
	for_each_possible_cpu(cpu) {
		struct pcs_cpu *c = per_cpu_ptr(&pcs_cpu, cpu);

		c->pc = vzalloc(PCS_SLOTS * sizeof(*c->pc));
		c->count = vzalloc(PCS_SLOTS * sizeof(*c->count));
		if (!c->pc || !c->count) {
			pcs_free();
			return -ENOMEM;
		}
	}
	if (!proc_create_single("pc_sample", 0400, NULL, pcs_show)) {
		pcs_free();
		return -ENOMEM;
	}
	WRITE_ONCE(pcs_running, true);
	on_each_cpu(pcs_start_this_cpu, NULL, 1);
	return 0;
}

static void __exit pcs_exit(void)
{
	int cpu;

	WRITE_ONCE(pcs_running, false);
	for_each_online_cpu(cpu)
		hrtimer_cancel(&per_cpu_ptr(&pcs_cpu, cpu)->timer);
	remove_proc_entry("pc_sample", NULL);
	pcs_free();
}

module_init(pcs_init);
module_exit(pcs_exit);
MODULE_DESCRIPTION("PC sampling profiler for the my_sysdig benchmark guest");
MODULE_LICENSE("GPL");
