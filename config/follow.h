/* SPDX-License-Identifier: GPL-2.0 */
/*
 * follow.h - follow_forks=: with pid=, the processes below the listed ones
 * are recorded too, as under strace -f.
 *
 * A process is below when a listed process is among its ancestors (the
 * walk up real_parent), or when it was forked, since follow_forks was set,
 * by a process recorded so: a bit per thread group id, set at fork and
 * cleared when the group's last thread exits. The bit keeps a process
 * reparented to init (a daemon's double fork) followed.
 */
#ifndef MYSD_FOLLOW_H
#define MYSD_FOLLOW_H

#include <linux/bitops.h>
#include <linux/sched.h>
#include <linux/threads.h>

struct mysd_filter;

/* Every pid the kernel can hand out: 512 KiB of bits on 64-bit, 4 on 32. */
#define MYSD_FOLLOW_BITS	PID_MAX_LIMIT

extern bool mysd_follow_forks;
/* Allocated by the first follow_forks=1, freed at unload. */
extern unsigned long *mysd_followed;

bool mysd_follow_ancestor_listed(const struct mysd_filter *f,
				 struct task_struct *task);

/* Whether @tgid was forked by a followed process (any context). */
static inline bool mysd_follow_marked(pid_t tgid)
{
	unsigned long *map = READ_ONCE(mysd_followed);

	return map && (u32)tgid < MYSD_FOLLOW_BITS && test_bit(tgid, map);
}

/* sched_process_fork and sched_process_exit, preemption disabled. */
void mysd_follow_on_fork(struct task_struct *parent, struct task_struct *child);
void mysd_follow_on_exit(struct task_struct *task);

/* Init's last step, the probes in: mark who is below now (sleeps). */
void mysd_follow_start(void);
/*
 * pid= changed: mark who is below the list now and, when a pid left it
 * (@dropped), forget who was marked below the old one first. Sleeps.
 */
void mysd_follow_pids_changed(bool dropped);
void mysd_follow_free(void);

#endif /* MYSD_FOLLOW_H */
