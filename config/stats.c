// SPDX-License-Identifier: GPL-2.0
/*
 * stats.c - /proc/my_sysdig/stats: what the module saw, kept and lost.
 */
#include <linux/proc_fs.h>
#include <linux/seq_file.h>

#include "../buffer/rings.h"
#include "cost.h"
#include "stats.h"

DEFINE_PER_CPU(struct mysd_cpu_stats, mysd_cpu_stats);

static struct proc_dir_entry *mysd_proc_dir;

static int mysd_stats_show(struct seq_file *m, void *v)
{
	struct mysd_ring *const *rings;
	struct mysd_cpu_stats sum = {};
	u64 recorded = 0, dropped = 0;
	unsigned int nr, i;
	int cpu;

	for_each_possible_cpu(cpu) {
		const struct mysd_cpu_stats *st = per_cpu_ptr(&mysd_cpu_stats, cpu);

		sum.seen += READ_ONCE(st->seen);
		sum.filtered += READ_ONCE(st->filtered);
		sum.faults += READ_ONCE(st->faults);
	}
	rings = mysd_rings_all(&nr);
	for (i = 0; i < nr; i++) {
		if (!rings[i])
			continue;
		recorded += mysd_ring_committed(rings[i]);
		dropped += mysd_ring_lost(rings[i]);
	}
	seq_printf(m, "events_seen %llu\n", sum.seen);
	seq_printf(m, "filtered_out %llu\n", sum.filtered);
	seq_printf(m, "recorded %llu\n", recorded);
	seq_printf(m, "dropped %llu\n", dropped);
	seq_printf(m, "user_faults %llu\n", sum.faults);
	seq_printf(m, "lines_written %llu\n", READ_ONCE(mysd_writer_stats.lines));
	seq_printf(m, "lost_notices %llu\n", READ_ONCE(mysd_writer_stats.lost_lines));
	seq_printf(m, "bytes_written %llu\n", READ_ONCE(mysd_writer_stats.bytes));
	seq_printf(m, "write_errors %llu\n",
		   READ_ONCE(mysd_writer_stats.write_errors));
	seq_printf(m, "unwritten_lines %llu\n",
		   READ_ONCE(mysd_writer_stats.unwritten_lines));
	seq_printf(m, "record_reopens %llu\n",
		   READ_ONCE(mysd_writer_stats.reopens));
	seq_printf(m, "record_rotations %llu\n",
		   READ_ONCE(mysd_writer_stats.rotations));
	seq_printf(m, "buffer_bytes %zu\n", mysd_rings_bytes());
	return 0;
}

int mysd_stats_init(void)
{
	mysd_proc_dir = proc_mkdir(KBUILD_MODNAME, NULL);
	if (!mysd_proc_dir)
		return -ENOMEM;
	if (!proc_create_single("stats", 0444, mysd_proc_dir, mysd_stats_show) ||
	    mysd_cost_proc_init(mysd_proc_dir)) {
		proc_remove(mysd_proc_dir);
		return -ENOMEM;
	}
	return 0;
}

void mysd_stats_exit(void)
{
	proc_remove(mysd_proc_dir);
}
