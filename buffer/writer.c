// SPDX-License-Identifier: GPL-2.0
/*
 * writer.c - the writer thread.
 *
 * Every flush_ms, or sooner when a ring is half full, the thread merges
 * the per-CPU rings in timestamp order, turns each event into a text line
 * and appends the lines to the record in large writes. Text is made here,
 * never in the traced task. Events younger than MYSD_SETTLE_NS stay in the
 * rings until the next round: an event with an older timestamp may still
 * be being written on another CPU, and a thread that migrated must not see
 * its lines reordered.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/delay.h>
#include <linux/completion.h>
#include <linux/err.h>
#include <linux/fs.h>
#include <linux/kthread.h>
#include <linux/math64.h>
#include <linux/mm.h>		/* kvzalloc() before 5.16 */
#include <linux/namei.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/timekeeping.h>
#include <linux/vmalloc.h>
#include <linux/wait.h>

#include "../config/config.h"
#include "../config/cost.h"
#include "../config/stats.h"
#include "../syscalls/arch.h"
#include "../syscalls/format.h"
#include "drain.h"
#include "record_file.h"
#include "rings.h"
#include "writer.h"
#include "tsconv.h"

#define MYSD_SETTLE_NS (5 * NSEC_PER_MSEC)
/* At most rotate_kb's least (params.c): a file then ends on a line */
#define MYSD_WRITE_BUF (64 * 1024)
#define MYSD_BATCH 1024UL
#define MYSD_WRITER_NICE (-10)

struct mysd_writer {
	const char *path;	/* the record's path (the path parameter) */
	struct file *file;
	struct task_struct *thread;
	char *out;		/* lines waiting to be written */
	size_t out_len;
	struct mysd_line_cache line_cache;	/* starts shared by lines */
	struct mysd_tsconv tsconv;	/* the events' ticks to monotonic ns */
	s64 to_real;		/* clock=realtime: wall clock - monotonic; else 0 */
	u64 settle_ticks;		/* MYSD_SETTLE_NS in ticks */
	u64 unwritten;		/* lines failed writes lost, not yet told */
	int write_err;		/* the error of the last failed write */
	struct completion opened;	/* the thread's first open is done */
	int open_err;		/* and failed with this */
};

/*
 * A line's time: monotonic, or with clock=realtime the wall clock, as it
 * stood at the writer's round (a step of the clock shows at the next).
 */
static u64 mysd_writer_line_ns(const struct mysd_writer *s, u64 mono_ns)
{
	if (s->to_real < 0 && mono_ns < (u64)-s->to_real)
		return 0;
	return mono_ns + s->to_real;
}

static void mysd_writer_set_clock(struct mysd_writer *s)
{
	s->to_real = READ_ONCE(mysd_clock_realtime) ?
		     ktime_to_ns(ktime_mono_to_real(0)) : 0;
}

static struct mysd_writer *mysd_writer;
static DECLARE_WAIT_QUEUE_HEAD(mysd_writer_wq);
static bool mysd_writer_kicked;

struct mysd_writer_stats mysd_writer_stats;

/* Lines from now on go to a new file at the path. */
static int mysd_writer_reopen(struct mysd_writer *s)
{
	struct file *file = mysd_record_open(s->path);

	if (IS_ERR(file))
		return PTR_ERR(file);	/* said why; the old file keeps the lines */
	filp_close(s->file, NULL);
	s->file = file;
	return 0;
}

/*
 * A record moved away or removed (logrotate, rm) is followed: the lines go
 * to a new file at the path, as `tail -F` expects, instead of on into the
 * old one. One path lookup per flush. Returns 0, or why no new file could
 * be opened (the old one is kept).
 */
static int mysd_writer_follow_path(struct mysd_writer *s)
{
	struct path path;
	bool same;
	int err;

	if (!kern_path(s->path, LOOKUP_FOLLOW, &path)) {
		same = d_inode(path.dentry) == file_inode(s->file);
		path_put(&path);
		if (same)
			return 0;
	}
	err = mysd_writer_reopen(s);
	if (err)
		return err;
	mysd_writer_stat_add(&mysd_writer_stats.reopens, 1);
	pr_info("%s was moved or removed: writing to a new file there\n",
		s->path);
	return 0;
}

