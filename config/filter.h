/* SPDX-License-Identifier: GPL-2.0 */
/*
 * filter.h - which tasks, and which of their syscalls, are recorded.
 *
 * The active filter is an immutable struct published with RCU: the probe
 * (preemption off, so an RCU-sched reader) sees either the old or the new
 * filter, never a half-written one. Writers are the module parameter
 * callbacks, serialised by the kernel's parameter lock.
 */
#ifndef MYSD_FILTER_H
#define MYSD_FILTER_H

#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/string.h>

#include "../syscalls/call_set.h"
#include "follow.h"

#define MYSD_MAX_PIDS 16
/* Longest syscalls= value kept (and read back), its NUL included. */
#define MYSD_CALLS_TEXT 1024

struct mysd_filter {
	unsigned int npids;		/* 0: any process */
	pid_t pids[MYSD_MAX_PIDS];	/* thread group ids */
	char comm[TASK_COMM_LEN];	/* "": any name */
	bool by_call;			/* false: any syscall */
	struct mysd_call_set calls;
	char calls_text[MYSD_CALLS_TEXT];	/* syscalls= as written */
	struct rcu_head rcu;
};

/* NULL when no filter is set: everything is recorded. */
extern struct mysd_filter __rcu *mysd_active_filter;

static inline bool mysd_filter_pid_listed(const struct mysd_filter *f,
					  pid_t tgid)
{
	unsigned int i;

	for (i = 0; i < f->npids; i++)
		if (f->pids[i] == tgid)
			return true;
	return false;
}

/* @task's process is listed in pid=, or below a listed one (follow.h). */
static inline bool mysd_filter_pid_followed(const struct mysd_filter *f,
					    struct task_struct *task)
{
	return mysd_filter_pid_listed(f, task->tgid) ||
	       (READ_ONCE(mysd_follow_forks) &&
		(mysd_follow_marked(task->tgid) ||
		 mysd_follow_ancestor_listed(f, task)));
}

/*
 * The filter in force, loaded once per event (preemption disabled) and
 * passed to both tests below, so that a line is judged by one filter even
 * while a parameter write replaces it.
 */
static inline const struct mysd_filter *mysd_filter_get(void)
{
	return rcu_dereference_sched(mysd_active_filter);
}

/*
 * Tested first thing in every probe.
 * comm is compared like the kernel stores it: at most 15 bytes + NUL.
 */
static inline bool mysd_filter_wants(const struct mysd_filter *f,
				     struct task_struct *task)
{
	if (likely(!f))
		return true;
	if (f->npids && !mysd_filter_pid_followed(f, task))
		return false;
	return !f->comm[0] || !strncmp(f->comm, task->comm, TASK_COMM_LEN);
}

/*
 * Tested once the syscall is known: @nr in the native (compat=false) or
 * the 32-bit tasks' numbering.
 */
static inline bool mysd_filter_wants_call(const struct mysd_filter *f,
					  bool compat, u32 nr)
{
	return likely(!f) || !f->by_call ||
	       mysd_call_set_has(&f->calls, compat, nr);
}

/*
 * The filter parameters' .free: frees the filter and follow_forks' marks
 * once no write or probe can reach them (see filter.c).
 */
void mysd_filter_free(void *arg);

/* From now on (init has run) an empty filter write clears the filter. */
void mysd_filter_set_live(void);

#endif /* MYSD_FILTER_H */
