// SPDX-License-Identifier: GPL-2.0
/*
 * cost.c - /proc/my_sysdig/cost: where the module's own time goes, per
 * syscall (make COST=1 only; see cost.h).
 *
 * Sums are global atomics, added after each timed step ends, so their
 * own cost is not in the figures (it is in the guest's total). The
 * captures' time is kept aside until the probe's own ends.
 */
#include <linux/atomic.h>
#include <linux/math64.h>
#include <linux/percpu.h>
#include <linux/seq_file.h>

#include "../syscalls/arch.h"
#include "../syscalls/table.h"
#include "cost.h"

#define MYSD_COST_NRS 512	/* syscall numbers timed, per ABI */

enum mysd_cost_step {
	MYSD_COST_PROBE,	/* mysd_probe_sys_exit(), whole */
	MYSD_COST_CAPS,		/* its user-memory captures */
	MYSD_COST_FORMAT,	/* the line, in the writer */
	MYSD_COST_STEPS
};

struct mysd_cost_sum {
	atomic64_t count, ticks;
};

static struct mysd_cost_sum mysd_costs[MYSD_COST_STEPS][2][MYSD_COST_NRS];
static struct mysd_cost_sum mysd_cost_writes, mysd_cost_rounds;
static atomic64_t mysd_cost_write_bytes;
static DEFINE_PER_CPU(u64, mysd_cost_caps_ticks);

u64 mysd_cost_now(void)
{
	return mysd_arch_cycles();
}

static void mysd_cost_sum_add(struct mysd_cost_sum *s, u64 ticks)
{
	atomic64_inc(&s->count);
	atomic64_add(ticks, &s->ticks);
}

static void mysd_cost_add(enum mysd_cost_step step, bool compat, u32 nr,
			  u64 ticks)
{
	if (nr < MYSD_COST_NRS)
		mysd_cost_sum_add(&mysd_costs[step][compat][nr], ticks);
}

void mysd_cost_caps_done(u64 since)
{
	__this_cpu_write(mysd_cost_caps_ticks, mysd_arch_cycles() - since);
}

void mysd_cost_probe_done(bool compat, u32 nr, u64 since)
{
	u64 ticks = mysd_arch_cycles() - since;

	mysd_cost_add(MYSD_COST_PROBE, compat, nr, ticks);
	mysd_cost_add(MYSD_COST_CAPS, compat, nr,
		      this_cpu_xchg(mysd_cost_caps_ticks, 0));
}

void mysd_cost_line_done(bool compat, u32 nr, u64 since)
{
	mysd_cost_add(MYSD_COST_FORMAT, compat, nr, mysd_arch_cycles() - since);
}

void mysd_cost_write_done(u64 since, size_t bytes)
{
	mysd_cost_sum_add(&mysd_cost_writes, mysd_arch_cycles() - since);
	atomic64_add(bytes, &mysd_cost_write_bytes);
}

void mysd_cost_round_done(u64 since)
{
	mysd_cost_sum_add(&mysd_cost_rounds, mysd_arch_cycles() - since);
}

/* @sum / @n, 0 for none (64-bit division: 32-bit kernels need div64). */
static u64 mysd_cost_div(u64 sum, u64 n)
{
	return n ? div64_u64(sum, n) : 0;
}

static u64 mysd_cost_avg(const struct mysd_cost_sum *s, u64 per)
{
	return mysd_cost_div(atomic64_read(&s->ticks), per);
}

static int mysd_cost_show(struct seq_file *m, void *v)
{
	u64 all[MYSD_COST_STEPS] = {}, events = 0, writes, rounds, lines = 0;
	unsigned int abi, nr, step;

	seq_printf(m, "# ticks_per_sec %llu (averages in ticks of mysd_arch_cycles())\n",
		   mysd_arch_cycles_per_sec());
	seq_puts(m, "# syscall abi count probe captures format\n");
	for (abi = 0; abi < 2; abi++) {
		for (nr = 0; nr < MYSD_COST_NRS; nr++) {
			struct mysd_cost_sum *probe = &mysd_costs[MYSD_COST_PROBE][abi][nr];
			struct mysd_cost_sum *caps = &mysd_costs[MYSD_COST_CAPS][abi][nr];
			struct mysd_cost_sum *fmt = &mysd_costs[MYSD_COST_FORMAT][abi][nr];
			u64 n = atomic64_read(&probe->count);
			u64 nlines = atomic64_read(&fmt->count);
			const char *name;

			for (step = 0; step < MYSD_COST_STEPS; step++)
				all[step] += atomic64_read(&mysd_costs[step][abi][nr].ticks);
			lines += nlines;
			if (!n)
				continue;
			events += n;
			name = mysd_syscall_name(abi, nr);
			if (name)
				seq_puts(m, name);
			else
				seq_printf(m, "syscall_%u", nr);
			seq_printf(m, " %s %llu %llu %llu %llu\n",
				   abi ? "compat" : "native", n,
				   mysd_cost_avg(probe, n), mysd_cost_avg(caps, n),
				   mysd_cost_avg(fmt, nlines));
		}
	}
	seq_printf(m, "all - %llu %llu %llu %llu\n", events,
		   mysd_cost_div(all[MYSD_COST_PROBE], events),
		   mysd_cost_div(all[MYSD_COST_CAPS], events),
		   mysd_cost_div(all[MYSD_COST_FORMAT], lines));
	writes = atomic64_read(&mysd_cost_writes.count);
	seq_puts(m, "# writes count ticks_per_write bytes_per_write ticks_per_line\n");
	seq_printf(m, "writes %llu %llu %llu %llu\n", writes,
		   mysd_cost_avg(&mysd_cost_writes, writes),
		   mysd_cost_div(atomic64_read(&mysd_cost_write_bytes), writes),
		   mysd_cost_avg(&mysd_cost_writes, lines));
	rounds = atomic64_read(&mysd_cost_rounds.count);
	seq_puts(m, "# rounds count ticks_per_round ticks_per_line\n");
	seq_printf(m, "rounds %llu %llu %llu\n", rounds,
		   mysd_cost_avg(&mysd_cost_rounds, rounds),
		   mysd_cost_avg(&mysd_cost_rounds, lines));
	return 0;
}

int mysd_cost_proc_init(struct proc_dir_entry *dir)
{
	return proc_create_single("cost", 0444, dir, mysd_cost_show) ? 0 : -ENOMEM;
}
