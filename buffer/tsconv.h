/* SPDX-License-Identifier: GPL-2.0 */
/*
 * tsconv.h - the probe's clock ticks as CLOCK_MONOTONIC nanoseconds.
 *
 * The probe stamps each event with the cheapest clock the architecture has
 * (arm64: the architected counter, one register read behind one indirect
 * call; ktime_get_mono_fast_ns() is ~60 instructions). The writer prints
 * the monotonic clock. It reads both clocks together (an anchor) in a
 * writer round once the last anchor is MYSD_TSCONV_ANCHOR_NS old, and
 * converts ticks on the line through its last two anchors: exact at each
 * anchor, so the printed time follows the monotonic clock with NTP's
 * corrections of its rate, and, as the line changes at an anchor, never
 * goes back (a later event never prints an earlier time than the line
 * before it). Where the counter runs on through a system suspend and the
 * monotonic clock does not, the next anchor starts the line anew: the
 * writer tells it by the time slept (CLOCK_BOOTTIME less CLOCK_MONOTONIC),
 * not by how far the line missed, which a wrong rate does too.
 *
 * Writer side only: one thread at a time. The conversion is inline: the
 * writer makes it for every line (a multiply-high and a few adds).
 */
#ifndef MYSD_TSCONV_H
#define MYSD_TSCONV_H

#include "../portable.h"

#define MYSD_NS_PER_SEC ((u64)NSEC_PER_SEC)
/* A new anchor once the last one is this old. */
#define MYSD_TSCONV_ANCHOR_NS MYSD_NS_PER_SEC

struct mysd_tsconv {
	u64 tick;		/* last anchor: the counter ... */
	u64 ns;			/* ... and the monotonic clock, read together */
	u64 mult;		/* ns per tick, 32.32 fixed point */
	u64 last_ns;		/* last time converted: never go back */
	u64 slept_ns;		/* the system's time in suspend, at the anchor */
};

void mysd_tsconv_init(struct mysd_tsconv *c, u64 tick, u64 ns, u64 slept_ns,
		      u64 ticks_per_sec);
bool mysd_tsconv_anchor(struct mysd_tsconv *c, u64 tick, u64 ns,
			u64 slept_ns);

/**
 * mysd_tsconv_at() - the time of @tick on the current line
 * @c: the converter
 * @tick: any timestamp, before or after the last anchor
 *
 * Unlike mysd_tsconv_ns(), not held to the times returned before: for
 * times that are not the next line's (a loss report's "since").
 *
 * Return: the monotonic time of @tick in ns (0 for a tick before boot).
 */
static inline u64 mysd_tsconv_at(const struct mysd_tsconv *c, u64 tick)
{
	u64 d;

	if (likely(tick >= c->tick))
		return c->ns + mul_u64_u64_shr(tick - c->tick, c->mult, 32);
	d = mul_u64_u64_shr(c->tick - tick, c->mult, 32);
	return d < c->ns ? c->ns - d : 0;
}

/**
 * mysd_tsconv_ns() - one event's time
 * @c: the converter
 * @tick: the event's timestamp; events come in timestamp order
 *
 * Return: the monotonic time of @tick in ns, never less than the time
 * returned before.
 */
static inline u64 mysd_tsconv_ns(struct mysd_tsconv *c, u64 tick)
{
	u64 ns = mysd_tsconv_at(c, tick);

	if (unlikely(ns < c->last_ns))
		ns = c->last_ns;
	c->last_ns = ns;
	return ns;
}

#endif /* MYSD_TSCONV_H */