/*
 * A removed record that no new file has replaced yet: what is written to
 * it would be lost unseen. The path is tried again; 0, or why no file
 * could be had there (the caller keeps the lines out and counts them, and
 * the notice opens the next file).
 */
static int mysd_writer_check_file(struct mysd_writer *s)
{
	if (likely(file_inode(s->file)->i_nlink))
		return 0;
	return mysd_writer_follow_path(s);
}

/* The length of the whole lines within the first @room bytes of @buf. */
static size_t mysd_whole_lines(const char *buf, size_t room)
{
	while (room && buf[room - 1] != '\n')
		room--;
	return room;
}

/*
 * Appends the @len bytes of whole lines at @buf to the record; returns how
 * many made it, and the error in @err if not all did. A write that stops
 * short (a full disk) would leave part of a line, which the next line
 * would run into: the file is cut back to its last whole line.
 */
static size_t mysd_writer_write_lines(struct mysd_writer *s, const char *buf,
				      size_t len, int *err)
{
	loff_t pos = 0;	/* O_APPEND: each write goes to the end, pos after it */
	size_t done = 0, whole;
	ssize_t n = 0;

	*err = mysd_writer_check_file(s);
	if (*err)
		return 0;
	while (done < len) {
		n = kernel_write(s->file, buf + done, len - done, &pos);
		if (n <= 0)
			break;
		done += n;
	}
	if (done == len)
		return len;
	*err = n < 0 ? n : -EIO;
	whole = mysd_whole_lines(buf, done);
	if (whole == done)
		return whole;
	/*
	 * The part line ends where the last write did: it is cut there,
	 * unless the file moved on since (truncated, or written by another).
	 */
	if (i_size_read(file_inode(s->file)) != pos ||
	    vfs_truncate(&s->file->f_path, pos - (done - whole)))
		pr_warn_ratelimited("cannot cut a part line off the record\n");
	return whole;
}

/* Counts the lines at @buf that a write failing with @err kept out. */
static void mysd_writer_unwritten(struct mysd_writer *s, const char *buf,
				  size_t len, int err)
{
	const char *end = buf + len;
	u64 lines = 0;

	while ((buf = memchr(buf, '\n', end - buf))) {
		lines++;
		buf++;
	}
	s->unwritten += lines;
	s->write_err = err;
	mysd_writer_stat_add(&mysd_writer_stats.write_errors, 1);
	mysd_writer_stat_add(&mysd_writer_stats.unwritten_lines, lines);
	pr_warn_ratelimited("writing the record failed (%pe): %llu lines not written\n",
			    ERR_PTR(err), lines);
}

/*
 * Lines that failed writes kept out are told in the record by the next
 * write, ahead of its lines; and until the notice can be written those
 * lines are not either, so that it stands where the gap is.
 */
static bool mysd_writer_tell_unwritten(struct mysd_writer *s)
{
	char note[128];
	size_t len;
	int err;

	len = mysd_format_unwritten(note, sizeof(note), s->unwritten,
				    s->write_err,
				    mysd_writer_line_ns(s, ktime_get_ns()));
	if (mysd_writer_write_lines(s, note, len, &err) < len) {
		s->write_err = err;
		return false;
	}
	mysd_writer_stat_add(&mysd_writer_stats.bytes, len);
	s->unwritten = 0;
	return true;
}

/* Appends @len bytes (whole lines) to the record, or counts them lost. */
static void mysd_writer_append(struct mysd_writer *s, const char *buf,
			       size_t len)
{
	size_t done;
	u64 since;
	int err;

	if (!len)
		return;
	if (s->unwritten && !mysd_writer_tell_unwritten(s)) {
		mysd_writer_unwritten(s, buf, len, s->write_err);
		return;
	}
	since = mysd_cost_now();
	done = mysd_writer_write_lines(s, buf, len, &err);
	mysd_cost_write_done(since, len);
	mysd_writer_stat_add(&mysd_writer_stats.bytes, done);
	if (done < len)
		mysd_writer_unwritten(s, buf + done, len - done, err);
}

