/* SPDX-License-Identifier: GPL-2.0 */
/*
 * stats.h - counters shown in /proc/my_sysdig/stats.
 *
 * Probe-side counters are per CPU and only touched by their own CPU with
 * preemption off, never from an interrupt, so the probe bumps them with the
 * plain __this_cpu_inc(); writer-side counters belong to the writer thread,
 * which updates them with WRITE_ONCE().
 * Readers sum them without locks: a value may be a few events stale.
 */
#ifndef MYSD_STATS_H
#define MYSD_STATS_H

#include <linux/compiler.h>
#include <linux/percpu.h>
#include <linux/types.h>

struct mysd_cpu_stats {
	u64 seen;		/* probe calls: syscall and task exits, forks (ARM) */
	u64 filtered;		/* rejected by pid=, proc_name= or syscalls= */
	u64 faults;		/* user memory that could not be read */
};

DECLARE_PER_CPU(struct mysd_cpu_stats, mysd_cpu_stats);

struct mysd_writer_stats {
	u64 lines;		/* event lines written to the record */
	u64 lost_lines;		/* "lost" notices written */
	u64 bytes;		/* bytes written to the record */
	u64 write_errors;	/* failed or short writes */
	u64 unwritten_lines;	/* lines they kept out of the record */
	u64 reopens;		/* new record files after a move or removal */
	u64 rotations;		/* record files renamed <path>.1 at rotate_kb */
};

extern struct mysd_writer_stats mysd_writer_stats;

/* The writer thread's update: it alone writes, /proc reads at any time. */
static inline void mysd_writer_stat_add(u64 *counter, u64 n)
{
	WRITE_ONCE(*counter, *counter + n);
}

/* Recorded and dropped come from the rings themselves. */
int mysd_stats_init(void);
void mysd_stats_exit(void);

#endif /* MYSD_STATS_H */
