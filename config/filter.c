// SPDX-License-Identifier: GPL-2.0
/*
 * filter.c - the pid=, proc_name= and syscalls= parameters and the filter
 * they build (follow_forks= is in follow.c).
 *
 * Each write builds a new immutable struct mysd_filter and publishes it
 * with RCU (see filter.h); the old one is freed after a grace period, when
 * no probe can still be looking at it.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/kernel.h>
#include <linux/moduleparam.h>
#include <linux/pid.h>
#include <linux/pid_namespace.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/string.h>

#include "config.h"
#include "filter.h"

struct mysd_filter __rcu *mysd_active_filter;

/*
 * Set once init has run: an empty filter value then clears the filter,
 * while at insmod time it is a mistake worth refusing.
 */
static bool mysd_filter_live;	/* the sysfs files exist before init runs */

void mysd_filter_set_live(void)
{
	WRITE_ONCE(mysd_filter_live, true);
}

/* Copy of the current filter, or an empty one, to edit and publish. */
static struct mysd_filter *mysd_filter_dup(void)
{
	const struct mysd_filter *cur;
	struct mysd_filter *f;

	f = kzalloc(sizeof(*f), GFP_KERNEL);
	if (!f)
		return NULL;
	cur = rcu_dereference_protected(mysd_active_filter, 1);
	if (cur)
		*f = *cur;	/* its rcu_head is not in use: it is published */
	return f;
}

/* Publish @f (freed and replaced by NULL when it filters nothing). */
static void mysd_filter_publish(struct mysd_filter *f)
{
	struct mysd_filter *old;

	if (!f->npids && !f->comm[0] && !f->by_call) {
		kfree(f);
		f = NULL;
	}
	/* Serialised by the module parameter lock. */
	old = rcu_replace_pointer(mysd_active_filter, f, true);
	if (old)
		kfree_rcu(old, rcu);
}

/*
 * A filter parameter's write: @edit sets its part of a copy of the filter
 * from the @len bytes of @val (0: clear it), and the copy is published;
 * on an error (dmesg says why) the filter stays as it was. An empty value
 * at insmod is refused: @give says what to give instead.
 */
static int mysd_filter_set(const char *val, const char *name, const char *give,
			   int (*edit)(struct mysd_filter *f, const char *val,
				       size_t len))
{
	size_t len = mysd_value_len(val);
	struct mysd_filter *f;
	int err;

	if (!len && !READ_ONCE(mysd_filter_live)) {
		pr_err("%s: empty value (give %s)\n", name, give);
		return -EINVAL;
	}
	f = mysd_filter_dup();
	if (!f)
		return -ENOMEM;
	err = edit(f, val, len);
	if (err) {
		kfree(f);
		return err;
	}
	mysd_filter_publish(f);
	return 0;
}

/*
 * The filter matches processes by their id in the initial pid namespace
 * (the thread group's): a pid that names no process, or names a thread,
 * would never match. Both are refused, as strace -p refuses a pid that
 * names nothing.
 */
static int mysd_check_process(int nr)
{
	struct task_struct *t;
	int tgid = 0;

	rcu_read_lock();
	t = pid_task(find_pid_ns(nr, &init_pid_ns), PIDTYPE_PID);
	if (t)
		tgid = t->tgid;
	rcu_read_unlock();
	if (!tgid) {
		pr_err("pid: no process %d\n", nr);
		return -ESRCH;
	}
	if (tgid != nr) {
		pr_err("pid: %d is a thread of process %d; pid= takes processes\n",
		       nr, tgid);
		return -EINVAL;
	}
	return 0;
}

static int mysd_parse_pids(const char *val, size_t len,
			   struct mysd_filter *f)
{
	char buf[16 * MYSD_MAX_PIDS];
	char *cur, *tok;
	unsigned int n = 0;
	int err;

	if (len >= sizeof(buf)) {
		pr_err("pid: value too long (at most %d pids)\n", MYSD_MAX_PIDS);
		return -EINVAL;
	}
	memcpy(buf, val, len);
	buf[len] = '\0';
	cur = buf;
	while ((tok = strsep(&cur, ","))) {
		int pid;

		if (n == MYSD_MAX_PIDS) {
			pr_err("pid: too many pids (at most %d)\n", MYSD_MAX_PIDS);
			return -EINVAL;
		}
		if (kstrtoint(strim(tok), 10, &pid) || pid <= 0 ||
		    pid > PID_MAX_LIMIT) {
			pr_err("pid: '%s' is not a process id\n", tok);
			return -EINVAL;
		}
		f->pids[n++] = pid;
	}
	f->npids = n;
	for (n = 0; n < f->npids; n++) {	/* once the list is well formed */
		err = mysd_check_process(f->pids[n]);
		if (err)
			return err;
	}
	return 0;
}

static int mysd_edit_pids(struct mysd_filter *f, const char *val, size_t len)
{
	f->npids = 0;
	return len ? mysd_parse_pids(val, len, f) : 0;
}

/*
 * follow_forks' marks are kept when pids are only added: a process marked
 * below a listed one, then reparented, stays followed.
 */
static int mysd_pid_set(const char *val, const struct kernel_param *kp)
{
	const struct mysd_filter *f;
	pid_t old[MYSD_MAX_PIDS];
	unsigned int nold, i;
	int err;

	f = rcu_dereference_protected(mysd_active_filter, 1);
	nold = f ? f->npids : 0;
	if (nold)
		memcpy(old, f->pids, nold * sizeof(*old));
	err = mysd_filter_set(val, "pid", "one or more pids: pid=12,34",
			      mysd_edit_pids);
	if (err)
		return err;
	f = rcu_dereference_protected(mysd_active_filter, 1);
	for (i = 0; i < nold && f && mysd_filter_pid_listed(f, old[i]); i++)
		;
	mysd_follow_pids_changed(i < nold);
	return 0;
}