/*
 * The record becomes <path>.1 and the lines go on in a new file. If it
 * cannot be renamed, they go on in it, past rotate_kb: kept, not lost.
 */
static void mysd_writer_rotate(struct mysd_writer *s)
{
	int err = mysd_record_rotate(s->path, file_inode(s->file));

	if (err == -ESTALE) {		/* moved away meanwhile */
		mysd_writer_follow_path(s);
	} else if (err) {
		pr_warn_ratelimited("cannot rotate %s: %pe; it grows past rotate_kb\n",
				    s->path, ERR_PTR(err));
	} else if (!mysd_writer_reopen(s)) {
		mysd_writer_stat_add(&mysd_writer_stats.rotations, 1);
	}
}

/*
 * Writes the lines made. With rotate_kb set, the lines that would take the
 * record past it start the next file (a file never ends inside a line).
 */
static void mysd_writer_write_out(struct mysd_writer *s)
{
	u64 limit = (u64)READ_ONCE(mysd_rotate_kb) * 1024;
	size_t head = s->out_len;
	loff_t size;
	int err;

	if (!s->out_len)
		return;
	/* first: the size below must be the file the lines go to */
	err = mysd_writer_check_file(s);
	if (err) {
		mysd_writer_unwritten(s, s->out, s->out_len, err);
		s->out_len = 0;
		return;
	}
	if (limit) {
		size = i_size_read(file_inode(s->file));
		if (size + s->out_len > limit)
			head = size < limit ?
			       mysd_whole_lines(s->out, limit - size) : 0;
	}
	mysd_writer_append(s, s->out, head);
	if (head < s->out_len) {
		mysd_writer_rotate(s);
		mysd_writer_append(s, s->out + head, s->out_len - head);
	}
	s->out_len = 0;
}

/* Room for one more line of at most MYSD_LINE_MAX bytes, at the end. */
static char *mysd_writer_line_buf(struct mysd_writer *s)
{
	if (s->out_len + MYSD_LINE_MAX > MYSD_WRITE_BUF)
		mysd_writer_write_out(s);
	return s->out + s->out_len;
}

static void mysd_writer_event(void *ctx, const struct mysd_event *ev)
{
	struct mysd_writer *s = ctx;
	char *line = mysd_writer_line_buf(s);
	unsigned long irqs = 0;
	u64 since, ns;

	mysd_cost_quiet_begin(irqs);
	since = mysd_cost_now();
	ns = mysd_writer_line_ns(s, mysd_tsconv_ns(&s->tsconv, ev->ts));
	s->out_len += mysd_format_event_cached(&s->line_cache, ev, ns, line,
					       MYSD_LINE_MAX);
	mysd_cost_line_done(ev->flags & MYSD_EVF_COMPAT, ev->nr, since);
	mysd_cost_quiet_end(irqs);
	mysd_writer_stat_add(&mysd_writer_stats.lines, 1);
}

static void mysd_writer_lost(void *ctx, unsigned int cpu, u64 count,
			     u64 from_ts, u64 to_ts)
{
	struct mysd_writer *s = ctx;
	u64 from_ns = 0, to_ns;
	char *line;

	if (from_ts)	/* 0: since the start */
		from_ns = mysd_writer_line_ns(s, mysd_tsconv_at(&s->tsconv, from_ts));
	to_ns = mysd_writer_line_ns(s, mysd_tsconv_ns(&s->tsconv, to_ts));
	/* First: it may write the buffer out, setting out_len to 0. */
	line = mysd_writer_line_buf(s);
	s->out_len += mysd_format_lost(line, MYSD_LINE_MAX, cpu, count,
				       from_ns, to_ns);
	mysd_writer_stat_add(&mysd_writer_stats.lost_lines, 1);
}

static const struct mysd_drain_ops mysd_writer_ops = {
	.event = mysd_writer_event,
	.lost = mysd_writer_lost,
};

/*
 * The events' clock and the monotonic clock (@ns), read together: the
 * tick is the middle of two reads around the monotonic one, from the
 * closest of three tries (a hypervisor may stop the CPU between reads).
 */
