/* SPDX-License-Identifier: GPL-2.0 */
/*
 * cost.h - optional self-timing of the module's own work, for the overhead
 * work (scripts/qemu/cost.sh, bench/findings.md). Built with
 * `make COST=1`; otherwise every hook below compiles to nothing.
 *
 * Each recorded syscall's probe (filter to commit) and its user-memory
 * captures, each line's formatting, each write to the record and each
 * round of the writer are timed
 * with the arch's cycle counter (mysd_arch_cycles()) and summed per
 * syscall; /proc/my_sysdig/cost shows the averages. Under QEMU's
 * -icount shift=4 the arm64 counter (62.5 MHz) ticks once per guest
 * instruction: the figures are instruction counts.
 */
#ifndef MYSD_COST_H
#define MYSD_COST_H

#include <linux/irqflags.h>
#include <linux/proc_fs.h>
#include <linux/types.h>

#ifdef MYSD_COST
/*
 * Interrupts off around a timed piece of work: an interrupt landing in it
 * would add thousands of instructions to one event's figure at random.
 */
#define mysd_cost_quiet_begin(irqs)	local_irq_save(irqs)
#define mysd_cost_quiet_end(irqs)	local_irq_restore(irqs)
u64 mysd_cost_now(void);
/* The probe's captures, begun at @since, are done (preemption off). */
void mysd_cost_caps_done(u64 since);
/* The probe of syscall @nr (its ABI: @compat), begun at @since, is done. */
void mysd_cost_probe_done(bool compat, u32 nr, u64 since);
/* A line of syscall @nr, begun at @since, is made. */
void mysd_cost_line_done(bool compat, u32 nr, u64 since);
/* A write of @bytes to the record, begun at @since, is done. */
void mysd_cost_write_done(u64 since, size_t bytes);
/* A round of the writer (merge, lines, writes), begun at @since, is done. */
void mysd_cost_round_done(u64 since);
int mysd_cost_proc_init(struct proc_dir_entry *dir);
#else
#define mysd_cost_quiet_begin(irqs)	((void)(irqs))
#define mysd_cost_quiet_end(irqs)	((void)(irqs))
static inline u64 mysd_cost_now(void)
{
	return 0;
}

static inline void mysd_cost_caps_done(u64 since)
{
}

/* A macro: the syscall's ABI and number are not even read. */
#define mysd_cost_probe_done(compat, nr, since) ((void)(since))

static inline void mysd_cost_line_done(bool compat, u32 nr, u64 since)
{
}

static inline void mysd_cost_write_done(u64 since, size_t bytes)
{
}

static inline void mysd_cost_round_done(u64 since)
{
}

static inline int mysd_cost_proc_init(struct proc_dir_entry *dir)
{
	return 0;
}
#endif

#endif /* MYSD_COST_H */
