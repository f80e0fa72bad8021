// SPDX-License-Identifier: GPL-2.0
/*
 * tsconv.c - the probe's clock ticks as CLOCK_MONOTONIC nanoseconds.
 *
 * Why and the guarantees: tsconv.h.
 */
#ifdef __KERNEL__
#include <linux/math64.h>
#endif
#include "tsconv.h"

/*
 * ns per tick = @dns / @dtick as mult >> shift, with mult in 32 bits and
 * the largest shift that allows (at most 32): the conversion then costs a
 * multiply and a shift, and is exact to a few parts in 10^10.
 */
static void mysd_tsconv_set_rate(struct mysd_tsconv *c, u64 dns, u64 dtick)
{
	u32 shift = 32;

	while (shift && ((dns >> (64 - shift)) ||
			 div64_u64(dns << shift, dtick) > U32_MAX))
		shift--;
	c->mult = min_t(u64, div64_u64(dns << shift, dtick), U32_MAX);
	c->shift = shift;
}

/**
 * mysd_tsconv_init() - the first anchor, at the clock's nominal rate
 * @c: the converter
 * @tick: the probe's clock ...
 * @ns: ... and the monotonic clock, read together
 * @ticks_per_sec: the probe clock's nominal frequency
 *
 * The rate is measured from the second anchor on.
 */
void mysd_tsconv_init(struct mysd_tsconv *c, u64 tick, u64 ns,
		      u64 ticks_per_sec)
{
	c->tick = tick;
	c->ns = ns;
	c->last_ns = 0;
	mysd_tsconv_set_rate(c, MYSD_NS_PER_SEC, ticks_per_sec ?: 1);
}

/**
 * mysd_tsconv_anchor() - offer a new anchor
 * @c: the converter
 * @tick: the probe's clock ...
 * @ns: ... and the monotonic clock, read together
 *
 * Taken when the last anchor is MYSD_TSCONV_ANCHOR_NS old or more: the
 * rate between the two becomes the rate from here on. Closer anchors
 * would let the few nanoseconds between the two reads weigh on the rate.
 *
 * Return: true when it was taken.
 */
bool mysd_tsconv_anchor(struct mysd_tsconv *c, u64 tick, u64 ns)
{
	if (tick <= c->tick || ns < c->ns + MYSD_TSCONV_ANCHOR_NS)
		return false;
	mysd_tsconv_set_rate(c, ns - c->ns, tick - c->tick);
	c->tick = tick;
	c->ns = ns;
	return true;
}

/**
 * mysd_tsconv_ns() - one event's time
 * @c: the converter
 * @tick: the event's timestamp; events come in timestamp order
 *
 * Return: the monotonic time of @tick in ns, never less than the time
 * returned before.
 */
u64 mysd_tsconv_ns(struct mysd_tsconv *c, u64 tick)
{
	u64 ns = mysd_tsconv_at(c, tick);

	if (unlikely(ns < c->last_ns))
		ns = c->last_ns;
	c->last_ns = ns;
	return ns;
}

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
u64 mysd_tsconv_at(const struct mysd_tsconv *c, u64 tick)
{
	u64 d;

	if (likely(tick >= c->tick))
		return c->ns + mul_u64_u32_shr(tick - c->tick, c->mult, c->shift);
	d = mul_u64_u32_shr(c->tick - tick, c->mult, c->shift);
	return d < c->ns ? c->ns - d : 0;
}
