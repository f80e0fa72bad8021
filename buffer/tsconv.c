// SPDX-License-Identifier: GPL-2.0
/*
 * tsconv.c - the probe's clock ticks as CLOCK_MONOTONIC nanoseconds: the
 * anchors (the conversion itself is inline in tsconv.h, with the why).
 */
#include "tsconv.h"

/*
 * ns per tick = @dns / @dtick in 32.32 fixed point. Both are first
 * brought under 2^32 (anchors seconds apart on a GHz counter are not),
 * which costs nothing that shows in a nanosecond.
 */
static void mysd_tsconv_set_rate(struct mysd_tsconv *c, u64 dns, u64 dtick)
{
	while ((dns | dtick) >> 32) {
		dns >>= 1;
		dtick >>= 1;
	}
	c->mult = div64_u64(dns << 32, dtick ?: 1);
}

/**
 * mysd_tsconv_init() - the first anchor, at the clock's nominal rate
 * @c: the converter
 * @tick: the probe's clock ...
 * @ns: ... and the monotonic clock, read together
 * @slept_ns: the time the system has spent in suspend until then
 * @ticks_per_sec: the probe clock's nominal frequency
 *
 * The rate is measured from the second anchor on.
 */
void mysd_tsconv_init(struct mysd_tsconv *c, u64 tick, u64 ns, u64 slept_ns,
		      u64 ticks_per_sec)
{
	c->tick = tick;
	c->ns = ns;
	c->last_ns = 0;
	c->slept_ns = slept_ns;
	mysd_tsconv_set_rate(c, MYSD_NS_PER_SEC, ticks_per_sec);
}

/**
 * mysd_tsconv_anchor() - offer a new anchor
 * @c: the converter
 * @tick: the probe's clock ...
 * @ns: ... and the monotonic clock, read together
 * @slept_ns: the time the system has spent in suspend until then
 *
 * Taken when the last anchor is MYSD_TSCONV_ANCHOR_NS old or more: the
 * rate between the two becomes the rate from here on, however far the
 * line through the last one missed (a nominal rate a little off is
 * corrected so). Closer anchors would let the few nanoseconds between the
 * two reads weigh on the rate.
 * Taken at once, the rate kept, after a suspend, where the counter may
 * have run on while the monotonic clock did not: the time between the two
 * anchors is not a rate. So is a counter that went back, as one that
 * stops in a deep suspend and restarts from 0 can: else every later tick
 * would convert to before the anchor, until the counter is back where it
 * was.
 *
 * Return: true when it was taken.
 */
bool mysd_tsconv_anchor(struct mysd_tsconv *c, u64 tick, u64 ns,
			u64 slept_ns)
{
	if (tick == c->tick || ns < c->ns)
		return false;
	if (slept_ns != c->slept_ns || tick < c->tick) {
		c->tick = tick;
		c->ns = ns;
		c->slept_ns = slept_ns;
		return true;
	}
	if (ns < c->ns + MYSD_TSCONV_ANCHOR_NS)
		return false;
	mysd_tsconv_set_rate(c, ns - c->ns, tick - c->tick);
	c->tick = tick;
	c->ns = ns;
	return true;
}