static u64 mysd_writer_clocks(u64 *ns)
{
	u64 before, after, mono, gap, best_gap = U64_MAX, tick = 0;
	unsigned long flags;
	int i;

	if (mysd_arch_clock_is_mono()) {
		*ns = mysd_arch_clock();
		return *ns;
	}
	for (i = 0; i < 3; i++) {
		local_irq_save(flags);
		before = mysd_arch_clock();
		mono = ktime_get_mono_fast_ns();
		after = mysd_arch_clock();
		local_irq_restore(flags);
		gap = after - before;
		if (gap < best_gap) {
			best_gap = gap;
			tick = before + gap / 2;
			*ns = mono;
		}
	}
	return tick;
}

/*
 * The events' clock rate until the writer has measured it over a second:
 * the nominal one, checked over 10 ms at load. Where the firmware left
 * CNTFRQ_EL0 unset or wrong (the kernel then takes the rate from the
 * device tree), the 10 ms measurement.
 */
static u64 mysd_writer_clock_hz(void)
{
	u64 hz = mysd_arch_clock_hz(), t0, t1, n0, n1, measured;

	if (mysd_arch_clock_is_mono())
		return NSEC_PER_SEC;
	t0 = mysd_writer_clocks(&n0);
	usleep_range(10000, 11000);
	t1 = mysd_writer_clocks(&n1);
	if (t1 <= t0 || n1 <= n0)
		return hz ?: NSEC_PER_SEC;
	measured = div64_u64((t1 - t0) * NSEC_PER_SEC, n1 - n0);
	/* off by more than 1% */
	if ((measured > hz ? measured - hz : hz - measured) * 100 > hz)
		return measured;
	return hz;
}

/*
 * The time the system has spent in suspend: CLOCK_BOOTTIME's lead on
 * CLOCK_MONOTONIC, which moves only when it resumes.
 */
static u64 mysd_writer_slept_ns(void)
{
	return ktime_to_ns(ktime_mono_to_any(0, TK_OFFS_BOOT));
}

/* Events up to this tick are old enough to write (see MYSD_SETTLE_NS). */
static u64 mysd_writer_settled(struct mysd_writer *s)
{
	u64 ns, tick = mysd_writer_clocks(&ns);

	mysd_tsconv_anchor(&s->tsconv, tick, ns, mysd_writer_slept_ns());
	mysd_writer_set_clock(s);
	return tick > s->settle_ticks ? tick - s->settle_ticks : 0;
}

/* Returns the number of lines made. */
static unsigned long mysd_writer_flush(struct mysd_writer *s, u64 until_ts)
{
	struct mysd_ring *const *rings;
	unsigned long done, total = 0;
	unsigned int nr;

	mysd_writer_follow_path(s);
	if (s->unwritten)	/* told as soon as there is room, lines or not */
		mysd_writer_tell_unwritten(s);
	rings = mysd_rings_all(&nr);
	/* In batches, so a busy system cannot keep the thread from yielding. */
	do {
		done = mysd_drain(rings, nr, until_ts, MYSD_BATCH,
				  &mysd_writer_ops, s);
		mysd_writer_write_out(s);
		total += done;
		cond_resched();
	} while (done == MYSD_BATCH);
	return total;
}

/*
 * A ring still above half after a flush: its producer is ahead of the
 * writer. It asks for a flush only when it crosses the mark, so it would
 * not ask again; the writer goes on at once instead of sleeping.
 */
static bool mysd_writer_behind(void)
{
	struct mysd_ring *const *rings;
	unsigned int nr, i;

	rings = mysd_rings_all(&nr);
	for (i = 0; i < nr; i++)
		if (rings[i] && mysd_ring_above_half(rings[i]))
			return true;
	return false;
}

/*
 * The record is first opened here, not in insmod: every look-up of the
 * path (this one, following a moved record, rotating) then resolves in the
 * writer's view of the file system, the init process's, even when insmod
 * runs in a chroot or another mount namespace. mysd_writer_start() waits
 * for the result; on failure the thread only waits to be stopped.
 */
static bool mysd_writer_open(struct mysd_writer *s)
{
	s->file = mysd_record_open(s->path);
	s->open_err = PTR_ERR_OR_ZERO(s->file);
	complete(&s->opened);
	if (!s->open_err)
		return true;
	set_current_state(TASK_INTERRUPTIBLE);
	while (!kthread_should_stop()) {
		schedule();
		set_current_state(TASK_INTERRUPTIBLE);
	}
	__set_current_state(TASK_RUNNING);
	return false;
}

