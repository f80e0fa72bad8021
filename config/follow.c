// SPDX-License-Identifier: GPL-2.0
/*
 * follow.c - follow_forks=: which processes are below those pid= lists
 * (see follow.h).
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/moduleparam.h>
#include <linux/rcupdate.h>
#include <linux/sched/signal.h>
#include <linux/vmalloc.h>

#include "config.h"
#include "filter.h"
#include "follow.h"

bool mysd_follow_forks;
unsigned long *mysd_followed;
/*
 * Set once the exit probe is in, by mysd_follow_start(): a mark made
 * before then could outlive its process unseen, and name whatever
 * process is given its pid next.
 */
static bool mysd_follow_live;

/* Deepest process tree walked: a guard, real trees are a few levels deep. */
#define MYSD_MAX_ANCESTRY 128

/*
 * Whether a process above @task (its parent, the parent's parent... up to
 * init) is listed in pid=. As Yama's task_is_descendant(): real_parent
 * read under RCU, which keeps each task_struct on the way valid.
 */
bool mysd_follow_ancestor_listed(const struct mysd_filter *f,
				 struct task_struct *task)
{
	struct task_struct *t = task;
	unsigned int depth;
	bool found = false;

	rcu_read_lock();
	for (depth = 0; !found && depth < MYSD_MAX_ANCESTRY; depth++) {
		t = rcu_dereference(t->real_parent);
		if (t->pid <= 0)	/* init's parent, the idle task */
			break;
		found = mysd_filter_pid_listed(f, t->tgid);
	}
	rcu_read_unlock();
	return found;
}

/*
 * A new process (not a thread: its process is marked or not already) of a
 * followed parent is marked before it first runs: the tracepoint fires in
 * the parent, before the child is woken.
 */
void mysd_follow_on_fork(struct task_struct *parent, struct task_struct *child)
{
	unsigned long *map = READ_ONCE(mysd_followed);
	const struct mysd_filter *f;

	if (!map || !READ_ONCE(mysd_follow_forks) || child->pid != child->tgid ||
	    (u32)child->tgid >= MYSD_FOLLOW_BITS)
		return;
	f = rcu_dereference_sched(mysd_active_filter);
	if (f && f->npids && mysd_filter_pid_followed(f, parent))
		set_bit(child->tgid, map);
}

/* The group's last thread is leaving: its tgid may be handed out again. */
void mysd_follow_on_exit(struct task_struct *task)
{
	unsigned long *map = READ_ONCE(mysd_followed);

	if (map && (u32)task->tgid < MYSD_FOLLOW_BITS &&
	    !atomic_read(&task->signal->live))
		clear_bit(task->tgid, map);
}

/*
 * Mark the running processes below a listed one, as if followed since
 * their fork: one whose parent exits later (a daemon's double fork) stays
 * followed. The mark is undone if the process finished meanwhile: its
 * exit clears its bit after taking signal->live to 0 (a full barrier), so
 * either that clear comes after this set, or this read sees 0.
 */
static void mysd_follow_mark_running(unsigned long *map)
{
	const struct mysd_filter *f;
	struct task_struct *p;

	rcu_read_lock();
	f = rcu_dereference(mysd_active_filter);
	if (f && f->npids) {
		for_each_process(p) {
			if ((u32)p->tgid >= MYSD_FOLLOW_BITS ||
			    mysd_filter_pid_listed(f, p->tgid) ||
			    !mysd_follow_ancestor_listed(f, p))
				continue;
			set_bit(p->tgid, map);
			smp_mb__after_atomic();	/* pairs with the exit's dec of live */
			if (!atomic_read(&p->signal->live))
				clear_bit(p->tgid, map);
		}
	}
	rcu_read_unlock();
}

/*
 * The marks start afresh: the map is withdrawn while it is cleared, so
 * that no probe reads a mark of the old list, or marks a child from one
 * (a set_bit() racing the clearing could outlive it), then published again
 * and the processes below the list now marked. Meanwhile the processes
 * below are still found by their parents: only one reparented is missed,
 * for that grace period.
 */
static void mysd_follow_restart(void)
{
	unsigned long *map = mysd_followed;

	if (!map || !mysd_follow_live)
		return;
	WRITE_ONCE(mysd_followed, NULL);
	synchronize_rcu();	/* the probes' preemption-off sections */
	bitmap_zero(map, MYSD_FOLLOW_BITS);
	smp_store_release(&mysd_followed, map);	/* exits clear again */
	mysd_follow_mark_running(map);
}

void mysd_follow_pids_changed(bool dropped)
{
	if (dropped)
		mysd_follow_restart();
	else if (mysd_followed && mysd_follow_live)
		mysd_follow_mark_running(mysd_followed);
}

/* follow_forks=1 adds the processes below pid='s: without any, nothing. */
static void mysd_follow_check_pids(void)
{
	const struct mysd_filter *f;
	bool pids;

	rcu_read_lock();
	f = rcu_dereference(mysd_active_filter);
	pids = f && f->npids;
	rcu_read_unlock();
	if (!pids)
		pr_warn("follow_forks=1 without pid= does nothing: it adds the processes below pid='s\n");
}

/*
 * The parameters given to insmod were parsed before init: their marks are
 * made here, once a process's exit clears its own. A write to the
 * parameters may be running: they hold the same lock.
 */
void mysd_follow_start(void)
{
	kernel_param_lock(THIS_MODULE);
	mysd_follow_live = true;
	if (mysd_followed && mysd_follow_forks) {
		mysd_follow_check_pids();
		mysd_follow_mark_running(mysd_followed);
	}
	kernel_param_unlock(THIS_MODULE);
}

/* No write or probe can reach the marks any more (mysd_filter_free()). */
void mysd_follow_free(void)
{
	vfree(mysd_followed);
	mysd_followed = NULL;
}

/*
 * follow_forks=1 allocates the marks (once) and starts them afresh: the
 * processes forked from then on. Serialised by the parameter lock.
 */
static int mysd_follow_forks_set(const char *val, const struct kernel_param *kp)
{
	unsigned long *map;
	bool on;
	int err;

	err = kstrtobool(val, &on);
	if (err) {
		pr_err("follow_forks: '%.*s' is not 0 or 1\n",
		       (int)mysd_value_len(val), val);
		return err;
	}
	if (on && !mysd_followed) {
		map = vzalloc(BITS_TO_LONGS(MYSD_FOLLOW_BITS) * sizeof(long));
		if (!map)
			return -ENOMEM;	/* vzalloc() said so in dmesg */
		/*
		 * Published first: from then on an exit clears its own mark,
		 * which mysd_follow_mark_running() counts on.
		 */
		smp_store_release(&mysd_followed, map);
		if (mysd_follow_live)
			mysd_follow_mark_running(map);
	} else if (on && !READ_ONCE(mysd_follow_forks)) {
		mysd_follow_restart();
	}
	WRITE_ONCE(mysd_follow_forks, on);
	if (on && mysd_follow_live)	/* at insmod, pid= may come after */
		mysd_follow_check_pids();
	return 0;
}

static const struct kernel_param_ops mysd_follow_forks_ops = {
	.set = mysd_follow_forks_set,
	.get = param_get_bool,
	.free = mysd_filter_free,
};
module_param_cb(follow_forks, &mysd_follow_forks_ops, &mysd_follow_forks,
		0644);
MODULE_PARM_DESC(follow_forks,
		 "pid= also records every descendant of those processes, as strace -f, even once reparented (runtime)");