static int mysd_pid_get(char *buf, const struct kernel_param *kp)
{
	const struct mysd_filter *f;
	int len = 0;
	unsigned int i;

	f = rcu_dereference_protected(mysd_active_filter, 1);
	for (i = 0; f && i < f->npids; i++)
		len += scnprintf(buf + len, PAGE_SIZE - len, "%s%d",
				 i ? "," : "", f->pids[i]);
	len += scnprintf(buf + len, PAGE_SIZE - len, "\n");
	return len;
}

static const struct kernel_param_ops mysd_pid_ops = {
	.set = mysd_pid_set,
	.get = mysd_pid_get,
	.free = mysd_filter_free,
};
module_param_cb(pid, &mysd_pid_ops, NULL, 0644);
MODULE_PARM_DESC(pid,
		 "Record only these processes (comma list of up to 16 pids, all their threads); empty write clears");

static int mysd_edit_comm(struct mysd_filter *f, const char *val, size_t len)
{
	if (len > 255) {
		pr_err("proc_name: too long (%zu bytes, at most 255)\n", len);
		return -EINVAL;
	}
	if (memchr(val, '\0', len)) {
		pr_err("proc_name: not a command name (a NUL byte)\n");
		return -EINVAL;
	}
	if (len >= TASK_COMM_LEN)
		pr_info("proc_name: '%.*s' is matched on its first %d characters, as the kernel stores it\n",
			(int)len, val, TASK_COMM_LEN - 1);
	memset(f->comm, 0, sizeof(f->comm));
	memcpy(f->comm, val, min_t(size_t, len, TASK_COMM_LEN - 1));
	return 0;
}

static int mysd_proc_name_set(const char *val, const struct kernel_param *kp)
{
	return mysd_filter_set(val, "proc_name", "a command name: proc_name=nginx",
			       mysd_edit_comm);
}

static int mysd_proc_name_get(char *buf, const struct kernel_param *kp)
{
	const struct mysd_filter *f;

	f = rcu_dereference_protected(mysd_active_filter, 1);
	return scnprintf(buf, PAGE_SIZE, "%s\n", f ? f->comm : "");
}

static const struct kernel_param_ops mysd_proc_name_ops = {
	.set = mysd_proc_name_set,
	.get = mysd_proc_name_get,
	.free = mysd_filter_free,
};
module_param_cb(proc_name, &mysd_proc_name_ops, NULL, 0644);
MODULE_PARM_DESC(proc_name,
		 "Record only tasks with this command name (first 15 characters, like comm); empty write clears");

/* Parse @len bytes of @val into @f's syscall set; dmesg says what is bad. */
static int mysd_parse_calls(const char *val, size_t len, struct mysd_filter *f)
{
	const char *bad;
	char *list;
	int err;

	list = kmemdup_nul(val, len, GFP_KERNEL);
	if (!list)
		return -ENOMEM;
	err = mysd_call_set_parse(&f->calls, list, &bad);
	if (err == -EINVAL && *bad)
		pr_err("syscalls: no syscall is named '%s' on this kernel (names as the record prints them)\n",
		       bad);
	else if (err == -EINVAL)
		pr_err("syscalls: an empty name in '%.*s'\n", (int)len, val);
	kfree(list);
	return err;
}

static int mysd_edit_calls(struct mysd_filter *f, const char *val, size_t len)
{
	if (len >= MYSD_CALLS_TEXT) {
		pr_err("syscalls: list too long (at most %d characters)\n",
		       MYSD_CALLS_TEXT - 1);
		return -EINVAL;
	}
	f->by_call = len;
	memset(f->calls_text, 0, sizeof(f->calls_text));
	memcpy(f->calls_text, val, len);
	return len ? mysd_parse_calls(val, len, f) : 0;
}

static int mysd_syscalls_set(const char *val, const struct kernel_param *kp)
{
	return mysd_filter_set(val, "syscalls", "syscall names: syscalls=openat,execve",
			       mysd_edit_calls);
}

static int mysd_syscalls_get(char *buf, const struct kernel_param *kp)
{
	const struct mysd_filter *f;

	f = rcu_dereference_protected(mysd_active_filter, 1);
	return scnprintf(buf, PAGE_SIZE, "%s\n", f ? f->calls_text : "");
}

static const struct kernel_param_ops mysd_syscalls_ops = {
	.set = mysd_syscalls_set,
	.get = mysd_syscalls_get,
	.free = mysd_filter_free,
};
module_param_cb(syscalls, &mysd_syscalls_ops, NULL, 0644);
MODULE_PARM_DESC(syscalls,
		 "Record only these syscalls (comma list of names as the record prints them, or strace's classes %file, %desc, %net, %process, %signal, %memory, %creds, %clock, %ipc, %pure, %stat...; a leading ! records all but them); empty write clears");

/*
 * The filter and follow_forks' marks are built by parameter writes, which
 * can run while rmmod is in exit, and at insmod before init, which a bad
 * parameter then never runs. So the kernel frees them, as each filter
 * parameter's .free: after exit and the removal of the parameter files,
 * which waits for a write in progress, or when insmod fails. No probe is
 * registered then. The first call frees; the others find nothing.
 */
void mysd_filter_free(void *arg)
{
	kfree(rcu_replace_pointer(mysd_active_filter, NULL, true));
	mysd_follow_free();
}