static int mysd_writer_thread(void *data)
{
	struct mysd_writer *s = data;
	unsigned long made;
	bool behind;
	u64 since;

	if (!mysd_writer_open(s))
		return 0;
	while (!kthread_should_stop()) {
		wait_event_interruptible_timeout(mysd_writer_wq,
			READ_ONCE(mysd_writer_kicked) || kthread_should_stop(),
			msecs_to_jiffies(READ_ONCE(mysd_flush_ms)));
		WRITE_ONCE(mysd_writer_kicked, false);
		since = mysd_cost_now();
		made = mysd_writer_flush(s, mysd_writer_settled(s));
		behind = mysd_writer_behind();
		mysd_cost_round_done(since);
		if (behind) {
			/* Nothing old enough to write yet: let it age a tick. */
			if (!made)
				schedule_timeout_interruptible(1);
			WRITE_ONCE(mysd_writer_kicked, true);
		}
	}
	/*
	 * Stopped after the probes are gone, so everything in the rings is
	 * complete: write it all, here rather than in rmmod, whose limits
	 * (RLIMIT_FSIZE) and file system view are not the writer's.
	 */
	mysd_writer_flush(s, U64_MAX);
	if (s->unwritten)	/* the record cannot tell it: the log does */
		pr_warn("%llu lines were not written to %s, nor a notice of them (%pe)\n",
			s->unwritten, s->path, ERR_PTR(s->write_err));
	return 0;
}

void mysd_writer_wake(void)
{
	WRITE_ONCE(mysd_writer_kicked, true);
	wake_up(&mysd_writer_wq);
}

/*
 * A wait queue's lock sleeps on PREEMPT_RT, where hard interrupt context
 * may not take it: wake the thread itself (its wait sees the flag). Only
 * while probes may kick, which is between start and stop.
 */
void mysd_writer_kick(void)
{
	WRITE_ONCE(mysd_writer_kicked, true);
	wake_up_process(mysd_writer->thread);
}

int mysd_writer_start(const char *path)
{
	u64 tick, ns, hz = mysd_writer_clock_hz();
	struct mysd_writer *s;
	int err;

	/* ~32 KiB with its line cache: not necessarily contiguous */
	s = kvzalloc(sizeof(*s), GFP_KERNEL);
	if (!s)
		return -ENOMEM;
	tick = mysd_writer_clocks(&ns);
	mysd_tsconv_init(&s->tsconv, tick, ns, mysd_writer_slept_ns(), hz);
	mysd_writer_set_clock(s);
	s->settle_ticks = div64_u64(MYSD_SETTLE_NS * hz, NSEC_PER_SEC);
	s->out = vmalloc(MYSD_WRITE_BUF);
	if (!s->out) {
		err = -ENOMEM;
		goto free;
	}
	s->path = path;
	init_completion(&s->opened);
	s->thread = kthread_create(mysd_writer_thread, s, "my_sysdig");
	if (IS_ERR(s->thread)) {
		err = PTR_ERR(s->thread);
		goto free;
	}
	/*
	 * Ahead of ordinary tasks when it has work: a writer that waits for
	 * the CPU behind the traced programs lets the rings overflow. It does
	 * the same work either way, and sleeps when the rings are empty.
	 */
	set_user_nice(s->thread, MYSD_WRITER_NICE);
	wake_up_process(s->thread);
	wait_for_completion(&s->opened);
	if (s->open_err) {
		err = s->open_err;
		kthread_stop(s->thread);
		goto free;
	}
	mysd_writer = s;
	return 0;
free:
	vfree(s->out);
	kvfree(s);
	return err;
}

void mysd_writer_stop(void)
{
	struct mysd_writer *s = mysd_writer;

	if (!s)
		return;
	kthread_stop(s->thread);	/* it ran: mysd_writer_start() waited */
	filp_close(s->file, NULL);
	vfree(s->out);
	kvfree(s);
	mysd_writer = NULL;
}
