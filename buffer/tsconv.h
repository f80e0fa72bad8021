/* SPDX-License-Identifier: GPL-2.0 */
/*
 * tsconv.h - the probe's clock ticks as CLOCK_MONOTONIC nanoseconds.
 *
 * The probe stamps each event with the cheapest clock the architecture has
 * (arm64: the architected counter, one register read behind one indirect
 * call; ktime_get_mono_fast_ns() is ~60 instructions). The writer prints
 * the monotonic clock. It reads both clocks together at least once a
 * second (an anchor) and converts ticks on the line through its last two
 * anchors: exact at each anchor, so the printed time follows the
 * monotonic clock with NTP's corrections of its rate, and, as the line
 * changes at an anchor, never goes back (a later event never prints an
 * earlier time than the line before it).
 *
 * Writer side only: one thread at a time.
 */
#ifndef MYSD_TSCONV_H
#define MYSD_TSCONV_H

#include "../portable.h"

#define MYSD_NS_PER_SEC 1000000000ULL
/* A new anchor once the last one is this old. */
#define MYSD_TSCONV_ANCHOR_NS MYSD_NS_PER_SEC

struct mysd_tsconv {
	u64 tick;		/* last anchor: the counter ... */
	u64 ns;			/* ... and the monotonic clock, read together */
	u32 mult;		/* ns per tick = mult >> shift */
	u32 shift;
	u64 last_ns;		/* last time converted: never go back */
};

void mysd_tsconv_init(struct mysd_tsconv *c, u64 tick, u64 ns,
		      u64 ticks_per_sec);
bool mysd_tsconv_anchor(struct mysd_tsconv *c, u64 tick, u64 ns);
u64 mysd_tsconv_ns(struct mysd_tsconv *c, u64 tick);
u64 mysd_tsconv_at(const struct mysd_tsconv *c, u64 tick);

#endif /* MYSD_TSCONV_H */
